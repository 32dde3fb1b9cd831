import { useQuery } from '@apollo/client/react';
import { SIGN_IN_OPTIONS_QUERY } from '../../auth/graphql/sign-in-options.query';
import { useCan, useViewer } from '../../auth/viewer-context';
import { TENANT_SIGN_IN_MODE_QUERY } from '../graphql/sign-in-mode.query';
import { PASSWORD_SIGN_IN, type SignInMode } from '../sign-in-mode';

/**
 * The organisation's sign-in mode (see SignInMode); null until known. The viewer query does not
 * carry it, so the settings answer for those who may read them, and the public sign-in options
 * (the ones the sign-in page shows) for everyone else. A failed lookup counts as password sign-in:
 * the server refuses what the provider manages anyway.
 */
export function useSignInMode(): SignInMode | null {
  const viewer = useViewer();
  const maySettingsRead = useCan('tenant.settings.read');
  const organisation = viewer.tenant?.slug ?? '';
  const settings = useQuery(TENANT_SIGN_IN_MODE_QUERY, { skip: !maySettingsRead || !organisation });
  const options = useQuery(SIGN_IN_OPTIONS_QUERY, { variables: { organisation }, skip: !organisation });

  if (!organisation) return PASSWORD_SIGN_IN;
  const providerName = options.data?.signInOptions.sso?.displayName ?? null;
  const tenantSettings = settings.data?.tenantSettings;
  if (tenantSettings) {
    // Wait for the provider's name rather than show a generic one for a moment.
    if (tenantSettings.authenticationMode === 'OIDC' && options.loading) return null;
    return {
      oidc: tenantSettings.authenticationMode === 'OIDC',
      externalAuthorization: tenantSettings.externalAuthorization,
      localPasswordFallback: tenantSettings.localPasswordFallback,
      providerName,
    };
  }
  if (maySettingsRead && !settings.error) return null;
  if (options.data) {
    const { sso, passwordSignIn } = options.data.signInOptions;
    return sso ? { oidc: true, externalAuthorization: null, localPasswordFallback: passwordSignIn, providerName } : PASSWORD_SIGN_IN;
  }
  return options.error ? PASSWORD_SIGN_IN : null;
}
