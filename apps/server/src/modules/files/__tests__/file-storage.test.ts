import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startS3Server } from '../../../test-support/s3-server.js';
import { createFileStorage } from '../create-file-storage.js';
import type { FileStorage } from '../file-storage.js';
import { parseStorageLocation } from '../storage-location.js';

type Backend = { storage: FileStorage; close(): Promise<void> };

const backends: Array<[string, () => Promise<Backend>]> = [
  [
    'the local disk',
    async () => {
      const root = await mkdtemp(path.join(os.tmpdir(), 'access-files-'));
      return { storage: createFileStorage({ fileStorageUrl: undefined, uploadsDir: path.join(root, 'uploads') }), close: () => rm(root, { recursive: true, force: true }) };
    },
  ],
  [
    'an S3-compatible bucket',
    async () => {
      const s3 = await startS3Server();
      return { storage: createFileStorage({ fileStorageUrl: s3.url('proofs'), uploadsDir: '/nonexistent' }), close: () => s3.close() };
    },
  ],
];

describe.each(backends)('file storage on %s', (_name, start) => {
  let backend: Backend;
  beforeAll(async () => {
    backend = await start();
  });
  afterAll(async () => {
    await backend.close();
  });

  it('stores, reads and deletes by a key it chose; deleting twice is fine', async () => {
    const key = await backend.storage.put(Buffer.from('hello'));
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    expect((await backend.storage.get(key))?.toString()).toBe('hello');
    await backend.storage.delete(key);
    expect(await backend.storage.get(key)).toBeNull();
    await backend.storage.delete(key);
  });

  it('keeps binary content byte for byte, and gives every file its own key', async () => {
    const bytes = Buffer.from(Array.from({ length: 70_000 }, (_, i) => (i * 7) % 256));
    const keys = await Promise.all([bytes, Buffer.from([1]), Buffer.from([2])].map((content) => backend.storage.put(content)));
    expect(new Set(keys).size).toBe(3);
    expect((await backend.storage.get(keys[0]!))?.equals(bytes)).toBe(true);
  });

  it('answers null for a key it never issued, and deletes nothing for one', async () => {
    const kept = await backend.storage.put(Buffer.from('kept'));
    for (const key of ['00000000-0000-4000-8000-000000000000', '../secret.txt', `${kept}/..`, '', 'proofs/' + kept]) {
      expect(await backend.storage.get(key), key).toBeNull();
      await backend.storage.delete(key);
    }
    expect((await backend.storage.get(kept))?.toString()).toBe('kept');
  });
});

describe('local disk storage', () => {
  it('maps no other key to a path, so nothing outside its directory can be read or deleted', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'access-files-'));
    const storage = createFileStorage({ fileStorageUrl: undefined, uploadsDir: path.join(root, 'uploads') });
    const outside = path.join(root, 'secret.txt');
    await writeFile(outside, 'secret');
    for (const key of ['../secret.txt', '../../secret.txt', outside, 'secret.txt', '00000000-0000-0000-0000-000000000000/../../secret.txt']) {
      expect(await storage.get(key), key).toBeNull();
      await storage.delete(key);
    }
    expect(await readdir(root)).toContain('secret.txt');
    await rm(root, { recursive: true, force: true });
  });
});

describe('FILE_STORAGE_URL', () => {
  it('reads a bucket, its prefix, endpoint and credentials', () => {
    expect(parseStorageLocation('s3://key:se%2Fcret@proofs/access/uploads?endpoint=http%3A%2F%2Fminio%3A9000&region=eu-west-1', '/d')).toEqual({
      kind: 's3',
      bucket: 'proofs',
      prefix: 'access/uploads/',
      endpoint: 'http://minio:9000',
      region: 'eu-west-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'se/cret' },
    });
    expect(parseStorageLocation('s3://proofs', '/d')).toMatchObject({ kind: 's3', prefix: '', endpoint: undefined, forcePathStyle: false, credentials: undefined });
    expect(parseStorageLocation(undefined, '/srv/uploads')).toEqual({ kind: 'disk', root: '/srv/uploads' });
    expect(parseStorageLocation('file:///srv/files', '/d')).toEqual({ kind: 'disk', root: '/srv/files' });
  });

  it.each([
    ['not a URL', 'proofs'],
    ['another scheme', 'https://proofs.example.com'],
    ['no bucket', 's3:///prefix'],
    ['a key without its secret', 's3://key@proofs'],
    ['an endpoint that is not http(s)', 's3://proofs?endpoint=ftp://x'],
    ['a forcePathStyle that is not a boolean', 's3://proofs?forcePathStyle=maybe'],
  ])('refuses %s', (_what, url) => {
    expect(typeof parseStorageLocation(url, '/d')).toBe('string');
  });
});
