#!/usr/bin/env node
// Compiles a package's src/**/*.ts to dist/**/*.js with SWC, file by file, the layout tsc gives.
// Type checking is the typecheck task's job (tsc --noEmit); this only strips types, so a start
// does not wait for the checker. Legacy decorators with their design:type metadata, because
// type-graphql and TypeORM read the types of decorated properties and parameters at run time.
//
// Usage (in a package): node ../../scripts/compile.mjs [--exclude <substring> ...] [--watch]
// --watch skips the full build and recompiles each source file as it changes (for `dev`).
import { watch } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { transformFile } from '@swc/core';

const packageDir = process.cwd();
const srcDir = path.join(packageDir, 'src');
const outDir = path.join(packageDir, 'dist');
const excluded = process.argv.flatMap((arg, i, args) => (args[i - 1] === '--exclude' ? [arg] : []));

const options = {
  swcrc: false,
  sourceMaps: true,
  module: { type: 'es6', resolveFully: false },
  jsc: {
    target: 'es2022',
    parser: { syntax: 'typescript', decorators: true },
    // Class fields assigned in the constructor, as tsc does with useDefineForClassFields: false:
    // TypeORM and type-graphql set entity properties after construction.
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    keepClassNames: true,
  },
};

const isSource = (file) =>
  file.endsWith('.ts') && !file.endsWith('.d.ts') && !excluded.some((part) => path.relative(srcDir, file).split(path.sep).join('/').includes(part));
const targetOf = (file) => path.join(outDir, path.relative(srcDir, file).replace(/\.ts$/, '.js'));

async function sources(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).filter(isSource);
}

async function compile(file) {
  const target = targetOf(file);
  const { code, map } = await transformFile(file, { ...options, filename: file, sourceFileName: path.relative(path.dirname(target), file) });
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
  if (map) await writeFile(`${target}.map`, map);
}

/** Removes dist/ first, so a deleted source leaves no stale module behind. */
async function build() {
  const started = performance.now();
  await rm(outDir, { recursive: true, force: true });
  const files = await sources(srcDir);
  await Promise.all(files.map(compile));
  process.stdout.write(`compiled ${files.length} files to ${path.relative(packageDir, outDir)}/ in ${Math.round(performance.now() - started)} ms\n`);
}

function watchSources() {
  watch(srcDir, { recursive: true }, (_event, name) => {
    const file = name ? path.join(srcDir, name) : null;
    if (!file || !isSource(file)) return;
    compile(file).then(
      () => process.stdout.write(`compiled ${path.relative(packageDir, file)}\n`),
      async (error) => {
        if (error?.code !== 'ENOENT') return process.stderr.write(`${error?.message ?? error}\n`);
        const target = targetOf(file);
        await rm(target, { force: true });
        await rm(`${target}.map`, { force: true });
      },
    );
  });
}

if (process.argv.includes('--watch')) watchSources();
else await build();
