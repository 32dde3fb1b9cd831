import { TENANT_SETTING_LIMITS } from '@access/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useSaveForm } from '../../../forms/use-save-form';
import { FormField } from '../../../ui/FormField';
import { Switch } from '../../../ui/Switch';
import { UPDATE_TENANT_SETTINGS_MUTATION, type TenantSettingsValues } from '../graphql/tenant-settings.graphql';
import { checkSettingsChange, SECURITY_NUMBERS, securityChange, spokenDuration, type SecurityEdits, type SecurityNumber, type SettingsField } from '../settings-form';
import { SectionActions } from './SectionActions';

const FIELDS: readonly SettingsField[] = ['twoFactorRequiredForAll', ...SECURITY_NUMBERS];

const LABELS: Record<SecurityNumber, string> = {
  lockoutMaxFailures: 'Failed sign-ins before lockout',
  lockoutSeconds: 'First lockout (seconds)',
  lockoutMaxSeconds: 'Longest lockout (seconds)',
  sessionLifetimeDays: 'Session lifetime (days)',
  accessTokenTtlSeconds: 'Access token lifetime (seconds)',
};

const EXPLANATIONS: Record<SecurityNumber, string> = {
  lockoutMaxFailures: 'Wrong passwords or codes in a row before the account is locked for a while.',
  lockoutSeconds: 'Each further failure doubles it, up to the longest lockout.',
  lockoutMaxSeconds: 'The lockout never grows past this.',
  sessionLifetimeDays: 'How long a sign-in lasts before people must sign in again.',
  accessTokenTtlSeconds: 'Shorter means a deactivation takes hold sooner; the app renews tokens by itself.',
};

/** How the platform default reads next to each field: "Platform default: 900 (15 minutes)". */
function platformDefault(field: SecurityNumber, value: number): string {
  const { unit } = TENANT_SETTING_LIMITS[field];
  const spoken = unit === 'seconds' ? ` (${spokenDuration(value)})` : ` ${unit}`;
  return `Platform default: ${value}${spoken}.`;
}

export interface SecuritySettingsSectionProps {
  settings: TenantSettingsValues;
  readOnly: boolean;
}

/** Two-factor for everyone, lockout thresholds and lifetimes, each within the domain's limits. */
export function SecuritySettingsSection({ settings, readOnly }: SecuritySettingsSectionProps) {
  const [edits, setEdits] = useState<SecurityEdits>({});
  const form = useSaveForm(FIELDS);
  const [update, { loading }] = useMutation(UPDATE_TENANT_SETTINGS_MUTATION);
  const change = securityChange(settings, edits);
  const dirty = Object.keys(change).length > 0;

  const edit = (next: SecurityEdits) => {
    form.clearSaved();
    setEdits((current) => ({ ...current, ...next }));
  };
  const save = form.onSubmit(
    async () => {
      await update({ variables: { input: change } });
      setEdits({});
    },
    () => checkSettingsChange(settings, change),
  );

  return (
    <section className="card" aria-labelledby="security-settings-title">
      <h2 className="card__title" id="security-settings-title">
        Security
      </h2>
      <p className="card__lead">Apply to every sign-in with a password or a code. Fields you leave alone keep their current value.</p>
      <form className="org-settings__form" onSubmit={save} noValidate aria-labelledby="security-settings-title">
        <Switch
          label="Two-factor authentication for everyone"
          checked={edits.twoFactorRequiredForAll ?? settings.twoFactorRequiredForAll}
          disabled={readOnly}
          error={form.errors.fields.twoFactorRequiredForAll}
          onChange={(value) => edit({ twoFactorRequiredForAll: value })}
          hint="Everyone must enrol an authenticator app at their next sign-in, whatever their own setting says. Turning it off removes no authenticator: people who enrolled keep being asked for their code until their two-factor is reset on their user page."
        />
        <div className="org-settings__grid">
          {SECURITY_NUMBERS.map((field) => {
            const { min, max } = TENANT_SETTING_LIMITS[field];
            return (
              <FormField
                key={field}
                label={LABELS[field]}
                type="number"
                inputMode="numeric"
                min={min}
                max={max}
                step={1}
                value={edits[field] ?? String(settings[field])}
                disabled={readOnly}
                error={form.errors.fields[field]}
                hint={`${EXPLANATIONS[field]} ${platformDefault(field, settings.platformDefaults[field])}`}
                onChange={(event) => edit({ [field]: event.target.value })}
              />
            );
          })}
        </div>
        <SectionActions
          readOnly={readOnly}
          formError={form.errors.form}
          notSavedTitle="The security settings were not saved"
          saveLabel="Save security settings"
          savedText="Security settings saved."
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
