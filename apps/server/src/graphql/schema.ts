import 'reflect-metadata';
import { specifiedDirectives, type GraphQLSchema } from 'graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema } from 'type-graphql';
import { AccessResolver } from '../modules/access/access.resolver.js';
import { ApiTokensResolver } from '../modules/api-tokens/api-tokens.resolver.js';
import { HolidayDelegationFieldsResolver } from '../modules/approvals/holiday-delegation-fields.resolver.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { OutboxResolver } from '../modules/mail/outbox.resolver.js';
import { plannerResolvers } from '../modules/planner/resolvers.js';
import { portalResolvers } from '../modules/portal/resolvers.js';
// Not beside AccessResolver: type-graphql lists Query fields in the order their modules are first
// evaluated, and schema.graphql has permissionsReference after the portal's queries.
import { PermissionsReferenceResolver } from '../modules/access/permissions.resolver.js';
import { RoleFieldsResolver } from '../modules/roles/role-fields.resolver.js';
import { RolesResolver } from '../modules/roles/roles.resolver.js';
import { PasswordPolicyResolver } from '../modules/tenants/password-policy.resolver.js';
import { SuperAdminResolver } from '../modules/super-admins/super-admin.resolver.js';
import { usersResolvers } from '../modules/users/resolvers.js';
import { enforceAuthorization } from './authorization.js';
import { authorizationDirectives, fieldGuardDirectives } from './directives.js';

export const resolvers = [
  AuthResolver,
  ...usersResolvers,
  RolesResolver,
  RoleFieldsResolver,
  AccessResolver,
  PermissionsReferenceResolver,
  AuditResolver,
  OutboxResolver,
  SuperAdminResolver,
  ApiTokensResolver,
  PasswordPolicyResolver,
  HolidayDelegationFieldsResolver,
  ...portalResolvers,
  ...plannerResolvers,
] as const;

/** The schema exactly as declared: directives visible, not yet enforced. */
export async function buildDeclaredSchema(): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    directives: [...specifiedDirectives, ...authorizationDirectives, ...fieldGuardDirectives],
    validate: false,
  });
}

/** The schema the server executes: every authorization directive enforced. */
export async function buildExecutableSchema(): Promise<GraphQLSchema> {
  return enforceAuthorization(await buildDeclaredSchema());
}

export function printSdl(schema: GraphQLSchema): string {
  return `${printSchemaWithDirectives(schema).trim()}\n`;
}
