import { describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD_POLICY, resolvePasswordPolicy } from './policy.js';

describe('password policy', () => {
  it('defaults to seed 003: 8 to 60 characters, all four classes, specials !@#$%^&*_-', () => {
    expect(DEFAULT_PASSWORD_POLICY).toEqual({
      minLength: 8,
      maxLength: 60,
      requireUpper: true,
      requireLower: true,
      requireDigit: true,
      requireSpecial: true,
      specialCharacters: '!@#$%^&*_-',
      rejectCommon: true,
    });
  });

  it('merges tenant overrides over the default', () => {
    expect(resolvePasswordPolicy({ minLength: 12, requireSpecial: false })).toEqual({
      ok: true,
      policy: { ...DEFAULT_PASSWORD_POLICY, minLength: 12, requireSpecial: false },
    });
  });

  it('rejects nonsensical overrides with the field at fault', () => {
    expect(resolvePasswordPolicy({ minLength: 20, maxLength: 10 })).toEqual({
      ok: false,
      problems: [{ field: 'maxLength', message: 'Maximum length cannot be below the minimum length' }],
    });
    const bad = resolvePasswordPolicy({ minLength: 2.5, maxLength: 1000, specialCharacters: '' });
    expect(bad.ok ? [] : bad.problems.map((p) => p.field)).toEqual(['minLength', 'maxLength', 'specialCharacters']);
    const letters = resolvePasswordPolicy({ specialCharacters: 'a!' });
    expect(letters.ok).toBe(false);
  });
});
