import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkTenantSettingsChange, effectiveTenantSettings, TENANT_SETTING_LIMITS, type PlatformDefaults } from './settings.js';

const DEFAULTS: PlatformDefaults = { lockoutMaxFailures: 5, lockoutSeconds: 900, lockoutMaxSeconds: 86_400, sessionLifetimeDays: 30, accessTokenTtlSeconds: 900 };
const current = effectiveTenantSettings(null, DEFAULTS);

describe('tenant settings', () => {
  it('fall back to the platform defaults for anything the tenant has not set', () => {
    expect(effectiveTenantSettings(null, DEFAULTS)).toEqual({
      authenticationMode: 'internal',
      externalAuthorization: false,
      localPasswordFallback: false,
      twoFactorRequiredForAll: false,
      timeZone: 'UTC',
      ...DEFAULTS,
    });
    expect(effectiveTenantSettings({ lockoutMaxFailures: 8, sessionLifetimeDays: undefined }, DEFAULTS)).toMatchObject({ lockoutMaxFailures: 8, sessionLifetimeDays: 30 });
  });

  it('accepts a change within the limits and returns the whole result', () => {
    expect(checkTenantSettingsChange(current, { lockoutMaxFailures: 10, twoFactorRequiredForAll: true })).toEqual({
      ok: true,
      settings: { ...current, lockoutMaxFailures: 10, twoFactorRequiredForAll: true },
    });
  });

  it('refuses each number outside its limits, naming the field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(TENANT_SETTING_LIMITS) as Array<keyof typeof TENANT_SETTING_LIMITS>)), fc.integer({ min: -10, max: 5_000_000 }), (field, value) => {
        const { min, max } = TENANT_SETTING_LIMITS[field];
        const base = { ...current, lockoutSeconds: 60, lockoutMaxSeconds: 2_592_000 };
        const result = checkTenantSettingsChange(base, { [field]: value });
        const inRange = value >= min && value <= max;
        const orderBroken = (field === 'lockoutMaxSeconds' && value < base.lockoutSeconds) || (field === 'lockoutSeconds' && value > base.lockoutMaxSeconds);
        expect(result.ok).toBe(inRange && !orderBroken);
        if (!inRange && !result.ok) expect(result.problems.map((problem) => problem.field)).toContain(field);
      }),
    );
    expect(checkTenantSettingsChange(current, { accessTokenTtlSeconds: 90.5 }).ok).toBe(false);
  });

  it('refuses a longest lockout shorter than the first', () => {
    expect(checkTenantSettingsChange(current, { lockoutSeconds: 3_600, lockoutMaxSeconds: 600 })).toEqual({
      ok: false,
      problems: [{ field: 'lockoutMaxSeconds', message: 'The longest lockout cannot be shorter than the first one' }],
    });
  });

  it('allows provider-only options only with a provider, and clears them when leaving it', () => {
    const refused = checkTenantSettingsChange(current, { externalAuthorization: true, localPasswordFallback: true });
    expect(refused.ok ? [] : refused.problems.map((problem) => problem.field)).toEqual(['externalAuthorization', 'localPasswordFallback']);
    const oidc = checkTenantSettingsChange(current, { authenticationMode: 'oidc', externalAuthorization: true, localPasswordFallback: true });
    expect(oidc).toMatchObject({ ok: true, settings: { authenticationMode: 'oidc', externalAuthorization: true, localPasswordFallback: true } });
    const back = checkTenantSettingsChange((oidc as { settings: typeof current }).settings, { authenticationMode: 'internal' });
    expect(back).toMatchObject({ ok: true, settings: { authenticationMode: 'internal', externalAuthorization: false, localPasswordFallback: false } });
  });

  it('takes a known time zone and refuses an unknown one on its field', () => {
    expect(checkTenantSettingsChange(current, { timeZone: 'Pacific/Auckland' })).toEqual({ ok: true, settings: { ...current, timeZone: 'Pacific/Auckland' } });
    expect(checkTenantSettingsChange(current, { timeZone: 'Asia/Calcutta' }).ok).toBe(true);
    const refused = checkTenantSettingsChange(current, { timeZone: 'Europe/Atlantis' });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.problems).toEqual([{ field: 'timeZone', message: expect.stringContaining('not a known time zone') }]);
  });
});
