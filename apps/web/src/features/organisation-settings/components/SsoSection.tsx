import { useMutation } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useSaveForm } from '../../../forms/use-save-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { FormField } from '../../../ui/FormField';
import {
  REMOVE_SSO_CONFIGURATION_MUTATION,
  SSO_CONFIGURATION_QUERY,
  TEST_SSO_CONNECTION_MUTATION,
  UPDATE_SSO_CONFIGURATION_MUTATION,
  type SsoConfigurationValues,
} from '../graphql/sso-configuration.graphql';
import { CLAIM_FIELDS, checkSso, ssoFields, ssoFormValues, ssoInput, ssoRefusals, STANDARD_CLAIMS, type ClaimField, type RoleMappingRow, type SsoFormValues } from '../sso-form';
import { CopyableField } from './CopyableField';
import { SectionActions } from './SectionActions';
import { SsoConnectionResult } from './SsoConnectionResult';
import { SsoRoleMappingsTable } from './SsoRoleMappingsTable';

const CLAIM_LABELS: Record<ClaimField, string> = {
  username: 'Username claim',
  email: 'Email claim',
  firstName: 'First name claim',
  lastName: 'Last name claim',
  role: 'Role claim',
};

export interface SsoSectionProps {
  config: SsoConfigurationValues | null;
  roles: ReadonlyArray<{ id: string; name: string }>;
  /** People sign in through the provider now: it cannot be removed, and roles may depend on it. */
  inUse: boolean;
  externalAuthorization: boolean;
  readOnly: boolean;
}

const sameInput = (a: SsoFormValues, b: SsoFormValues) => JSON.stringify(ssoInput(a)) === JSON.stringify(ssoInput(b));

