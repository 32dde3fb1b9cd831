import { Router, type Request, type Response } from 'express';
import type { Logger } from 'pino';
import { SSO_CALLBACK_PATH, SSO_START_PATH } from '../modules/sso/paths.js';
import { SsoSignInError } from '../modules/sso/sso.errors.js';
import { beginSsoSignIn, SSO_ATTEMPT_MINUTES } from '../modules/sso/use-cases/begin-sso-sign-in.js';
import { completeSsoSignIn } from '../modules/sso/use-cases/complete-sso-sign-in.js';
import type { Services } from '../services.js';
import { readCookie, refreshCookie } from './refresh-cookie.js';
import { requestOrigin } from './request-origin.js';

const BINDING_COOKIE = 'access_sso';

/**
 * The binding cookie goes back to us on the provider's top-level redirect to the callback, so it
 * is SameSite=Lax (Strict would not be sent there), httpOnly and scoped to the sign-in paths.
 */
const bindingOptions = (req: Request) => ({ httpOnly: true, sameSite: 'lax' as const, secure: req.secure, path: '/sso' });

/** A failed sign-in lands back on the sign-in page, which says why in words of its own. */
function backToSignIn(res: Response, reason: string, organisation?: string): void {
  const query = new URLSearchParams({ sso_error: reason, ...(organisation ? { organisation } : {}) });
  res.redirect(303, `/login?${query.toString()}`);
}

/**
 * GET /sso/start?organisation=<slug> sends the browser to the tenant's identity provider;
 * GET /sso/callback takes it back, opens a session (the refresh cookie) and goes to the app,
 * whose start-up renews the access token from that cookie as after any reload.
 */
export function ssoRoutes(services: Services, logger: Logger): Router {
  const router = Router();
  router.get(SSO_START_PATH, async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const organisation = typeof req.query.organisation === 'string' ? req.query.organisation : '';
    try {
      const started = await beginSsoSignIn(services.deps, organisation);
      res.cookie(BINDING_COOKIE, started.binding, { ...bindingOptions(req), maxAge: SSO_ATTEMPT_MINUTES * 60_000 });
      res.redirect(303, started.authorizationUrl);
    } catch (error) {
      if (!(error instanceof SsoSignInError)) logger.error({ err: error }, 'single sign-on could not start');
      backToSignIn(res, error instanceof SsoSignInError ? error.reason : 'SSO_FAILED', organisation);
    }
  });

  router.get(SSO_CALLBACK_PATH, async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const binding = readCookie(req, BINDING_COOKIE);
    res.clearCookie(BINDING_COOKIE, bindingOptions(req));
    const callbackUrl = new URL(req.originalUrl, `${services.deps.appUrl}/`);
    try {
      const session = await completeSsoSignIn(services.deps, services.auth, binding, callbackUrl, requestOrigin(req));
      refreshCookie(req, res).set(session.refresh.refreshToken, session.refresh.expiresAt);
      res.redirect(303, '/');
    } catch (error) {
      if (!(error instanceof SsoSignInError)) logger.error({ err: error }, 'single sign-on could not complete');
      else logger.info({ reason: error.reason, detail: error.detail }, 'single sign-on refused');
      backToSignIn(res, error instanceof SsoSignInError ? error.reason : 'SSO_FAILED', error instanceof SsoSignInError ? error.organisation : undefined);
    }
  });
  return router;
}
