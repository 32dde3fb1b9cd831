import { isIP } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseStorageLocation } from './modules/files/storage-location.js';
import { tracingRequested } from './telemetry.js';

export type DatabaseConfig =
  | { kind: 'postgres'; url: string }
  | {
      kind: 'pglite';
      dataDir: string | undefined;
      /** PGLITE_SHARED_BUFFERS: PostgreSQL's shared_buffers for the embedded database; unset: PGlite's 128MB. */
      sharedBuffers?: string;
    };

export interface Config {
  env: 'development' | 'production' | 'test';
  host: string;
  port: number;
  database: DatabaseConfig;
  dataDir: string;
  /** Uploaded files (certification proofs) on the local disk, unless FILE_STORAGE_URL names a bucket. */
  uploadsDir: string;
  /** FILE_STORAGE_URL: an S3-compatible bucket every instance shares; unset: `uploadsDir`. */
  fileStorageUrl: string | undefined;
  webDist: string;
  seedDemo: boolean;
  logLevel: string;
  /** Fixed signing keys from the environment; unset: the keys every instance shares in the database. */
  jwtPrivateKey: string | undefined;
  /** A new key is published this long before it signs, so every instance accepts its tokens first. */
  signingKeyStagingSeconds: number;
  /** How often an instance re-reads the signing keys in case it missed a change notice. */
  signingKeyRefreshSeconds: number;
  /** 32 bytes, base64: encrypts the secrets Access must read back (signing keys, identity providers' client secrets). */
  secretsKey: string | undefined;
  /**
   * Whether a tenant's identity provider may be a plain-http one on this machine (a development
   * provider, tests). Off in production: discovery is a request an administrator aims.
   */
  ssoAllowLoopbackHttp: boolean;
  /** Whether a tenant's identity provider may be on the deployment's private network (an on-premises one). */
  ssoAllowPrivateNetwork: boolean;
  /**
   * Serve the development identity provider at /dev/oidc and point the demo's single sign-on
   * tenant at it. Off by default in production, and refused there (checkProductionConfig): anyone
   * may sign in there as a demo identity.
   */
  devIdentityProvider: boolean;
  accessTokenTtlSeconds: number;
  /** How long a sign-in (refresh session) lasts unless a tenant sets its own. */
  sessionLifetimeDays: number;
  publicUrl: string | undefined;
  /** Unset: mail goes to the development outbox (/dev/outbox) instead of an SMTP server. */
  smtpUrl: string | undefined;
  mailFrom: string;
  /** With SMTP: how many delivery attempts a message gets before it is dead-lettered (FAILED). */
  mailMaxAttempts: number;
  /** With SMTP: the wait before the second attempt; each later wait doubles (with jitter), up to an hour. */
  mailRetryBaseSeconds: number;
  /**
   * With SMTP: how often each instance looks for mail whose retry is due. New mail does not wait
   * for it: the commit that queues it wakes every instance's delivery worker. 0: never (tests).
   */
  mailPollIntervalSeconds: number;
  /** Schema introspection (GraphiQL needs it); off by default in production. */
  graphqlIntrospection: boolean;
  /**
   * OpenTelemetry traces are exported (the OTEL_* variables ask for them): GraphQL requests then go
   * through Express's router and graphql-js, which the instrumentations see middleware by middleware
   * and resolver by resolver, instead of the direct route and compiled execution.
   */
  traced: boolean;
  /** Serve the /graphiql playground page; off by default in production. */
  graphiql: boolean;
  signIn: SignInThrottleConfig;
  /** The time the sign-in throttle and the Users list's login-activity filters decide by; the system clock except where a test moves it on. */
  clock: Clock;
  /** How often due after-shift reports are looked for and their workers reminded; 0: never. */
  reportReminderIntervalSeconds: number;
  /** How often each audit chain's new entries are verified and sealed with a signature; 0: never. */
  auditSealIntervalSeconds: number;
  /** How many users (over all tenants) the Users list's in-memory directory keeps; about 350 bytes each. */
  userDirectoryMaxUsers: number;
  /**
   * Which peers' X-Forwarded-For/-Proto/-Host Express believes, in its 'trust proxy' terms: a hop
   * count, a list of addresses, ranges and range names, or all (true) or none (false).
   */
  trustProxy: TrustProxy;
  /** The bearer token /metrics asks for; unset: /metrics answers only requests made on this machine. */
  metricsToken: string | undefined;
  /** ALLOW_DEVELOPMENT_DEFAULTS: start in production with what only suits development (a demo image, a trial). */
  allowDevelopmentDefaults: boolean;
}

export type TrustProxy = boolean | number | string[];