/** The organisation's OpenID provider: connection, claims, role mappings, a test and removal. */
export function SsoSection({ config, roles, inUse, externalAuthorization, readOnly }: SsoSectionProps) {
  const [values, setValues] = useState(() => ssoFormValues(config));
  const nextKey = useRef(values.roleMappings.length);
  const form = useSaveForm(ssoFields(values.roleMappings.length), ssoRefusals(values.roleMappings.length));
  const [update, updateState] = useMutation(UPDATE_SSO_CONFIGURATION_MUTATION);
  const [testConnection, testState] = useMutation(TEST_SSO_CONNECTION_MUTATION);
  const [remove, removeState] = useMutation(REMOVE_SSO_CONFIGURATION_MUTATION, {
    update: (cache) => cache.writeQuery({ query: SSO_CONFIGURATION_QUERY, data: { ssoConfiguration: null } }),
  });
  const [testError, setTestError] = useState<string | null>(null);
  const [confirmingRemove, setConfirmingRemove] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const [removed, setRemoved] = useState(false);

  const saved = ssoFormValues(config);
  const dirty = values.clientSecret.trim() !== '' || !sameInput(values, saved);
  const errors = form.errors.fields;

  const edit = (next: Partial<SsoFormValues>) => {
    form.clearSaved();
    setRemoved(false);
    setValues((current) => ({ ...current, ...next }));
  };
  const editRow = (index: number, row: Partial<RoleMappingRow>) =>
    edit({ roleMappings: values.roleMappings.map((current, at) => (at === index ? { ...current, ...row } : current)) });

  const save = form.onSubmit(
    async () => {
      const result = await update({
        variables: { input: ssoInput(values) },
        update: (cache, { data }) => {
          if (data) cache.writeQuery({ query: SSO_CONFIGURATION_QUERY, data: { ssoConfiguration: data.updateSsoConfiguration } });
        },
      });
      if (result.data) setValues(ssoFormValues(result.data.updateSsoConfiguration));
    },
    () => checkSso(values, { secretStored: Boolean(config?.clientSecretSet) }),
  );

  async function test() {
    setTestError(null);
    try {
      await testConnection({ variables: { issuerUrl: values.issuerUrl.trim() || null } });
    } catch (caught) {
      setTestError(errorDetails(caught).message);
    }
  }

  async function confirmRemove() {
    setRemoveError(null);
    try {
      await remove();
      setConfirmingRemove(false);
      setValues(ssoFormValues(null));
      form.clearErrors();
      form.clearSaved();
      setRemoved(true);
    } catch (caught) {
      setRemoveError(errorDetails(caught).message);
    }
  }

  const text = (field: 'displayName' | 'issuerUrl' | 'clientId', label: string, hint: string, extra: { type?: string; placeholder?: string } = {}) => (
    <FormField
      label={label}
      value={values[field]}
      disabled={readOnly}
      autoComplete="off"
      spellCheck={false}
      required
      error={errors[field]}
      hint={hint}
      onChange={(event) => edit({ [field]: event.target.value })}
      {...extra}
    />
  );

  return (
    <section className="card" aria-labelledby="sso-settings-title">
      <h2 className="card__title" id="sso-settings-title">
        Single sign-on
      </h2>
      <p className="card__lead">
        {!config
          ? 'Connect an OpenID Connect identity provider (Entra ID, Okta, Google Workspace, Keycloak…). Nobody signs in through it until sign-in is switched above.'
          : inUse
            ? `People of your organisation sign in through ${config.displayName}.`
            : `People can sign in through ${config.displayName} once sign-in is switched to single sign-on above.`}
      </p>
      {config && <CopyableField label="Redirect URI" value={config.redirectUri} />}
      {config && <p className="org-settings__note">Register this address with the provider as the redirect (callback) URI of the client.</p>}
      <form className="org-settings__form" onSubmit={save} noValidate aria-labelledby="sso-settings-title">
        <div className="org-settings__grid">
          {text('displayName', 'Display name', 'Shown on the sign-in button: “Sign in with …”.', { placeholder: 'Globex Identity' })}
          {text('issuerUrl', 'Issuer URL', 'The provider’s issuer; its discovery document is read from there.', {
            type: 'url',
            placeholder: 'https://login.example.com',
          })}
          {text('clientId', 'Client ID', 'The client the provider registered for Access.')}
          <FormField
            label="Client secret"
            type="password"
            value={values.clientSecret}
            disabled={readOnly}
            autoComplete="new-password"
            required={!config?.clientSecretSet}
            error={errors.clientSecret}
            hint={config?.clientSecretSet ? 'Stored; enter a new one to replace it. It is never shown again.' : 'The secret the provider issued; stored encrypted and never shown again.'}
            placeholder={config?.clientSecretSet ? '••••••••' : undefined}
            onChange={(event) => edit({ clientSecret: event.target.value })}
          />
          <FormField
            label="Scopes"
            value={values.scopes}
            disabled={readOnly}
            autoComplete="off"
            spellCheck={false}
            error={errors.scopes}
            hint="Requested besides openid, separated by spaces; add the one that carries groups or roles."
            onChange={(event) => edit({ scopes: event.target.value })}
          />
        </div>

        <fieldset className="org-settings__group">
          <legend>Claim mapping</legend>
          <p className="org-settings__note">Which claim of the provider fills each field. Empty uses the standard claim.</p>
          <div className="org-settings__grid">
            {CLAIM_FIELDS.map((field) => (
              <FormField
                key={field}
                label={CLAIM_LABELS[field]}
                value={values.claims[field]}
                disabled={readOnly}
                autoComplete="off"
                spellCheck={false}
                placeholder={field === 'role' ? 'groups' : STANDARD_CLAIMS[field]}
                error={errors[`claimMapping.${field}`]}
                hint={field === 'role' ? 'The claim listing the person’s groups or roles; the role mappings read it.' : undefined}
                onChange={(event) => edit({ claims: { ...values.claims, [field]: event.target.value } })}
              />
            ))}
          </div>
        </fieldset>

        <fieldset className="org-settings__group">
          <legend>Role mappings</legend>
          <p className="org-settings__note">
            A value of the role claim and the role it gives; the first value a person has decides.
            {externalAuthorization ? ' Roles follow these at every sign-in.' : ' They are used only while roles come from the identity provider (Sign-in, above).'}
          </p>
          {errors.roleMappings && <p className="field__error">{errors.roleMappings}</p>}
          <SsoRoleMappingsTable
            rows={values.roleMappings}
            roles={roles}
            errors={errors}
            readOnly={readOnly}
            onChange={editRow}
            onRemove={(index) => edit({ roleMappings: values.roleMappings.filter((_, at) => at !== index) })}
          />
          {!readOnly && (
            <div>
              <Button onClick={() => edit({ roleMappings: [...values.roleMappings, { key: nextKey.current++, claimValue: '', roleId: '' }] })}>
                Add role mapping
              </Button>
            </div>
          )}
        </fieldset>

        <SectionActions
          readOnly={readOnly}
          formError={form.errors.form}
          notSavedTitle="The single sign-on settings were not saved"
          saveLabel={config ? 'Save single sign-on' : 'Save provider'}
          savedText="Single sign-on saved."
          saved={form.saved}
          pending={updateState.loading}
          dirty={dirty}
          onDiscard={() => {
            setValues(saved);
            form.clearErrors();
          }}
        />
        {removed && <p className="org-settings__saved" role="status">The identity provider was removed.</p>}
      </form>

      {!readOnly && (
        <div className="org-settings__group">
          <div className="form-actions">
            <Button pending={testState.loading} disabled={!values.issuerUrl.trim() && !config} onClick={() => void test()}>
              Test connection
            </Button>
            {config && (
              <Button variant="danger" disabled={inUse} onClick={() => setConfirmingRemove(true)}>
                Remove provider…
              </Button>
            )}
          </div>
          {config && inUse && <p className="org-settings__note">To remove the provider, switch sign-in back to passwords first.</p>}
          {testError && <Alert title="The test did not run">{testError}</Alert>}
          {testState.data && !testError && <SsoConnectionResult report={testState.data.testSsoConnection} />}
        </div>
      )}
      {config && (
        <ConfirmDialog
          open={confirmingRemove}
          title={`Remove ${config.displayName}?`}
          confirmLabel="Remove provider"
          confirmVariant="danger"
          pending={removeState.loading}
          error={removeError}
          onConfirm={() => void confirmRemove()}
          onClose={() => setConfirmingRemove(false)}
        >
          <p>The connection, claim mapping and role mappings are deleted. Users who came from the provider stay, but cannot sign in until it is set up again.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
