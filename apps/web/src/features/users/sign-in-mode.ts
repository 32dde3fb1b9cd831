import type { UserOrigin } from '../../gql/graphql';

/** How the organisation signs in, as the viewer's tenant says. */
export interface SignInMode {
  oidc: boolean;
  externalAuthorization: boolean;
  localPasswordFallback: boolean;
  /** The provider's name on the sign-in button, when one is known. */
  providerName: string | null;
}

export const PASSWORD_SIGN_IN: SignInMode = { oidc: false, externalAuthorization: false, localPasswordFallback: false, providerName: null };

/*
 * The server's rules (apps/server modules/users/sign-in-mode.ts), so the pages hide what it would
 * refuse with MANAGED_BY_IDENTITY_PROVIDER.
 */

/** In OIDC mode people arrive from the provider at their first sign-in. */
export const usersCreatedHere = (mode: SignInMode): boolean => !mode.oidc;

/**
 * Without a provider everyone may have a password (former single sign-on users too); with one, only
 * internal users the fallback lets keep theirs.
 */
export const passwordsManagedHere = (mode: SignInMode, user: { origin: UserOrigin }): boolean =>
  !mode.oidc || (user.origin !== 'SSO' && mode.localPasswordFallback);

/** Names and contact details come from the provider for its users, and for everyone in OIDC mode. */
export const identityEditedHere = (mode: SignInMode, user: { origin: UserOrigin }): boolean => user.origin !== 'SSO' && !mode.oidc;

/** With external authorization the provider's role claim decides every role. */
export const rolesAssignedHere = (mode: SignInMode): boolean => !(mode.oidc && mode.externalAuthorization);

/** "Managed by Globex Identity": who keeps what is read-only here. */
export const managedBy = (mode: SignInMode): string => `Managed by ${mode.providerName ?? 'the identity provider'}`;
