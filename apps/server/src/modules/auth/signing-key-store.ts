import type { JWK } from 'jose';
import type { DataSource, EntityManager } from 'typeorm';
import type { SecretBox } from '../secrets/secret-box.js';
import { SigningKeyEntity } from './signing-key.entity.js';
import { importPrivateJwk, newPrivateJwk, readKeyFileOfEarlierVersions, type SigningKey } from './signing-keys.js';

/** A stored key and the moment it starts signing (epoch milliseconds). */
export interface StoredSigningKey {
  key: SigningKey;
  signsFrom: number;
}

/** Serialises the first key's creation across instances starting together on an empty database. */
const FIRST_KEY_LOCK = 7_270_001;

async function insertKey(manager: EntityManager, box: SecretBox, jwk: JWK, signsFrom: Date): Promise<SigningKey> {
  const key = await importPrivateJwk(jwk);
  await manager.query('INSERT INTO signing_key (kid, public_jwk, private_jwk_sealed, signs_from) VALUES ($1, $2, $3, $4)', [
    key.kid,
    JSON.stringify(key.publicJwk),
    box.seal(JSON.stringify({ ...jwk, kid: key.kid })),
    signsFrom,
  ]);
  return key;
}

/**
 * Makes sure the deployment has a signing key. The first instance on an empty table carries over
 * the key file earlier versions kept in DATA_DIR (newest first), or generates a key; the others
 * wait for it and find it there.
 */
export async function ensureSigningKey(dataSource: DataSource, box: SecretBox, dataDir: string, now: Date): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [FIRST_KEY_LOCK]);
    if ((await manager.count(SigningKeyEntity)) > 0) return;
    const carried = (await readKeyFileOfEarlierVersions(dataDir)) ?? [await newPrivateJwk()];
    // Each older key counts as retired just now, so its tokens stay valid for their lifetime.
    for (const [index, jwk] of carried.entries()) await insertKey(manager, box, jwk, new Date(now.getTime() - index));
  });
}

/** Stores a new key that is published at once and signs from `signsFrom`. */
export async function stageSigningKey(dataSource: DataSource, box: SecretBox, signsFrom: Date): Promise<{ kid: string; signsFrom: Date }> {
  const key = await insertKey(dataSource.manager, box, await newPrivateJwk(), signsFrom);
  return { kid: key.kid, signsFrom };
}

function openSealed(box: SecretBox, row: SigningKeyEntity): string {
  try {
    return box.open(row.privateJwkSealed);
  } catch {
    throw new Error(
      `Signing key ${row.kid} in the database cannot be opened with this instance's SECRETS_KEY: every instance of a deployment must share SECRETS_KEY`,
    );
  }
}

/** Every stored key, opened; `opened` keeps keys already imported, so a refresh decrypts only new ones. */
export async function readSigningKeys(manager: EntityManager, box: SecretBox, opened = new Map<string, SigningKey>()): Promise<StoredSigningKey[]> {
  const rows = await manager.find(SigningKeyEntity, { order: { signsFrom: 'DESC', createdAt: 'DESC' } });
  const stored: StoredSigningKey[] = [];
  for (const row of rows) {
    let key = opened.get(row.kid);
    if (!key) {
      key = await importPrivateJwk(JSON.parse(openSealed(box, row)) as JWK);
      opened.set(row.kid, key);
    }
    stored.push({ key, signsFrom: row.signsFrom.getTime() });
  }
  return stored;
}
