import { createHash } from 'node:crypto';

/**
 * How every bearer secret (refresh, link, API, calendar tokens, recovery codes) is stored: the
 * secrets are 256 random bits, so a plain SHA-256 is enough and a lookup by hash stays an index scan.
 */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}
