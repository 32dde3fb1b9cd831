#!/usr/bin/env node
// Writes pglite-template/pgdata-<PGlite version>.tar.br (see pglite-template.mjs) and removes the
// templates of other versions. Run it after upgrading @electric-sql/pglite, and commit the result.
import { Buffer } from 'node:buffer';
import { readdirSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { templateDir, templateFile } from './pglite-template.mjs';

const db = await PGlite.create('memory://');
const tar = Buffer.from(await (await db.dumpDataDir('none')).arrayBuffer());
await db.close();
// A 16 MB window: the three databases initdb makes are near copies, and brotli then stores one.
const compressed = brotliCompressSync(tar, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_LGWIN]: 24, [constants.BROTLI_PARAM_SIZE_HINT]: tar.length },
});
await mkdir(templateDir, { recursive: true });
for (const name of readdirSync(templateDir)) rmSync(path.join(templateDir, name));
writeFileSync(templateFile(), compressed);
process.stdout.write(`${path.relative(process.cwd(), templateFile())}: ${tar.length} bytes as ${compressed.length}\n`);
