import { AccessResolver } from './access.resolver.js';
import { PermissionsReferenceResolver } from './permissions.resolver.js';

/** The Access module's permission queries and grants, and the Permissions Reference. */
export const accessResolvers = [AccessResolver, PermissionsReferenceResolver] as const;
