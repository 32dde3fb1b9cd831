import { createHash } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEV_IDP_CLIENT } from '../../db/seed/demo-sso-tenant.js';
import { SSO_CALLBACK_PATH } from '../../modules/sso/paths.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { DEV_IDP_PATH } from '../dev-identity-provider.js';

const JSON_TYPE = { 'content-type': 'application/json' };

/** The directives of a Content-Security-Policy header, by name. */
function directives(header: string | null): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => [part.split(' ')[0]!, part.slice(part.indexOf(' ') + 1)] as [string, string]),
  );
}

function expectAppHeaders(response: Response, label: string): void {
  const csp = directives(response.headers.get('content-security-policy'));
  expect(
    {
      script: csp.get('script-src'),
      style: csp.get('style-src'),
      frames: csp.get('frame-ancestors'),
      objects: csp.get('object-src'),
      upgrade: csp.has('upgrade-insecure-requests'),
      nosniff: response.headers.get('x-content-type-options'),
      referrer: response.headers.get('referrer-policy'),
      frameOptions: response.headers.get('x-frame-options'),
      hsts: response.headers.get('strict-transport-security'),
    },
    label,
  ).toEqual({
    script: "'self'",
    style: "'self'",
    frames: "'none'",
    objects: "'none'",
    upgrade: false,
    nosniff: 'nosniff',
    referrer: 'no-referrer',
    frameOptions: 'DENY',
    hsts: null,
  });
  expect(response.headers.get('content-security-policy'), label).not.toContain('unsafe');
}

describe('security headers', () => {
  let app: TestApp;
  const webDist = path.join(process.env.TMPDIR ?? '/tmp', `access-csp-web-${process.pid}-${Date.now()}`);

  beforeAll(async () => {
    await mkdir(path.join(webDist, 'assets'), { recursive: true });
    await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>Access</title><div id="root"></div>');
    await writeFile(path.join(webDist, 'portal.html'), '<!doctype html><title>Portal</title><div id="root"></div>');
    await writeFile(path.join(webDist, 'assets', 'app-123.js'), 'console.log(1)');
    app = await startTestApp({ webDist });
  });
  afterAll(async () => {
    await app.close();
    await rm(webDist, { recursive: true, force: true });
  });

  it('sets them on every kind of response: API, probes, keys, feeds, downloads, sign-on, app and errors', async () => {
    const html = { accept: 'text/html' };
    const requests: Array<[string, string, RequestInit?]> = [
      ['GraphQL', '/graphql', { method: 'POST', headers: JSON_TYPE, body: '{"query":"{ __typename }"}' }],
      ['GraphQL error', '/graphql', { method: 'POST', headers: JSON_TYPE, body: '{"query":"{ nope }"}' }],
      ['malformed body', '/graphql', { method: 'POST', headers: JSON_TYPE, body: '{"query":' }],
      ['liveness', '/healthz'],
      ['readiness', '/readyz'],
      ['signing keys', '/.well-known/jwks.json'],
      ['unknown calendar feed', '/calendar/nope.ics'],
      ['refused download', '/files/proofs/00000000-0000-4000-8000-000000000000?token=x'],
      ['single sign-on start', '/sso/start?organisation=nope', { redirect: 'manual' }],
      ['single sign-on callback', '/sso/callback?state=x', { redirect: 'manual' }],
      ['development identity provider', `${DEV_IDP_PATH}/.well-known/openid-configuration`],
      ['app page', '/users', { headers: html }],
      ['portal page', '/portal/shifts', { headers: html }],
      ['asset', '/assets/app-123.js'],
      ['missing asset', '/assets/missing.js'],
      ['unknown path', '/no-such-thing'],
      ['undecodable path', '/files/proofs/%E0%A4%A'],
    ];
    for (const [label, route, init] of requests) {
      const response = await fetch(`${app.url}${route}`, init);
      await response.arrayBuffer();
      expectAppHeaders(response, `${label} (${response.status})`);
    }
  });

  it('gives only the /graphiql page the inline styles its editor needs, and never inline script', async () => {
    const page = await fetch(`${app.url}/graphiql`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    const csp = directives(page.headers.get('content-security-policy'));
    expect({ script: csp.get('script-src'), style: csp.get('style-src'), frames: csp.get('frame-ancestors') }).toEqual({
      script: "'self'",
      style: "'self' 'unsafe-inline'",
      frames: "'none'",
    });
    for (const route of ['/graphiqlx', '/users/graphiql', '/']) {
      expectAppHeaders(await fetch(`${app.url}${route}`, { headers: { accept: 'text/html' } }), route);
    }
  });

  it('names the development identity provider login page style by its hash', async () => {
    const authorize = new URL(`${app.url}${DEV_IDP_PATH}/auth`);
    authorize.search = new URLSearchParams({
      client_id: DEV_IDP_CLIENT.clientId,
      redirect_uri: `${app.url}${SSO_CALLBACK_PATH}`,
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
      code_challenge_method: 'S256',
    }).toString();
    const started = await fetch(authorize, { redirect: 'manual' });
    const cookies = started.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
    const page = await fetch(new URL(started.headers.get('location')!, app.url), { headers: { cookie: cookies } });
    const body = await page.text();
    expect(page.status, body).toBe(200);
    const style = /<style>([\s\S]*?)<\/style>/.exec(body)![1]!;
    const csp = directives(page.headers.get('content-security-policy'));
    expect(csp.get('style-src')).toBe(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(csp.get('default-src')).toBe("'none'");
    expect(body).not.toMatch(/<script|\son\w+=|\sstyle=/i);
  });

  it('announces HSTS and upgrades requests only when PUBLIC_URL is https', async () => {
    const secure = await startTestApp({ webDist, publicUrl: 'https://access.example.com' }, { database: app.database });
    try {
      for (const route of ['/healthz', '/users']) {
        const response = await fetch(`${secure.url}${route}`, { headers: { accept: 'text/html' } });
        expect(response.headers.get('strict-transport-security'), route).toBe('max-age=31536000');
        expect(directives(response.headers.get('content-security-policy')).has('upgrade-insecure-requests'), route).toBe(true);
      }
    } finally {
      await secure.close();
    }
  });
});
