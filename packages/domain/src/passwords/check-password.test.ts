import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPassword, isCommonPassword } from './check-password.js';
import { COMMON_PASSWORDS } from './common-passwords.js';
import { DEFAULT_PASSWORD_POLICY as policy } from './policy.js';

const rules = (pw: string, context = {}, p = policy) => checkPassword(pw, p, context).failures.map((f) => f.rule);

describe('checkPassword with the default policy', () => {
  it('accepts a password meeting every rule', () => {
    expect(checkPassword('Tr4vel-Lantern', policy)).toEqual({ ok: true, failures: [] });
  });

  it('reports every failed rule at once, with messages', () => {
    expect(checkPassword('xkq', policy)).toEqual({
      ok: false,
      failures: [
        { rule: 'min_length', message: 'Use at least 8 characters' },
        { rule: 'upper', message: 'Add an upper-case letter' },
        { rule: 'digit', message: 'Add a digit' },
        { rule: 'special', message: 'Add a special character from !@#$%^&*_-' },
      ],
    });
  });

  it('enforces the 8 to 60 length bounds exactly', () => {
    const base = 'Aa1!';
    expect(rules(`${base}wxy`)).toEqual(['min_length']);
    expect(rules(`${base}wxyz`)).toEqual([]);
    expect(rules(`${base}${'q'.repeat(56)}`)).toEqual([]);
    expect(rules(`${base}${'q'.repeat(57)}`)).toEqual(['max_length']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(rules('Aa1!😀😀😀😀')).toEqual([]);
    expect(rules('Aa1!😀😀😀')).toEqual(['min_length']);
  });

  it('requires each class', () => {
    expect(rules('lower-case-1')).toEqual(['upper']);
    expect(rules('UPPER-CASE-1')).toEqual(['lower']);
    expect(rules('NoDigits-here')).toEqual(['digit']);
    expect(rules('NoSpecial123x')).toEqual(['special']);
    expect(rules('Plus+Sign1abc')).toEqual(['special']);
  });

  it('refuses common passwords and their trivial variants, case-insensitively', () => {
    for (const pw of ['Password1!', 'P@ssw0rd!', 'Passw0rd_2024', 'Qwerty123!', 'Summer2024!', 'Welcome1!', '!Password1']) {
      expect(rules(pw), pw).toEqual(['common']);
    }
    expect(rules('password')).toContain('common');
  });

  it('does not flag a common word buried in a longer passphrase', () => {
    expect(rules('Dragon-Fruit-Salad-7')).toEqual([]);
    expect(isCommonPassword('dragonfly')).toBe(false);
  });

  it('flags every listed password in upper case', () => {
    for (const pw of COMMON_PASSWORDS) expect(isCommonPassword(pw.toUpperCase()), pw).toBe(true);
  });

  it('refuses the username, the email, the previous and the temporary password', () => {
    const context = { username: 'mlopez', email: 'maria.lopez@example.com', previous: 'Old-Pass-42x', temporary: 'Tmp-9xQ!wer' };
    expect(rules('Hi-mLopez-2025', context)).toEqual(['contains_username']);
    expect(rules('Maria.Lopez-2025', context)).toEqual(['contains_email']);
    expect(rules('Old-Pass-42x', context)).toEqual(['same_as_previous']);
    expect(checkPassword('Tmp-9xQ!wer', policy, context).failures).toEqual([
      { rule: 'same_as_temporary', message: 'Choose a new password, not the temporary one' },
    ]);
    expect(rules('Tmp-9xQ!wer', {})).toEqual([]);
  });

  it('ignores personal fragments too short to matter', () => {
    expect(rules('Jo-Bright-Lamp-7', { username: 'jo', email: 'jo@x.io' })).toEqual([]);
  });
});

describe('checkPassword with a tenant policy', () => {
  const relaxed = {
    ...policy,
    minLength: 12,
    maxLength: 20,
    requireUpper: false,
    requireSpecial: true,
    specialCharacters: '+',
    rejectCommon: false,
  };

  it('applies lengths, classes and the special set as configured', () => {
    expect(rules('all-lower-case-1', {}, relaxed)).toEqual(['special']);
    expect(rules('all+lower+case+1', {}, relaxed)).toEqual([]);
    expect(rules('short+1a', {}, relaxed)).toEqual(['min_length']);
    expect(checkPassword('short+1a', relaxed).failures[0]?.message).toBe('Use at least 12 characters');
    expect(rules('password123+password1', {}, relaxed)).toEqual(['max_length']);
  });

  it('lets a tenant turn off the common-password list', () => {
    expect(rules('Password1!', {}, { ...policy, rejectCommon: false })).toEqual([]);
  });

  it('never reports a class rule the policy does not require', () => {
    const none = { ...policy, requireUpper: false, requireLower: false, requireDigit: false, requireSpecial: false };
    fc.assert(
      fc.property(fc.string(), (pw) => {
        const failed = rules(pw, {}, none);
        for (const rule of ['upper', 'lower', 'digit', 'special']) expect(failed).not.toContain(rule);
      }),
    );
  });
});
