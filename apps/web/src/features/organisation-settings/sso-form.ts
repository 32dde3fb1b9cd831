import type { UpdateSsoConfigurationInput } from '../../gql/graphql';
import type { FieldMessages } from '../../forms/use-save-form';
import type { FieldRefusal } from '../../forms/form-errors';
import type { SsoConfigurationValues } from './graphql/sso-configuration.graphql';

export const CLAIM_FIELDS = ['username', 'email', 'firstName', 'lastName', 'role'] as const;
export type ClaimField = (typeof CLAIM_FIELDS)[number];

/** The standard claims the server uses for an empty mapping; the role claim has none. */
export const STANDARD_CLAIMS: Record<Exclude<ClaimField, 'role'>, string> = {
  username: 'preferred_username',
  email: 'email',
  firstName: 'given_name',
  lastName: 'family_name',
};

export interface RoleMappingRow {
  /** Keeps a row's inputs in place while rows above it are removed. */
  key: number;
  claimValue: string;
  roleId: string;
}

export interface SsoFormValues {
  displayName: string;
  issuerUrl: string;
  clientId: string;
  /** Write-only: empty keeps the stored one. */
  clientSecret: string;
  /** Separated by spaces or commas, as providers list them. */
  scopes: string;
  claims: Record<ClaimField, string>;
  roleMappings: RoleMappingRow[];
}

/** The form, filled from the saved configuration, or empty with the server's default scopes. */
export function ssoFormValues(config: SsoConfigurationValues | null | undefined): SsoFormValues {
  return {
    displayName: config?.displayName ?? '',
    issuerUrl: config?.issuerUrl ?? '',
    clientId: config?.clientId ?? '',
    clientSecret: '',
    scopes: config ? config.scopes.join(' ') : 'email profile',
    claims: {
      username: config?.claimMapping.username ?? '',
      email: config?.claimMapping.email ?? '',
      firstName: config?.claimMapping.firstName ?? '',
      lastName: config?.claimMapping.lastName ?? '',
      role: config?.claimMapping.role ?? '',
    },
    // A row whose role was deleted since gives nothing; it shows with no role chosen.
    roleMappings: (config?.roleMappings ?? []).map((row, index) => ({ key: index, claimValue: row.claimValue, roleId: row.role?.id ?? '' })),
  };
}

export const splitScopes = (text: string): string[] => [...new Set(text.split(/[\s,]+/).filter((scope) => scope && scope !== 'openid'))];

export function ssoInput(values: SsoFormValues): UpdateSsoConfigurationInput {
  const claim = (field: ClaimField) => values.claims[field].trim() || null;
  return {
    displayName: values.displayName.trim(),
    issuerUrl: values.issuerUrl.trim(),
    clientId: values.clientId.trim(),
    clientSecret: values.clientSecret.trim() || null,
    scopes: splitScopes(values.scopes),
    claimMapping: { username: claim('username'), email: claim('email'), firstName: claim('firstName'), lastName: claim('lastName'), role: claim('role') },
    roleMappings: values.roleMappings.map((row) => ({ claimValue: row.claimValue.trim(), roleId: row.roleId })),
  };
}

/** Every field the server may name: the inputs, each claim, and each row's two cells. */
export function ssoFields(rows: number): string[] {
  const cells = Array.from({ length: rows }, (_, index) => [`roleMappings.${index}.claimValue`, `roleMappings.${index}.roleId`]).flat();
  return ['displayName', 'issuerUrl', 'clientId', 'clientSecret', 'scopes', ...CLAIM_FIELDS.map((field) => `claimMapping.${field}`), 'roleMappings', ...cells];
}

/** Refusals about a field that are not input errors: a role gone since, roles the provider must keep deciding. */
export function ssoRefusals(rows: number): FieldRefusal<string>[] {
  return [
    { code: 'CONFLICT', reason: 'EXTERNAL_AUTHORIZATION_NEEDS_ROLES', field: 'roleMappings' },
    ...Array.from({ length: rows }, (_, index) => ({
      code: 'NOT_FOUND',
      field: `roleMappings.${index}.roleId`,
      message: 'This role no longer exists. Choose another.',
    })),
  ];
}

/** What the server would refuse before looking anything up, in its words. */
export function checkSso(values: SsoFormValues, { secretStored }: { secretStored: boolean }): FieldMessages<string> {
  const messages: FieldMessages<string> = {};
  if (!values.displayName.trim()) messages.displayName = 'This is required';
  if (!values.issuerUrl.trim()) messages.issuerUrl = 'This is required';
  else if (!URL.canParse(values.issuerUrl.trim())) messages.issuerUrl = 'Enter the provider’s issuer URL, like https://login.example.com';
  if (!values.clientId.trim()) messages.clientId = 'This is required';
  if (!secretStored && !values.clientSecret.trim()) messages.clientSecret = 'Enter the client secret the provider issued';
  const seen = new Set<string>();
  values.roleMappings.forEach((row, index) => {
    const value = row.claimValue.trim();
    if (!value) messages[`roleMappings.${index}.claimValue`] = 'This is required';
    else if (seen.has(value)) messages[`roleMappings.${index}.claimValue`] = 'Each claim value can give one role only';
    seen.add(value);
    if (!row.roleId) messages[`roleMappings.${index}.roleId`] = 'Choose a role';
  });
  if (values.roleMappings.length > 0 && !values.claims.role.trim()) messages['claimMapping.role'] = 'Name the role claim the role mappings read';
  return messages;
}
