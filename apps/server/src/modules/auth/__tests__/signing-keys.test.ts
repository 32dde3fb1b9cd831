import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { decodeProtectedHeader } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccessTokens } from '../access-tokens.js';
import { loadSigningKeys, rotateSigningKeys } from '../signing-keys.js';

describe('signing key rotation', () => {
  let dataDir: string;
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'access-keys-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  const subject = { kind: 'user' as const, userId: '00000000-0000-4000-8000-000000000001', tenantId: '00000000-0000-4000-8000-000000000002' };

  it('keeps the same key across restarts', async () => {
    const first = await loadSigningKeys(dataDir, undefined);
    const again = await loadSigningKeys(dataDir, undefined);
    expect(again.active.kid).toBe(first.active.kid);
  });

  it('signs with the new key after a rotation and still accepts tokens of the retired ones, until they are dropped', async () => {
    const before = await loadSigningKeys(dataDir, undefined);
    const oldToken = (await new AccessTokens(before, 900).issue(subject)).token;

    await rotateSigningKeys(dataDir);
    const after = await loadSigningKeys(dataDir, undefined);
    expect(after.active.kid).not.toBe(before.active.kid);
    expect(after.publicJwks.map((jwk) => jwk.kid)).toEqual([after.active.kid, before.active.kid]);
    expect(after.publicJwks.every((jwk) => jwk.d === undefined)).toBe(true);

    const tokens = new AccessTokens(after, 900);
    expect(await tokens.verify(oldToken)).toMatchObject({ kind: 'user', userId: subject.userId });
    const newToken = (await tokens.issue(subject)).token;
    expect(decodeProtectedHeader(newToken).kid).toBe(after.active.kid);

    await rotateSigningKeys(dataDir);
    await rotateSigningKeys(dataDir);
    const later = await loadSigningKeys(dataDir, undefined);
    expect(later.verifying.has(before.active.kid)).toBe(false);
    expect(await new AccessTokens(later, 900).verify(oldToken)).toBeNull();
    expect(await new AccessTokens(later, 900).verify(newToken)).not.toBeNull();
  });

  it('refuses a token it has verified before once its key is no longer trusted', async () => {
    const keys = await loadSigningKeys(dataDir, undefined);
    const verifying = new Map(keys.verifying);
    const tokens = new AccessTokens({ ...keys, verifying }, 900);
    const { token } = await tokens.issue(subject);
    expect(await tokens.verify(token)).toMatchObject({ userId: subject.userId });
    expect(await tokens.verify(token)).toMatchObject({ userId: subject.userId });
    verifying.delete(keys.active.kid);
    expect(await tokens.verify(token)).toBeNull();
  });

  it('refuses an access token once it has expired, and a step token after ten minutes', async () => {
    const keys = await loadSigningKeys(dataDir, undefined);
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
    const keys = await loadSigningKeys(dataDir, undefined);
    const otherDir = await mkdtemp(path.join(os.tmpdir(), 'access-keys-other-'));
    const foreign = await loadSigningKeys(otherDir, undefined);
    const token = (await new AccessTokens(foreign, 900).issue(subject)).token;
    expect(await new AccessTokens(keys, 900).verify(token)).toBeNull();
    await rm(otherDir, { recursive: true, force: true });
  });
});
