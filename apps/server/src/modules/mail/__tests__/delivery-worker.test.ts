import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.js';
import { DeliveryWorker } from '../delivery-worker.js';
import type { MailTransport, OutgoingMail } from '../smtp-transport.js';

const silent = { info: () => undefined, error: () => undefined };

/** A transport whose deliveries wait until the test lets them through. */
function heldTransport() {
  const delivered: OutgoingMail[] = [];
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let started: () => void = () => undefined;
  const firstStarted = new Promise<void>((resolve) => {
    started = resolve;
  });
  const transport: MailTransport & { closed: boolean } = {
    closed: false,
    async deliver(message) {
      started();
      await held;
      delivered.push(message);
    },
    close() {
      transport.closed = true;
    },
  };
  return { transport, delivered, release, firstStarted };
}

describe('the delivery worker', () => {
  let database: TestDatabase;

  const queue = (subject: string) =>
    database.dataSource.query(
      "INSERT INTO mail_outbox (to_address, subject, text_body, status, next_attempt_at) VALUES ('someone@example.test', $1, 'Hello', 'QUEUED', now() - interval '1 second')",
      [subject],
    );
  const statusOf = async (subject: string) =>
    ((await database.dataSource.query('SELECT status FROM mail_outbox WHERE subject = $1', [subject])) as Array<{ status: string }>)[0]?.status;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('finishes the delivery under way before it stops, then takes no more work', async () => {
    const { transport, delivered, release, firstStarted } = heldTransport();
    const worker = new DeliveryWorker(database.dataSource, transport, { maxAttempts: 3, retryBaseSeconds: 30, pollIntervalSeconds: 0 }, () => new Date(), silent);
    await queue('in flight');
    worker.nudge();
    await firstStarted;

    let stopped = false;
    const stopping = worker.stop().then(() => {
      stopped = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(delivered.map((mail) => mail.subject)).toEqual(['in flight']);
    expect(await statusOf('in flight')).toBe('SENT');
    expect(transport.closed).toBe(true);

    await queue('after stop');
    worker.nudge();
    expect(await worker.deliverDue()).toEqual({ sent: 0, failed: 0 });
    expect(await statusOf('after stop')).toBe('QUEUED');
  });
});
