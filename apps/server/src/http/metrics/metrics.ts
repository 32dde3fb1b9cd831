import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { embeddedDatabaseOf } from '../../db/embedded-database.js';
import type { SignInMeter } from '../../modules/auth/sign-in-meter.js';
import { outboxDepth } from '../../modules/mail/queries/outbox-depth.js';
import { processMetrics } from './process-metrics.js';

/** What one server counts, on a registry of its own, and how /metrics shows it. */
export interface Metrics {
  graphqlOperations: Histogram<'operation' | 'type'>;
  httpResponses: Counter<'status'>;
  signIns: SignInMeter;
  contentType: string;
  /** The Prometheus text exposition: this server's metrics, then the process's. */
  exposition(): Promise<string>;
}

/** The pool behind TypeORM's postgres driver (node-postgres), as far as its counts go. */
interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

export function createMetrics(dataSource: DataSource): Metrics {
  // Started with the first server, so the event loop and GC are watched before the first scrape.
  const processRegistry = processMetrics();
  const registry = new Registry();
  const graphqlOperations = new Histogram({
    name: 'access_graphql_operation_duration_seconds',
    help: 'GraphQL requests from arrival until the response is ready (for a mutation, before the wait for its change notices), by operation name (anonymous, other past the first names seen, unknown when the document did not parse or validate) and type',
    labelNames: ['operation', 'type'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const httpResponses = new Counter({
    name: 'access_http_responses_total',
    help: 'HTTP responses sent, by status code',
    labelNames: ['status'] as const,
    registers: [registry],
  });
  const signInOutcomes = new Counter({
    name: 'access_sign_ins_total',
    help: 'Sign-in steps finished: outcome "success" for a session issued, otherwise the refusal reason the audit log records',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const lockouts = new Counter({
    name: 'access_sign_in_lockouts_total',
    help: 'Sign-in attempts that locked an account',
    registers: [registry],
  });
  new Gauge({
    name: 'access_mail_outbox_messages',
    help: 'Mail in the outbox of every tenant: queued (waiting for delivery or a retry) and failed (dead-lettered)',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      const depth = await outboxDepth(dataSource);
      this.set({ status: 'queued' }, depth.queued);
      this.set({ status: 'failed' }, depth.failed);
    },
  });
  // PGlite has no pool to speak of: one session inside the process.
  if (!embeddedDatabaseOf(dataSource)) {
    new Gauge({
      name: 'access_db_pool_connections',
      help: 'PostgreSQL connections of this instance: total open, idle, and requests waiting for one',
      labelNames: ['state'] as const,
      registers: [registry],
      collect() {
        const pool = (dataSource.driver as unknown as { master?: PgPool }).master;
        if (!pool) return;
        this.set({ state: 'total' }, pool.totalCount);
        this.set({ state: 'idle' }, pool.idleCount);
        this.set({ state: 'waiting' }, pool.waitingCount);
      },
    });
  }
  return {
    graphqlOperations,
    httpResponses,
    signIns: {
      succeeded: () => signInOutcomes.inc({ outcome: 'success' }),
      refused: (reason) => signInOutcomes.inc({ outcome: reason }),
      lockedOut: () => lockouts.inc(),
    },
    contentType: registry.contentType,
    async exposition() {
      return (await registry.metrics()) + (await processRegistry.metrics());
    },
  };
}
