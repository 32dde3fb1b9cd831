import { checkPassword, type PasswordPolicy, type PasswordRule } from '@access/domain';
import { useTenantPasswordPolicy } from '../hooks/use-tenant-password-policy';
import './password-checklist.css';

interface ChecklistItem {
  rules: PasswordRule[];
  label: string;
}

/** The rules shown before anything is typed, in the order the domain checks them; only those the policy has. */
function rulesOf(policy: PasswordPolicy): ChecklistItem[] {
  const items: Array<ChecklistItem | false> = [
    { rules: ['min_length', 'max_length'], label: `${policy.minLength} to ${policy.maxLength} characters` },
    policy.requireUpper && { rules: ['upper'], label: 'An upper-case letter' },
    policy.requireLower && { rules: ['lower'], label: 'A lower-case letter' },
    policy.requireDigit && { rules: ['digit'], label: 'A digit' },
    policy.requireSpecial && { rules: ['special'], label: `A special character from ${policy.specialCharacters}` },
    policy.rejectCommon && { rules: ['common'], label: 'Not a common password' },
    { rules: ['contains_username', 'contains_email'], label: 'Not the username or email address' },
  ];
  return items.filter((item): item is ChecklistItem => item !== false);
}

const DIFFERENT: ChecklistItem = { rules: ['same_as_previous'], label: 'Different from the current password' };

export interface PasswordChecklistProps {
  password: string;
  /** Whose password it is, so the list also refuses their username and email. */
  username?: string;
  email?: string;
  /** The password being replaced, when known: adds "different from the current password". */
  previous?: string;
  /**
   * The rules to check instead of the organisation's: a super admin account follows the default
   * policy, even when its creator is inside a tenant with stricter rules.
   */
  policy?: PasswordPolicy;
  id?: string;
}

/**
 * The live password checklist: the rules `@access/domain` checks, under the organisation's policy
 * when signed in (the default one on public pages). The server runs the same check, so what is
 * ticked here is what it accepts. Shared by first sign-in, link pages, admin dialogs and Change password.
 */
export function PasswordChecklist({ password, username, email, previous, policy: given, id }: PasswordChecklistProps) {
  const tenantPolicy = useTenantPasswordPolicy({ skip: given !== undefined });
  const policy = given ?? tenantPolicy;
  const failed = new Set(checkPassword(password, policy, { username, email, previous }).failures.map((failure) => failure.rule));
  const typed = password.length > 0;
  const rules = rulesOf(policy);
  const items = previous === undefined ? rules : [...rules, DIFFERENT];
  return (
    <ul className="password-checklist" id={id} aria-label="Password rules">
      {items.map((item) => {
        const broken = item.rules.some((rule) => failed.has(rule));
        const state = !typed ? 'pending' : broken ? 'failed' : 'met';
        return (
          <li key={item.label} className={`password-checklist__item password-checklist__item--${state}`} data-state={state}>
            <span className="password-checklist__mark" aria-hidden="true">
              {state === 'met' ? '✓' : state === 'failed' ? '✕' : '•'}
            </span>
            {item.label}
            <span className="visually-hidden">{state === 'met' ? ' (met)' : state === 'failed' ? ' (not met)' : ''}</span>
          </li>
        );
      })}
    </ul>
  );
}
