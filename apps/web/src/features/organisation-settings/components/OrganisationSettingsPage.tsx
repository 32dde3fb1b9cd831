import { useQuery } from '@apollo/client/react';
import { errorDetails } from '../../../apollo';
import { useCan, useViewer } from '../../auth/viewer-context';
import { ROLES_QUERY } from '../../roles/graphql/roles.graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { SSO_CONFIGURATION_QUERY } from '../graphql/sso-configuration.graphql';
import { TENANT_SETTINGS_QUERY } from '../graphql/tenant-settings.graphql';
import { PasswordPolicySection } from './PasswordPolicySection';
import { SecuritySettingsSection } from './SecuritySettingsSection';
import { SignInSettingsSection } from './SignInSettingsSection';
import { SsoSection } from './SsoSection';
import { TimeZoneSection } from './TimeZoneSection';
import './organisation-settings.css';

/**
 * Settings → Organisation settings: how people sign in, the security rules, the password policy
 * and the identity provider. Each section saves on its own; without the permission to change a
 * section, it is shown read-only.
 */
export function OrganisationSettingsPage() {
  const viewer = useViewer();
  const maySettingsUpdate = useCan('tenant.settings.update');
  const maySsoManage = useCan('tenant.sso.manage');
  const mayRolesRead = useCan('roles.read');
  const settingsQuery = useQuery(TENANT_SETTINGS_QUERY, { fetchPolicy: 'cache-and-network' });
  const ssoQuery = useQuery(SSO_CONFIGURATION_QUERY, { fetchPolicy: 'cache-and-network' });
  const { data: rolesData } = useQuery(ROLES_QUERY, { variables: { filter: null }, skip: !mayRolesRead });

  const settings = settingsQuery.data?.tenantSettings;
  const sso = ssoQuery.data ? ssoQuery.data.ssoConfiguration : undefined;
  const error = settingsQuery.error ?? ssoQuery.error;
  const title = 'Organisation settings';

  if (!settings || sso === undefined) {
    if (error) {
      return (
        <PageLayout title={title}>
          <Alert
            title="Could not load the settings"
            action={
              <Button
                onClick={() => {
                  void settingsQuery.refetch();
                  void ssoQuery.refetch();
                }}
              >
                Try again
              </Button>
            }
          >
            {errorDetails(error).message}
          </Alert>
        </PageLayout>
      );
    }
    return <Loading label="Loading the settings…" />;
  }

  const roles = (rolesData?.roles ?? []).filter((role) => !role.deletedAt).map(({ id, name }) => ({ id, name }));
  const oidc = settings.authenticationMode === 'OIDC';
  const readiness = {
    configured: sso !== null,
    rolesMapped: Boolean(sso?.claimMapping.role) && (sso?.roleMappings.length ?? 0) > 0,
    name: sso?.displayName ?? null,
  };

  return (
    <PageLayout
      title={title}
      description={`How people of ${viewer.tenant?.name ?? 'your organisation'} sign in, and the rules that keep their accounts safe.`}
    >
      <div className="org-settings">
        {!maySettingsUpdate && <Alert tone="info">You can view these settings but not change them.</Alert>}
        <SignInSettingsSection settings={settings} sso={readiness} roles={roles} readOnly={!maySettingsUpdate} />
        <SecuritySettingsSection settings={settings} readOnly={!maySettingsUpdate} />
        <TimeZoneSection timeZone={settings.timeZone} readOnly={!maySettingsUpdate} />
        <PasswordPolicySection policy={settings.passwordPolicy} oidc={oidc} readOnly={!maySettingsUpdate} />
        <SsoSection config={sso} roles={roles} inUse={oidc} externalAuthorization={settings.externalAuthorization} readOnly={!maySsoManage} />
      </div>
    </PageLayout>
  );
}
