import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

export const SIGNING_ALGORITHM = 'EdDSA';
/** Retired keys kept for verification after a rotation: enough to outlive every token they signed. */
const RETIRED_KEYS_KEPT = 2;

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

/** The active signing key, plus retired keys whose tokens may still be in flight. */
export interface SigningKeys {
  active: SigningKey;
  /** Every key that verifies, by `kid`: the active one first. */
  verifying: ReadonlyMap<string, SigningKey>;
  /** Public JWKs, for /.well-known/jwks.json. */
  publicJwks: JWK[];
}

async function fromPrivateJwk(jwk: JWK): Promise<SigningKey> {
  const { d: _d, ...publicPart } = jwk;
  const kid = jwk.kid ?? (await calculateJwkThumbprint(publicPart));
  const privateKey = (await importJWK(jwk, SIGNING_ALGORITHM)) as CryptoKey;
  const publicKey = (await importJWK(publicPart, SIGNING_ALGORITHM)) as CryptoKey;
  return { kid, privateKey, publicKey, publicJwk: { ...publicPart, kid, alg: SIGNING_ALGORITHM, use: 'sig' } };
}

async function keySet(privateJwks: JWK[]): Promise<SigningKeys> {
  const keys = await Promise.all(privateJwks.map(fromPrivateJwk));
  return { active: keys[0]!, verifying: new Map(keys.map((key) => [key.kid, key])), publicJwks: keys.map((key) => key.publicJwk) };
}

async function newPrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  const { d: _d, ...publicPart } = jwk;
  return { ...jwk, kid: await calculateJwkThumbprint(publicPart) };
}

const keyFile = (dataDir: string) => path.join(dataDir, 'jwt-signing-keys.json');

async function readKeyFile(dataDir: string): Promise<JWK[] | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(keyFile(dataDir), 'utf8'));
    return Array.isArray(parsed) && parsed.length > 0 ? (parsed as JWK[]) : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * The token signing keys: JWT_PRIVATE_KEY (a private JWK, or a JSON array whose first entry signs
 * and the rest still verify) when set; otherwise a key set generated once into the data directory,
 * so sessions survive a restart and rotation keeps earlier tokens valid until they expire.
 */
export async function loadSigningKeys(dataDir: string, privateJwkJson: string | undefined): Promise<SigningKeys> {
  if (privateJwkJson) {
    const parsed = JSON.parse(privateJwkJson) as JWK | JWK[];
    return keySet(Array.isArray(parsed) ? parsed : [parsed]);
  }
  const existing = await readKeyFile(dataDir);
  if (existing) return keySet(existing);
  await mkdir(dataDir, { recursive: true });
  await writeFile(keyFile(dataDir), JSON.stringify([await newPrivateJwk()]), { mode: 0o600, flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    // Another process created it first: use theirs so both sign with the same key.
    if (error.code !== 'EEXIST') throw error;
  });
  return keySet((await readKeyFile(dataDir))!);
}

/**
 * Puts a new signing key in front and keeps the previous ones for verification only. Running
 * instances pick it up when they restart; until then they keep signing with the old key, which
 * every instance still accepts.
 */
export async function rotateSigningKeys(dataDir: string): Promise<{ active: string; retired: string[] }> {
  const current = (await readKeyFile(dataDir)) ?? [];
  const next = [await newPrivateJwk(), ...current.slice(0, RETIRED_KEYS_KEPT)];
  const temporary = `${keyFile(dataDir)}.${process.pid}.tmp`;
  await mkdir(dataDir, { recursive: true });
  await writeFile(temporary, JSON.stringify(next), { mode: 0o600 });
  await rename(temporary, keyFile(dataDir));
  return { active: next[0]!.kid!, retired: next.slice(1).map((jwk) => jwk.kid!) };
}
