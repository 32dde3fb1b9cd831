const BLOCK = 512;

const field = (header: Uint8Array, offset: number, length: number) => Buffer.from(header.subarray(offset, offset + length)).toString('utf8').replace(/\0.*$/s, '');

/**
 * A copy of a PGlite dump (an uncompressed ustar archive, as dumpDataDir('none') writes it) without
 * the entries under the given directories of the data directory, e.g. `base/1`.
 */
export function withoutDirectories(tar: Uint8Array, directories: readonly string[]): Uint8Array {
  const kept: Uint8Array[] = [];
  let offset = 0;
  while (offset + BLOCK <= tar.length) {
    const header = tar.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    if (field(header, 257, 5) !== 'ustar') throw new Error(`Not a ustar archive: entry at byte ${offset}`);
    const prefix = field(header, 345, 155);
    const name = `${prefix ? `${prefix}/` : ''}${field(header, 0, 100)}`;
    const size = parseInt(field(header, 124, 12).trim() || '0', 8);
    const end = offset + BLOCK + Math.ceil(size / BLOCK) * BLOCK;
    // PGlite names its entries from the root of the data directory, e.g. /base/1/1259.
    const inDropped = directories.some((directory) => new RegExp(`(^|/)${directory}(/|$)`).test(name.replace(/\/$/, '')));
    if (!inDropped) kept.push(tar.subarray(offset, end));
    offset = end;
  }
  kept.push(new Uint8Array(2 * BLOCK));
  return Buffer.concat(kept);
}
