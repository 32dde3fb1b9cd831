import { OwnTimeZoneResolver } from './resolvers/own-time-zone.resolver.js';
import { UserActionsResolver } from './resolvers/user-actions.resolver.js';
import { UserFieldsResolver } from './resolvers/user-fields.resolver.js';
import { UsersResolver } from './resolvers/users.resolver.js';

/** The Users module's queries and mutations, and the field resolvers of User. */
export const usersResolvers = [UsersResolver, UserActionsResolver, UserFieldsResolver, OwnTimeZoneResolver] as const;
