import type { FileStorage } from './file-storage.js';
import { LocalDiskStorage } from './local-disk-storage.js';
import { S3Storage } from './s3-storage.js';
import { parseStorageLocation } from './storage-location.js';

/** The bucket FILE_STORAGE_URL names, or the local disk under UPLOADS_DIR. */
export function createFileStorage(config: { fileStorageUrl: string | undefined; uploadsDir: string }): FileStorage {
  const location = parseStorageLocation(config.fileStorageUrl, config.uploadsDir);
  if (typeof location === 'string') throw new Error(location);
  return location.kind === 's3' ? new S3Storage(location) : new LocalDiskStorage(location.root);
}
