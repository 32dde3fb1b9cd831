import type { DataSource } from 'typeorm';
import type { Logger } from '../../logger.js';
import type { MailPort } from '../mail/mail.port.js';
import { notifyWorker } from './notifications.js';
import { describeShift } from './shift-wording.js';
import { runPeriodically } from '../../kernel/periodic-task.js';

/** Older shifts are not chased: a reminder weeks late helps nobody. */
const REMIND_WITHIN_DAYS = 14;
/** One pass stops here; the next pass goes on, so a backlog never holds a run for long. */
const MAX_PER_PASS = 500;

interface DueReport {
  offer_id: string;
  user_id: string;
  title: string;
  location: string;
  starts_at: Date;
  ends_at: Date;
}

export interface ReportReminderDeps {
  dataSource: DataSource;
  mailer: MailPort;
  readonly appUrl: string;
}

/**
 * Reminds each worker once that the report of an accepted shift that has ended is due (the
 * REPORT_DUE notification; a worker who switched it off is marked and not mailed). Each reminder is
 * its own transaction with the mark, and rows are claimed with SKIP LOCKED, so several server
 * instances can run passes at once without mailing twice. Returns how many workers were mailed.
 */
export async function sendDueReportReminders(deps: ReportReminderDeps, now = new Date()): Promise<number> {
  let mailed = 0;
  for (let pass = 0; pass < MAX_PER_PASS; pass++) {
    const outcome = await deps.dataSource.transaction(async (manager) => {
      const [due]: DueReport[] = await manager.query(
        `SELECT o.id AS offer_id, o.user_id, s.title, s.location, s.starts_at, s.ends_at
           FROM shift_offer o
           JOIN shift s ON s.id = o.shift_id
           JOIN user_account u ON u.id = o.user_id
          WHERE o.status = 'ACCEPTED' AND o.report_reminded_at IS NULL
            AND s.cancelled_at IS NULL AND s.ends_at <= $1 AND s.ends_at > $1::timestamptz - make_interval(days => $2)
            AND u.deleted_at IS NULL AND u.is_active
            AND NOT EXISTS (SELECT 1 FROM after_shift_report r WHERE r.shift_id = o.shift_id AND r.user_id = o.user_id)
          ORDER BY s.ends_at
          LIMIT 1
          FOR UPDATE OF o SKIP LOCKED`,
        [now, REMIND_WITHIN_DAYS],
      );
      if (!due) return 'done' as const;
      const sent = await notifyWorker(manager, deps.mailer, due.user_id, 'REPORT_DUE', {
        subject: `Your after-shift report for "${due.title}" is due`,
        lines: (zone) => [
          `Your shift ${describeShift({ title: due.title, location: due.location, startsAt: new Date(due.starts_at), endsAt: new Date(due.ends_at) }, zone)} has ended.`,
          '',
          `What to do next: complete the after-shift report in the worker portal: ${deps.appUrl}/portal/reports`,
        ],
      });
      await manager.query('UPDATE shift_offer SET report_reminded_at = $2 WHERE id = $1', [due.offer_id, now]);
      return sent ? ('mailed' as const) : ('skipped' as const);
    });
    if (outcome === 'done') break;
    if (outcome === 'mailed') mailed++;
  }
  return mailed;
}

/** Runs reminder passes every `intervalSeconds` until stopped. */
export function scheduleReportReminders(deps: ReportReminderDeps, intervalSeconds: number, logger: Logger): { stop(): void } {
  return runPeriodically(
    intervalSeconds,
    async () => {
      const mailed = await sendDueReportReminders(deps);
      if (mailed > 0) logger.info({ mailed }, 'after-shift report reminders sent');
    },
    (error) => logger.error({ err: error }, 'after-shift report reminders failed'),
  );
}
