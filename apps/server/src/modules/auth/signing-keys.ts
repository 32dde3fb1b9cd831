import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type CryptoKey, type JWK } from 'jose';

export const SIGNING_ALGORITHM = 'EdDSA';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  publicJwk: JWK;
}

/**
 * The keys tokens are signed and checked with. Read `active` once per signature: with keys kept
 * in the database it changes when a staged key's time comes.
 */
export interface SigningKeys {
  readonly active: SigningKey;
  /** Keys whose tokens are accepted, by `kid`: the active one, staged ones, recently retired ones. */
  readonly verifying: ReadonlyMap<string, SigningKey>;
  /** Public JWKs of the verifying keys, for /.well-known/jwks.json. */
  readonly publicJwks: JWK[];
  /** Every key still known, long-retired ones included: for signatures that never expire (audit seals). */
  readonly known: ReadonlyMap<string, SigningKey>;
}

export async function importPrivateJwk(jwk: JWK): Promise<SigningKey> {
  const { d: _d, ...publicPart } = jwk;
  const kid = jwk.kid ?? (await calculateJwkThumbprint(publicPart));
  const privateKey = (await importJWK(jwk, SIGNING_ALGORITHM)) as CryptoKey;
  const publicKey = (await importJWK(publicPart, SIGNING_ALGORITHM)) as CryptoKey;
  return { kid, privateKey, publicKey, publicJwk: { ...publicPart, kid, alg: SIGNING_ALGORITHM, use: 'sig' } };
}

export async function newPrivateJwk(): Promise<JWK> {
  const { privateKey } = await generateKeyPair(SIGNING_ALGORITHM, { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(privateKey);
  const { d: _d, ...publicPart } = jwk;
  return { ...jwk, kid: await calculateJwkThumbprint(publicPart) };
}

/** A key set that never changes: the first key signs, every key verifies. */
export async function fixedSigningKeys(privateJwks: readonly JWK[]): Promise<SigningKeys> {
  if (privateJwks.length === 0) throw new Error('A key set needs at least one key');
  const keys = await Promise.all(privateJwks.map(importPrivateJwk));
  const verifying = new Map(keys.map((key) => [key.kid, key]));
  return { active: keys[0]!, verifying, publicJwks: keys.map((key) => key.publicJwk), known: verifying };
}

/** JWT_PRIVATE_KEY: a private JWK, or a JSON array whose first entry signs and the rest still verify. */
export function fixedSigningKeysFromJson(json: string): Promise<SigningKeys> {
  const parsed = JSON.parse(json) as JWK | JWK[];
  return fixedSigningKeys(Array.isArray(parsed) ? parsed : [parsed]);
}

/**
 * The key set earlier versions generated into the data directory, newest first; null when there is
 * none. Read once, to carry its keys into the database so tokens signed before an upgrade stay valid.
 */
export async function readKeyFileOfEarlierVersions(dataDir: string): Promise<JWK[] | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(path.join(dataDir, 'jwt-signing-keys.json'), 'utf8'));
    return Array.isArray(parsed) && parsed.length > 0 ? (parsed as JWK[]) : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
