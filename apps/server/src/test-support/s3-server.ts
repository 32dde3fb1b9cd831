import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';

/** s3rver's fixed development credentials. */
const ACCESS_KEY = 'S3RVER';
const SECRET = 'S3RVER';

/** A real S3-compatible server (s3rver) in this process on a free port, with one empty bucket. */
export async function startS3Server(bucket = 'access-files') {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'access-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket, configs: [] }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    endpoint,
    bucket,
    /** FILE_STORAGE_URL for this server, keys under `prefix`. */
    url: (prefix = '') => `s3://${ACCESS_KEY}:${SECRET}@${bucket}/${prefix}?endpoint=${encodeURIComponent(endpoint)}`,
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
