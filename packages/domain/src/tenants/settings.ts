/**
 * A tenant's security settings: what its administrators may tune, each within limits that keep
 * the tenant usable and safe. Values a tenant has not set fall back to the platform's defaults
 * (the server's environment), so an operator can change a default for every tenant at once.
 */
import { DEFAULT_TIME_ZONE, isKnownTimeZone } from './time-zone.js';

export const AUTHENTICATION_MODES = ['internal', 'oidc'] as const;
export type AuthenticationMode = (typeof AUTHENTICATION_MODES)[number];

export interface TenantSettings {
  /** internal: passwords kept by Access; oidc: people sign in through the tenant's identity provider. */
  authenticationMode: AuthenticationMode;
  /** With oidc: the provider's role claim decides each user's role at every sign-in. */
  externalAuthorization: boolean;
  /** With oidc: users who already have a password may still use it (off by default). */
  localPasswordFallback: boolean;
  /** Every user must enrol an authenticator, whatever their own flag says. */
  twoFactorRequiredForAll: boolean;
  /** Failed sign-ins (password or code) before an account is locked. */
  lockoutMaxFailures: number;
  /** The first lockout; each further failure doubles it up to lockoutMaxSeconds. */
  lockoutSeconds: number;
  lockoutMaxSeconds: number;
  /** How long a sign-in lasts before the person must sign in again (refresh session). */
  sessionLifetimeDays: number;
  /** How long one access token lives; the SPA renews it silently within the session. */
  accessTokenTtlSeconds: number;
  /** IANA zone the organisation's days and shift times are read in; each person may choose their own. */
  timeZone: string;
}

export type PlatformDefaults = Pick<TenantSettings, 'lockoutMaxFailures' | 'lockoutSeconds' | 'lockoutMaxSeconds' | 'sessionLifetimeDays' | 'accessTokenTtlSeconds'>;

export type TenantSettingsOverrides = Partial<TenantSettings>;

type NumericSetting = keyof PlatformDefaults;

/** Bounds an administrator may choose within; the platform defaults themselves are not held to them. */
export const TENANT_SETTING_LIMITS: Readonly<Record<NumericSetting, { min: number; max: number; unit: string }>> = {
  lockoutMaxFailures: { min: 3, max: 100, unit: 'failed attempts' },
  lockoutSeconds: { min: 60, max: 86_400, unit: 'seconds' },
  lockoutMaxSeconds: { min: 60, max: 2_592_000, unit: 'seconds' },
  sessionLifetimeDays: { min: 1, max: 365, unit: 'days' },
  accessTokenTtlSeconds: { min: 60, max: 3_600, unit: 'seconds' },
};

export interface TenantSettingsProblem {
  field: keyof TenantSettings;
  message: string;
}

export type TenantSettingsResult = { ok: true; settings: TenantSettings } | { ok: false; problems: TenantSettingsProblem[] };

const BOOLEAN_DEFAULTS = { externalAuthorization: false, localPasswordFallback: false, twoFactorRequiredForAll: false } as const;

/** The settings in force: the tenant's own values over the platform defaults. Never refuses. */
export function effectiveTenantSettings(stored: TenantSettingsOverrides | null | undefined, defaults: PlatformDefaults): TenantSettings {
  return { authenticationMode: 'internal', ...BOOLEAN_DEFAULTS, timeZone: DEFAULT_TIME_ZONE, ...defaults, ...definedOnly(stored ?? {}) };
}

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined && value !== null)) as Partial<T>;
}

/**
 * Checks a change against the current settings: each number within its limits, and combinations
 * that make sense (a maximum lockout no shorter than the first, provider-only options only with a
 * provider). Returns the whole resulting settings, or every problem found.
 */
export function checkTenantSettingsChange(current: TenantSettings, change: TenantSettingsOverrides): TenantSettingsResult {
  const next: TenantSettings = { ...current, ...definedOnly(change) };
  const problems: TenantSettingsProblem[] = [];
  for (const field of Object.keys(TENANT_SETTING_LIMITS) as NumericSetting[]) {
    if (change[field] === undefined || change[field] === null) continue;
    const { min, max, unit } = TENANT_SETTING_LIMITS[field];
    const value = next[field];
    if (!Number.isInteger(value) || value < min || value > max) problems.push({ field, message: `Choose a whole number from ${min} to ${max} ${unit}` });
  }
  if (next.lockoutMaxSeconds < next.lockoutSeconds) {
    problems.push({ field: 'lockoutMaxSeconds', message: 'The longest lockout cannot be shorter than the first one' });
  }
  if (change.timeZone !== undefined && change.timeZone !== null && !isKnownTimeZone(change.timeZone)) {
    problems.push({ field: 'timeZone', message: `${String(change.timeZone)} is not a known time zone: choose one such as Europe/Amsterdam` });
  }
  if (!AUTHENTICATION_MODES.includes(next.authenticationMode)) problems.push({ field: 'authenticationMode', message: 'Choose internal or OIDC sign-in' });
  if (next.authenticationMode === 'internal' && change.externalAuthorization === true) {
    problems.push({ field: 'externalAuthorization', message: 'Roles can come from the identity provider only when people sign in through it' });
  }
  if (next.authenticationMode === 'internal' && change.localPasswordFallback === true) {
    problems.push({ field: 'localPasswordFallback', message: 'A password fallback applies only when people sign in through an identity provider' });
  }
  if (problems.length > 0) return { ok: false, problems };
  // Leaving the provider turns its options off, so switching back later starts from a clean slate.
  if (next.authenticationMode === 'internal') return { ok: true, settings: { ...next, externalAuthorization: false, localPasswordFallback: false } };
  return { ok: true, settings: next };
}
