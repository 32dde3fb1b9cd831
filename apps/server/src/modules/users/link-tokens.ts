import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../secrets/sha256-hex.js';

/** 256 random bits, URL-safe; the database only ever sees the SHA-256. */
export function newLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return sha256Hex(token);
}

export const LINK_LIFETIME_HOURS = { activation: 72, password_reset: 2 } as const;
