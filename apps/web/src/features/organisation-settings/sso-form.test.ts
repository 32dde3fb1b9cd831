import { describe, expect, it } from 'vitest';
import type { SsoConfigurationValues } from './graphql/sso-configuration.graphql';
import { checkSso, splitScopes, ssoFields, ssoFormValues, ssoInput } from './sso-form';

const saved: SsoConfigurationValues = {
  displayName: 'Globex Identity',
  issuerUrl: 'https://login.globex.example',
  clientId: 'access',
  clientSecretSet: true,
  scopes: ['email', 'profile', 'groups'],
  claimMapping: { username: 'preferred_username', email: 'email', firstName: 'given_name', lastName: 'family_name', role: 'groups' },
  roleMappings: [
    { claimValue: 'admins', role: { id: 'r-admin', name: 'Administrator' } },
    { claimValue: 'gone', role: null },
  ],
  redirectUri: 'https://access.example/sso/callback',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

describe('the single sign-on form', () => {
  it('starts from the saved configuration, never with a secret, and sends it back as it was', () => {
    const values = ssoFormValues(saved);
    expect(values.clientSecret).toBe('');
    expect(values.roleMappings.map((row) => row.roleId)).toEqual(['r-admin', '']);
    expect(ssoInput({ ...values, roleMappings: values.roleMappings.slice(0, 1) })).toEqual({
      displayName: 'Globex Identity',
      issuerUrl: 'https://login.globex.example',
      clientId: 'access',
      clientSecret: null,
      scopes: ['email', 'profile', 'groups'],
      claimMapping: { username: 'preferred_username', email: 'email', firstName: 'given_name', lastName: 'family_name', role: 'groups' },
      roleMappings: [{ claimValue: 'admins', roleId: 'r-admin' }],
    });
  });

  it('starts empty with the default scopes, and lets the server fill empty claims', () => {
    const values = ssoFormValues(null);
    expect(values.scopes).toBe('email profile');
    expect(ssoInput(values).claimMapping).toEqual({ username: null, email: null, firstName: null, lastName: null, role: null });
  });

  it('reads scopes separated by spaces or commas, without openid or repeats', () => {
    expect(splitScopes('openid email, profile  groups email')).toEqual(['email', 'profile', 'groups']);
  });

  it('asks for the secret the first time only, and checks rows as the server does', () => {
    const empty = ssoFormValues(null);
    expect(Object.keys(checkSso(empty, { secretStored: false }))).toEqual(['displayName', 'issuerUrl', 'clientId', 'clientSecret']);
    const rows = {
      ...ssoFormValues(saved),
      claims: { ...ssoFormValues(saved).claims, role: '' },
      roleMappings: [
        { key: 1, claimValue: 'admins', roleId: 'r-admin' },
        { key: 2, claimValue: 'admins', roleId: '' },
      ],
    };
    expect(checkSso(rows, { secretStored: true })).toEqual({
      'roleMappings.1.claimValue': 'Each claim value can give one role only',
      'roleMappings.1.roleId': 'Choose a role',
      'claimMapping.role': 'Name the role claim the role mappings read',
    });
    expect(checkSso({ ...ssoFormValues(saved), issuerUrl: 'login.example' }, { secretStored: true })).toHaveProperty('issuerUrl');
  });

  it('knows each row’s cells by their input path', () => {
    expect(ssoFields(1)).toEqual(expect.arrayContaining(['claimMapping.role', 'roleMappings.0.claimValue', 'roleMappings.0.roleId']));
    expect(ssoFields(1)).not.toContain('roleMappings.1.roleId');
  });
});
