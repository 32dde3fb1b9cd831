#!/usr/bin/env node
// Compiles a package's src/**/*.ts to dist/**/*.js with SWC, file by file, the layout tsc gives.
// Plain JavaScript modules (src/**/*.mjs, e.g. a worker thread's entry, which Node must load as it
// is in the tests too) are copied beside them.
// Type checking is the typecheck task's job (tsc --noEmit); this only strips types, so a start
// does not wait for the checker. Legacy decorators with their design:type metadata, because
// type-graphql and TypeORM read the types of decorated properties and parameters at run time.
//
// Usage (in a package): node ../../scripts/compile.mjs [--exclude <substring> ...] [--watch]
// Tests and their support code are never compiled; --exclude leaves out more.
// --watch skips the full build and recompiles each source file as it changes (for `dev`).
// scripts/start.mjs imports compilePackage, which skips a build whose sources did not change.
import { createHash } from 'node:crypto';
import { statSync, watch } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { transformFile } from '@swc/core';

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

// Written last by a whole build: the sources (names, sizes, times) and this compiler it came from.
const FINGERPRINT = '.sources-fingerprint';
const compilerFile = fileURLToPath(import.meta.url);
const TEST_CODE = ['__tests__', '.test.ts', 'test-support'];

function layout(packageDir, extraExcluded) {
  const excluded = [...TEST_CODE, ...extraExcluded];
  const srcDir = path.join(packageDir, 'src');
  const outDir = path.join(packageDir, 'dist');
  const isSource = (file) =>
    (file.endsWith('.mjs') || (file.endsWith('.ts') && !file.endsWith('.d.ts'))) &&
    !excluded.some((part) => path.relative(srcDir, file).split(path.sep).join('/').includes(part));
  const targetOf = (file) => path.join(outDir, path.relative(srcDir, file).replace(/\.ts$/, '.js'));
  return { srcDir, outDir, isSource, targetOf };
}

async function sources({ srcDir, isSource }) {
  const entries = await readdir(srcDir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).filter(isSource).sort();
}

async function compile(file, { targetOf }) {
  const target = targetOf(file);
  if (file.endsWith('.mjs')) {
    await mkdir(path.dirname(target), { recursive: true });
    return copyFile(file, target);
  }
  const { code, map } = await transformFile(file, { ...options, filename: file, sourceFileName: path.relative(path.dirname(target), file) });
  await mkdir(path.dirname(target), { recursive: true });
  await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
  if (map) await writeFile(`${target}.map`, map);
}

async function fingerprintOf(files, excluded) {
  const hash = createHash('sha256').update(JSON.stringify(excluded));
  const compiler = statSync(compilerFile);
  hash.update(`${compiler.size}:${compiler.mtimeMs}\n`);
  const stats = await Promise.all(files.map((file) => stat(file)));
  files.forEach((file, i) => hash.update(`${file}:${stats[i].size}:${stats[i].mtimeMs}\n`));
  return hash.digest('hex');
}

/**
 * Compiles the package into dist/, removed first so a deleted source leaves no stale module
 * behind. With `skipUnchanged`, does nothing when dist/ was built from the same sources.
 */
export async function compilePackage(packageDir, { excluded = [], skipUnchanged = false } = {}) {
  const started = performance.now();
  const paths = layout(packageDir, excluded);
  const files = await sources(paths);
  const fingerprint = await fingerprintOf(files, excluded);
  const fingerprintFile = path.join(paths.outDir, FINGERPRINT);
  if (skipUnchanged && (await readFile(fingerprintFile, 'utf8').catch(() => null)) === fingerprint) return { compiled: 0, ms: 0 };
  await rm(paths.outDir, { recursive: true, force: true });
  await Promise.all(files.map((file) => compile(file, paths)));
  await writeFile(fingerprintFile, fingerprint);
  return { compiled: files.length, ms: Math.round(performance.now() - started) };
}

function watchSources(packageDir, excluded) {
  const paths = layout(packageDir, excluded);
  watch(paths.srcDir, { recursive: true }, (_event, name) => {
    const file = name ? path.join(paths.srcDir, name) : null;
    if (!file || !paths.isSource(file)) return;
    compile(file, paths).then(
      () => process.stdout.write(`compiled ${path.relative(packageDir, file)}\n`),
      async (error) => {
        if (error?.code !== 'ENOENT') return process.stderr.write(`${error?.message ?? error}\n`);
        const target = paths.targetOf(file);
        await rm(target, { force: true });
        await rm(`${target}.map`, { force: true });
      },
    );
  });
}

if (process.argv[1] && pathToFileURL(path.resolve(process.argv[1])).href === import.meta.url) {
  const packageDir = process.cwd();
  const excluded = process.argv.flatMap((arg, i, args) => (args[i - 1] === '--exclude' ? [arg] : []));
  if (process.argv.includes('--watch')) watchSources(packageDir, excluded);
  else {
    const { compiled, ms } = await compilePackage(packageDir, { excluded });
    process.stdout.write(`compiled ${compiled} files to dist/ in ${ms} ms\n`);
  }
}
