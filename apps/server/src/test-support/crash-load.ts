import { PERMISSION_KEYS } from '@access/domain';
import type { DataSource } from 'typeorm';
import { startBuiltServer, type BuiltServer } from './built-server.js';
import { verifyAuditChain } from '../modules/audit/chain/verify-audit-chain.js';
import { loadConfig } from '../config.js';
import { openSigningKeys } from '../modules/auth/open-signing-keys.js';
import { loadSecretBox } from '../modules/secrets/secret-box.js';

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';
const CREATE_ROLE = 'mutation($name: String!) { createRole(input: { name: $name }) { id } }';
const CREATE_USER = 'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }';
const CHANGE_ROLE = 'mutation($id: ID!, $roleId: ID!) { changeRole(id: $id, roleId: $roleId) { id } }';
const GRANT = 'mutation($roleId: ID!, $key: String!) { grantRolePermissions(roleId: $roleId, keys: [$key], withPrerequisites: true) { granted } }';

export interface CrashLoadOptions {
  /** The database the server runs on, and a connection to it for the checks. */
  databaseUrl: string;
  dataSource: DataSource;
  dataDir: string;
  tenant: { id: string; slug: string };
  admin: { username: string; password: string };
  kills: number;
  /** Each kill comes at a random moment this many milliseconds into the load. */
  loadMs: [number, number];
  workers: number;
  /** Roles that receive the grants, one permission key a grant. */
  grantRoles: number;
}

type Kind = 'createUser' | 'changeRole' | 'grant';

export interface Tally {
  attempted: number;
  /** An HTTP answer without errors came back. */
  acknowledged: number;
  /** Found in the database after the last restart, acknowledged or not. */
  committed: number;
  /** Acknowledged but not in the database: a lost write. */
  mismatches: number;
}

export interface CrashFigures {
  kills: number;
  killedAfterMs: number[];
  restartMs: number[];
  tallies: Record<Kind, Tally>;
  /** Half-done changes found after a restart: rows without their audit entry or the reverse. */
  violations: string[];
  /** Anything the restarted servers wrote to stderr while starting. */
  startErrors: string[];
}

interface Operation {
  kind: Kind;
  acknowledged: boolean;
  /** createUser: username; changeRole: user id; grant: role id. */
  subject: string;
  /** createUser, changeRole: the role; grant: the permission key. */
  value: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)]!;

async function call<T>(server: BuiltServer, token: string | null, query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (!response.ok || body.errors || !body.data) throw new Error(JSON.stringify(body.errors ?? response.status));
  return body.data;
}

/**
 * Drives user creations (each with its role), role changes and role grants through the built
 * server's GraphQL API, kills the server with SIGKILL at a random moment under that load, restarts
 * it on the same database and checks that every change is whole: the row and its audit entry both,
 * or neither. Each round signs in again, as a client would after an outage.
 */
