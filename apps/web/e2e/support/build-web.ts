import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const webDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Builds the SPA from the current sources into a temp directory, so the browser test never runs
 * against a stale apps/web/dist (and does not overwrite it).
 */
export async function buildWeb(): Promise<string> {
  const outDir = await mkdtemp(path.join(tmpdir(), 'access-web-dist-'));
  await build({
    root: webDir,
    configFile: path.join(webDir, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}
