import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.js';
import { MAX_OPERATION_NAMES } from '../../graphql/operation-metrics.js';
import { createRole, createTenant, createUser, TEST_PASSWORD } from '../../test-support/fixtures.js';
import { parsePrometheusText, sampleValue, type Sample } from '../../test-support/prometheus-text.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const LOGIN = 'mutation Login($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';
const DURATION_COUNT = 'access_graphql_operation_duration_seconds_count';
// Two failures lock an account, so one test reaches a lockout in a few requests.
const SIGN_IN = { ...loadConfig({ NODE_ENV: 'test' }).signIn, accountMaxFailures: 2 };

describe('/metrics', () => {
  let app: TestApp;
  let tenant: { id: string; slug: string };
  let roleId: string;

  beforeAll(async () => {
    app = await startTestApp({ signIn: SIGN_IN });
    tenant = await createTenant(app.database.dataSource, 'Metrics Org');
    roleId = (await createRole(app.database.dataSource, tenant.id, [], 'Staff')).id;
  });
  afterAll(async () => {
    await app.close();
  });

  const post = (body: unknown) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const signIn = (username: string, password: string) => app.graphql(LOGIN, { input: { tenant: tenant.slug, username, password } });
  const scrape = async (target: TestApp = app, headers: Record<string, string> = {}) => {
    const response = await fetch(`${target.url}/metrics`, { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return parsePrometheusText(await response.text());
  };
  const moved = (before: Sample[], after: Sample[], name: string, labels: Record<string, string> = {}) =>
    sampleValue(after, name, labels) - sampleValue(before, name, labels);

  it('counts GraphQL operations, responses and sign-in outcomes by exactly what happened', async () => {
    const user = await createUser(app.database.dataSource, tenant.id, roleId);
    const lockedOut = await createUser(app.database.dataSource, tenant.id, roleId);
    const before = await scrape();

    for (let i = 0; i < 3; i++) expect((await post({ query: 'query MetricsProbe { __typename }' })).status).toBe(200);
    expect((await post({ query: '{ __typename }' })).status).toBe(200);
    expect((await post({ query: 'query Broken {' })).status).toBe(400);
    expect((await signIn(user.username, TEST_PASSWORD)).errors).toBeUndefined();
    await signIn(user.username, 'Wrong#Guess1');
    await signIn('nobody-here', 'Wrong#Guess1');
    await signIn(lockedOut.username, 'Wrong#Guess1');
    await signIn(lockedOut.username, 'Wrong#Guess2');
    await signIn(lockedOut.username, TEST_PASSWORD);
    const after = await scrape();

    expect(moved(before, after, DURATION_COUNT, { operation: 'MetricsProbe', type: 'query' })).toBe(3);
    expect(moved(before, after, DURATION_COUNT, { operation: 'anonymous', type: 'query' })).toBe(1);
    expect(moved(before, after, DURATION_COUNT, { operation: 'unknown', type: 'unknown' })).toBe(1);
    expect(moved(before, after, DURATION_COUNT, { operation: 'Login', type: 'mutation' })).toBe(6);
    expect(sampleValue(after, 'access_graphql_operation_duration_seconds_bucket', { operation: 'MetricsProbe', type: 'query', le: '+Inf' })).toBe(3);
    expect(sampleValue(after, 'access_graphql_operation_duration_seconds_sum', { operation: 'MetricsProbe', type: 'query' })).toBeGreaterThan(0);

    // The first scrape's own response is counted once it has gone; the second's is not yet.
    expect(moved(before, after, 'access_http_responses_total', { status: '200' })).toBe(1 + 4 + 6);
    expect(moved(before, after, 'access_http_responses_total', { status: '400' })).toBe(1);

    expect(moved(before, after, 'access_sign_ins_total', { outcome: 'success' })).toBe(1);
    expect(moved(before, after, 'access_sign_ins_total', { outcome: 'WRONG_PASSWORD' })).toBe(3);
    expect(moved(before, after, 'access_sign_ins_total', { outcome: 'UNKNOWN_ACCOUNT' })).toBe(1);
    expect(moved(before, after, 'access_sign_ins_total', { outcome: 'LOCKED_OUT' })).toBe(1);
    expect(moved(before, after, 'access_sign_in_lockouts_total')).toBe(1);

    expect(sampleValue(after, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sampleValue(after, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    if (app.database.kind === 'postgres') {
      expect(sampleValue(after, 'access_db_pool_connections', { state: 'total' })).toBeGreaterThan(0);
      expect(after.some((sample) => sample.name === 'access_db_pool_connections' && sample.labels.state === 'waiting')).toBe(true);
    } else {
      expect(after.some((sample) => sample.name === 'access_db_pool_connections')).toBe(false);
    }
  });

  it('shows the mail outbox: queued and dead-lettered messages of every tenant', async () => {
    const before = await scrape();
    const queue = (status: string) =>
      app.database.dataSource.query(`INSERT INTO mail_outbox (to_address, subject, text_body, status, next_attempt_at) VALUES ('x@example.test', 'Probe', '', $1, now() + interval '1 hour')`, [status]);
    for (const status of ['QUEUED', 'QUEUED', 'FAILED', 'SENT', 'CAPTURED']) await queue(status);
    const after = await scrape();
    expect(moved(before, after, 'access_mail_outbox_messages', { status: 'queued' })).toBe(2);
    expect(moved(before, after, 'access_mail_outbox_messages', { status: 'failed' })).toBe(1);
  });

  it('gives operation names a series each up to a limit, and groups the rest as other', async () => {
    const distinct = (samples: Sample[]) => new Set(samples.filter((sample) => sample.name === DURATION_COUNT).map((sample) => sample.labels.operation));
    const before = await scrape();
    await post({ query: `query ${'Long'.repeat(30)} { __typename }` });
    for (let i = 0; i < MAX_OPERATION_NAMES + 5; i++) await post({ query: `query Made${i} { __typename }` });
    const after = await scrape();
    const names = distinct(after);
    expect(names.size).toBeLessThanOrEqual(MAX_OPERATION_NAMES + ['anonymous', 'other', 'unknown'].length);
    expect(names.has('Made0')).toBe(true);
    expect(names.has(`Made${MAX_OPERATION_NAMES + 4}`)).toBe(false);
    expect(moved(before, after, DURATION_COUNT, { operation: 'other', type: 'query' })).toBeGreaterThanOrEqual(6);
    // Past the limit, known names keep their series.
    await post({ query: 'query MetricsProbe { __typename }' });
    expect(moved(after, await scrape(), DURATION_COUNT, { operation: 'MetricsProbe', type: 'query' })).toBe(1);
  });

  it('answers without METRICS_TOKEN only a request made on this machine, not one a proxy relays', async () => {
    await scrape();
    for (const header of ['x-forwarded-for', 'forwarded']) {
      const relayed = await fetch(`${app.url}/metrics`, { headers: { [header]: header === 'forwarded' ? 'for=198.51.100.7' : '198.51.100.7' } });
      expect(relayed.status).toBe(403);
      expect(await relayed.text()).not.toContain('access_');
    }
  });

  it('with METRICS_TOKEN asks every caller for that bearer token', async () => {
    const guarded = await startTestApp({ metricsToken: 'scrape-me-7f3a' }, { database: app.database });
    try {
      for (const authorization of [undefined, 'Bearer wrong-token', 'Basic c2NyYXBlLW1lLTdmM2E=', 'Bearer scrape-me-7f3a-and-more']) {
        const refused = await fetch(`${guarded.url}/metrics`, { headers: authorization ? { authorization } : {} });
        expect(refused.status).toBe(401);
        expect(refused.headers.get('www-authenticate')).toBe('Bearer');
        expect(await refused.text()).not.toContain('access_');
      }
      const samples = await scrape(guarded, { authorization: 'Bearer scrape-me-7f3a', 'x-forwarded-for': '198.51.100.7' });
      expect(samples.some((sample) => sample.name === 'access_http_responses_total')).toBe(true);
    } finally {
      await guarded.close();
    }
  });
});
