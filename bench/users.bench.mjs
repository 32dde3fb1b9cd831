#!/usr/bin/env node
// Filtered `users` pages at 100 000 users: the built server (apps/server/dist) runs as a child process
// on a throw-away database of the PostgreSQL server, the demo tenant gets 100 000 more users by SQL,
// and each page is timed over GraphQL HTTP as the admin. Run from the repository root:
//   pnpm --filter @access/server build && node bench/users.bench.mjs
// BENCH_PG_URL names the server (default postgres://postgres@127.0.0.1:5432/postgres); BENCH_USERS,
// BENCH_REQUESTS and BENCH_WARMUP change the size (BENCH_USERS=1000000 for the 1 M run); BENCH_EXPLAIN=1
// also times each page's SQL statements with EXPLAIN ANALYZE and names the indexes they use;
// BENCH_DATABASE names the database (default access_bench_users); BENCH_KEEP_DB=1 keeps it, and a
// later run with BENCH_REUSE_DB=1 measures it again without inserting, from a fresh server start.
// Results and method: bench/RESULTS.md.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BENCH_SECRETS_KEY, databaseOn, graphql, onPostgres, pg, startServer } from './bench-server.mjs';
import { measure } from './measure.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };
const DATABASE = process.env.BENCH_DATABASE || 'access_bench_users';
const serverUrl = process.env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
const USERS = Number(process.env.BENCH_USERS || 100_000);
const REQUESTS = Number(process.env.BENCH_REQUESTS || 200);
const WARMUP = Number(process.env.BENCH_WARMUP || 20);
const reuse = process.env.BENCH_REUSE_DB === '1';
const keepDatabase = process.env.BENCH_KEEP_DB === '1' || reuse;
const explain = process.env.BENCH_EXPLAIN === '1';

const databaseUrl = databaseOn(serverUrl, DATABASE);

const onServer = (sql) => onPostgres(serverUrl, sql);

const FIRST_NAMES = [
  'Maria', 'James', 'Priya', 'Tom', 'Sofia', 'Liam', 'Nina', 'Mateo', 'Aisha', 'Lukas', 'Emma', 'Noah', 'Olivia', 'Elias',
  'Hannah', 'Omar', 'Yuki', 'Chen', 'Fatima', 'Jonas', 'Marta', 'Pedro', 'Ana', 'Ivan', 'Elena', 'Marco', 'Giulia', 'David',
  'Sara', 'Ahmed', 'Leila', 'Kenji', 'Mei', 'Lars', 'Ingrid', 'Pablo', 'Lucia', 'Tariq', 'Zara', 'Daniel', 'Julia', 'Felix',
  'Clara', 'Hugo', 'Alice', 'Martin', 'Eva', 'Samuel', 'Grace', 'Ethan', 'Chloe', 'Mark', 'Laura', 'Victor', 'Irene', 'Ali',
  'Amira', 'Rafael', 'Camila', 'Diego', 'Valentina', 'Oscar', 'Tamara', 'Nikolai', 'Anya', 'Kofi', 'Ama', 'Ravi', 'Anjali',
  'Sean', 'Aoife', 'Piotr', 'Kasia', 'Mehmet', 'Elif', 'Arjun', 'Meera', 'Bjorn', 'Freya', 'Luca', 'Chiara', 'Hana', 'Jin',
];
const LAST_NAMES = [
  'Lopez', 'Chen', 'Patel', 'Becker', 'Rossi', "O'Connor", 'Kovac', 'Haddad', 'Smith', 'Mueller', 'Schmidt', 'Garcia',
  'Martinez', 'Nguyen', 'Kim', 'Tanaka', 'Suzuki', 'Ivanova', 'Petrov', 'Kowalski', 'Nowak', 'Zielinski', 'Jensen', 'Hansen',
  'Larsen', 'Johansson', 'Andersson', 'Dubois', 'Moreau', 'Laurent', 'Bernard', 'Silva', 'Santos', 'Oliveira', 'Costa',
  'Ferreira', 'Romano', 'Ricci', 'Bruno', 'Greco', 'Khan', 'Ahmed', 'Hussain', 'Singh', 'Kumar', 'Sharma', 'Mensah', 'Okafor',
  'Adeyemi', 'Murphy', 'Kelly', 'Walsh', 'Byrne', 'Yilmaz', 'Demir', 'Kaya', 'Fischer', 'Weber', 'Wagner', 'Hoffmann',
  'Novak', 'Horvat', 'Popescu', 'Ionescu', 'Papadopoulos', 'Cohen', 'Levi', 'Friedman', 'Taylor', 'Brown', 'Wilson', 'Evans',
  'Thomas', 'Roberts', 'Walker', 'Wright', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Clarke', 'Jackson', 'White',
];
const DOMAINS = ['acme.example', 'acme-ops.example', 'contractors.example', 'globex.example', 'initech.example', 'mail.example', 'staffing.example', 'partner.example'];
/** Most of a tenant's people are workers; the rest spread over the office roles. */
const ROLE_WEIGHTS = { Worker: 12, Buyer: 3, 'Senior Buyer': 1, 'Planner Scheduler': 2, 'User Manager': 1, Auditor: 1, Administrator: 1 };

