#!/usr/bin/env node
// Writes pglite-template/pgdata-<PGlite version>.tar.br (see pglite-template.mjs) and removes the
// templates of other versions: a new cluster, migrated by the built server's migrations. Run it
// (`pnpm --filter @access/server template:pglite`) after adding a migration or upgrading
// @electric-sql/pglite, and commit the result; pglite-template.test.ts fails until then.
import 'reflect-metadata';
import { Buffer } from 'node:buffer';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { openDatabase } from '../dist/db/data-source.js';
import { embeddedDatabaseOf } from '../dist/db/embedded-database.js';
import { templateDir, templateFile } from './pglite-template.mjs';

const dataSource = await openDatabase({ kind: 'pglite', dataDir: undefined });
const db = embeddedDatabaseOf(dataSource);
// The migrations' changes written into the tables' own files, so the copy starts with no WAL to replay.
await db.query('CHECKPOINT');
const tar = Buffer.from(await db.dump());
await dataSource.destroy();
// A 16 MB window: the three databases initdb makes are near copies, and brotli then stores one.
const compressed = brotliCompressSync(tar, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: tar.length },
});
await mkdir(templateDir, { recursive: true });
for (const name of readdirSync(templateDir)) rmSync(path.join(templateDir, name));
writeFileSync(templateFile(), compressed);
process.stdout.write(`${path.relative(process.cwd(), templateFile())}: ${tar.length} bytes as ${compressed.length}\n`);
