/**
 * Where uploaded bytes live: outside the database, behind a port so a bucket can replace the disk.
 * Keys are chosen by the storage, never by the uploader, so a file name can never name a path.
 */
export interface FileStorage {
  /** Stores the bytes and returns the new key to keep with the metadata. */
  put(bytes: Uint8Array): Promise<string>;
  /** The stored bytes, or null when the key names nothing (never stored, or deleted). */
  get(key: string): Promise<Buffer | null>;
  /** Removes the file; deleting a missing key is not an error, so cleanup can be retried. */
  delete(key: string): Promise<void>;
  /** Lets go of connections, when the storage keeps any. */
  close?(): void;
}

const STORAGE_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Whether `key` could have been issued by `put` (a UUID): nothing else may name a stored file. */
export function isStorageKey(key: string): boolean {
  return STORAGE_KEY.test(key);
}