/**
 * The users of one tenant in every lifecycle state (see user-state.ts): 4 % introduction (hold invite),
 * 4 % released (temporary password, never signed in), 75 % active, 12 % inactive, 5 % deleted.
 * Active users signed in within the last year (skewed to recent, 3 % never); inactive ones 60 to 365
 * days ago. Deterministic: setseed before random().
 */
async function insertUsers(client, tenantId) {
  const { rows: roles } = await client.query('SELECT id, name FROM role WHERE tenant_id = $1 AND deleted_at IS NULL', [tenantId]);
  const rolePool = roles.flatMap((role) => Array.from({ length: ROLE_WEIGHTS[role.name] ?? 1 }, () => role.id));
  await client.query('SELECT setseed(0.42)');
  await client.query(
    `WITH draws AS MATERIALIZED (
       SELECT g, random() AS r_first, random() AS r_last, random() AS r_domain, random() AS r_role,
              random() AS r_state, random() AS r_login, random() AS r_created, random() AS r_never
       FROM generate_series(1, $2::int) AS g
     ), people AS (
       SELECT g,
              ($3::text[])[1 + floor(r_first * cardinality($3::text[]))::int] AS first_name,
              ($4::text[])[1 + floor(r_last * cardinality($4::text[]))::int] AS last_name,
              ($5::text[])[1 + floor(r_domain * cardinality($5::text[]))::int] AS domain,
              ($6::uuid[])[1 + floor(r_role * cardinality($6::uuid[]))::int] AS role_id,
              CASE WHEN r_state < 0.04 THEN 'introduction' WHEN r_state < 0.08 THEN 'released'
                   WHEN r_state < 0.83 THEN 'active' WHEN r_state < 0.95 THEN 'inactive' ELSE 'deleted' END AS state,
              r_login, r_never,
              now() - interval '1 day' * (30 + 1000 * r_created) AS created_at
       FROM draws
     )
     INSERT INTO user_account (tenant_id, username, email, first_name, last_name, role_id, origin, hold_invite, is_active,
                               activated_at, password_hash, password_is_temporary, last_login_at, created_at, updated_at, deleted_at)
     SELECT $1, username, username || '@' || domain, first_name, last_name, role_id,
            CASE WHEN g % 10 = 0 THEN 'external' ELSE 'internal' END,
            state = 'introduction',
            state <> 'inactive',
            CASE WHEN state IN ('introduction', 'released') THEN NULL ELSE created_at + interval '1 day' END,
            CASE WHEN state = 'introduction' THEN NULL ELSE 'bench-not-a-hash' END,
            state = 'released',
            CASE WHEN state IN ('introduction', 'released') THEN NULL
                 WHEN state = 'active' AND r_never < 0.03 THEN NULL
                 WHEN state = 'inactive' THEN now() - interval '1 day' * (60 + 305 * r_login)
                 ELSE greatest(created_at + interval '1 day', now() - interval '1 day' * (365 * r_login * r_login)) END,
            created_at, created_at,
            CASE WHEN state = 'deleted' THEN now() - interval '1 day' * (20 * r_login) END
     FROM (
       SELECT *, lower(regexp_replace(first_name || '.' || last_name, '[^A-Za-z.]', '', 'g')) || '.' || g AS username FROM people
     ) AS named`,
    [tenantId, USERS, FIRST_NAMES, LAST_NAMES, DOMAINS, rolePool],
  );
  // What autovacuum does within a minute of a bulk insert: statistics, and the visibility map that
  // index-only scans (the counts) rely on.
  await client.query('VACUUM (ANALYZE) user_account');
  return countByRole(client, tenantId);
}

