import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSecretBox, SecretBox } from '../secret-box.js';

describe('SecretBox', () => {
  it('reads back what it sealed, and each sealing differs', () => {
    const box = new SecretBox(randomBytes(32));
    const first = box.seal('client-secret-ä');
    expect(first).not.toContain('client-secret');
    expect(box.seal('client-secret-ä')).not.toBe(first);
    expect(box.open(first)).toBe('client-secret-ä');
  });

  it('refuses a tampered value and another key', () => {
    const box = new SecretBox(randomBytes(32));
    const sealed = box.seal('s3cret');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    expect(() => box.open([...parts.slice(0, 3), body.toString('base64url')].join('.'))).toThrow();
    expect(() => new SecretBox(randomBytes(32)).open(sealed)).toThrow();
  });

  it('keeps one generated key per data directory, or uses SECRETS_KEY', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'secret-box-'));
    try {
      const sealed = (await loadSecretBox(dir, undefined)).seal('x');
      expect((await loadSecretBox(dir, undefined)).open(sealed)).toBe('x');
      const key = randomBytes(32).toString('base64');
      expect((await loadSecretBox(dir, key)).open((await loadSecretBox(dir, key)).seal('y'))).toBe('y');
      expect(() => new SecretBox(Buffer.alloc(16))).toThrow('32 bytes');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
