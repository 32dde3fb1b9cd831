import { RoleFieldsResolver } from './role-fields.resolver.js';
import { RolesResolver } from './roles.resolver.js';

/** The Roles module's queries and mutations, and the field resolvers of Role. */
export const rolesResolvers = [RolesResolver, RoleFieldsResolver] as const;
