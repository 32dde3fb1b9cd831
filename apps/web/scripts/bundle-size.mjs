#!/usr/bin/env node
// @ts-check
// The JavaScript a page of the built SPA downloads before any lazy route runs: its entry script
// and everything that entry imports statically, gzipped file by file as a server would send them.
// Usage: node scripts/bundle-size.mjs [dist]   (default: apps/web/dist, after `vite build`)
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** The budget of the issue ("< 250 KB gzip"), in kB of 1000 bytes as Vite's build report counts them. */
export const ADMIN_BUDGET_BYTES = 250_000;

/** @typedef {{ file: string, bytes: number, gzipBytes: number }} ChunkSize */
/** @typedef {{ html: string, entry: string, preloaded: string[], chunks: ChunkSize[], bytes: number, gzipBytes: number }} InitialJavaScript */

// Minified static imports and re-exports (`import{a as b}from"./x.js"`, `import"./x.js"`,
// `export*from"./x.js"`). A lazy `import("./x.js")` has a parenthesis where this wants a quote
// or a binding list, so route chunks stay out.
const STATIC_IMPORT = /(?:^|[;}\n])\s*(?:import|export)\s*(?:[\w$\s{},*]*?from\s*)?["']\.\/([\w.-]+\.js)["']/g;

/** @param {string} html @param {string} rel */
function assetsOf(html, rel) {
  const tag = rel === 'script' ? /<script\b[^>]*type="module"[^>]*>/g : /<link\b[^>]*rel="modulepreload"[^>]*>/g;
  const attribute = rel === 'script' ? /\bsrc="\/assets\/([^"]+\.js)"/ : /\bhref="\/assets\/([^"]+\.js)"/;
  return [...html.matchAll(tag)].map((match) => attribute.exec(match[0])?.[1]).filter((file) => file !== undefined);
}

/**
 * Follows the static imports from the page's module script. Vite also lists them as
 * modulepreload links; both are read so that a chunk missing from either side is still counted.
 * @param {string} dist @param {string} htmlFile @returns {Promise<InitialJavaScript>}
 */
export async function initialJavaScript(dist, htmlFile) {
  const html = await readFile(path.join(dist, htmlFile), 'utf8');
  const [entry, ...others] = assetsOf(html, 'script');
  if (!entry || others.length > 0) throw new Error(`${htmlFile}: expected one module script, found ${others.length + (entry ? 1 : 0)}`);
  const preloaded = assetsOf(html, 'modulepreload');
  const pending = [entry, ...preloaded];
  /** @type {Map<string, ChunkSize>} */
  const chunks = new Map();
  while (pending.length > 0) {
    const file = /** @type {string} */ (pending.pop());
    if (chunks.has(file)) continue;
    const source = await readFile(path.join(dist, 'assets', file));
    chunks.set(file, { file, bytes: source.length, gzipBytes: gzipSync(source).length });
    for (const match of source.toString('utf8').matchAll(STATIC_IMPORT)) pending.push(/** @type {string} */ (match[1]));
  }
  const list = [...chunks.values()].sort((a, b) => b.gzipBytes - a.gzipBytes);
  return {
    html: htmlFile,
    entry,
    preloaded,
    chunks: list,
    bytes: list.reduce((sum, chunk) => sum + chunk.bytes, 0),
    gzipBytes: list.reduce((sum, chunk) => sum + chunk.gzipBytes, 0),
  };
}

/** @param {number} bytes */
export const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** @param {InitialJavaScript} result */
export function formatSizes(result) {
  const lines = result.chunks.map((chunk) => `  ${chunk.file.padEnd(40)} ${kB(chunk.bytes).padStart(10)} ${kB(chunk.gzipBytes).padStart(10)} gzip`);
  return [`${result.html}: ${result.chunks.length} files, ${kB(result.bytes)}, ${kB(result.gzipBytes)} gzip`, ...lines].join('\n');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dist = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  const admin = await initialJavaScript(dist, 'index.html');
  const portal = await initialJavaScript(dist, 'portal.html');
  console.log(formatSizes(admin));
  console.log(formatSizes(portal));
  console.log(`admin entry: ${kB(admin.gzipBytes)} gzip of ${kB(ADMIN_BUDGET_BYTES)} allowed`);
  if (admin.gzipBytes >= ADMIN_BUDGET_BYTES) process.exitCode = 1;
}
