// A PGlite data directory with every migration applied and no rows, kept in the repository per
// PGlite version (make-pglite-template.mjs writes it): loading it costs about a quarter of the CPU
// of PGlite's own initdb (~2 s against ~7.6 s on the reference machine), and the migrations, run
// on a new directory on disk, took another ~2.7 s, most of it PGlite's file system calls per page.
// The server still runs any migration the template lacks, and the seed, as on any database.
import { Blob } from 'node:buffer';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync } from 'node:zlib';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const templateDir = path.join(serverRoot, 'pglite-template');

/** The installed PGlite's version: a data directory is only valid for the PostgreSQL it was made by. */
export function pgliteVersion() {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  let dir = path.dirname(entry);
  while (!existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir);
  return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
}

export function templateFile(version = pgliteVersion()) {
  return path.join(templateDir, `pgdata-${version}.tar.br`);
}

/** The template as PGlite's loadDataDir takes it, or undefined when none matches this PGlite. */
export function loadTemplate() {
  const file = templateFile();
  if (!existsSync(file)) return undefined;
  return new Blob([brotliDecompressSync(readFileSync(file))], { type: 'application/x-tar' });
}
