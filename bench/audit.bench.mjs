#!/usr/bin/env node
// Filtered audit log pages at 10 000 000 entries: the built server (apps/server/dist) runs as a child
// process on a throw-away database of the PostgreSQL server, the demo tenant gets 10 M audit entries
// by SQL, and each page is timed over GraphQL HTTP as the admin. Run from the repository root:
//   pnpm --filter @access/server build && node bench/audit.bench.mjs
// BENCH_PG_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres); BENCH_ENTRIES,
// BENCH_REQUESTS and BENCH_WARMUP change the size; BENCH_DATABASE names the database (default
// access_bench_audit); BENCH_KEEP_DB=1 keeps it, and a later run with BENCH_REUSE_DB=1 measures it
// again without inserting (the insert of 10 M entries takes minutes). Results and method: bench/RESULTS.md.
import os from 'node:os';
import { BENCH_SECRETS_KEY, databaseOn, graphql, onPostgres, pg, startServer } from './bench-server.mjs';
import { measure } from './measure.mjs';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const DATABASE = process.env.BENCH_DATABASE || 'access_bench_audit';
const serverUrl = process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const ENTRIES = Number(process.env.BENCH_ENTRIES || 10_000_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 200);
const WARMUP = Number(process.env.BENCH_WARMUP || 20);
const keepDatabase = process.env.BENCH_KEEP_DB === '1' || process.env.BENCH_REUSE_DB === '1';
const reuse = process.env.BENCH_REUSE_DB === '1';

const databaseUrl = databaseOn(serverUrl, DATABASE);

/** Actions with weights: most of a trail is sign-ins and user edits, a few actions are rare. */
const ACTIONS = {
  'auth.login_refused': 20, 'user.update': 25, 'user.create': 6, 'user.import': 2, 'user.grant_permissions': 4,
  'user.revoke_permissions': 3, 'user.revoke_sessions': 2, 'user.force_reset': 2, 'user.restore': 0.2, 'user.reset_two_factor': 0.5,
  'user.password_reset_link.create': 5, 'user.activation_link.create': 4, 'user.activate_with_link': 4, 'user.change_own_password': 6,
  'auth.lockout': 1, 'role.create': 0.5, 'role.rename': 0.5, 'role.grant_permissions': 1, 'role.revoke_permissions': 1,
  'role.set_parents': 0.3, 'role.delete': 0.1, 'tenant.update_settings': 0.05, 'tenant.update_password_policy': 0.02,
  'holiday_delegation.create': 2, 'holiday_delegation.remove': 1.5, 'portal.time_off.request': 8, 'portal.time_off.cancel': 1,
  'mail.retry': 0.3,
};
const ACTORS = 5_000;
const TARGETS = 1_000_000;
const CHUNK = 1_000_000;
const YEARS = 3;

/**
 * ENTRIES entries of tenant acme over the last YEARS years, in time order (so the write order,
 * `sequence`, follows the time as in production). Actors: 5 000 ids drawn as 5 000 x random()^3,
 * so the busiest has about 6 % of the trail and most have a few hundred entries; targets: 1 M ids,
 * skewed the same way.
 * Deterministic: setseed before random(). The audit chain's per-row trigger is disabled for the
 * insert (its head row would be updated 10 M times, hours of work) and the table's secondary indexes
 * are dropped and recreated from their own definitions (minutes instead of tens of minutes); the
 * list reads neither the chain nor anything the insert skips.
 */
