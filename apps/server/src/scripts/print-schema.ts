import 'reflect-metadata';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDeclaredSchema, printSdl } from '../graphql/schema.js';

/** `--write` regenerates apps/server/schema.graphql; `--check` fails when the committed file is stale. */
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schema.graphql');
const sdl = printSdl(await buildDeclaredSchema());
const mode = process.argv[2];
if (mode === '--write') {
  await writeFile(file, sdl);
} else if (mode === '--check') {
  const committed = await readFile(file, 'utf8').catch(() => '');
  if (committed !== sdl) {
    console.error('apps/server/schema.graphql is stale: run `pnpm --filter @access/server build` and commit it.');
    process.exit(1);
  }
} else {
  process.stdout.write(sdl);
}
