import type { DataSource } from 'typeorm';
import type { ApprovalLoaders } from '../modules/approvals/loaders.js';
import type { RequestOrigin } from '../modules/audit/audit-entry.entity.js';
import type { Principal } from '../modules/auth/principal.js';
import type { Logger } from '../logger.js';
import type { PlannerLoaders } from '../modules/planner/loaders.js';
import type { RoleLoaders } from '../modules/roles/loaders.js';
import type { UserLoaders } from '../modules/users/loaders.js';
import type { Services } from '../services.js';

/** The refresh-token cookie of the current HTTP exchange. */
export interface RefreshCookie {
  read(): string | null;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export interface Context {
  principal: Principal | null;
  /** The principal's active permission keys, loaded once per request on first use. */
  permissions(): Promise<ReadonlySet<string>>;
  dataSource: DataSource;
  services: Services;
  loaders: { roles: RoleLoaders; users: UserLoaders; planner: PlannerLoaders; approvals: ApprovalLoaders };
  logger: Logger;
  origin: RequestOrigin;
  refreshCookie: RefreshCookie;
}
