import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { FieldRefusal } from '../../../forms/form-errors';
import { useSaveForm } from '../../../forms/use-save-form';
import type { AuthenticationMode } from '../../../gql/graphql';
import { SelectField } from '../../../ui/SelectField';
import { Switch } from '../../../ui/Switch';
import { UPDATE_TENANT_SETTINGS_MUTATION, type TenantSettingsValues } from '../graphql/tenant-settings.graphql';
import { checkSettingsChange, signInChange, signInValues, type SettingsField, type SignInEdits, type SsoReadiness } from '../settings-form';
import { SectionActions } from './SectionActions';

const FIELDS: readonly SettingsField[] = ['authenticationMode', 'externalAuthorization', 'localPasswordFallback', 'defaultRoleId'];

/** Refusals about one setting that are not input errors (see the server's updateTenantSettings). */
const REFUSALS: readonly FieldRefusal<SettingsField>[] = [
  { code: 'CONFLICT', reason: 'SSO_NOT_CONFIGURED', field: 'authenticationMode' },
  { code: 'CONFLICT', reason: 'DEFAULT_ROLE_REQUIRED', field: 'defaultRoleId' },
  { code: 'CONFLICT', reason: 'EXTERNAL_AUTHORIZATION_NEEDS_ROLES', field: 'externalAuthorization' },
  { code: 'NOT_FOUND', field: 'defaultRoleId', message: 'This role no longer exists. Choose another.' },
];

export interface SignInSettingsSectionProps {
  settings: TenantSettingsValues;
  /** What the saved provider configuration allows; its name, when there is one. */
  sso: SsoReadiness & { name: string | null };
  /** Roles to choose from; empty when the viewer may not list roles. */
  roles: ReadonlyArray<{ id: string; name: string }>;
  readOnly: boolean;
}

/** Authentication mode, the default role of provisioned users, and the provider's two options. */
export function SignInSettingsSection({ settings, sso, roles, readOnly }: SignInSettingsSectionProps) {
  const [edits, setEdits] = useState<SignInEdits>({});
  const form = useSaveForm(FIELDS, REFUSALS);
  const [update, { loading }] = useMutation(UPDATE_TENANT_SETTINGS_MUTATION);
  const values = signInValues(settings, edits);
  const change = signInChange(settings, edits);
  const dirty = Object.keys(change).length > 0;
  const oidc = values.authenticationMode === 'OIDC';
  const provider = sso.name ?? 'the identity provider';
  // The saved default role stays listed even when the viewer cannot list roles, or it was deleted.
  const roleOptions = settings.defaultRole && !roles.some((role) => role.id === settings.defaultRole?.id) ? [settings.defaultRole, ...roles] : roles;

  const edit = (next: SignInEdits) => {
    form.clearSaved();
    setEdits((current) => ({ ...current, ...next }));
  };
  const save = form.onSubmit(
    async () => {
      await update({ variables: { input: change } });
      setEdits({});
    },
    () => checkSettingsChange(settings, change, sso),
  );

  const mode = (value: AuthenticationMode, name: string, hint: string, disabled: boolean) => (
    <label className="org-settings__mode">
      <input
        type="radio"
        name="authenticationMode"
        value={value}
        checked={values.authenticationMode === value}
        disabled={readOnly || disabled}
        onChange={() => edit({ authenticationMode: value })}
      />
      <span>
        <span className="org-settings__mode-name">{name}</span>
        <span className="org-settings__mode-hint">{hint}</span>
      </span>
    </label>
  );

  return (
    <section className="card" aria-labelledby="sign-in-settings-title">
      <h2 className="card__title" id="sign-in-settings-title">
        Sign-in
      </h2>
      <p className="card__lead">How people of your organisation prove who they are. Super admins always sign in with their own password.</p>
      <form className="org-settings__form" onSubmit={save} noValidate aria-labelledby="sign-in-settings-title">
        <fieldset className="org-settings__group" aria-describedby={form.errors.fields.authenticationMode ? 'authentication-mode-error' : undefined}>
          <legend>Authentication mode</legend>
          <div className="org-settings__modes">
            {mode('INTERNAL', 'Passwords', 'Access keeps each person’s password, with the policy and lockout below.', false)}
            {mode(
              'OIDC',
              'Single sign-on (OpenID Connect)',
              sso.configured
                ? `People sign in through ${provider}; someone new is added at their first sign-in.`
                : 'Set up the identity provider under Single sign-on below first.',
              !sso.configured && settings.authenticationMode !== 'OIDC',
            )}
          </div>
          {form.errors.fields.authenticationMode && (
            <p className="field__error" id="authentication-mode-error">
              {form.errors.fields.authenticationMode}
            </p>
          )}
        </fieldset>

        <SelectField
          label="Default role for new single sign-on users"
          value={values.defaultRoleId}
          disabled={readOnly || roles.length === 0}
          error={form.errors.fields.defaultRoleId}
          hint={
            roles.length === 0 && !readOnly
              ? 'Choosing a role needs permission to view roles.'
              : 'The role someone starts with at their first sign-in, when no role mapping gives them one.'
          }
          onChange={(event) => edit({ defaultRoleId: event.target.value })}
        >
          <option value="">No default role</option>
          {roleOptions.map((role) => (
            <option key={role.id} value={role.id}>
              {role.name}
            </option>
          ))}
        </SelectField>

        <Switch
          label="Roles come from the identity provider (external authorization)"
          checked={values.externalAuthorization}
          disabled={readOnly || !oidc || (!sso.rolesMapped && !values.externalAuthorization)}
          error={form.errors.fields.externalAuthorization}
          onChange={(value) => edit({ externalAuthorization: value })}
          hint={
            !oidc
              ? 'Only with single sign-on.'
              : sso.rolesMapped
                ? 'Each person’s role follows the role claim at every sign-in, through the role mappings below; roles cannot be changed here.'
                : 'Map the role claim to roles under Single sign-on first.'
          }
        />
        <Switch
          label="Local password fallback"
          checked={values.localPasswordFallback}
          disabled={readOnly || !oidc}
          error={form.errors.fields.localPasswordFallback}
          onChange={(value) => edit({ localPasswordFallback: value })}
          hint={
            oidc
              ? 'People who already have a password here may still sign in with it, for example if the provider is down. Off: everyone signs in through the provider.'
              : 'Only with single sign-on.'
          }
        />

        <SectionActions
          readOnly={readOnly}
          formError={form.errors.form}
          notSavedTitle="The sign-in settings were not saved"
          saveLabel="Save sign-in settings"
          savedText="Sign-in settings saved."
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
