import type { DataSource } from 'typeorm';
import { PortalCard, type PortalDashboardType } from '../types/dashboard.type.js';
import type { Worker } from '../worker.js';

interface Counts {
  open_offers: number;
  pending_reports: number;
  skills: number;
  certifications: number;
}

/** The portal's home: which cards to show and what is waiting, in one statement. */
export async function loadDashboard(dataSource: DataSource, worker: Worker): Promise<PortalDashboardType> {
  const [counts]: Counts[] = await dataSource.query(
    `SELECT
       (SELECT count(*)::int FROM shift_offer o JOIN shift s ON s.id = o.shift_id
         WHERE o.tenant_id = $1 AND o.user_id = $2 AND o.status = 'OFFERED' AND s.cancelled_at IS NULL AND s.starts_at > now()) AS open_offers,
       (SELECT count(*)::int FROM shift_offer o JOIN shift s ON s.id = o.shift_id
         WHERE o.tenant_id = $1 AND o.user_id = $2 AND o.status = 'ACCEPTED' AND s.cancelled_at IS NULL AND s.ends_at <= now()
           AND NOT EXISTS (SELECT 1 FROM after_shift_report r WHERE r.shift_id = s.id AND r.user_id = o.user_id)) AS pending_reports,
       (SELECT count(*)::int FROM worker_skill WHERE tenant_id = $1 AND user_id = $2) AS skills,
       (SELECT count(*)::int FROM worker_certification WHERE tenant_id = $1 AND user_id = $2) AS certifications`,
    [worker.tenantId, worker.userId],
  );
  const { open_offers, pending_reports, skills, certifications } = counts!;
  const cards = [
    PortalCard.MY_SHIFTS,
    PortalCard.AFTER_SHIFT_REPORTS,
    PortalCard.NOTIFICATIONS,
    PortalCard.CALENDAR_LINKS,
    PortalCard.MY_AVAILABILITY,
    PortalCard.MY_PROFILE,
    ...(skills > 0 ? [PortalCard.MY_SKILLS] : []),
    ...(certifications > 0 ? [PortalCard.MY_CERTIFICATIONS] : []),
    PortalCard.MY_WORKING_HOURS,
    PortalCard.CHANGE_PASSWORD,
  ];
  return { cards, openOffers: open_offers, pendingReports: pending_reports };
}
