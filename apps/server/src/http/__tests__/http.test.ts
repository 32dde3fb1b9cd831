import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';
import { createRole, createTenant, createUser, TEST_PASSWORD } from '../../test-support/fixtures.js';

describe('HTTP endpoints', () => {
  let app: TestApp;
  const webDist = path.join(process.env.TMPDIR ?? '/tmp', `access-web-${process.pid}-${Date.now()}`);
  beforeAll(async () => {
    await mkdir(path.join(webDist, 'assets'), { recursive: true });
    await writeFile(path.join(webDist, 'index.html'), '<!doctype html><title>Access</title><div id="root"></div>');
    await writeFile(path.join(webDist, 'assets', 'app-123.js'), 'console.log(1)');
    app = await startTestApp({ webDist });
  });
  afterAll(async () => {
    await app.close();
  });

  it('answers liveness and readiness', async () => {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('reports not ready when the database is gone', async () => {
    const probe = await startTestApp();
    await probe.database.dataSource.destroy();
    const ready = await fetch(`${probe.url}/readyz`);
    expect(ready.status).toBe(503);
    await probe.close();
  });

  it('publishes the key that verifies its access tokens', async () => {
    const ds = app.database.dataSource;
    const tenant = await createTenant(ds);
    const role = await createRole(ds, tenant.id, []);
    const user = await createUser(ds, tenant.id, role.id);
    const login = await app.graphql<{ login: { accessToken: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }',
      { input: { tenant: tenant.slug, username: user.username, password: TEST_PASSWORD } },
    );
    const jwks = (await (await fetch(`${app.url}/.well-known/jwks.json`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys[0]).not.toHaveProperty('d');
    const { payload, protectedHeader } = await jwtVerify(login.data!.login.accessToken, createLocalJWKSet(jwks as never));
    expect(payload.sub).toBe(user.id);
    expect(protectedHeader.kid).toBe(jwks.keys[0]!.kid);
  });

  it('serves the web app, with index.html for client routes and never for the API', async () => {
    const route = await fetch(`${app.url}/users`, { headers: { accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(await route.text()).toContain('<div id="root">');
    const asset = await fetch(`${app.url}/assets/app-123.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${app.url}/assets/missing.js`)).status).toBe(404);
    const graphqlGet = await fetch(`${app.url}/graphql?query=%7B__typename%7D`, { headers: { accept: 'text/html' } });
    expect(await graphqlGet.text()).not.toContain('<div id="root">');
  });

  it('serves the /graphiql page only while GRAPHIQL is on', async () => {
    const page = (base: string, route: string) => fetch(`${base}${route}`, { headers: { accept: 'text/html' } });
    const served = await page(app.url, '/graphiql');
    expect(served.status).toBe(200);
    expect(await served.text()).toContain('<div id="root">');
    const off = await startTestApp({ webDist, graphiql: false }, { database: app.database });
    try {
      for (const route of ['/graphiql', '/graphiql/', '/graphiql?query=%7B__typename%7D']) {
        const refused = await page(off.url, route);
        expect(refused.status, route).toBe(404);
        expect(await refused.text(), route).not.toContain('<div id="root">');
      }
      expect((await page(off.url, '/users')).status).toBe(200);
    } finally {
      await off.close();
    }
  });
});
