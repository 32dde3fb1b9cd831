import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';

/**
 * Something the browser tests of one run share (a build), made once by the first file that asks
 * for it and kept until the run's global teardown. Files run side by side: the first takes a lock
 * directory and makes it, the others wait for it to appear; it is made in its own directory, then
 * renamed into place, so nobody sees a partial one. A maker that fails releases the lock, and the
 * next file to ask tries again.
 */
export async function sharedForRun(name: string, make: () => Promise<string>): Promise<string> {
  const runDir = inject('e2eRunDir');
  if (!runDir) throw new Error('No run directory: vitest.config.ts must list e2e/support/global-setup.ts.');
  const shared = path.join(runDir, name);
  const lock = `${shared}.making`;
  for (;;) {
    if (existsSync(shared)) return shared;
    try {
      await mkdir(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
      continue;
    }
    try {
      if (existsSync(shared)) return shared;
      const made = await make();
      await rename(made, shared);
      return shared;
    } finally {
      await rm(lock, { recursive: true, force: true });
    }
  }
}
