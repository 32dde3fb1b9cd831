import type { Request, Response } from 'express';
import { refreshCookie } from '../http/refresh-cookie.js';
import { requestOrigin } from '../http/request-origin.js';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import { createApprovalLoaders, type ApprovalLoaders } from '../modules/approvals/loaders.js';
import { createPlannerLoaders, type PlannerLoaders } from '../modules/planner/loaders.js';
import { createRoleLoaders, type RoleLoaders } from '../modules/roles/loaders.js';
import { createUserLoaders, type UserLoaders } from '../modules/users/loaders.js';
import { actingTenantId } from '../modules/auth/principal.js';
import { principalFromToken } from '../modules/auth/token-principal.js';
import type { Context, RefreshCookie } from './context.js';

/** The token of an `Authorization: Bearer` header, or null. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

export function contextFactory(dataSource: DataSource, services: Services, logger: Logger) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<Context> => {
    const token = bearerToken(req);
    const principal = token ? await principalFromToken(services.auth, token) : null;
    let permissions: Promise<ReadonlySet<string>> | undefined;
    // The model this request is authorized with also knows each live role's own permissions.
    const accessModel =
      principal?.kind === 'user'
        ? async () => {
            const access = await services.accessCache.get(principal.tenantId, principal.accessVersion);
            return (roleId: string) => access.model.graph.get(roleId)?.permissions;
          }
        : undefined;
    const tenantId = actingTenantId(principal);
    // Made on first use: most requests touch one loader set or none, and no cookie.
    let roles: RoleLoaders | undefined;
    let users: UserLoaders | undefined;
    let planner: PlannerLoaders | undefined;
    let approvals: ApprovalLoaders | undefined;
    let cookie: RefreshCookie | undefined;
    let requestLogger: Logger | undefined;
    return {
      principal,
      permissions: () => (permissions ??= services.permissions.activePermissions(principal)),
      dataSource,
      services,
      loaders: {
        get roles() {
          return (roles ??= createRoleLoaders(dataSource, tenantId, accessModel));
        },
        get users() {
          return (users ??= createUserLoaders(dataSource, tenantId));
        },
        get planner() {
          return (planner ??= createPlannerLoaders(dataSource, tenantId));
        },
        get approvals() {
          return (approvals ??= createApprovalLoaders(dataSource, tenantId));
        },
      },
      get logger() {
        return (requestLogger ??= logger.child({ reqId: req.id }));
      },
      origin: requestOrigin(req),
      get refreshCookie() {
        return (cookie ??= refreshCookie(req, res));
      },
    };
  };
}