/** Brute-force protection: thresholds per account and per client address. */
export interface SignInThrottleConfig {
  accountMaxFailures: number;
  addressMaxFailures: number;
  /** First lockout; each further failure while over the limit doubles it, up to maxLockoutSeconds. */
  baseLockoutSeconds: number;
  maxLockoutSeconds: number;
}

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class ConfigError extends Error {}

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be an integer between ${min} and ${max}, got "${raw}"`);
  }
  return value;
}

function flag(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (['1', 'true', 'yes', 'on'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
  throw new ConfigError(`${name} must be true or false, got "${raw}"`);
}

function fileStorageUrl(env: NodeJS.ProcessEnv): string | undefined {
  const url = env.FILE_STORAGE_URL || undefined;
  const location = parseStorageLocation(url, '');
  if (typeof location === 'string') throw new ConfigError(location);
  return url;
}

const NAMED_RANGES = ['loopback', 'linklocal', 'uniquelocal'];

function isAddressOrRange(entry: string): boolean {
  if (NAMED_RANGES.includes(entry)) return true;
  const [address = '', prefix, ...rest] = entry.split('/');
  const family = isIP(address);
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  const bits = Number(prefix);
  return /^\d+$/.test(prefix) && bits <= (family === 4 ? 32 : 128);
}

/**
 * Parsed here rather than handed to Express as text: Express reads the text "1" as the address
 * 0.0.0.1, not as one hop, and refuses a misspelt range name with a bare TypeError.
 */
function trustProxy(env: NodeJS.ProcessEnv): TrustProxy {
  const raw = env.TRUST_PROXY?.trim().toLowerCase();
  if (raw === undefined || raw === '') return ['loopback'];
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (/^\d+$/.test(raw)) {
    const hops = Number(raw);
    if (hops > 100) throw new ConfigError(`TRUST_PROXY as a hop count must be between 0 and 100, got "${env.TRUST_PROXY}"`);
    return hops;
  }
  const entries = raw.split(',').map((entry) => entry.trim());
  const invalid = entries.find((entry) => !isAddressOrRange(entry));
  if (invalid !== undefined) {
    throw new ConfigError(
      `TRUST_PROXY must be true, false, a hop count, or a comma-separated list of addresses, CIDR ranges, loopback, linklocal or uniquelocal; "${invalid}" is none of these`,
    );
  }
  return entries;
}

/** A PostgreSQL memory setting as PostgreSQL writes it (`8MB`, `1GB`), or undefined when unset. */
function memorySize(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name]?.trim();
  if (!raw) return undefined;
  const match = /^(\d+)\s*(kB|MB|GB)$/i.exec(raw);
  const bytes = match ? Number(match[1]) * { kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 }[match[2]!.toLowerCase() as 'kb' | 'mb' | 'gb'] : 0;
  // PostgreSQL refuses less than 16 buffers of 8 kB and fails to start; say so before it does.
  if (!match || bytes < 128 * 1024) throw new ConfigError(`${name} must be a size of at least 128kB, such as 8MB or 1GB, got "${raw}"`);
  return `${match[1]}${{ kb: 'kB', mb: 'MB', gb: 'GB' }[match[2]!.toLowerCase() as 'kb' | 'mb' | 'gb']}`;
}

/** Reads and validates every environment variable the server uses, in one place. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const nodeEnv = env.NODE_ENV === 'production' || env.NODE_ENV === 'test' ? env.NODE_ENV : 'development';
  const dataDir = path.resolve(env.DATA_DIR || path.join(serverRoot, '.data'));
  const pgliteDir = env.PGLITE_DIR || path.join(dataDir, 'pglite');
  const sharedBuffers = memorySize(env, 'PGLITE_SHARED_BUFFERS');
  const database: DatabaseConfig = env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: pgliteDir === 'memory://' ? undefined : path.resolve(pgliteDir), ...(sharedBuffers ? { sharedBuffers } : {}) };

  return {
    env: nodeEnv,
    host: env.HOST || '0.0.0.0',
    port: integer(env, 'PORT', 4000, 0, 65535),
    database,
    dataDir,
    uploadsDir: path.resolve(env.UPLOADS_DIR || path.join(dataDir, 'uploads')),
    fileStorageUrl: fileStorageUrl(env),
    webDist: path.resolve(env.WEB_DIST || path.join(serverRoot, '..', 'web', 'dist')),
    seedDemo: flag(env, 'SEED_DEMO', nodeEnv !== 'production'),
    logLevel: env.LOG_LEVEL || (nodeEnv === 'test' ? 'warn' : 'info'),
    jwtPrivateKey: env.JWT_PRIVATE_KEY || undefined,
    signingKeyStagingSeconds: integer(env, 'SIGNING_KEY_STAGING_SECONDS', 600, 0, 604800),
    signingKeyRefreshSeconds: integer(env, 'SIGNING_KEY_REFRESH_SECONDS', 60, 1, 86400),
    secretsKey: env.SECRETS_KEY || undefined,
    ssoAllowLoopbackHttp: flag(env, 'SSO_ALLOW_LOOPBACK_HTTP', nodeEnv !== 'production'),
    ssoAllowPrivateNetwork: flag(env, 'SSO_ALLOW_PRIVATE_NETWORK', false),
    devIdentityProvider: flag(env, 'DEV_IDENTITY_PROVIDER', nodeEnv !== 'production' && flag(env, 'SEED_DEMO', true)),
    accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 900, 30, 86400),
    sessionLifetimeDays: integer(env, 'SESSION_LIFETIME_DAYS', 30, 1, 365),
    // Off under test: a test drives the reminders itself instead of racing a timer.
    reportReminderIntervalSeconds: integer(env, 'REPORT_REMINDER_INTERVAL_SECONDS', nodeEnv === 'test' ? 0 : 300, 0, 86400),
    auditSealIntervalSeconds: integer(env, 'AUDIT_SEAL_INTERVAL_SECONDS', nodeEnv === 'test' ? 0 : 300, 0, 86400),
    userDirectoryMaxUsers: integer(env, 'USER_DIRECTORY_MAX_USERS', 500_000, 0, 100_000_000),
    publicUrl: env.PUBLIC_URL ? env.PUBLIC_URL.replace(/\/+$/, '') : undefined,
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM || 'Access <no-reply@access.localhost>',
    mailMaxAttempts: integer(env, 'MAIL_MAX_ATTEMPTS', 8, 1, 100),
    mailRetryBaseSeconds: integer(env, 'MAIL_RETRY_BASE_SECONDS', 30, 1, 86400),
    // Off under test: a test delivers due mail itself (deliverDueMail) instead of racing a timer.
    mailPollIntervalSeconds: integer(env, 'MAIL_POLL_INTERVAL_SECONDS', nodeEnv === 'test' ? 0 : 15, 0, 3600),
    graphqlIntrospection: flag(env, 'GRAPHQL_INTROSPECTION', nodeEnv !== 'production'),
    traced: tracingRequested(env),
    graphiql: flag(env, 'GRAPHIQL', nodeEnv !== 'production'),
    signIn: {
      accountMaxFailures: integer(env, 'SIGNIN_ACCOUNT_MAX_FAILURES', 5, 1, 1000),
      addressMaxFailures: integer(env, 'SIGNIN_ADDRESS_MAX_FAILURES', 50, 1, 100000),
      baseLockoutSeconds: integer(env, 'SIGNIN_LOCKOUT_SECONDS', 900, 1, 86400),
      maxLockoutSeconds: integer(env, 'SIGNIN_MAX_LOCKOUT_SECONDS', 86400, 1, 604800),
    },
    clock: systemClock,
    trustProxy: trustProxy(env),
    metricsToken: env.METRICS_TOKEN || undefined,
    allowDevelopmentDefaults: flag(env, 'ALLOW_DEVELOPMENT_DEFAULTS', false),
  };
}

/**
 * What this configuration would run on that suits development only: each is convenient on a laptop
 * and a hole in a deployment (keys and secrets anyone with the data directory can read, published
 * demo passwords, mail nobody receives, an identity provider that lets anyone in).
 */
export function developmentDefaultsInUse(config: Config): string[] {
  const found: string[] = [];
  if (!config.secretsKey) {
    found.push('SECRETS_KEY is unset: the signing keys and stored secrets would be sealed with a key generated into DATA_DIR');
  }
  if (config.seedDemo) found.push('SEED_DEMO is on: the demo tenants, whose passwords are published, would be created');
  if (!config.smtpUrl) found.push('SMTP_URL is unset: mail would go to the development outbox and reach nobody');
  if (config.devIdentityProvider) found.push('DEV_IDENTITY_PROVIDER is on: anyone could sign in at /dev/oidc as a demo identity');
  return found;
}

/** Refuses a production start on development defaults unless ALLOW_DEVELOPMENT_DEFAULTS says so. */
export function checkProductionConfig(config: Config): void {
  if (config.env !== 'production' || config.allowDevelopmentDefaults) return;
  const found = developmentDefaultsInUse(config);
  if (found.length === 0) return;
  throw new ConfigError(
    `NODE_ENV=production refuses development defaults:\n${found.map((line) => `  - ${line}`).join('\n')}\n` +
      'Set what is missing, or set ALLOW_DEVELOPMENT_DEFAULTS=true to start anyway (a demo, never a real deployment).',
  );
}