export async function runCrashLoad(options: CrashLoadOptions): Promise<CrashFigures> {
  const { dataSource, tenant } = options;
  const figures: CrashFigures = { kills: 0, killedAfterMs: [], restartMs: [], tallies: {} as CrashFigures['tallies'], violations: [], startErrors: [] };
  const operations: Operation[] = [];
  const seen = new Set<string>();
  let server = await startBuiltServer(options.databaseUrl, options.dataDir);
  const signIn = async () =>
    (await call<{ login: { accessToken: string } }>(server, null, LOGIN, { input: { tenant: tenant.slug, ...options.admin } })).login.accessToken;
  let token = await signIn();

  const createRole = async (name: string) => (await call<{ createRole: { id: string } }>(server, token, CREATE_ROLE, { name })).createRole.id;
  const userRoles = [await createRole('Crash staff A'), await createRole('Crash staff B')];
  const grantQueues = new Map<string, string[]>();
  for (let i = 0; i < options.grantRoles; i += 1) {
    grantQueues.set(await createRole(`Crash grants ${i}`), [...PERMISSION_KEYS].sort(() => Math.random() - 0.5));
  }
  // Users whose creation was acknowledged and whose role no change has touched yet.
  const changeable: Array<{ id: string; roleId: string }> = [];
  let sequence = 0;

  const nextOperation = (): (() => Promise<void>) => {
    const roll = Math.random();
    if (roll < 0.3 && changeable.length > 0) {
      const user = changeable.splice(Math.floor(Math.random() * changeable.length), 1)[0]!;
      const operation: Operation = { kind: 'changeRole', acknowledged: false, subject: user.id, value: userRoles.find((id) => id !== user.roleId)! };
      operations.push(operation);
      return async () => {
        await call(server, token, CHANGE_ROLE, { id: operation.subject, roleId: operation.value });
        operation.acknowledged = true;
      };
    }
    const withKeys = [...grantQueues].filter(([, keys]) => keys.length > 0);
    if (roll < 0.6 && withKeys.length > 0) {
      const [roleId, keys] = pick(withKeys);
      const operation: Operation = { kind: 'grant', acknowledged: false, subject: roleId, value: keys.pop()! };
      operations.push(operation);
      return async () => {
        await call(server, token, GRANT, { roleId: operation.subject, key: operation.value });
        operation.acknowledged = true;
      };
    }
    sequence += 1;
    const operation: Operation = { kind: 'createUser', acknowledged: false, subject: `crash-${sequence}-${Date.now().toString(36)}`, value: pick(userRoles) };
    operations.push(operation);
    return async () => {
      const input = { username: operation.subject, email: `${operation.subject}@example.test`, roleId: operation.value, holdInvite: true };
      const { createUser } = await call<{ createUser: { id: string } }>(server, token, CREATE_USER, { input });
      operation.acknowledged = true;
      changeable.push({ id: createUser.id, roleId: operation.value });
    };
  };

  for (let round = 0; round < options.kills; round += 1) {
    let loading = true;
    const worker = async () => {
      while (loading) {
        // A request cut off by the kill has an unknown outcome: the database says what happened.
        await nextOperation()().catch(() => undefined);
      }
    };
    const workers = Array.from({ length: options.workers }, worker);
    const after = options.loadMs[0] + Math.random() * (options.loadMs[1] - options.loadMs[0]);
    await sleep(after);
    // No new requests from here on, while those in flight meet the kill.
    loading = false;
    await server.crash();
    await Promise.all(workers);
    figures.kills += 1;
    figures.killedAfterMs.push(Math.round(after));

    server = await startBuiltServer(options.databaseUrl, options.dataDir);
    figures.restartMs.push(server.startMs);
    if (server.stderr().trim()) figures.startErrors.push(server.stderr().trim());
    // Each one once, at the first restart that finds it.
    const found = [...(await halfDoneChanges(dataSource, tenant.id, [...grantQueues.keys()])), ...(await brokenChainLinks(dataSource, options.dataDir, tenant.id))];
    for (const violation of found) {
      if (!seen.has(violation)) figures.violations.push(`after kill ${round + 1}: ${violation}`);
      seen.add(violation);
    }
    token = await signIn();
  }
  await server.stop();
  figures.tallies = await tally(dataSource, tenant.id, operations);
  return figures;
}

/** A kill between an entry's commit and its link would leave the tenant's audit chain broken. */
async function brokenChainLinks(dataSource: DataSource, dataDir: string, tenantId: string): Promise<string[]> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir });
  const keys = await openSigningKeys(dataSource, await loadSecretBox(dataDir, undefined), config, console, { follow: false });
  const report = await verifyAuditChain(dataSource.manager, keys, tenantId);
  return report.problems.map((problem) => `audit chain: ${problem.kind} at ${problem.position ?? 'no position'}: ${problem.detail}`);
}

