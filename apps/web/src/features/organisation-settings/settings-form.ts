import {
  checkTenantSettingsChange,
  TENANT_SETTING_LIMITS,
  type PlatformDefaults,
  type TenantSettings,
  type TenantSettingsOverrides,
} from '@access/domain';
import type { AuthenticationMode, UpdateTenantSettingsInput } from '../../gql/graphql';
import type { FieldMessages } from '../../forms/use-save-form';
import type { TenantSettingsValues } from './graphql/tenant-settings.graphql';

/** The numeric settings, each with limits and a platform default. */
export type SecurityNumber = keyof PlatformDefaults;
export const SECURITY_NUMBERS = Object.keys(TENANT_SETTING_LIMITS) as SecurityNumber[];

export type SettingsField = keyof UpdateTenantSettingsInput;

/** What the sign-in section edits; unset: the saved value. */
export interface SignInEdits {
  authenticationMode?: AuthenticationMode;
  externalAuthorization?: boolean;
  localPasswordFallback?: boolean;
  defaultRoleId?: string;
}

/** What the security section edits: the numbers as typed. */
export type SecurityEdits = Partial<Record<SecurityNumber, string>> & { twoFactorRequiredForAll?: boolean };

/** What the provider configuration allows (see the server's ssoReadiness). */
export interface SsoReadiness {
  configured: boolean;
  rolesMapped: boolean;
}

const toDomainMode = (mode: AuthenticationMode): TenantSettings['authenticationMode'] => (mode === 'OIDC' ? 'oidc' : 'internal');

function toDomain(settings: TenantSettingsValues): TenantSettings {
  return {
    authenticationMode: toDomainMode(settings.authenticationMode),
    externalAuthorization: settings.externalAuthorization,
    localPasswordFallback: settings.localPasswordFallback,
    twoFactorRequiredForAll: settings.twoFactorRequiredForAll,
    timeZone: settings.timeZone,
    lockoutMaxFailures: settings.lockoutMaxFailures,
    lockoutSeconds: settings.lockoutSeconds,
    lockoutMaxSeconds: settings.lockoutMaxSeconds,
    sessionLifetimeDays: settings.sessionLifetimeDays,
    accessTokenTtlSeconds: settings.accessTokenTtlSeconds,
  };
}

/** The change in the domain's terms; the default role is no domain setting (the server checks it apart). */
function toDomainChange(input: UpdateTenantSettingsInput): TenantSettingsOverrides {
  const change: TenantSettingsOverrides = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || value === null || key === 'defaultRoleId') continue;
    Object.assign(change, { [key]: key === 'authenticationMode' ? toDomainMode(value as AuthenticationMode) : value });
  }
  return change;
}

/** A whole number as typed; anything else is NaN, which the domain check refuses by name. */
export const wholeNumber = (text: string): number => (/^\s*-?\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The sign-in values on screen: provider-only options read as off without a provider, as the server stores them. */
export function signInValues(settings: TenantSettingsValues, edits: SignInEdits) {
  const authenticationMode = edits.authenticationMode ?? settings.authenticationMode;
  const oidc = authenticationMode === 'OIDC';
  return {
    authenticationMode,
    externalAuthorization: oidc && (edits.externalAuthorization ?? settings.externalAuthorization),
    localPasswordFallback: oidc && (edits.localPasswordFallback ?? settings.localPasswordFallback),
    defaultRoleId: edits.defaultRoleId ?? settings.defaultRole?.id ?? '',
  };
}

/** The sign-in settings that differ from the saved ones. */
export function signInChange(settings: TenantSettingsValues, edits: SignInEdits): UpdateTenantSettingsInput {
  const next = signInValues(settings, edits);
  const input: UpdateTenantSettingsInput = {};
  if (next.authenticationMode !== settings.authenticationMode) input.authenticationMode = next.authenticationMode;
  // Leaving the provider turns its options off on the server; only a change within OIDC is sent.
  if (next.authenticationMode === 'OIDC') {
    if (next.externalAuthorization !== settings.externalAuthorization) input.externalAuthorization = next.externalAuthorization;
    if (next.localPasswordFallback !== settings.localPasswordFallback) input.localPasswordFallback = next.localPasswordFallback;
  }
  if (next.defaultRoleId && next.defaultRoleId !== settings.defaultRole?.id) input.defaultRoleId = next.defaultRoleId;
  return input;
}

/** The security settings that differ from the saved ones (numbers as typed, NaN when not one). */
export function securityChange(settings: TenantSettingsValues, edits: SecurityEdits): UpdateTenantSettingsInput {
  const input: UpdateTenantSettingsInput = {};
  if (edits.twoFactorRequiredForAll !== undefined && edits.twoFactorRequiredForAll !== settings.twoFactorRequiredForAll) {
    input.twoFactorRequiredForAll = edits.twoFactorRequiredForAll;
  }
  for (const field of SECURITY_NUMBERS) {
    const typed = edits[field];
    if (typed === undefined) continue;
    const value = wholeNumber(typed);
    if (value !== settings[field]) input[field] = value;
  }
  return input;
}

/**
 * The objections the server would raise to `input`: the domain's limits and combinations, then
 * what the provider configuration and the default role make possible.
 */
export function checkSettingsChange(settings: TenantSettingsValues, input: UpdateTenantSettingsInput, sso?: SsoReadiness): FieldMessages<SettingsField> {
  const messages: FieldMessages<SettingsField> = {};
  const checked = checkTenantSettingsChange(toDomain(settings), toDomainChange(input));
  if (!checked.ok) {
    for (const problem of checked.problems) messages[problem.field as SettingsField] ??= problem.message;
    return messages;
  }
  if (!sso) return messages;
  const next = checked.settings;
  if (next.authenticationMode === 'oidc' && settings.authenticationMode !== 'OIDC' && !sso.configured) {
    messages.authenticationMode = 'Set up the identity provider under Single sign-on before switching sign-in to it';
  }
  if (next.externalAuthorization && !settings.externalAuthorization && !sso.rolesMapped) {
    messages.externalAuthorization = "Map the provider's role claim to roles under Single sign-on before letting it decide roles";
  }
  if (next.authenticationMode === 'oidc' && !(input.defaultRoleId ?? settings.defaultRole?.id)) {
    messages.defaultRoleId = 'Choose the role new single sign-on users start with';
  }
  return messages;
}

const UNITS: ReadonlyArray<[number, string]> = [
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
  [1, 'second'],
];

/** 900 → "15 minutes", 5400 → "1 hour 30 minutes": a lifetime in seconds as people say it. */
export function spokenDuration(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds <= 0) return '';
  const parts: string[] = [];
  let rest = Math.round(seconds);
  for (const [size, unit] of UNITS) {
    const count = Math.floor(rest / size);
    if (count === 0) continue;
    parts.push(`${count} ${unit}${count === 1 ? '' : 's'}`);
    rest -= count * size;
    if (parts.length === 2) break;
  }
  return parts.join(' ');
}
