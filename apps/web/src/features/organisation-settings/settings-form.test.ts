import { describe, expect, it } from 'vitest';
import type { TenantSettingsValues } from './graphql/tenant-settings.graphql';
import { checkSettingsChange, securityChange, signInChange, signInValues, spokenDuration, wholeNumber } from './settings-form';

const settings: TenantSettingsValues = {
  authenticationMode: 'INTERNAL',
  externalAuthorization: false,
  localPasswordFallback: false,
  defaultRole: null,
  twoFactorRequiredForAll: false,
  lockoutMaxFailures: 5,
  lockoutSeconds: 900,
  lockoutMaxSeconds: 86_400,
  sessionLifetimeDays: 30,
  accessTokenTtlSeconds: 900,
  timeZone: 'UTC',
  passwordPolicy: {
    minLength: 8,
    maxLength: 60,
    requireUpper: true,
    requireLower: true,
    requireDigit: true,
    requireSpecial: true,
    specialCharacters: '!@#$%^&*_-',
    rejectCommon: true,
  },
  platformDefaults: { lockoutMaxFailures: 5, lockoutSeconds: 900, lockoutMaxSeconds: 86_400, sessionLifetimeDays: 30, accessTokenTtlSeconds: 900 },
};
const oidc: TenantSettingsValues = { ...settings, authenticationMode: 'OIDC', externalAuthorization: true, defaultRole: { id: 'r-worker', name: 'Worker' } };
const ready = { configured: true, rolesMapped: true };

describe('the security section', () => {
  it('sends only what changed, the numbers as numbers', () => {
    expect(securityChange(settings, { lockoutMaxFailures: '7', lockoutSeconds: '900', twoFactorRequiredForAll: false })).toEqual({ lockoutMaxFailures: 7 });
    expect(securityChange(settings, { twoFactorRequiredForAll: true })).toEqual({ twoFactorRequiredForAll: true });
  });

  it('refuses what the server refuses, next to the field, in the domain’s words', () => {
    expect(checkSettingsChange(settings, securityChange(settings, { lockoutMaxFailures: '2' }))).toEqual({
      lockoutMaxFailures: 'Choose a whole number from 3 to 100 failed attempts',
    });
    expect(checkSettingsChange(settings, securityChange(settings, { accessTokenTtlSeconds: 'soon' }))).toEqual({
      accessTokenTtlSeconds: 'Choose a whole number from 60 to 3600 seconds',
    });
    expect(checkSettingsChange(settings, securityChange(settings, { lockoutMaxSeconds: '600' }))).toEqual({
      lockoutMaxSeconds: 'The longest lockout cannot be shorter than the first one',
    });
    expect(checkSettingsChange(settings, securityChange(settings, { sessionLifetimeDays: '365' }))).toEqual({});
  });

  it('reads whole numbers only', () => {
    expect(wholeNumber(' 12 ')).toBe(12);
    expect(wholeNumber('1.5')).toBeNaN();
    expect(wholeNumber('')).toBeNaN();
  });
});

describe('the sign-in section', () => {
  it('shows and sends the provider’s options as off once sign-in goes back to passwords', () => {
    expect(signInValues(oidc, { authenticationMode: 'INTERNAL' })).toMatchObject({ externalAuthorization: false, localPasswordFallback: false });
    expect(signInChange(oidc, { authenticationMode: 'INTERNAL', localPasswordFallback: true })).toEqual({ authenticationMode: 'INTERNAL' });
    expect(signInChange(oidc, { localPasswordFallback: true, defaultRoleId: 'r-planner' })).toEqual({ localPasswordFallback: true, defaultRoleId: 'r-planner' });
    expect(signInChange(oidc, { defaultRoleId: 'r-worker' })).toEqual({});
  });

  it('needs a configured provider and a default role for OIDC, and mapped roles for external authorization', () => {
    const toOidc = signInChange(settings, { authenticationMode: 'OIDC' });
    expect(checkSettingsChange(settings, toOidc, { configured: false, rolesMapped: false })).toEqual({
      authenticationMode: 'Set up the identity provider under Single sign-on before switching sign-in to it',
      defaultRoleId: 'Choose the role new single sign-on users start with',
    });
    expect(checkSettingsChange(settings, { ...toOidc, defaultRoleId: 'r-worker' }, ready)).toEqual({});
    const external = signInChange(settings, { authenticationMode: 'OIDC', externalAuthorization: true, defaultRoleId: 'r-worker' });
    expect(checkSettingsChange(settings, external, { configured: true, rolesMapped: false })).toEqual({
      externalAuthorization: "Map the provider's role claim to roles under Single sign-on before letting it decide roles",
    });
  });

  it('refuses provider options without a provider, as the domain does', () => {
    expect(checkSettingsChange(settings, { localPasswordFallback: true }, ready)).toEqual({
      localPasswordFallback: 'A password fallback applies only when people sign in through an identity provider',
    });
  });
});

describe('spokenDuration', () => {
  it('says seconds the way people do', () => {
    expect(spokenDuration(900)).toBe('15 minutes');
    expect(spokenDuration(5_400)).toBe('1 hour 30 minutes');
    expect(spokenDuration(2_592_000)).toBe('30 days');
    expect(spokenDuration(61)).toBe('1 minute 1 second');
    expect(spokenDuration(Number.NaN)).toBe('');
  });
});