/** Every user with exactly one creation entry and the role its last entry names; every grant row with its entry, and every entry with its rows. */
async function halfDoneChanges(dataSource: DataSource, tenantId: string, grantRoleIds: string[]): Promise<string[]> {
  const users = await dataSource.query<Array<{ username: string; role_id: string; creations: string; audited_role: string | null }>>(
    `SELECT u.username, u.role_id,
            (SELECT count(*) FROM audit_entry a WHERE a.target_id = u.id AND a.action = 'user.create') AS creations,
            (SELECT a.after->>'roleId' FROM audit_entry a WHERE a.target_id = u.id AND a.action IN ('user.create', 'user.change_role')
              ORDER BY a.sequence DESC LIMIT 1) AS audited_role
       FROM user_account u WHERE u.tenant_id = $1 AND u.username LIKE 'crash-%'`,
    [tenantId],
  );
  const violations = users.flatMap((user) => [
    ...(Number(user.creations) === 1 ? [] : [`user ${user.username} has ${user.creations} user.create entries`]),
    ...(user.audited_role === user.role_id ? [] : [`user ${user.username} holds role ${user.role_id}, its audit says ${user.audited_role}`]),
  ]);
  const orphans = await dataSource.query<Array<{ action: string; target_id: string }>>(
    `SELECT a.action, a.target_id FROM audit_entry a
      WHERE a.tenant_id = $1 AND a.action IN ('user.create', 'user.change_role')
        AND NOT EXISTS (SELECT 1 FROM user_account u WHERE u.id = a.target_id)`,
    [tenantId],
  );
  violations.push(...orphans.map((entry) => `${entry.action} entry for missing user ${entry.target_id}`));
  const grants = await dataSource.query<Array<{ side: string; role_id: string; key: string }>>(
    `WITH stored AS (SELECT role_id, permission_key AS key FROM role_permission WHERE role_id = ANY($1)),
          audited AS (SELECT a.target_id AS role_id, jsonb_array_elements_text(a.after->'granted') AS key
                        FROM audit_entry a WHERE a.action = 'role.grant_permissions' AND a.target_id = ANY($1))
     (SELECT 'row without entry' AS side, * FROM (SELECT * FROM stored EXCEPT SELECT * FROM audited) s)
     UNION ALL (SELECT 'entry without row', * FROM (SELECT * FROM audited EXCEPT SELECT * FROM stored) a)`,
    [grantRoleIds],
  );
  violations.push(...grants.map((grant) => `grant of ${grant.key} to role ${grant.role_id}: ${grant.side}`));
  return violations;
}

async function tally(dataSource: DataSource, tenantId: string, operations: Operation[]): Promise<Record<Kind, Tally>> {
  const users = await dataSource.query<Array<{ id: string; username: string; role_id: string }>>(
    "SELECT id, username, role_id FROM user_account WHERE tenant_id = $1 AND username LIKE 'crash-%'",
    [tenantId],
  );
  const byName = new Map(users.map((user) => [user.username, user]));
  const byId = new Map(users.map((user) => [user.id, user]));
  const grants = new Set(
    (await dataSource.query<Array<{ role_id: string; permission_key: string }>>('SELECT role_id, permission_key FROM role_permission')).map(
      (row) => `${row.role_id} ${row.permission_key}`,
    ),
  );
  const committed = (operation: Operation) => {
    if (operation.kind === 'createUser') return byName.has(operation.subject);
    if (operation.kind === 'changeRole') return byId.get(operation.subject)?.role_id === operation.value;
    return grants.has(`${operation.subject} ${operation.value}`);
  };
  const tallies = {} as Record<Kind, Tally>;
  for (const kind of ['createUser', 'changeRole', 'grant'] as const) {
    const ofKind = operations.filter((operation) => operation.kind === kind);
    tallies[kind] = {
      attempted: ofKind.length,
      acknowledged: ofKind.filter((operation) => operation.acknowledged).length,
      committed: ofKind.filter(committed).length,
      mismatches: ofKind.filter((operation) => operation.acknowledged && !committed(operation)).length,
    };
  }
  return tallies;
}
