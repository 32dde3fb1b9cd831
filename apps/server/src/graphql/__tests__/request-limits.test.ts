import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ok, tenantWithAdmin } from '../../test-support/sessions.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

describe('request limits', () => {
  let app: TestApp;
  let locked: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
    locked = await startTestApp({ graphqlIntrospection: false, graphiql: false });
  });
  afterAll(async () => {
    await locked.close();
    await app.close();
  });

  it('refuses one request that tries 100 passwords through aliased login calls', async () => {
    const attempts = Array.from({ length: 100 }, (_, i) => `a${i}: login(input: { tenant: "acme", username: "admin", password: "guess${i}" }) { __typename }`);
    const result = await app.graphql(`mutation { ${attempts.join('\n')} }`);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.message).toMatch(/aliases/i);
    const [refused]: Array<{ count: string }> = await app.database.dataSource.query("SELECT count(*) AS count FROM login_throttle WHERE failures > 0");
    expect(Number(refused!.count)).toBe(0);
  });

  it('refuses batched operations in one HTTP request', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses queries nested deeper than the limit', async () => {
    let selection = 'name';
    for (let i = 0; i < 12; i++) selection = `parents { ${selection} }`;
    const result = await app.graphql(`{ roles { ${selection} } }`);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('refuses a query that costs more than the limit before running any of it, with a typed error', async () => {
    const { token } = await tenantWithAdmin(app, 'Cost Org');
    const listing = (first: number) => `{ users(first: ${first}) { totalCount edges { node { id username email firstName lastName } } } }`;
    expect(ok(await app.graphql<{ users: { totalCount: number } }>(listing(100), {}, token)).users.totalCount).toBe(1);
    const refused = await app.graphql(listing(1000), {}, token);
    expect(refused.data).toBeUndefined();
    expect(refused.errors).toHaveLength(1);
    expect(refused.errors?.[0]?.message).toMatch(/cost limit of 20000 exceeded/i);
    expect(refused.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('can turn introspection and the playground off', async () => {
    expect((await app.graphql('{ __schema { queryType { name } } }')).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    const refused = await locked.graphql('{ __schema { queryType { name } } }');
    expect(refused.errors?.[0]?.message).toMatch(/introspection/i);
  });
});
