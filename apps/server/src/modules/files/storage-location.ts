import { fileURLToPath } from 'node:url';
import type { S3Location } from './s3-storage.js';

export type StorageLocation = { kind: 'disk'; root: string } | ({ kind: 's3' } & S3Location);

/**
 * FILE_STORAGE_URL: `s3://[key:secret@]bucket[/prefix]?endpoint=&region=&forcePathStyle=` or
 * `file:///absolute/path`; unset means the local disk under UPLOADS_DIR. Returns an error message
 * for anything else, so the server refuses to start rather than lose uploads.
 */
export function parseStorageLocation(url: string | undefined, uploadsDir: string): StorageLocation | string {
  if (!url) return { kind: 'disk', root: uploadsDir };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `FILE_STORAGE_URL is not a URL: "${url}"`;
  }
  if (parsed.protocol === 'file:') return { kind: 'disk', root: fileURLToPath(parsed) };
  if (parsed.protocol !== 's3:') return `FILE_STORAGE_URL must start with s3:// or file://, got "${parsed.protocol}//"`;
  const bucket = parsed.hostname;
  if (!bucket) return 'FILE_STORAGE_URL names no bucket: s3://<bucket>/<prefix>';
  const path = decodeURIComponent(parsed.pathname.replace(/^\/+/, ''));
  const endpoint = parsed.searchParams.get('endpoint') ?? undefined;
  if (endpoint && !/^https?:\/\//.test(endpoint)) return `FILE_STORAGE_URL's endpoint must be an http(s) URL, got "${endpoint}"`;
  const forcePathStyle = parsed.searchParams.get('forcePathStyle');
  if (forcePathStyle !== null && !['true', 'false'].includes(forcePathStyle)) return 'FILE_STORAGE_URL\'s forcePathStyle must be true or false';
  const user = decodeURIComponent(parsed.username);
  const password = decodeURIComponent(parsed.password);
  if (Boolean(user) !== Boolean(password)) return 'FILE_STORAGE_URL needs both an access key and a secret, or neither';
  return {
    kind: 's3',
    bucket,
    prefix: path && !path.endsWith('/') ? `${path}/` : path,
    endpoint,
    region: parsed.searchParams.get('region') ?? 'us-east-1',
    // An S3-compatible endpoint almost always wants path-style; AWS itself the virtual-host style.
    forcePathStyle: forcePathStyle === null ? Boolean(endpoint) : forcePathStyle === 'true',
    credentials: user ? { accessKeyId: user, secretAccessKey: password } : undefined,
  };
}
