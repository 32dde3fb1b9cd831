import type { DataSource } from 'typeorm';
import { retryDelaySeconds } from './retry-delay.js';
import type { MailTransport } from './smtp-transport.js';

/**
 * How long a claimed message stays away from other workers: twice what a whole claim can take when
 * every message in it runs into the transport's timeouts (10 s to connect, 10 s for the greeting,
 * 30 s of silence: 50 s each, CLAIM_BATCH of them), so another instance takes a message over only
 * when its worker died mid-send, or a server answered slowly but never quite stopped.
 */
export const DELIVERY_LEASE_SECONDS = 600;
const CLAIM_BATCH = 5;
/** One call stops here; the next poll or wake-up goes on, so a backlog never holds a call for long. */
const MAX_BATCHES_PER_CALL = 50;

export interface DeliveryPolicy {
  maxAttempts: number;
  retryBaseSeconds: number;
}

interface ClaimedMail {
  id: string;
  to_address: string;
  subject: string;
  text_body: string;
  attempts: number;
}

export interface DeliveryOutcome {
  sent: number;
  failed: number;
}

/**
 * Sends every queued message due at `now`. Messages are claimed in a short statement of their own
 * (`FOR UPDATE SKIP LOCKED`, then leased by moving their next attempt past the lease), and sent
 * with no transaction and no lock held: a slow or absent SMTP server holds nothing other work
 * needs. Each outcome is written as soon as it is known.
 *
 * Delivery is at least once, as SMTP allows no better: a worker that dies after the server took a
 * message but before it wrote SENT leaves it to be sent again when the lease ends. Two live
 * workers never send one message in the same lease, and the window for a duplicate is the moment
 * between the server's acceptance and that one UPDATE.
 */
export async function deliverDueMail(dataSource: DataSource, transport: MailTransport, policy: DeliveryPolicy, now: Date): Promise<DeliveryOutcome> {
  const outcome: DeliveryOutcome = { sent: 0, failed: 0 };
  for (let batch = 0; batch < MAX_BATCHES_PER_CALL; batch++) {
    const claimed = await claimDueMail(dataSource, now);
    if (claimed.length === 0) break;
    for (const mail of claimed) {
      try {
        await transport.deliver({ to: mail.to_address, subject: mail.subject, text: mail.text_body });
      } catch (error) {
        await recordFailure(dataSource, mail, error, policy, now);
        outcome.failed++;
        continue;
      }
      await recordSent(dataSource, mail.id);
      outcome.sent++;
    }
  }
  return outcome;
}

async function claimDueMail(dataSource: DataSource, now: Date): Promise<ClaimedMail[]> {
  const leaseEnd = new Date(now.getTime() + DELIVERY_LEASE_SECONDS * 1000);
  return dataSource.query(
    `WITH due AS (
       SELECT id FROM mail_outbox
        WHERE status = 'QUEUED' AND next_attempt_at <= $1
        ORDER BY next_attempt_at
        LIMIT $3
        FOR UPDATE SKIP LOCKED
     ), claimed AS (
       UPDATE mail_outbox m SET attempts = m.attempts + 1, next_attempt_at = $2
         FROM due WHERE m.id = due.id
       RETURNING m.id, m.to_address, m.subject, m.text_body, m.attempts, m.sequence
     )
     SELECT id, to_address, subject, text_body, attempts FROM claimed ORDER BY sequence`,
    [now, leaseEnd, CLAIM_BATCH],
  );
}

/**
 * The body goes once the server has it: it may hold a temporary password or a link secret, and
 * nobody needs to read it again.
 */
async function recordSent(dataSource: DataSource, id: string): Promise<void> {
  await dataSource.query(
    `UPDATE mail_outbox SET status = 'SENT', sent_at = now(), next_attempt_at = NULL, last_error = NULL, text_body = ''
      WHERE id = $1 AND status = 'QUEUED'`,
    [id],
  );
}

/**
 * A refusal the server calls permanent (5xx: no such mailbox, message rejected) is not retried;
 * anything else is, after a growing wait, until the attempts run out. Either way the message ends
 * FAILED, where the Mail delivery view shows it and an administrator can try it again.
 */
async function recordFailure(dataSource: DataSource, mail: ClaimedMail, error: unknown, policy: DeliveryPolicy, now: Date): Promise<void> {
  const permanent = smtpResponseCode(error) >= 500;
  const deadLetter = permanent || mail.attempts >= policy.maxAttempts;
  const nextAttemptAt = deadLetter ? null : new Date(now.getTime() + retryDelaySeconds(mail.attempts, policy.retryBaseSeconds) * 1000);
  await dataSource.query(
    `UPDATE mail_outbox SET status = $2, next_attempt_at = $3, last_error = $4
      WHERE id = $1 AND status = 'QUEUED'`,
    [mail.id, deadLetter ? 'FAILED' : 'QUEUED', nextAttemptAt, describeFailure(error)],
  );
}

function smtpResponseCode(error: unknown): number {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' ? code : 0;
}

/** What the server or the connection said, for the administrator; never the message itself. */
function describeFailure(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.slice(0, 500);
}
