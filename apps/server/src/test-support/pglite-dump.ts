import { ustarEntries } from '../../scripts/pglite-template.mjs';

/**
 * A copy of a PGlite dump (an uncompressed ustar archive, as dumpDataDir('none') writes it) without
 * the entries under the given directories of the data directory, e.g. `base/1`. PGlite names its
 * entries from the root of the data directory (/base/1/1259).
 */
export function withoutDirectories(tar: Uint8Array, directories: readonly string[]): Uint8Array {
  const dropped = (name: string) => directories.some((directory) => `${name}/`.startsWith(`/${directory}/`));
  const kept = [...ustarEntries(tar)].filter((entry) => !dropped(entry.name)).map((entry) => tar.subarray(entry.start, entry.end));
  return Buffer.concat([...kept, new Uint8Array(1024)]);
}
