import type { DataSource } from 'typeorm';
import type { FileStorage } from '../files/file-storage.js';
import { AvailabilityService } from './availability.service.js';
import { CalendarFeedService } from './calendar-feed.service.js';
import { DashboardService } from './dashboard.service.js';
import { MyCertificationsService } from './my-certifications.service.js';
import { MyProfileService } from './my-profile.service.js';
import { MyReportsService } from './my-reports.service.js';
import { MyShiftsService } from './my-shifts.service.js';
import { MySkillsService } from './my-skills.service.js';
import { NotificationPreferencesService } from './notification-preferences.service.js';
import { TimeOffService } from './time-off.service.js';

/** The worker portal's use cases, one service per card. */
export interface PortalServices {
  dashboard: DashboardService;
  shifts: MyShiftsService;
  reports: MyReportsService;
  notifications: NotificationPreferencesService;
  calendarFeed: CalendarFeedService;
  availability: AvailabilityService;
  timeOff: TimeOffService;
  profile: MyProfileService;
  skills: MySkillsService;
  certifications: MyCertificationsService;
}

export function createPortalServices(dataSource: DataSource, options: { files: FileStorage; appUrl: () => string }): PortalServices {
  return {
    dashboard: new DashboardService(dataSource),
    shifts: new MyShiftsService(dataSource),
    reports: new MyReportsService(dataSource),
    notifications: new NotificationPreferencesService(dataSource),
    calendarFeed: new CalendarFeedService(dataSource, options.appUrl),
    availability: new AvailabilityService(dataSource),
    timeOff: new TimeOffService(dataSource),
    profile: new MyProfileService(dataSource),
    skills: new MySkillsService(dataSource),
    certifications: new MyCertificationsService(dataSource, options.files),
  };
}
