import { describe, expect, it } from 'vitest';
import { checkProductionConfig, ConfigError, developmentDefaultsInUse, loadConfig } from '../config.js';

/** A production environment that names everything a deployment must bring; the signing keys live in the database. */
const PRODUCTION = {
  NODE_ENV: 'production',
  SECRETS_KEY: Buffer.alloc(32, 7).toString('base64'),
  SMTP_URL: 'smtp://mail.example.com:587',
};

const refusal = (env: NodeJS.ProcessEnv) => {
  try {
    checkProductionConfig(loadConfig(env));
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
};

describe('production refuses development defaults', () => {
  it('starts on a complete production configuration', () => {
    expect(refusal(PRODUCTION)).toBeNull();
    expect(developmentDefaultsInUse(loadConfig(PRODUCTION))).toEqual([]);
  });

  it.each([
    ['signing keys and secrets sealed with a key generated into the data directory', { SECRETS_KEY: '' }, 'SECRETS_KEY'],
    ['the development outbox instead of SMTP', { SMTP_URL: '' }, 'SMTP_URL'],
    ['the demo seed', { SEED_DEMO: 'true' }, 'SEED_DEMO'],
    ['the development identity provider', { DEV_IDENTITY_PROVIDER: 'true' }, 'DEV_IDENTITY_PROVIDER'],
  ])('refuses %s, naming the variable', (_what, change, variable) => {
    const message = refusal({ ...PRODUCTION, ...change });
    expect(message).toContain(variable);
    expect(message).toContain('ALLOW_DEVELOPMENT_DEFAULTS=true');
    expect(refusal({ ...PRODUCTION, ...change, ALLOW_DEVELOPMENT_DEFAULTS: 'true' })).toBeNull();
  });

  it('lists every development default at once, so one restart can fix them all', () => {
    const message = refusal({ NODE_ENV: 'production', SEED_DEMO: 'true' });
    for (const variable of ['SECRETS_KEY', 'SMTP_URL', 'SEED_DEMO']) expect(message).toContain(variable);
  });

  it('keeps the demo seed and the development identity provider off by default in production', () => {
    const config = loadConfig(PRODUCTION);
    expect({ seedDemo: config.seedDemo, devIdentityProvider: config.devIdentityProvider }).toEqual({ seedDemo: false, devIdentityProvider: false });
  });

  it('leaves development and test alone', () => {
    expect(refusal({ NODE_ENV: 'development' })).toBeNull();
    expect(refusal({})).toBeNull();
    expect(refusal({ NODE_ENV: 'test', SEED_DEMO: 'true' })).toBeNull();
  });

  it('refuses a FILE_STORAGE_URL it cannot use, rather than lose uploads', () => {
    expect(() => loadConfig({ FILE_STORAGE_URL: 'ftp://files.example.com' })).toThrow(/s3:\/\/ or file:\/\//);
    expect(loadConfig({ FILE_STORAGE_URL: 's3://proofs/access' }).fileStorageUrl).toBe('s3://proofs/access');
  });

  it('reads ALLOW_DEVELOPMENT_DEFAULTS strictly', () => {
    expect(() => loadConfig({ ...PRODUCTION, ALLOW_DEVELOPMENT_DEFAULTS: 'maybe' })).toThrow(ConfigError);
    expect(refusal({ ...PRODUCTION, SMTP_URL: '', ALLOW_DEVELOPMENT_DEFAULTS: 'false' })).toContain('SMTP_URL');
  });
});

describe('TRUST_PROXY', () => {
  const trustProxy = (value: string | undefined) => loadConfig({ TRUST_PROXY: value }).trustProxy;

  it('trusts only a proxy on this machine unless told otherwise', () => {
    expect(trustProxy(undefined)).toEqual(['loopback']);
    expect(trustProxy('')).toEqual(['loopback']);
  });

  it('reads a hop count, all or nothing, and lists of addresses, ranges and range names', () => {
    expect(trustProxy('1')).toBe(1);
    expect(trustProxy('0')).toBe(0);
    expect(trustProxy('true')).toBe(true);
    expect(trustProxy('FALSE')).toBe(false);
    expect(trustProxy('10.0.0.0/8, 192.168.1.7,loopback, fd00::/8, uniquelocal, ::1')).toEqual([
      '10.0.0.0/8',
      '192.168.1.7',
      'loopback',
      'fd00::/8',
      'uniquelocal',
      '::1',
    ]);
  });

  it.each([['yes'], ['10.0.0.0/33'], ['10.0.0.0/8/1'], ['::1/129'], ['10.0.0'], ['loopback,'], ['proxy.internal'], ['-1'], ['1.5'], ['101']])(
    'refuses "%s" at start-up, naming the variable',
    (value) => {
      expect(() => trustProxy(value)).toThrow(ConfigError);
      expect(() => trustProxy(value)).toThrow(/TRUST_PROXY/);
    },
  );
});

describe('mail delivery settings', () => {
  it('retries eight times from 30 seconds, polling every 15 seconds, and does not poll under test', () => {
    const config = loadConfig(PRODUCTION);
    expect([config.mailMaxAttempts, config.mailRetryBaseSeconds, config.mailPollIntervalSeconds]).toEqual([8, 30, 15]);
    expect(loadConfig({ NODE_ENV: 'test' }).mailPollIntervalSeconds).toBe(0);
  });

  it('reads them from the environment and refuses what cannot work', () => {
    const config = loadConfig({ ...PRODUCTION, MAIL_MAX_ATTEMPTS: '3', MAIL_RETRY_BASE_SECONDS: '5', MAIL_POLL_INTERVAL_SECONDS: '60' });
    expect([config.mailMaxAttempts, config.mailRetryBaseSeconds, config.mailPollIntervalSeconds]).toEqual([3, 5, 60]);
    expect(() => loadConfig({ ...PRODUCTION, MAIL_MAX_ATTEMPTS: '0' })).toThrow('MAIL_MAX_ATTEMPTS');
    expect(() => loadConfig({ ...PRODUCTION, MAIL_RETRY_BASE_SECONDS: 'soon' })).toThrow('MAIL_RETRY_BASE_SECONDS');
  });
});

describe('PGLITE_SHARED_BUFFERS', () => {
  const sharedBuffers = (value: string) => {
    const { database } = loadConfig({ PGLITE_SHARED_BUFFERS: value });
    return database.kind === 'pglite' ? database.sharedBuffers : 'not embedded';
  };

  it('reads a size as PostgreSQL writes it, whatever the case of its unit', () => {
    expect(sharedBuffers('8MB')).toBe('8MB');
    expect(sharedBuffers('512kb')).toBe('512kB');
    expect(sharedBuffers(' 1gb ')).toBe('1GB');
    expect(sharedBuffers('')).toBeUndefined();
  });

  it.each(['8', 'lots', '8 TB', '64kB'])('refuses "%s", naming the variable', (value) => {
    expect(() => loadConfig({ PGLITE_SHARED_BUFFERS: value })).toThrow(ConfigError);
    expect(() => loadConfig({ PGLITE_SHARED_BUFFERS: value })).toThrow(/PGLITE_SHARED_BUFFERS must be a size of at least 128kB/);
  });

  it('is the embedded database’s alone', () => {
    expect(loadConfig({ PGLITE_SHARED_BUFFERS: '8MB', DATABASE_URL: 'postgres://db/access' }).database).toEqual({ kind: 'postgres', url: 'postgres://db/access' });
  });
});