async function insertEntries(client, tenantId) {
  const actions = Object.keys(ACTIONS);
  const total = Object.values(ACTIONS).reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const bounds = actions.map((action) => (cumulative += ACTIONS[action] / total));
  const { rows: indexes } = await client.query(
    "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'audit_entry' AND indexname NOT IN (SELECT conname FROM pg_constraint WHERE conrelid = 'audit_entry'::regclass)",
  );
  await client.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_chain_append');
  // Dated years back, which the write-time rule refuses for a new entry; in time order, as the rule keeps it.
  await client.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_written_in_time');
  try {
    for (const { indexname } of indexes) await client.query(`DROP INDEX "${indexname}"`);
    await client.query('SELECT setseed(0.42)');
    for (let from = 1; from <= ENTRIES; from += CHUNK) {
      const to = Math.min(ENTRIES, from + CHUNK - 1);
      const started = performance.now();
      await client.query(
        `INSERT INTO audit_entry (tenant_id, actor_user_id, actor_label, action, target_type, target_id, target_label, before, after, origin, occurred_at)
         SELECT $1, actor, 'actor ' || actor_n, action, split_part(action, '.', 1), target, 'target ' || target_n,
                jsonb_build_object('state', 'active'), jsonb_build_object('state', 'inactive', 'n', g),
                jsonb_build_object('ip', '10.0.' || (g % 250) || '.' || (g % 199), 'requestId', md5(g::text)),
                now() - interval '1 year' * $5::int * ($4::int - g) / $4::int
         FROM (
           SELECT g, actor_n, target_n, ('{' || md5('actor' || actor_n) || '}')::uuid AS actor,
                  ('{' || md5('target' || target_n) || '}')::uuid AS target,
                  ($6::text[])[(SELECT count(*) FROM unnest($7::float8[]) AS b WHERE b < r_action) + 1] AS action
           FROM (
             SELECT g, floor($8::int * power(random(), 3))::int AS actor_n, floor($9::int * power(random(), 3))::int AS target_n, random() AS r_action
             FROM generate_series($2::int, $3::int) AS g
           ) AS draws
         ) AS entries
         ORDER BY g`,
        [tenantId, from, to, ENTRIES, YEARS, actions, bounds, ACTORS, TARGETS],
      );
      console.error(`inserted entries ${from}..${to} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    for (const { indexname, indexdef } of indexes) {
      const started = performance.now();
      await client.query(indexdef);
      console.error(`built ${indexname} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
  } finally {
    await client.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_chain_append');
    await client.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_written_in_time');
  }
  await client.query('VACUUM (ANALYZE) audit_entry');
}

/** The Audit log page's query (apps/web/src/features/audit/graphql/audit.graphql.ts); totalCountCapped where the server has it. */
const auditQuery = (capped) => `query AuditEntries($filter: AuditFilter, $first: Int!, $after: String) {
  auditEntries(filter: $filter, first: $first, after: $after) {
    totalCount${capped ? ' totalCountCapped' : ''}
    edges { cursor node { id occurredAt actor { userId superAdminId label } action targetType targetId targetLabel before after originIp } }
    pageInfo { hasNextPage endCursor }
  }
}`;

/** Actors and targets picked from the data: the busiest, one in the middle and a rare one. */
async function pickIds(client, tenantId, column) {
  const { rows } = await client.query(
    `SELECT id, n FROM (SELECT ${column} AS id, count(*)::int AS n FROM audit_entry WHERE tenant_id = $1 AND ${column} IS NOT NULL GROUP BY ${column}) counts ORDER BY n DESC`,
    [tenantId],
  );
  return { busiest: rows[0], middle: rows[Math.floor(rows.length / 50)], rare: rows[Math.floor(rows.length * 0.9)] };
}

if (!reuse) {
  await onPostgres(serverUrl, `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await onPostgres(serverUrl, `CREATE DATABASE "${DATABASE}"`);
}
let server;
try {
  // A fixed key, so a later start on the same database (BENCH_REUSE_DB) opens the signing keys.
  server = await startServer({ DATABASE_URL: databaseUrl, ACCESS_TOKEN_TTL_SECONDS: '86400', SECRETS_KEY: BENCH_SECRETS_KEY });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let tenantId, actors, targets, entries, indexes;
  try {
    ({ rows: [{ id: tenantId }] } = await client.query("SELECT id FROM tenant WHERE slug = 'acme'"));
    if (!reuse) {
      const started = performance.now();
      await insertEntries(client, tenantId);
      console.error(`inserted ${ENTRIES} entries in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    }
    ({ rows: [{ entries }] } = await client.query('SELECT count(*)::int AS entries FROM audit_entry WHERE tenant_id = $1', [tenantId]));
    actors = await pickIds(client, tenantId, 'actor_user_id');
    targets = await pickIds(client, tenantId, 'target_id');
    ({ rows: indexes } = await client.query("SELECT indexname FROM pg_indexes WHERE tablename = 'audit_entry' ORDER BY indexname"));
  } finally {
    await client.end();
  }
  console.error(`tenant acme has ${entries} audit entries`);

  const { login } = await graphql(server.url, 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }', { input: ADMIN });
  const token = login.accessToken;
  const { __type: connectionType } = await graphql(server.url, '{ __type(name: "AuditEntryConnection") { fields { name } } }', {}, token);
  const capped = connectionType.fields.some((field) => field.name === 'totalCountCapped');
  const query = auditQuery(capped);
  const page = (variables) => graphql(server.url, query, variables, token);

  const day = 24 * 60 * 60 * 1000;
  const now = Date.now();
  const ago = (days) => new Date(now - days * day).toISOString();
  let deepCursor = null;
  for (let i = 0; i < 20; i++) deepCursor = (await page({ first: 200, after: deepCursor })).auditEntries.pageInfo.endCursor;
  let actorCursor = null;
  for (let i = 0; i < 10; i++) actorCursor = (await page({ first: 200, after: actorCursor, filter: { actorId: actors.busiest.id } })).auditEntries.pageInfo.endCursor;

  const cases = [
    ['unfiltered, first page', { first: 50 }],
    ['unfiltered, keyset page 4 000 entries in', { first: 50, after: deepCursor }],
    [`actor: busiest (${actors.busiest.n})`, { first: 50, filter: { actorId: actors.busiest.id } }],
    [`actor: busiest, keyset page 2 000 in`, { first: 50, filter: { actorId: actors.busiest.id }, after: actorCursor }],
    [`actor: middle (${actors.middle.n})`, { first: 50, filter: { actorId: actors.middle.id } }],
    [`actor: rare (${actors.rare.n})`, { first: 50, filter: { actorId: actors.rare.id } }],
    [`target: busiest (${targets.busiest.n})`, { first: 50, filter: { targetId: targets.busiest.id } }],
    [`target: rare (${targets.rare.n})`, { first: 50, filter: { targetId: targets.rare.id } }],
    ['involving: busiest actor', { first: 50, filter: { involvingId: actors.busiest.id } }],
    ['action user.update (common)', { first: 50, filter: { action: 'user.update' } }],
    ['action tenant.update_settings (rare)', { first: 50, filter: { action: 'tenant.update_settings' } }],
    ['action prefix "role."', { first: 50, filter: { action: 'role.' } }],
    ['last 24 hours', { first: 50, filter: { from: ago(1) } }],
    ['last 30 days', { first: 50, filter: { from: ago(30) } }],
    ['one day a year ago', { first: 50, filter: { from: ago(366), to: ago(365) } }],
    ['busiest actor + last 30 days', { first: 50, filter: { actorId: actors.busiest.id, from: ago(30) } }],
    ['middle actor + action user.update', { first: 50, filter: { actorId: actors.middle.id, action: 'user.update' } }],
    ['busiest actor + rare action', { first: 50, filter: { actorId: actors.busiest.id, action: 'tenant.update_settings' } }],
    ['action user.update + one month a year ago', { first: 50, filter: { action: 'user.update', from: ago(395), to: ago(365) } }],
    ['one month a year ago', { first: 50, filter: { from: ago(395), to: ago(365) } }],
    ['busiest actor + one month a year ago', { first: 50, filter: { actorId: actors.busiest.id, from: ago(395), to: ago(365) } }],
    ['rare action + last 90 days', { first: 50, filter: { action: 'tenant.update_settings', from: ago(90) } }],
    ['busiest target + action user.update', { first: 50, filter: { targetId: targets.busiest.id, action: 'user.update' } }],
  ];
  const results = [];
  for (const [name, variables] of cases) {
    // The first ask of each filter: counts remembered since the last change do not help it.
    const firstStart = performance.now();
    const { auditEntries } = await page(variables);
    const firstMs = performance.now() - firstStart;
    const timing = await measure(() => page(variables), { warmup: WARMUP, requests: REQUESTS });
    const totalCount = `${auditEntries.totalCount}${auditEntries.totalCountCapped ? '+' : ''}`;
    results.push({ name, rows: auditEntries.edges.length, totalCount, firstMs, ...timing });
    console.error(`${name}: ${totalCount} entries, p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  }

  const ms = (value) => value.toFixed(1);
  const load = os.loadavg().map((value) => value.toFixed(1)).join(' ');
  console.log(`\n${entries} audit entries in acme; audit_entry indexes: ${indexes.map((row) => row.indexname).join(', ')}`);
  console.log(`${REQUESTS} sequential requests per query after ${WARMUP} warm-up requests; ${os.cpus().length} CPUs, Node ${process.version}, load average at the end ${load}\n`);
  console.log('| Filter | Rows | totalCount | first ms | p50 ms | p95 ms | p99 ms | max ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) console.log(`| ${r.name} | ${r.rows} | ${r.totalCount} | ${r.firstMs === undefined ? '' : ms(r.firstMs)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} |`);
} finally {
  await server?.stop();
  if (!keepDatabase) await onPostgres(serverUrl, `DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
}
