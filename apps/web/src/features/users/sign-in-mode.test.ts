import { describe, expect, it } from 'vitest';
import { identityEditedHere, managedBy, PASSWORD_SIGN_IN, passwordsManagedHere, rolesAssignedHere, usersCreatedHere, type SignInMode } from './sign-in-mode';

const oidc: SignInMode = { oidc: true, externalAuthorization: false, localPasswordFallback: false, providerName: 'Globex Identity' };
const internal = { origin: 'INTERNAL' as const };
const sso = { origin: 'SSO' as const };

describe('what the users pages offer by sign-in mode', () => {
  it('keeps everything with password sign-in, but the identities of single sign-on users', () => {
    expect(usersCreatedHere(PASSWORD_SIGN_IN)).toBe(true);
    expect(rolesAssignedHere(PASSWORD_SIGN_IN)).toBe(true);
    expect(passwordsManagedHere(PASSWORD_SIGN_IN, internal)).toBe(true);
    expect(identityEditedHere(PASSWORD_SIGN_IN, internal)).toBe(true);
    // A tenant back on passwords can give its former single sign-on users one.
    expect(passwordsManagedHere(PASSWORD_SIGN_IN, sso)).toBe(true);
    expect(identityEditedHere(PASSWORD_SIGN_IN, sso)).toBe(false);
  });

  it('leaves people, identities and passwords to the provider in OIDC mode', () => {
    expect(usersCreatedHere(oidc)).toBe(false);
    expect(identityEditedHere(oidc, internal)).toBe(false);
    expect(passwordsManagedHere(oidc, internal)).toBe(false);
    expect(passwordsManagedHere({ ...oidc, localPasswordFallback: true }, internal)).toBe(true);
    expect(passwordsManagedHere({ ...oidc, localPasswordFallback: true }, sso)).toBe(false);
  });

  it('locks roles only when the provider decides them', () => {
    expect(rolesAssignedHere(oidc)).toBe(true);
    expect(rolesAssignedHere({ ...oidc, externalAuthorization: true })).toBe(false);
    expect(rolesAssignedHere({ ...PASSWORD_SIGN_IN, externalAuthorization: true })).toBe(true);
  });

  it('names the provider, or says "the identity provider"', () => {
    expect(managedBy(oidc)).toBe('Managed by Globex Identity');
    expect(managedBy({ ...oidc, providerName: null })).toBe('Managed by the identity provider');
  });
});
