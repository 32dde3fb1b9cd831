import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startApp, type RunningApp } from '../app.js';
import { loadConfig, type Config } from '../config.js';
import { createLogger } from '../logger.js';
import type { SigningKeys } from '../modules/auth/signing-keys.js';
import type { DeliveryOutcome } from '../modules/mail/deliver-due-mail.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: { code?: string; field?: string; [key: string]: unknown } }>;
}

export interface TestApp {
  url: string;
  database: TestDatabase;
  config: Config;
  /** The token signing keys the server uses (shared with every instance on the same database). */
  keys: SigningKeys;
  /**
   * Sends one request once every change committed so far has reached the server's caches, as a
   * request that follows a change by more than a moment would: tests write rows directly and
   * expect the very next request to see them.
   */
  graphql<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>, token?: string): Promise<GraphQLResponse<T>>;
  settleChanges(): Promise<void>;
  /** Sends the mail queued for SMTP that is due now (or at `at`), after any delivery under way. */
  deliverDueMail(at?: Date): Promise<DeliveryOutcome>;
  close(): Promise<void>;
}

/** Every test instance shares it, as the instances of a deployment must: the signing keys are sealed with it. */
export const TEST_SECRETS_KEY = Buffer.alloc(32, 42).toString('base64');

/** The real server (HTTP, schema, directives, database) on a free port, for one test file. */
export async function startTestApp(overrides: Partial<Config> = {}, shared?: { database: TestDatabase }): Promise<TestApp> {
  const database = shared?.database ?? (await createTestDatabase());
  const ownDataDir = overrides.dataDir ? null : await mkdtemp(path.join(os.tmpdir(), 'access-test-'));
  const dataDir = overrides.dataDir ?? ownDataDir!;
  const config: Config = {
    ...loadConfig({ NODE_ENV: 'test' }),
    host: '127.0.0.1',
    port: 0,
    dataDir,
    uploadsDir: path.join(dataDir, 'uploads'),
    database: database.config,
    webDist: path.join(dataDir, 'no-web-build'),
    seedDemo: false,
    secretsKey: TEST_SECRETS_KEY,
    ...overrides,
  };
  const app: RunningApp = await startApp(config, createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'), database.dataSource);
  return {
    url: app.url,
    database,
    config,
    keys: app.keys,
    settleChanges: () => app.settleChanges(),
    deliverDueMail: (at) => app.deliverDueMail(at),
    async graphql(query, variables, token) {
      await app.settleChanges();
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async close() {
      if (shared) {
        // Another instance owns the database: stop serving, leave the connection open for it.
        await app.stop();
      } else {
        await app.close();
        await database.drop();
      }
      if (ownDataDir) await rm(ownDataDir, { recursive: true, force: true });
    },
  };
}
