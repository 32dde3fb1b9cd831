import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.js';
import { startTestApp, TEST_SECRETS_KEY, type TestApp } from '../../../test-support/test-app.js';
import { tenantWithAdmin } from '../../../test-support/sessions.js';
import { SecretBox } from '../../secrets/secret-box.js';
import { AccessTokens } from '../access-tokens.js';
import { openSigningKeys } from '../open-signing-keys.js';
import { SigningKeyRing, signingKeysAt } from '../signing-key-ring.js';
import { ensureSigningKey, readSigningKeys, stageSigningKey, type StoredSigningKey } from '../signing-key-store.js';
import { fixedSigningKeys, importPrivateJwk, newPrivateJwk } from '../signing-keys.js';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);
const subject = { kind: 'user' as const, userId: '00000000-0000-4000-8000-000000000001', tenantId: '00000000-0000-4000-8000-000000000002' };
const MINUTE = 60_000;
const quiet = { warn: () => undefined };

const stored = async (signsFrom: number): Promise<StoredSigningKey> => ({ key: await importPrivateJwk(await newPrivateJwk()), signsFrom });

/** Polls until `check` holds: change notices reach another connection a moment after the commit. */
async function eventually(check: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`never happened: ${what}`);
}

describe('what each signing key does over time', () => {
  it('publishes a staged key at once, signs with it from its time, and verifies the old one for the longest token lifetime after', async () => {
    const t0 = Date.parse('2026-12-06T10:00:00Z');
    const old = await stored(t0);
    const staged = await stored(t0 + 10 * MINUTE);
    const longest = 60 * MINUTE;

    const before = signingKeysAt([old, staged], t0 + MINUTE, longest);
    expect(before.active.kid).toBe(old.key.kid);
    expect([...before.verifying.keys()].sort()).toEqual([old.key.kid, staged.key.kid].sort());
    expect(before.publicJwks.map((jwk) => jwk.kid).sort()).toEqual([old.key.kid, staged.key.kid].sort());
    expect(before.changesAt).toBe(staged.signsFrom);

    const after = signingKeysAt([old, staged], staged.signsFrom, longest);
    expect(after.active.kid).toBe(staged.key.kid);
    expect(after.verifying.has(old.key.kid)).toBe(true);
    expect(after.changesAt).toBe(staged.signsFrom + longest);

    const later = signingKeysAt([old, staged], staged.signsFrom + longest, longest);
    expect([...later.verifying.keys()]).toEqual([staged.key.kid]);
    expect(later.publicJwks.every((jwk) => jwk.d === undefined)).toBe(true);
    // Audit seals do not expire: the retired key still checks the ones it made.
    expect(later.known.has(old.key.kid)).toBe(true);
  });

  it('signs with the earliest key when every key is still ahead (clocks apart), rather than not at all', async () => {
    const t0 = Date.parse('2026-12-06T10:00:00Z');
    const first = await stored(t0 + MINUTE);
    const second = await stored(t0 + 2 * MINUTE);
    expect(signingKeysAt([second, first], t0, MINUTE).active.kid).toBe(first.key.kid);
  });
});

