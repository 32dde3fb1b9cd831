import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the browser tests keep what they share for one run (see sharedForRun). */
    e2eRunDir?: string;
  }
}

/** Gives the run a directory for what its browser tests share, and removes it afterwards. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const runDir = await mkdtemp(path.join(tmpdir(), 'access-web-run-'));
  project.provide('e2eRunDir', runDir);
  return () => rm(runDir, { recursive: true, force: true });
}
