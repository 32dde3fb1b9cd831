import { describe, expect, it } from 'vitest';
import { checkPolicyChange, policyChange } from './password-policy-form';

describe('the password policy form', () => {
  const policy = {
    minLength: 8,
    maxLength: 60,
    requireUpper: true,
    requireLower: true,
    requireDigit: true,
    requireSpecial: true,
    specialCharacters: '!@#',
    rejectCommon: true,
  };

  it('sends only the rules that changed', () => {
    expect(policyChange(policy, { minLength: '12', maxLength: '60', requireDigit: false, rejectCommon: true })).toEqual({ minLength: 12, requireDigit: false });
  });

  it('refuses an impossible policy next to its field', () => {
    expect(checkPolicyChange(policy, policyChange(policy, { minLength: '70' }))).toEqual({ maxLength: 'Maximum length cannot be below the minimum length' });
    expect(checkPolicyChange(policy, policyChange(policy, { specialCharacters: '' }))).toEqual({
      specialCharacters: 'List at least one special character, or stop requiring one',
    });
    expect(checkPolicyChange(policy, policyChange(policy, { specialCharacters: '', requireSpecial: false }))).toEqual({});
  });
});
