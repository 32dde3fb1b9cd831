import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from '../local-disk-storage.js';

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;

  beforeAll(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'access-files-'));
    storage = new LocalDiskStorage(path.join(root, 'uploads'));
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('stores, reads and deletes by a key it chose', async () => {
    const key = await storage.put(Buffer.from('hello'));
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect((await storage.get(key))?.toString()).toBe('hello');
    await storage.delete(key);
    expect(await storage.get(key)).toBeNull();
    await storage.delete(key);
  });

  it('gives every file its own key', async () => {
    const keys = await Promise.all([1, 2, 3].map((n) => storage.put(Buffer.from([n]))));
    expect(new Set(keys).size).toBe(3);
  });

  it('maps no other key to a path, so nothing outside its directory can be read or deleted', async () => {
    const outside = path.join(root, 'secret.txt');
    await writeFile(outside, 'secret');
    for (const key of ['../secret.txt', '../../secret.txt', outside, 'secret.txt', '', '00000000-0000-0000-0000-000000000000/../../secret.txt']) {
      expect(await storage.get(key), key).toBeNull();
      await storage.delete(key);
    }
    expect(await readdir(root)).toContain('secret.txt');
  });
});
