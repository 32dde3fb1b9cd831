import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../secrets/sha256-hex.js';

const PREFIX = 'cal_';
const TOKEN = /^cal_[A-Za-z0-9_-]{43}$/;

/** The secret in a calendar feed's URL; only its hash is stored. */
export const newCalendarToken = (): string => `${PREFIX}${randomBytes(32).toString('base64url')}`;

/** Made-up paths are refused before any lookup. */
export const isCalendarToken = (token: string): boolean => TOKEN.test(token);

export const calendarTokenHash = sha256Hex;
