import 'reflect-metadata';
import { constants } from 'node:os';
import { startApp } from './app.js';
import { checkProductionConfig, ConfigError, developmentDefaultsInUse, loadConfig } from './config.js';
import { openDatabase } from './db/data-source.js';
import { DEMO_STAFF_HINT, DEMO_TENANT, seedDemoTenant } from './db/seed/demo-tenant.js';
import { DEMO_SSO_TENANT, seedDemoSsoTenant } from './db/seed/demo-sso-tenant.js';
import { withStartupLock } from './db/startup-lock.js';
import { DEV_IDP_PATH } from './http/dev-identity-provider.js';
import { createLogger } from './logger.js';

export interface ServeOptions {
  /** Runs after the server has closed, before the process exits (flushing traces). */
  beforeExit(): Promise<void>;
}

/** Starts the whole product and prints where it answers; exits on SIGINT and SIGTERM. */
export async function serve(options: ServeOptions): Promise<void> {
  try {
    await start(options);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`Configuration error: ${error.message}\n`);
    } else {
      process.stderr.write(`Access failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exit(1);
  }
}

async function start({ beforeExit }: ServeOptions): Promise<void> {
  const config = loadConfig();
  checkProductionConfig(config);
  const logger = createLogger(config.logLevel);
  if (config.env === 'production' && config.allowDevelopmentDefaults) {
    const inUse = developmentDefaultsInUse(config);
    if (inUse.length > 0) logger.warn({ developmentDefaults: inUse }, 'ALLOW_DEVELOPMENT_DEFAULTS: starting in production on development defaults');
  }
  // Milliseconds per start-up phase, logged once listening: bench/start-time.mjs reads them.
  const phases: Record<string, number> = {};
  let mark = performance.now();
  const phase = (name: string) => {
    const now = performance.now();
    phases[name] = Math.round(now - mark);
    mark = now;
  };
  phases.modules = Math.round(mark);
  const dataSource = await openDatabase(config.database);
  phase('database');
  // Under the start-up lock: instances started together would otherwise each find the demo missing.
  const seed = config.seedDemo ? await withStartupLock(dataSource, () => seedDemoTenant(dataSource)) : null;
  phase('seed');
  const app = await startApp(config, logger, dataSource);
  phase('app');
  if (seed && config.devIdentityProvider) {
    await withStartupLock(dataSource, () => seedDemoSsoTenant(dataSource, app.secrets, `${app.appUrl}${DEV_IDP_PATH}`));
    phase('ssoSeed');
  }
  logger.info({ url: app.url, database: config.database.kind, startupMs: phases }, 'Access is listening');
  // For a parent that started the server with an IPC channel (scripts/start.mjs). A parent gone
  // by now is no reason to stop: the callback takes the error a closed channel would raise.
  if (process.connected) process.send?.({ event: 'listening', url: app.url }, undefined, undefined, () => {});

  const lines = [
    '',
    `Access is running on ${config.database.kind === 'pglite' ? 'embedded PGlite' : 'PostgreSQL'}.`,
    `  Admin app:           ${app.url}/`,
    `  Worker portal:       ${app.url}/portal`,
    `  GraphQL API:         ${app.url}/graphql`,
    `  GraphQL playground:  ${app.url}/graphiql`,
  ];
  if (seed) {
    lines.push(`  Demo tenant:         ${DEMO_TENANT.name} (organisation "${DEMO_TENANT.slug}")${seed.created ? ', just created' : ''}`);
    for (const login of seed.logins) {
      lines.push(`    ${login.who.padEnd(28)} organisation: ${(login.tenant ?? '(leave empty)').padEnd(14)} ${login.username} / ${login.password}`);
    }
    lines.push(`    ${DEMO_STAFF_HINT}`);
    if (config.devIdentityProvider) {
      lines.push(
        `  Single sign-on demo:  ${DEMO_SSO_TENANT.name} (organisation "${DEMO_SSO_TENANT.slug}"): "Sign in with Globex Identity", then pick a person`,
        `    at the development identity provider (${app.appUrl}${DEV_IDP_PATH}); roles follow its group claim`,
      );
    }
  }
  process.stdout.write(`${lines.join('\n')}\n\n`);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    // A second signal does not wait for the first shutdown.
    if (stopping) process.exit(128 + constants.signals[signal]);
    stopping = true;
    logger.info({ signal }, 'shutting down');
    app.close().then(beforeExit).then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  // Listeners that stay, so a second signal finds one and ends a shutdown that hangs.
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}
