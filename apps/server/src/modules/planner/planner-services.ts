import type { UseCaseDeps } from '../use-case-deps.js';
import { PlannerAdminService } from './planner-admin.service.js';
import { PlannerQueryService } from './planner-query.service.js';

export interface PlannerServices {
  admin: PlannerAdminService;
  query: PlannerQueryService;
}

export function createPlannerServices(deps: UseCaseDeps): PlannerServices {
  return {
    admin: new PlannerAdminService(deps),
    query: new PlannerQueryService(deps.dataSource),
  };
}
