import type { Request, Response } from 'express';
import type { RefreshCookie } from '../graphql/context.js';

export const REFRESH_COOKIE = 'access_refresh';

export function readCookie(req: Request, name: string): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return null;
}

/**
 * The refresh token lives in an httpOnly cookie scoped to /graphql: scripts cannot read it,
 * other sites cannot send it (SameSite=Strict), and it is Secure whenever the request came over HTTPS.
 */
export function refreshCookie(req: Request, res: Response): RefreshCookie {
  const options = { httpOnly: true, sameSite: 'strict' as const, secure: req.secure, path: '/graphql' };
  return {
    read: () => readCookie(req, REFRESH_COOKIE),
    set: (token, expiresAt) => res.cookie(REFRESH_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(REFRESH_COOKIE, options),
  };
}
