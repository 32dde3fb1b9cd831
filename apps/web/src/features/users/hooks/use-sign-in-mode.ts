import { useQuery } from '@apollo/client/react';
import { SIGN_IN_OPTIONS_QUERY } from '../../auth/graphql/sign-in-options.query';
import { useViewer } from '../../auth/viewer-context';
import { PASSWORD_SIGN_IN, type SignInMode } from '../sign-in-mode';

/**
 * The organisation's sign-in mode (see SignInMode), from the viewer's tenant, which every signed-in
 * user of it may read; null only while an OIDC tenant's provider name (the sign-in button's) loads.
 */
export function useSignInMode(): SignInMode | null {
  const tenant = useViewer().tenant;
  const oidc = tenant?.authenticationMode === 'OIDC';
  const options = useQuery(SIGN_IN_OPTIONS_QUERY, { variables: { organisation: tenant?.slug ?? '' }, skip: !oidc });
  if (!tenant || !oidc) return PASSWORD_SIGN_IN;
  if (options.loading) return null;
  return {
    oidc: true,
    externalAuthorization: tenant.externalAuthorization,
    localPasswordFallback: tenant.localPasswordFallback,
    providerName: options.data?.signInOptions.sso?.displayName ?? null,
  };
}
