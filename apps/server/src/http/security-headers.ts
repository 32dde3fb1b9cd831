import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet, { type HelmetOptions } from 'helmet';

type Directives = Record<string, string[]>;

/**
 * What the built web app needs and nothing more: its own scripts, styles, workers and API. The
 * stylesheets carry fonts and icons as data: URLs (GraphiQL's, Monaco's), so fonts and images allow
 * data: too; no inline script or style anywhere.
 */
export const APP_DIRECTIVES: Directives = {
  'default-src': ["'self'"],
  'base-uri': ["'none'"],
  'connect-src': ["'self'"],
  'font-src': ["'self'", 'data:'],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
  'img-src': ["'self'", 'data:'],
  'object-src': ["'none'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'"],
  'worker-src': ["'self'"],
};

/**
 * The /graphiql page only. GraphiQL's editor (Monaco) writes its stylesheets into <style> elements and
 * renders every line as markup with style="top:..px" attributes, all computed at run time: no hash
 * or nonce can name them (nonces never apply to attributes), and without inline styles the editor
 * draws every line on top of the first. Scripts stay 'self' only, the part that stops injected code.
 */
export const GRAPHIQL_DIRECTIVES: Directives = { ...APP_DIRECTIVES, 'style-src': ["'self'", "'unsafe-inline'"] };

export interface SecurityHeaderOptions {
  /** The deployment is reached over https (PUBLIC_URL): browsers are told to keep to it. */
  https: boolean;
}

function helmetOptions(directives: Directives, { https }: SecurityHeaderOptions): HelmetOptions {
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      // Upgrading on a plain-http deployment (a laptop, a private network) would break every request.
      directives: https ? { ...directives, 'upgrade-insecure-requests': [] } : directives,
    },
    // Announced only over https: on plain http a browser ignores it, and on localhost it would pin
    // every other development server on that name to https for a year.
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    referrerPolicy: { policy: 'no-referrer' },
    xFrameOptions: { action: 'deny' },
  };
}

/**
 * The headers helmet would set, worked out once: every response (the API's included) then costs
 * one setHeaders call, which matters on /graphql, the busiest route.
 */
export function securityHeaderSet(options: SecurityHeaderOptions, directives: Directives = APP_DIRECTIVES): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const recorder = {
    setHeader: (name: string, value: string) => {
      headers[name.toLowerCase()] = value;
    },
    removeHeader: () => undefined,
  } as unknown as ServerResponse;
  let failure: unknown;
  helmet(helmetOptions(directives, options))({} as IncomingMessage, recorder, (error?: unknown) => {
    failure = error;
  });
  if (failure) throw failure;
  return headers;
}

/** The Content-Security-Policy header value of a page that needs other directives than the app's. */
export function contentSecurityPolicy(options: SecurityHeaderOptions, directives: Directives): string {
  return securityHeaderSet(options, directives)['content-security-policy'] as string;
}

/** Sets the security headers on every response; routes with stricter needs replace the policy afterwards. */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const headers = new Map(Object.entries(securityHeaderSet(options)) as Array<[string, string]>);
  return (_req, res, next) => {
    res.setHeaders(headers);
    next();
  };
}
