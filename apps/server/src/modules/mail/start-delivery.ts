import type { DataSource } from 'typeorm';
import type { Config } from '../../config.js';
import { listenForChanges } from '../../db/change-notices.js';
import type { Logger } from '../../logger.js';
import type { DeliveryOutcome } from './deliver-due-mail.js';
import { DeliveryWorker } from './delivery-worker.js';
import { MAIL_QUEUED_CHANNEL } from './outbox-mailer.js';
import { SmtpTransport } from './smtp-transport.js';

export interface MailDelivery {
  /** Sends what is due now (or at `at`), after any delivery under way. */
  deliverDue(at?: Date): Promise<DeliveryOutcome>;
  stop(): Promise<void>;
}

/**
 * With SMTP configured, starts this instance's delivery worker, woken by every commit that queues
 * mail on any instance; on (re)connecting to the notices it looks once, for what it may have missed.
 * Without SMTP there is nothing to deliver: mail stays in the development outbox.
 */
export async function startMailDelivery(dataSource: DataSource, config: Config, logger: Logger): Promise<MailDelivery | null> {
  if (!config.smtpUrl) return null;
  const worker = new DeliveryWorker(
    dataSource,
    new SmtpTransport(config.smtpUrl, config.mailFrom),
    { maxAttempts: config.mailMaxAttempts, retryBaseSeconds: config.mailRetryBaseSeconds, pollIntervalSeconds: config.mailPollIntervalSeconds },
    () => config.clock.now(),
    logger,
  );
  const notices = await listenForChanges(dataSource, MAIL_QUEUED_CHANNEL, { notice: () => worker.nudge(), connected: () => worker.nudge(), lost: () => undefined }, logger);
  return {
    deliverDue: (at) => worker.deliverDue(at),
    async stop() {
      await notices.close();
      await worker.stop();
    },
  };
}
