import type { Request, Response } from 'express';
import { refreshCookie } from '../http/refresh-cookie.js';
import { requestOrigin } from '../http/request-origin.js';
import type { DataSource } from 'typeorm';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import type { RequestOrigin } from '../modules/audit/audit-entry.entity.js';
import { createApprovalLoaders, type ApprovalLoaders } from '../modules/approvals/loaders.js';
import { createPlannerLoaders, type PlannerLoaders } from '../modules/planner/loaders.js';
import { createRoleLoaders, type OwnPermissionsOf, type RoleLoaders } from '../modules/roles/loaders.js';
import { createUserLoaders, type UserLoaders } from '../modules/users/loaders.js';
import { actingTenantId, type Principal } from '../modules/auth/principal.js';
import { principalFromToken } from '../modules/auth/token-principal.js';
import type { Context, RefreshCookie } from './context.js';

/** The token of an `Authorization: Bearer` header, or null. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

type AccessModel = () => Promise<OwnPermissionsOf>;

/** Each request's loader sets, made on first use: most requests touch one set or none. */
class RequestLoaders {
  private rolesMade?: RoleLoaders;
  private usersMade?: UserLoaders;
  private plannerMade?: PlannerLoaders;
  private approvalsMade?: ApprovalLoaders;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tenantId: string | null,
    private readonly accessModel: AccessModel | undefined,
  ) {}

  get roles(): RoleLoaders {
    return (this.rolesMade ??= createRoleLoaders(this.dataSource, this.tenantId, this.accessModel));
  }
  get users(): UserLoaders {
    return (this.usersMade ??= createUserLoaders(this.dataSource, this.tenantId));
  }
  get planner(): PlannerLoaders {
    return (this.plannerMade ??= createPlannerLoaders(this.dataSource, this.tenantId));
  }
  get approvals(): ApprovalLoaders {
    return (this.approvalsMade ??= createApprovalLoaders(this.dataSource, this.tenantId));
  }
}

/**
 * A request's context. The lazy parts are getters on the prototype, not on the object: Apollo
 * copies the context's own properties into a fresh object for every operation, which would call an
 * own getter and so build the request logger and the refresh cookie (the trusted-proxy walk of
 * `req.secure`) for every request.
 */
class RequestContext implements Context {
  private permissionsLoaded?: Promise<ReadonlySet<string>>;
  private requestLogger?: Logger;
  private cookie?: RefreshCookie;
  private originMade?: RequestOrigin;

  constructor(
    readonly principal: Principal | null,
    readonly dataSource: DataSource,
    readonly services: Services,
    readonly loaders: RequestLoaders,
    private readonly baseLogger: Logger,
    private readonly req: Request,
    private readonly res: Response,
  ) {}

  permissions(): Promise<ReadonlySet<string>> {
    return (this.permissionsLoaded ??= this.services.permissions.activePermissions(this.principal));
  }
  get logger(): Logger {
    return (this.requestLogger ??= this.baseLogger.child({ reqId: this.req.id }));
  }
  /** Only mutations that audit or open a session ask where the request came from. */
  get origin(): RequestOrigin {
    return (this.originMade ??= requestOrigin(this.req));
  }
  get refreshCookie(): RefreshCookie {
    return (this.cookie ??= refreshCookie(this.req, this.res));
  }
}

export function contextFactory(dataSource: DataSource, services: Services, logger: Logger) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<Context> => {
    const token = bearerToken(req);
    const principal = token ? await principalFromToken(services.auth, token) : null;
    // The model this request is authorized with also knows each live role's own permissions.
    const accessModel: AccessModel | undefined =
      principal?.kind === 'user'
        ? async () => {
            const access = await services.accessCache.get(principal.tenantId, principal.accessVersion);
            return (roleId: string) => access.model.graph.get(roleId)?.permissions;
          }
        : undefined;
    const loaders = new RequestLoaders(dataSource, actingTenantId(principal), accessModel);
    return new RequestContext(principal, dataSource, services, loaders, logger, req, res);
  };
}