async function countByRole(client, tenantId) {
  const { rows: roleCounts } = await client.query(
    'SELECT r.name, count(*)::int AS users FROM user_account u JOIN role r ON r.id = u.role_id WHERE u.tenant_id = $1 GROUP BY r.name ORDER BY users DESC',
    [tenantId],
  );
  return Object.fromEntries(roleCounts.map((row) => [row.name, row.users]));
}

// The admin SPA's Users page query (apps/web/src/features/users/graphql/users.query.ts).
const USERS_QUERY = `query Users($first: Int!, $after: String, $filter: UserFilter, $orderBy: UserOrder) {
  users(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    edges { cursor node { id username email displayName state isActive lastLoginAt role { id name isSystem } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

const measureTask = (task) => measure(task, { warmup: WARMUP, requests: REQUESTS });

const ORDER_FIELDS = { USERNAME: 'username', NAME: 'name', EMAIL: 'email', ROLE: 'role', LAST_LOGIN: 'lastLogin', STATUS: 'status', CREATED_AT: 'createdAt' };

/**
 * Each case's SQL as the server sends it (its own UserList from apps/server/dist, with a
 * logger that keeps the statements), timed by EXPLAIN (ANALYZE, TIMING OFF): median of 15 runs.
 */
async function explainPages(cases, tenantId) {
  const load = (file) => import(pathToFileURL(path.join(root, 'apps/server/dist', file)).href);
  const { createDataSource } = await load('db/data-source.js');
  const { UserList } = await load('modules/users/queries/list-users.js');
  const { UserDirectory } = await load('modules/users/directory/user-directory.js');
  const statements = [];
  const ignore = () => {};
  const logger = { logQuery: (sql, parameters) => statements.push([sql, parameters]), logQueryError: ignore, logQuerySlow: ignore, logSchemaBuild: ignore, logMigration: ignore, log: ignore };
  const dataSource = await createDataSource({ kind: 'postgres', url: databaseUrl }, { logger });
  await dataSource.initialize();
  const service = new UserList(dataSource, new UserDirectory(dataSource));
  // The first count reads the whole tenant into the directory; the statements timed are those of a warm one.
  await service.list(tenantId, { first: 1, seesDeleted: false });
  const rows = [];
  try {
    for (const [name, { filter, orderBy, first, after }] of cases) {
      statements.length = 0;
      await service.list(tenantId, {
        first,
        after,
        seesDeleted: false,
        filter: filter && { ...filter, states: filter.states?.map((state) => state.toLowerCase()) },
        orderBy: orderBy && { field: ORDER_FIELDS[orderBy.field], direction: orderBy.direction },
      });
      const selects = statements.filter(([sql]) => /^\s*SELECT/.test(sql));
      // The directory's catch-up statement, which the count now costs in SQL.
      const isCount = ([sql]) => /^\s*SELECT 'horizon'/.test(sql);
      const timed = [];
      for (const statement of [selects.find((select) => !isCount(select)), selects.find(isCount)]) {
        if (!statement) {
          timed.push({ ms: null, scans: '-' });
          continue;
        }
        const [sql, parameters] = statement;
        const times = [];
        let plan = [];
        for (let i = 0; i < 15; i++) {
          plan = (await dataSource.query(`EXPLAIN (ANALYZE, TIMING OFF) ${sql}`, parameters)).map((row) => row['QUERY PLAN']);
          times.push(Number(/Execution Time: ([\d.]+)/.exec(plan.at(-1))[1]));
        }
        times.sort((a, b) => a - b);
        const scans = plan.flatMap((line) => {
          const match = /(Seq Scan) on user_account|(Index Only Scan|Index Scan Backward|Index Scan) using "?(\w+)"? on user_account|Bitmap Index Scan on "?(IDX_user\w+|UQ_user\w+)"?/.exec(line);
          if (!match) return [];
          return [match[1] ?? (match[2] ? `${match[2]} ${match[3]}` : `Bitmap ${match[4]}`)];
        });
        timed.push({ ms: times[7], scans: [...new Set(scans)].join(' + ') });
      }
      rows.push({ name, page: timed[0], count: timed[1] });
    }
  } finally {
    await dataSource.destroy();
  }
  return rows;
}

if (!reuse) {
  await onServer(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
  await onServer(`CREATE DATABASE "${DATABASE}"`);
}
let server;
try {
  server = await startServer({
    DATABASE_URL: databaseUrl,
    // One sign-in must outlast the slowest run (before the indexes).
    ACCESS_TOKEN_TTL_SECONDS: '86400',
    // A fixed key, so a later start on the same database (BENCH_REUSE_DB) opens the signing keys.
    SECRETS_KEY: BENCH_SECRETS_KEY,
  });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let tenantId, indexes, roleCounts, seconds;
  try {
    ({ rows: [{ id: tenantId }] } = await client.query("SELECT id FROM tenant WHERE slug = 'acme'"));
    const started = performance.now();
    roleCounts = reuse ? await countByRole(client, tenantId) : await insertUsers(client, tenantId);
    seconds = ((performance.now() - started) / 1000).toFixed(1);
    ({ rows: indexes } = await client.query("SELECT indexname FROM pg_indexes WHERE tablename = 'user_account' ORDER BY indexname"));
  } finally {
    await client.end();
  }
  const total = Object.values(roleCounts).reduce((a, b) => a + b, 0);
  console.error(`${reuse ? 'reused the database' : `inserted ${USERS} users in ${seconds} s`}; tenant acme has ${total} users`);

  const { login } = await graphql(server.url, 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }', { input: ADMIN });
  const token = login.accessToken;
  const page = (variables) => graphql(server.url, USERS_QUERY, variables, token);
  const roles = (await graphql(server.url, '{ roles { id name } }', {}, token)).roles;
  const roleId = (name) => roles.find((role) => role.name === name).id;

  // The server's first count in the tenant reads all of its users into the directory.
  const coldStart = performance.now();
  await page({ first: 25 });
  const coldMs = performance.now() - coldStart;
  console.error(`first users page after the insert (the directory reads the tenant): ${coldMs.toFixed(0)} ms`);
  // The pages right after it, one a second apart: how long the list stays slower while the directory warms.
  const nextPages = [];
  for (let i = 0; i < 10; i++) {
    const started = performance.now();
    await page({ first: 25, filter: { name: 'mar' } });
    nextPages.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 1000 - Math.min(1000, performance.now() - started)));
  }
  const rssMb = server.residentMegabytes();

  // A cursor 5 000 rows into the default order, reached the way a client would: page after page.
  let deepCursor = null;
  for (let i = 0; i < 50; i++) deepCursor = (await page({ first: 100, after: deepCursor })).users.pageInfo.endCursor;
  let roleCursor = null;
  for (let i = 0; i < 50; i++) roleCursor = (await page({ first: 100, after: roleCursor, orderBy: { field: 'ROLE', direction: 'ASC' } })).users.pageInfo.endCursor;

  const cases = [
    ['unfiltered, first page', { first: 25 }],
    ['unfiltered, first page of 100', { first: 100 }],
    ['unfiltered, keyset page 5 000 rows in', { first: 25, after: deepCursor }],
    ['sorted by name', { first: 25, orderBy: { field: 'NAME', direction: 'ASC' } }],
    ['sorted by last login, newest first', { first: 25, orderBy: { field: 'LAST_LOGIN', direction: 'DESC' } }],
    ['sorted by role', { first: 25, orderBy: { field: 'ROLE', direction: 'ASC' } }],
    ['sorted by role, keyset page 5 000 rows in', { first: 25, orderBy: { field: 'ROLE', direction: 'ASC' }, after: roleCursor }],
    ['name "mar" (common prefix)', { first: 25, filter: { name: 'mar' } }],
    ['name "zielinski" (one last name)', { first: 25, filter: { name: 'zielinski' } }],
    ['name "maria lopez" (full name)', { first: 25, filter: { name: 'maria lopez' } }],
    ['email "globex" (one domain)', { first: 25, filter: { email: 'globex' } }],
    ['email "son.12" (rare fragment)', { first: 25, filter: { email: 'son.12' } }],
    ['role Buyer + state ACTIVE', { first: 25, filter: { roleId: roleId('Buyer'), states: ['ACTIVE'] } }],
    ['role Worker + state INACTIVE', { first: 25, filter: { roleId: roleId('Worker'), states: ['INACTIVE'] } }],
    ['states INTRODUCTION + RELEASED', { first: 25, filter: { states: ['INTRODUCTION', 'RELEASED'] } }],
    ['never signed in', { first: 25, filter: { loginActivity: { never: true } } }],
    ['signed in within 7 days', { first: 25, filter: { loginActivity: { withinDays: 7 } } }],
    ['not signed in within 90 days', { first: 25, filter: { loginActivity: { notWithinDays: 90 } } }],
    ['role Worker + not within 30 days + name "son"', { first: 25, filter: { roleId: roleId('Worker'), name: 'son', loginActivity: { notWithinDays: 30 } } }],
    ['name "an" (2 letters: no trigram)', { first: 25, filter: { name: 'an' } }],
  ];
  const results = [];
  const me = await measureTask(() => graphql(server.url, '{ me { username } }', {}, token));
  results.push({ name: 'baseline: `{ me { username } }`', rows: '', totalCount: '', ...me });
  for (const [name, variables] of cases) {
    // The first ask of each filter: counts remembered since the last change do not help it.
    const firstStart = performance.now();
    const { users } = await page(variables);
    const firstMs = performance.now() - firstStart;
    const timing = await measureTask(() => page(variables));
    results.push({ name, rows: users.edges.length, totalCount: users.totalCount, firstMs, ...timing });
    console.error(`${name}: p50 ${timing.p50.toFixed(1)} ms, p95 ${timing.p95.toFixed(1)} ms`);
  }

  const ms = (value) => value.toFixed(1);
  console.log(`\n${reuse ? 'database reused' : `${USERS} users inserted into acme`} (${total} in the tenant: ${Object.entries(roleCounts).map(([name, n]) => `${name} ${n}`).join(', ')})`);
  console.log(`user_account indexes: ${indexes.map((row) => row.indexname).join(', ')}`);
  const load = os.loadavg().map((value) => value.toFixed(1)).join(' ');
  console.log(`first users page after the server start: ${coldMs.toFixed(0)} ms; the next 10 pages (name "mar"), 1 s apart: ${nextPages.map((value) => value.toFixed(0)).join(', ')} ms`);
  console.log(`server resident memory after those pages: ${rssMb} MB; at the end: ${server.residentMegabytes()} MB`);
  console.log(`${REQUESTS} sequential requests per query after ${WARMUP} warm-up requests; ${os.cpus().length} CPUs, Node ${process.version}, load average at the end ${load}\n`);
  console.log('| Query | Rows | totalCount | first ms | p50 ms | p95 ms | p99 ms | max ms |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) console.log(`| ${r.name} | ${r.rows} | ${r.totalCount} | ${r.firstMs === undefined ? '' : ms(r.firstMs)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${ms(r.max)} |`);

  if (explain) {
    const sqlMs = (value) => (value === null ? 'not run' : value.toFixed(2));
    console.log('\n| Query | page SQL ms | directory catch-up SQL ms | page reads | catch-up reads |');
    console.log('|---|---:|---:|---|---|');
    for (const r of await explainPages(cases, tenantId)) {
      console.log(`| ${r.name} | ${sqlMs(r.page.ms)} | ${sqlMs(r.count.ms)} | ${r.page.scans} | ${r.count.scans} |`);
    }
  }
} finally {
  await server?.stop();
  if (!keepDatabase) await onServer(`DROP DATABASE IF EXISTS "${DATABASE}" WITH (FORCE)`);
}
