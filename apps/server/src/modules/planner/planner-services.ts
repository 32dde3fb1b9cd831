import type { DataSource } from 'typeorm';
import type { FileStorage } from '../files/file-storage.js';
import type { MailPort } from '../mail/mail.port.js';
import { PlannerAdminService } from './planner-admin.service.js';
import { PlannerQueryService } from './planner-query.service.js';

export interface PlannerServices {
  admin: PlannerAdminService;
  query: PlannerQueryService;
}

export function createPlannerServices(dataSource: DataSource, options: { mailer: MailPort; files: FileStorage; appUrl: () => string }): PlannerServices {
  return {
    admin: new PlannerAdminService({
      dataSource,
      mailer: options.mailer,
      get appUrl() {
        return options.appUrl();
      },
    }, options.files),
    query: new PlannerQueryService(dataSource),
  };
}
