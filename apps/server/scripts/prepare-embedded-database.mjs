#!/usr/bin/env node
// Creates the embedded database's data directory if it does not exist yet: the committed template's
// files when one matches the installed PGlite (pglite-template.mjs), else PGlite's own initdb.
// `pnpm start` (scripts/start.mjs) calls it while it compiles the server, before starting it.
// Resolves the directory the way src/config.ts does.
import { existsSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { extractTemplate } from './pglite-template.mjs';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function isRunning(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Partial directories of runs that were interrupted: their process is gone. */
async function removeAbandoned(pgliteDir) {
  const prefix = `${path.basename(pgliteDir)}.partial-`;
  const names = await readdir(path.dirname(pgliteDir)).catch(() => []);
  for (const name of names) {
    const pid = Number(name.slice(prefix.length));
    if (!name.startsWith(prefix) || !Number.isInteger(pid) || isRunning(pid)) continue;
    await rm(path.join(path.dirname(pgliteDir), name), { recursive: true, force: true });
  }
}

/** Made beside the directory and renamed into place, so an interrupted run leaves no half-made one. */
async function prepare(pgliteDir) {
  const staging = `${pgliteDir}.partial-${process.pid}`;
  await removeAbandoned(pgliteDir);
  await rm(staging, { recursive: true, force: true });
  await mkdir(staging, { recursive: true });
  if (!extractTemplate(staging)) {
    process.stdout.write('No PGlite data directory template for this PGlite version: initialising one (slower).\n');
    const { PGlite } = await import('@electric-sql/pglite');
    await (await PGlite.create(staging)).close();
  }
  await rm(pgliteDir, { recursive: true, force: true });
  await rename(staging, pgliteDir);
}

export async function prepareEmbeddedDatabase(env = process.env) {
  if (env.DATABASE_URL || env.PGLITE_DIR === 'memory://') return;
  const dataDir = path.resolve(env.DATA_DIR || path.join(serverRoot, '.data'));
  const pgliteDir = path.resolve(env.PGLITE_DIR || path.join(dataDir, 'pglite'));
  if (!existsSync(path.join(pgliteDir, 'PG_VERSION'))) await prepare(pgliteDir);
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) await prepareEmbeddedDatabase();
