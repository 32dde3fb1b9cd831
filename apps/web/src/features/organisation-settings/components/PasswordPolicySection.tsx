import { PASSWORD_LENGTH_LIMITS, type PasswordPolicy } from '@access/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useSaveForm } from '../../../forms/use-save-form';
import { FormField } from '../../../ui/FormField';
import { Switch } from '../../../ui/Switch';
import { UPDATE_PASSWORD_POLICY_MUTATION } from '../graphql/tenant-settings.graphql';
import { checkPolicyChange, POLICY_FIELDS, policyChange, type PolicyEdits, type PolicyFlag } from '../password-policy-form';
import { SectionActions } from './SectionActions';

const FLAGS: ReadonlyArray<[PolicyFlag, string]> = [
  ['requireUpper', 'An upper-case letter'],
  ['requireLower', 'A lower-case letter'],
  ['requireDigit', 'A digit'],
  ['requireSpecial', 'A special character'],
];

export interface PasswordPolicySectionProps {
  policy: PasswordPolicy;
  /** Passwords are not used by everyone: with single sign-on, only by super admins and a fallback. */
  oidc: boolean;
  readOnly: boolean;
}

/** The rules every new password of the organisation must meet; checked as the server checks them. */
export function PasswordPolicySection({ policy, oidc, readOnly }: PasswordPolicySectionProps) {
  const [edits, setEdits] = useState<PolicyEdits>({});
  const form = useSaveForm(POLICY_FIELDS);
  const [update, { loading }] = useMutation(UPDATE_PASSWORD_POLICY_MUTATION);
  const change = policyChange(policy, edits);
  const dirty = Object.keys(change).length > 0;
  const { min, max } = PASSWORD_LENGTH_LIMITS;

  const edit = (next: PolicyEdits) => {
    form.clearSaved();
    setEdits((current) => ({ ...current, ...next }));
  };
  const flag = (name: PolicyFlag) => edits[name] ?? policy[name];
  const save = form.onSubmit(
    async () => {
      await update({ variables: { input: change } });
      setEdits({});
    },
    () => checkPolicyChange(policy, change),
  );

  return (
    <section className="card" aria-labelledby="password-policy-title">
      <h2 className="card__title" id="password-policy-title">
        Password policy
      </h2>
      <p className="card__lead">
        Applies wherever a password is chosen: first sign-in, links, changes and resets. Existing passwords keep working.
        {oidc && ' With single sign-on it matters only for people allowed to keep a password.'}
      </p>
      <form className="org-settings__form" onSubmit={save} noValidate aria-labelledby="password-policy-title">
        <div className="org-settings__grid">
          {(['minLength', 'maxLength'] as const).map((field) => (
            <FormField
              key={field}
              label={field === 'minLength' ? 'Minimum length' : 'Maximum length'}
              type="number"
              inputMode="numeric"
              min={min}
              max={max}
              step={1}
              value={edits[field] ?? String(policy[field])}
              disabled={readOnly}
              error={form.errors.fields[field]}
              hint={`From ${min} to ${max} characters.`}
              onChange={(event) => edit({ [field]: event.target.value })}
            />
          ))}
        </div>
        <fieldset className="org-settings__group">
          <legend>Each password needs</legend>
          {FLAGS.map(([name, label]) => (
            <Switch key={name} label={label} checked={flag(name)} disabled={readOnly} error={form.errors.fields[name]} onChange={(value) => edit({ [name]: value })} />
          ))}
          <FormField
            label="Special characters"
            value={edits.specialCharacters ?? policy.specialCharacters}
            disabled={readOnly}
            autoComplete="off"
            spellCheck={false}
            className="org-settings__mono"
            error={form.errors.fields.specialCharacters}
            hint="The characters that count as special; no letters, digits or spaces."
            onChange={(event) => edit({ specialCharacters: event.target.value })}
          />
        </fieldset>
        <Switch
          label="Refuse common passwords"
          checked={flag('rejectCommon')}
          disabled={readOnly}
          error={form.errors.fields.rejectCommon}
          onChange={(value) => edit({ rejectCommon: value })}
          hint="Passwords from the list of the most common ones, and their trivial variants, are refused."
        />
        <SectionActions
          readOnly={readOnly}
          formError={form.errors.form}
          notSavedTitle="The password policy was not saved"
          saveLabel="Save password policy"
          savedText="Password policy saved."
          saved={form.saved}
          pending={loading}
          dirty={dirty}
          onDiscard={() => {
            setEdits({});
            form.clearErrors();
          }}
        />
      </form>
    </section>
  );
}
