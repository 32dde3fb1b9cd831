import type { DataSource } from 'typeorm';
import { runPeriodically } from '../../kernel/periodic-task.js';
import { deliverDueMail, type DeliveryOutcome, type DeliveryPolicy } from './deliver-due-mail.js';
import type { MailTransport } from './smtp-transport.js';

interface Log {
  info(details: object, message: string): void;
  error(details: object, message: string): void;
}

/**
 * One instance's sender of queued mail. Woken by `nudge` (a commit that queued mail, on any
 * instance) and by a poll for retries that came due; runs one delivery at a time, and wake-ups that
 * arrive while one waits to start share it.
 */
export class DeliveryWorker {
  private tail: Promise<unknown> = Promise.resolve();
  private nudgeWaiting = false;
  private stopped = false;
  private readonly poll: { stop(): void } | null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly transport: MailTransport,
    private readonly policy: DeliveryPolicy & { pollIntervalSeconds: number },
    private readonly now: () => Date,
    private readonly logger: Log,
  ) {
    this.poll =
      policy.pollIntervalSeconds > 0
        ? runPeriodically(policy.pollIntervalSeconds, () => this.deliverDue().then(() => undefined), (error) => this.failed(error))
        : null;
  }

  /** Sends what is due at `at` (now by default) after any delivery already under way; tests await it. */
  deliverDue(at?: Date): Promise<DeliveryOutcome> {
    if (this.stopped) return Promise.resolve({ sent: 0, failed: 0 });
    const run = this.tail.then(async () => {
      const outcome = await deliverDueMail(this.dataSource, this.transport, this.policy, at ?? this.now());
      if (outcome.sent > 0 || outcome.failed > 0) this.logger.info({ ...outcome }, 'mail delivery');
      return outcome;
    });
    this.tail = run.catch(() => undefined);
    return run;
  }

  nudge(): void {
    if (this.stopped || this.nudgeWaiting) return;
    this.nudgeWaiting = true;
    this.tail = this.tail.then(() => {
      this.nudgeWaiting = false;
    });
    this.deliverDue().catch((error: unknown) => this.failed(error));
  }

  /** Takes no new work and waits for the delivery under way, so no claimed message is left mid-send. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.poll?.stop();
    await this.tail;
    this.transport.close();
  }

  private failed(error: unknown): void {
    this.logger.error({ err: error }, 'mail delivery failed');
  }
}
