import { resolvePasswordPolicy, type PasswordPolicy } from '@access/domain';
import type { PasswordPolicyInput } from '../../gql/graphql';
import type { FieldMessages } from '../../forms/use-save-form';
import { wholeNumber } from './settings-form';

export type PolicyField = keyof PasswordPolicy;
export type PolicyFlag = 'requireUpper' | 'requireLower' | 'requireDigit' | 'requireSpecial' | 'rejectCommon';
export const POLICY_FIELDS: readonly PolicyField[] = [
  'minLength',
  'maxLength',
  'requireUpper',
  'requireLower',
  'requireDigit',
  'requireSpecial',
  'specialCharacters',
  'rejectCommon',
];

/** What the policy section edits: lengths as typed. */
export type PolicyEdits = Partial<Record<'minLength' | 'maxLength' | 'specialCharacters', string> & Record<PolicyFlag, boolean>>;

/** The rules that differ from the saved ones (lengths as numbers, NaN when not one). */
export function policyChange(policy: PasswordPolicy, edits: PolicyEdits): PasswordPolicyInput {
  const input: PasswordPolicyInput = {};
  for (const field of ['minLength', 'maxLength'] as const) {
    const typed = edits[field];
    if (typed !== undefined && wholeNumber(typed) !== policy[field]) input[field] = wholeNumber(typed);
  }
  if (edits.specialCharacters !== undefined && edits.specialCharacters !== policy.specialCharacters) input.specialCharacters = edits.specialCharacters;
  for (const flag of ['requireUpper', 'requireLower', 'requireDigit', 'requireSpecial', 'rejectCommon'] as const) {
    const value = edits[flag];
    if (value !== undefined && value !== policy[flag]) input[flag] = value;
  }
  return input;
}

/** The domain's objections to the policy the change would leave, next to their fields. */
export function checkPolicyChange(policy: PasswordPolicy, input: PasswordPolicyInput): FieldMessages<PolicyField> {
  const changes = Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined && value !== null));
  const resolved = resolvePasswordPolicy({ ...policy, ...changes });
  const messages: FieldMessages<PolicyField> = {};
  if (!resolved.ok) for (const problem of resolved.problems) messages[problem.field] ??= problem.message;
  return messages;
}
