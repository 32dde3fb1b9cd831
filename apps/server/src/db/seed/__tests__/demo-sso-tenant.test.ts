import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSecretBox } from '../../../modules/secrets/secret-box.js';
import { startTestApp, type TestApp } from '../../../test-support/test-app.js';
import { DEMO_SSO_TENANT, DEV_IDENTITIES, seedDemoSsoTenant } from '../demo-sso-tenant.js';

/** A browser's cookies, enough for one walk through the redirects of a sign-in. */
function cookieJar() {
  const cookies = new Map<string, string>();
  return {
    header: () => [...cookies].map(([name, value]) => `${name}=${value}`).join('; '),
    store(response: Response) {
      for (const line of response.headers.getSetCookie()) {
        const [pair = ''] = line.split(';');
        const at = pair.indexOf('=');
        const value = pair.slice(at + 1);
        if (value) cookies.set(pair.slice(0, at), value);
        else cookies.delete(pair.slice(0, at));
      }
    },
  };
}

describe('demo single sign-on tenant with the development identity provider', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ devIdentityProvider: true });
    const secrets = await loadSecretBox(app.config.dataDir, app.config.secretsKey);
    await seedDemoSsoTenant(app.database.dataSource, secrets, `${app.url}/dev/oidc`);
    await seedDemoSsoTenant(app.database.dataSource, secrets, `${app.url}/dev/oidc`);
  });
  afterAll(async () => {
    await app.close();
  });

  it('is seeded once, in OIDC mode with roles from the group claim', async () => {
    const tenants = await app.database.dataSource.query<Array<{ settings: Record<string, unknown> }>>('SELECT settings FROM tenant WHERE slug = $1', [DEMO_SSO_TENANT.slug]);
    expect(tenants).toEqual([{ settings: { authenticationMode: 'oidc', externalAuthorization: true } }]);
    const options = await app.graphql<{ signInOptions: unknown }>('query { signInOptions(organisation: "globex") { passwordSignIn sso { displayName } } }');
    expect(options.data?.signInOptions).toEqual({ passwordSignIn: false, sso: { displayName: 'Globex Identity (development)' } });
  });

  it('signs a demo identity in through the provider on this server, with the role its group gives', async () => {
    const jar = cookieJar();
    const person = DEV_IDENTITIES[0]!;
    let url = new URL(`${app.url}/sso/start?organisation=${DEMO_SSO_TENANT.slug}`);
    let pickedPerson = false;
    for (let hop = 0; hop < 12 && url.pathname !== '/'; hop++) {
      const response = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
      jar.store(response);
      if (response.status === 200) {
        // The provider's page listing who may sign in: follow the link for the first person.
        const html = await response.text();
        const href = new RegExp(`href="([^"]+sub=${person.sub})"`).exec(html)?.[1];
        expect(href, html.slice(0, 300)).toBeTruthy();
        url = new URL(href!.replaceAll('&amp;', '&'), url);
        pickedPerson = true;
        continue;
      }
      expect(response.status, `${url.pathname}: ${response.status}`).toBeGreaterThanOrEqual(300);
      url = new URL(response.headers.get('location')!, url);
    }
    expect(pickedPerson).toBe(true);
    expect(url.pathname).toBe('/');
    const renewed = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: jar.header() },
      body: JSON.stringify({ query: 'mutation { refreshSession { accessToken } }' }),
    });
    const token = ((await renewed.json()) as { data: { refreshSession: { accessToken: string } } }).data.refreshSession.accessToken;
    const me = await app.graphql<{ me: { username: string } }>('{ me { username } }', {}, token);
    expect(me.data?.me.username).toBe(person.username);
    const [user] = await app.database.dataSource.query<Array<{ origin: string; role: string }>>(
      'SELECT u.origin, r.name AS role FROM user_account u JOIN role r ON r.id = u.role_id WHERE u.username = $1',
      [person.username],
    );
    expect(user).toEqual({ origin: 'sso', role: 'Administrator' });
  });
});
