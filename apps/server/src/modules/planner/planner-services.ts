import type { DataSource } from 'typeorm';
import type { MailPort } from '../mail/mail.port.js';
import { PlannerAdminService } from './planner-admin.service.js';
import { PlannerQueryService } from './planner-query.service.js';

export interface PlannerServices {
  admin: PlannerAdminService;
  query: PlannerQueryService;
}

export function createPlannerServices(dataSource: DataSource, options: { mailer: MailPort; appUrl: () => string }): PlannerServices {
  return {
    admin: new PlannerAdminService({
      dataSource,
      mailer: options.mailer,
      get appUrl() {
        return options.appUrl();
      },
    }),
    query: new PlannerQueryService(dataSource),
  };
}
