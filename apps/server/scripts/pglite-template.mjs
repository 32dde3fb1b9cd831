// A PGlite data directory with every migration applied and no rows, kept in the repository per
// PGlite version (make-pglite-template.mjs writes it): loading it costs about a quarter of the CPU
// of PGlite's own initdb (~2 s against ~7.6 s on the reference machine), and the migrations, run
// on a new directory on disk, took another ~2.7 s, most of it PGlite's file system calls per page.
// The server still runs any migration the template lacks, and the seed, as on any database.
import { Blob, Buffer } from 'node:buffer';
import { existsSync, mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
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

/** The template's tar (PGlite's dumpDataDir), or undefined when none matches this PGlite. */
function templateTar() {
  const file = templateFile();
  return existsSync(file) ? brotliDecompressSync(readFileSync(file)) : undefined;
}

/** The template as PGlite's loadDataDir takes it, or undefined when none matches this PGlite. */
export function loadTemplate() {
  const tar = templateTar();
  return tar && new Blob([tar], { type: 'application/x-tar' });
}

const octal = (header, offset, length) => parseInt(header.toString('latin1', offset, offset + length).replace(/\0.*$/s, '').trim() || '0', 8);
const text = (header, offset, length) => header.toString('utf8', offset, offset + length).replace(/\0.*$/s, '');

/**
 * The entries of an uncompressed ustar archive as PGlite's dumpDataDir writes it: each entry's path,
 * type ('0' a file, '5' a directory), modification time, data, and the byte range of the whole entry
 * (header and padded data). Anything but ustar is refused.
 */
export function* ustarEntries(archive) {
  const tar = Buffer.from(archive.buffer, archive.byteOffset, archive.byteLength);
  for (let offset = 0; offset + 512 <= tar.length; ) {
    const header = tar.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) return;
    if (text(header, 257, 5) !== 'ustar') throw new Error(`Not a ustar archive (entry at byte ${offset})`);
    const size = octal(header, 124, 12);
    const end = offset + 512 + Math.ceil(size / 512) * 512;
    yield {
      name: path.posix.join(text(header, 345, 155), text(header, 0, 100)),
      type: String.fromCharCode(header[156] || 48),
      modified: octal(header, 136, 12),
      data: tar.subarray(offset + 512, offset + 512 + size),
      start: offset,
      end,
    };
    offset = end;
  }
}

/**
 * Writes the template's files into `dir` as PGlite's loadDataDir would into its own file system
 * (files and directories, times kept), without starting PostgreSQL: the first open then finds a
 * data directory, as on any later start. Only the ustar entries PGlite's dump writes are read;
 * anything else is refused. False when no template matches this PGlite.
 */
export function extractTemplate(dir) {
  const tar = templateTar();
  if (!tar) return false;
  for (const { name, type, modified, data } of ustarEntries(tar)) {
    if (name.split('/').includes('..')) throw new Error(`The PGlite template names a path outside its directory: ${name}`);
    const target = path.join(dir, ...name.split('/').filter((part) => part && part !== '.'));
    if (type === '5') mkdirSync(target, { recursive: true });
    else if (type === '0') {
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, data);
      utimesSync(target, modified, modified);
    } else throw new Error(`The PGlite template holds an entry of type ${type}: ${name}`);
  }
  return true;
}
