#!/usr/bin/env node
// Creates the embedded database's data directory if it does not exist yet, from the committed
// template when one matches the installed PGlite (pglite-template.mjs), else with PGlite's own
// initdb. `pnpm start` runs it while the server is being built, so the server then only reopens
// the directory. Resolves the directory the way src/config.ts does.
import { existsSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { loadTemplate } from './pglite-template.mjs';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const env = process.env;

if (!env.DATABASE_URL && env.PGLITE_DIR !== 'memory://') {
  const dataDir = path.resolve(env.DATA_DIR || path.join(serverRoot, '.data'));
  const pgliteDir = path.resolve(env.PGLITE_DIR || path.join(dataDir, 'pglite'));
  if (!existsSync(path.join(pgliteDir, 'PG_VERSION'))) {
    // Made beside it and renamed into place, so an interrupted run leaves no half-made directory.
    const staging = `${pgliteDir}.partial-${process.pid}`;
    await mkdir(staging, { recursive: true });
    const template = loadTemplate();
    if (!template) process.stdout.write('No PGlite data directory template for this PGlite version: initialising one (slower).\n');
    const db = await PGlite.create(staging, template ? { loadDataDir: template } : {});
    await db.close();
    await rm(pgliteDir, { recursive: true, force: true });
    await rename(staging, pgliteDir);
  }
}
