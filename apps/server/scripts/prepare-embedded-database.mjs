#!/usr/bin/env node
// Creates the embedded database's data directory (PGlite's initdb, the slowest part of a first
// start) if it does not exist yet. `pnpm start` runs it while the server is being built, so the
// server then only reopens the directory. Resolves the directory the way src/config.ts does.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;

if (!env.DATABASE_URL && env.PGLITE_DIR !== 'memory://') {
  const dataDir = path.resolve(env.DATA_DIR || path.join(serverRoot, '.data'));
  const pgliteDir = path.resolve(env.PGLITE_DIR || path.join(dataDir, 'pglite'));
  if (!existsSync(path.join(pgliteDir, 'PG_VERSION'))) {
    await mkdir(pgliteDir, { recursive: true });
    const db = await PGlite.create(pgliteDir);
    await db.close();
  }
}
