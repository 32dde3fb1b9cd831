import { defaultFieldResolver, type GraphQLFieldConfig, type GraphQLSchema } from 'graphql';
import { getDirective, MapperKind, mapSchema } from '@graphql-tools/utils';
import { PortalStatus, portalStatusOf } from '../modules/portal/standing.js';
import type { Context } from './context.js';
import { ForbiddenError, UnauthenticatedError } from '../kernel/errors.js';

type Rule = (context: Context) => Promise<void>;

const PASSWORD_CHANGE_FIRST = () =>
  new ForbiddenError('Choose a new password first', { reason: 'PASSWORD_CHANGE_REQUIRED' });

const PORTAL_ONLY = () =>
  new ForbiddenError('External workers can use the worker portal only', { reason: 'PORTAL_ONLY' });

/** A principal that still has to choose a password may call nothing else. */
function assertNoPendingPasswordChange(context: Context): void {
  if (context.principal?.kind === 'user' && context.principal.pendingPasswordChange) throw PASSWORD_CHANGE_FIRST();
}

function ruleFor(schema: GraphQLSchema, field: GraphQLFieldConfig<unknown, Context>): Rule | undefined {
  const permission = getDirective(schema, field, 'requiresPermission')?.[0] as { key: string } | undefined;
  if (permission) {
    return async (context) => {
      if (!context.principal) throw new UnauthenticatedError();
      assertNoPendingPasswordChange(context);
      if (context.principal.kind === 'user' && context.principal.origin === 'external') throw PORTAL_ONLY();
      const permissions = await context.permissions();
      if (!permissions.has(permission.key)) {
        throw new ForbiddenError(`This needs the permission "${permission.key}"`, { permission: permission.key });
      }
    };
  }
  const superAdmin = getDirective(schema, field, 'requiresSuperAdmin')?.[0] as { inTenant: boolean } | undefined;
  if (superAdmin) {
    return async (context) => {
      if (!context.principal) throw new UnauthenticatedError();
      if (context.principal.kind !== 'super_admin') throw new ForbiddenError('Only a platform super admin can do this');
      if (superAdmin.inTenant && !context.principal.activeTenantId) {
        throw new ForbiddenError('Enter the tenant in Super Admin Active mode first', { reason: 'NOT_IN_TENANT' });
      }
    };
  }
  const authenticated = getDirective(schema, field, 'authenticated')?.[0] as { allowPendingPasswordChange: boolean } | undefined;
  if (authenticated) {
    return async (context) => {
      if (!context.principal) throw new UnauthenticatedError();
      if (!authenticated.allowPendingPasswordChange) assertNoPendingPasswordChange(context);
    };
  }
  if (getDirective(schema, field, 'self')?.[0]) {
    // Ownership itself is structural: these resolvers take the owner from the principal only.
    return async (context) => {
      if (!context.principal) throw new UnauthenticatedError();
      assertNoPendingPasswordChange(context);
    };
  }
  if (getDirective(schema, field, 'portal')?.[0]) {
    return async (context) => {
      if (!context.principal) throw new UnauthenticatedError();
      assertNoPendingPasswordChange(context);
      const status = portalStatusOf(context.principal);
      if (status === PortalStatus.ACCESS_OFF) {
        throw new ForbiddenError('Your portal access is paused. Contact your scheduler.', { reason: 'PORTAL_ACCESS_OFF' });
      }
      if (status === PortalStatus.NOT_A_PLANNER_USER) {
        throw new ForbiddenError('The worker portal is for people on the schedule', { reason: 'NOT_A_PLANNER_USER' });
      }
    };
  }
  return undefined;
}

/** Wraps every field that carries an authorization directive with the check it declares. */
export function enforceAuthorization(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (fieldConfig) => {
      const field = fieldConfig as GraphQLFieldConfig<unknown, Context>;
      const resolve = field.resolve ?? defaultFieldResolver;
      const visibleWith = getDirective(schema, field, 'visibleWith')?.[0] as { permission: string } | undefined;
      if (visibleWith) {
        return {
          ...field,
          resolve: async (source, args, context, info) =>
            (await context.permissions()).has(visibleWith.permission) ? resolve(source, args, context, info) : null,
        };
      }
      const rule = ruleFor(schema, field);
      if (!rule) return fieldConfig;
      return {
        ...field,
        resolve: async (source, args, context, info) => {
          await rule(context);
          return resolve(source, args, context, info);
        },
      };
    },
  });
}
