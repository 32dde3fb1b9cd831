import 'reflect-metadata';
import { GraphQLObjectType, GraphQLSchema, specifiedDirectives } from 'graphql';
import { MapperKind, mapSchema, printSchemaWithDirectives } from '@graphql-tools/utils';
import { buildSchema } from 'type-graphql';
import { accessResolvers } from '../modules/access/resolvers.js';
import { ApiTokensResolver } from '../modules/api-tokens/api-tokens.resolver.js';
import { approvalsResolvers } from '../modules/approvals/resolvers.js';
import { AuditResolver } from '../modules/audit/audit.resolver.js';
import { AuthResolver } from '../modules/auth/auth.resolver.js';
import { ViewerFieldsResolver } from '../modules/auth/viewer-fields.resolver.js';
import { DeliveryResolver } from '../modules/mail/delivery.resolver.js';
import { OutboxResolver } from '../modules/mail/outbox.resolver.js';
import { plannerResolvers } from '../modules/planner/resolvers.js';
import { portalResolvers } from '../modules/portal/resolvers.js';
import { rolesResolvers } from '../modules/roles/resolvers.js';
import { PasswordPolicyResolver } from '../modules/tenants/password-policy.resolver.js';
import { SuperAdminAccountsResolver } from '../modules/super-admins/accounts.resolver.js';
import { SuperAdminResolver } from '../modules/super-admins/super-admin.resolver.js';
import { TenantsResolver } from '../modules/tenants/tenants.resolver.js';
import { TenantSettingsResolver } from '../modules/tenants/tenant-settings.resolver.js';
import { SsoResolver } from '../modules/sso/sso.resolver.js';
import { usersResolvers } from '../modules/users/resolvers.js';
import { enforceAuthorization } from './authorization.js';
import { authorizationDirectives, fieldGuardDirectives } from './directives.js';

export const resolvers = [
  AuthResolver,
  ViewerFieldsResolver,
  ...usersResolvers,
  ...rolesResolvers,
  ...accessResolvers,
  AuditResolver,
  OutboxResolver,
  DeliveryResolver,
  SuperAdminResolver,
  SuperAdminAccountsResolver,
  TenantsResolver,
  TenantSettingsResolver,
  SsoResolver,
  ApiTokensResolver,
  PasswordPolicyResolver,
  ...approvalsResolvers,
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
  return `${printSchemaWithDirectives(inStableOrder(schema)).trim()}\n`;
}

const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * type-graphql declares types and root fields in the order their modules are first evaluated, so
 * moving an import would reorder schema.graphql. Types and Query/Mutation fields are printed by
 * name; fields inside a type and arguments keep the order they are written in.
 */
function inStableOrder(schema: GraphQLSchema): GraphQLSchema {
  const sortedRoots = mapSchema(schema, {
    [MapperKind.ROOT_OBJECT]: (type) => {
      const config = type.toConfig();
      return new GraphQLObjectType({ ...config, fields: Object.fromEntries(Object.entries(config.fields).sort(([a], [b]) => byName(a, b))) });
    },
  });
  const config = sortedRoots.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types].sort((a, b) => byName(a.name, b.name)) });
}