describe(`signing keys shared in the database on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;
  let first: TestApp;
  let second: TestApp;
  const box = new SecretBox(Buffer.from(TEST_SECRETS_KEY, 'base64'));

  beforeAll(async () => {
    database = await createTestDatabase();
    first = await startTestApp({}, { database });
    second = await startTestApp({}, { database });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
    await database?.drop();
  });

  const jwksKids = async (app: TestApp) =>
    ((await (await fetch(`${app.url}/.well-known/jwks.json`)).json()) as { keys: Array<{ kid: string }> }).keys.map((key) => key.kid).sort();

  it('gives every instance the same key: a token signed by one is accepted by the other', async () => {
    expect(second.keys.active.kid).toBe(first.keys.active.kid);
    const org = await tenantWithAdmin(first, 'Shared Keys Org');
    const me = await second.graphql<{ me: { username: string } }>('{ me { username } }', {}, org.token);
    expect(me.errors).toBeUndefined();
    expect(me.data?.me.username).toBe(org.admin.username);
  });

  it('keeps the private half sealed with SECRETS_KEY, and says so when an instance brings another key', async () => {
    const rows: Array<{ private_jwk_sealed: string; public_jwk: Record<string, unknown> }> = await database.dataSource.query(
      'SELECT private_jwk_sealed, public_jwk FROM signing_key',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.private_jwk_sealed).not.toContain('"d"');
      expect(row.public_jwk).not.toHaveProperty('d');
    }
    const stranger = new SecretBox(Buffer.alloc(32, 1));
    await expect(readSigningKeys(database.dataSource.manager, stranger)).rejects.toThrow(/every instance of a deployment must share SECRETS_KEY/);
  });

  it('stages a rotation: both instances publish the new key at once and go on signing with the old one until its time', async () => {
    const oldKid = first.keys.active.kid;
    const oldToken = (await new AccessTokens(first.keys, 900).issue(subject)).token;
    const { kid } = await stageSigningKey(database.dataSource, box, new Date(Date.now() + 10 * MINUTE));

    for (const app of [first, second]) {
      await eventually(async () => (await jwksKids(app)).includes(kid), 'the staged key in the JWKS');
      expect(app.keys.active.kid).toBe(oldKid);
      expect(app.keys.verifying.has(kid)).toBe(true);
      expect(await new AccessTokens(app.keys, 900).verify(oldToken)).toMatchObject({ userId: subject.userId });
    }
  });

  it('switches every instance to a staged key when its time comes, and keeps accepting tokens of the old one', async () => {
    const oldToken = (await new AccessTokens(first.keys, 900).issue(subject)).token;
    const { kid } = await stageSigningKey(database.dataSource, box, new Date(Date.now() + 300));
    for (const app of [first, second]) await eventually(() => app.keys.verifying.has(kid), 'the staged key known');
    await eventually(() => first.keys.active.kid === kid && second.keys.active.kid === kid, 'the staged key signing');

    const newToken = (await new AccessTokens(first.keys, 900).issue(subject)).token;
    expect(decodeProtectedHeader(newToken).kid).toBe(kid);
    expect(await new AccessTokens(second.keys, 900).verify(newToken)).toMatchObject({ userId: subject.userId });
    expect(await new AccessTokens(second.keys, 900).verify(oldToken)).toMatchObject({ userId: subject.userId });
  });

  it.skipIf(!onPostgres)('rotates with the rotate-signing-key command against the database (PostgreSQL: a second process)', async () => {
    const script = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../../dist/scripts/rotate-signing-key.js');
    const url = (database.config as { url: string }).url;
    const { stdout } = await promisify(execFile)(process.execPath, [script], {
      env: { PATH: process.env.PATH, NODE_ENV: 'test', DATABASE_URL: url, SECRETS_KEY: TEST_SECRETS_KEY, SIGNING_KEY_STAGING_SECONDS: '600' },
    });
    const kid = /Staged signing key (\S+):/.exec(stdout)?.[1];
    expect(kid).toBeDefined();
    for (const app of [first, second]) await eventually(async () => (await jwksKids(app)).includes(kid!), 'the rotated key published');
  });
});

describe(`the first signing key on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  let database: TestDatabase;
  let dataDir: string;
  const box = new SecretBox(Buffer.from(TEST_SECRETS_KEY, 'base64'));

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'access-keys-'));
  });
  afterAll(async () => {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('carries over the key file of earlier versions, so tokens signed before an upgrade stay valid', async () => {
    const [newest, older] = [await newPrivateJwk(), await newPrivateJwk()];
    await writeFile(path.join(dataDir, 'jwt-signing-keys.json'), JSON.stringify([newest, older]));
    const before = await fixedSigningKeys([older]);
    const tokenOfRetiredKey = (await new AccessTokens(before, 900).issue(subject)).token;

    // Instances starting together: one stores the keys, the others find them.
    await Promise.all([0, 1, 2].map(() => ensureSigningKey(database.dataSource, box, dataDir, new Date())));
    const rows: Array<{ kid: string }> = await database.dataSource.query('SELECT kid FROM signing_key');
    expect(rows.map((row) => row.kid).sort()).toEqual([newest.kid, older.kid].sort());

    const ring = await SigningKeyRing.read(database.dataSource, box, { longestTokenSeconds: 3600, refreshSeconds: 60, logger: quiet });
    expect(ring.active.kid).toBe(newest.kid);
    expect(await new AccessTokens(ring, 900).verify(tokenOfRetiredKey)).toMatchObject({ userId: subject.userId });
  });

  it('uses JWT_PRIVATE_KEY as given, without the database', async () => {
    const jwk = await newPrivateJwk();
    const keys = await openSigningKeys(database.dataSource, box, { jwtPrivateKey: JSON.stringify(jwk), dataDir, accessTokenTtlSeconds: 900, signingKeyRefreshSeconds: 60 }, quiet, {
      follow: true,
    });
    expect(keys.active.kid).toBe(jwk.kid);
    expect([...keys.verifying.keys()]).toEqual([jwk.kid]);
    await keys.close();
  });
});

describe('token checks', () => {
  it('refuses a token it has verified before once its key is no longer trusted', async () => {
    const keys = await fixedSigningKeys([await newPrivateJwk()]);
    const verifying = new Map(keys.verifying);
    const tokens = new AccessTokens({ ...keys, verifying }, 900);
    const { token } = await tokens.issue(subject);
    expect(await tokens.verify(token)).toMatchObject({ userId: subject.userId });
    expect(await tokens.verify(token)).toMatchObject({ userId: subject.userId });
    verifying.delete(keys.active.kid);
    expect(await tokens.verify(token)).toBeNull();
  });

  it('refuses an access token once it has expired, and a step token after ten minutes', async () => {
    const keys = await fixedSigningKeys([await newPrivateJwk()]);
    let now = Date.parse('2026-11-25T10:00:00Z');
    const tokens = new AccessTokens(keys, 900, () => now);
    const { token, expiresAt } = await tokens.issue(subject);
    expect(expiresAt.toISOString()).toBe('2026-11-25T10:15:00.000Z');
    const change = (await tokens.issue({ ...subject, pendingPasswordChange: true })).token;
    now += 899_000;
    expect(await tokens.verify(token)).not.toBeNull();
    now += 2_000;
    expect(await tokens.verify(token)).toBeNull();
    expect(await tokens.verify(change)).toBeNull();
  });

  it('refuses a token whose key id it does not know', async () => {
    const keys = await fixedSigningKeys([await newPrivateJwk()]);
    const foreign = await fixedSigningKeys([await newPrivateJwk()]);
    const token = (await new AccessTokens(foreign, 900).issue(subject)).token;
    expect(await new AccessTokens(keys, 900).verify(token)).toBeNull();
  });
});
