import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';

/**
 * Something the browser tests of one run share (a build, a seeded database), made by the first
 * file that asks for it and kept until the run's global teardown: made in its own directory, then
 * renamed into place, so a file running beside this one sees either nothing or a complete one.
 */
export async function sharedForRun(name: string, make: () => Promise<string>): Promise<string> {
  const runDir = inject('e2eRunDir');
  if (!runDir) throw new Error('No run directory: vitest.config.ts must list e2e/support/global-setup.ts.');
  const shared = path.join(runDir, name);
  if (existsSync(shared)) return shared;
  const made = await make();
  try {
    await rename(made, shared);
  } catch (error) {
    await rm(made, { recursive: true, force: true });
    if (!existsSync(shared)) throw error;
  }
  return shared;
}
