import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedForRun } from './run-dir';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds the SPA from the current sources into a temp directory, as `pnpm build` does, so the
 * browser test never runs against a stale apps/web/dist (and does not overwrite it).
 */
async function buildWeb(): Promise<string> {
  // Imported here, not at the top: every browser test file loads this module, one per run builds.
  const { build } = await import('vite');
  const outDir = await mkdtemp(path.join(tmpdir(), 'access-web-dist-'));
  // Vitest sets NODE_ENV=test and Vite bakes NODE_ENV into the bundle: without this the tests would
  // get React's development build, which is not what people get and cost the browser about a
  // tenth more time (StrictMode renders twice, development checks).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root: webDir,
      configFile: path.join(webDir, 'vite.config.ts'),
      logLevel: 'warn',
      build: { outDir, emptyOutDir: true },
    });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
  return outDir;
}

/**
 * The production build of this test run: one build instead of one per browser test file (about
 * 9 s of CPU each). The sources do not change during a run, so it is as fresh as a build of its
 * own. Read only.
 */
export function sharedWebBuild(): Promise<string> {
  return sharedForRun('web-dist', () => buildWeb());
}
