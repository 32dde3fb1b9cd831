import { DirectiveLocation, GraphQLBoolean, GraphQLDirective, GraphQLNonNull, GraphQLString } from 'graphql';
import type { PermissionKey } from '@access/domain';
import { Directive } from 'type-graphql';

/**
 * The authorization vocabulary of the schema. Every Query and Mutation field carries exactly one
 * of these; the printed SDL therefore documents who may call what, and `authorization.ts`
 * enforces exactly that.
 */
export const requiresPermissionDirective = new GraphQLDirective({
  name: 'requiresPermission',
  description: 'Callable by a signed-in tenant user whose effective permissions include `key` (active).',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { key: { type: new GraphQLNonNull(GraphQLString) } },
});

export const authenticatedDirective = new GraphQLDirective({
  name: 'authenticated',
  description:
    'Callable by anyone signed in (tenant user or platform super admin). With `allowPendingPasswordChange`, also by someone who still has to choose a new password.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { allowPendingPasswordChange: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: false } },
});

export const selfDirective = new GraphQLDirective({
  name: 'self',
  description:
    "Callable by anyone signed in, on their own records only: the owner is the caller's session, never an argument, so another person's record answers NOT_FOUND.",
  locations: [DirectiveLocation.FIELD_DEFINITION],
});

export const publicDirective = new GraphQLDirective({
  name: 'public',
  description: 'Deliberately callable without signing in.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
});

export const requiresSuperAdminDirective = new GraphQLDirective({
  name: 'requiresSuperAdmin',
  description: 'Callable by a platform super admin only; with `inTenant`, only while in Super Admin Active mode inside a tenant.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { inTenant: { type: new GraphQLNonNull(GraphQLBoolean), defaultValue: false } },
});

export const portalDirective = new GraphQLDirective({
  name: 'portal',
  description: 'Restricts a field to the worker portal: a signed-in planner user whose External Portal Access is on.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
});

export const visibleWithDirective = new GraphQLDirective({
  name: 'visibleWith',
  description:
    'A field-level guard on sensitive data: the value is null unless the caller holds `permission` (active). The rest of the object stays readable.',
  locations: [DirectiveLocation.FIELD_DEFINITION],
  args: { permission: { type: new GraphQLNonNull(GraphQLString) } },
});

export const authorizationDirectives = [
  requiresPermissionDirective,
  requiresSuperAdminDirective,
  authenticatedDirective,
  selfDirective,
  portalDirective,
  publicDirective,
];

/** Directives that guard object fields rather than operations. */
export const fieldGuardDirectives = [visibleWithDirective];
export const authorizationDirectiveNames = authorizationDirectives.map((directive) => directive.name);

/** Decorators with a typed permission key, so a typo is a compile error rather than a lockout. */
export const RequiresPermission = (key: PermissionKey) => Directive(`@requiresPermission(key: ${JSON.stringify(key)})`);
export const RequiresSuperAdmin = (options: { inTenant: boolean } = { inTenant: false }) =>
  Directive(options.inTenant ? '@requiresSuperAdmin(inTenant: true)' : '@requiresSuperAdmin');
export const VisibleWith = (permission: PermissionKey) => Directive(`@visibleWith(permission: ${JSON.stringify(permission)})`);
export const Authenticated = (options: { allowPendingPasswordChange: boolean } = { allowPendingPasswordChange: false }) =>
  Directive(options.allowPendingPasswordChange ? '@authenticated(allowPendingPasswordChange: true)' : '@authenticated');
export const Public = () => Directive('@public');
export const Self = () => Directive('@self');
export const Portal = () => Directive('@portal');
