import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isStorageKey, type FileStorage } from './file-storage.js';


/** Files under one directory, spread over sub-directories by key prefix so no folder grows huge. */
export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(bytes: Uint8Array): Promise<string> {
    const key = randomUUID();
    const file = this.pathOf(key)!;
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, bytes, { flag: 'wx', mode: 0o600 });
    return key;
  }

  async get(key: string): Promise<Buffer | null> {
    const file = this.pathOf(key);
    if (!file) return null;
    try {
      return await readFile(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.pathOf(key);
    if (file) await rm(file, { force: true });
  }

  /** Only keys this storage could have issued map to a path: anything else (`../x`, `/etc`) maps to none. */
  private pathOf(key: string): string | null {
    if (!isStorageKey(key)) return null;
    return path.join(this.root, key.slice(0, 2), key);
  }
}
