import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTenant } from '../../../test-support/fixtures.js';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.js';
import type { AuditFilterInput } from '../audit-entry.type.js';
import { listAuditEntries } from '../queries/entries.js';
import { filteredAuditEntries } from '../queries/filtered-entries.js';
import { sequenceBoundsOf } from '../queries/sequence-bounds.js';

const DAY = 24 * 60 * 60 * 1000;
const DAYS = 40;
const ACTIONS = ['user.update', 'role.rename'];

describe('audit entries of a time range, bounded in write order', () => {
  let database: TestDatabase;
  let tenantId: string;
  /** Midnight UTC today, a fixed point the entries' days count back from. */
  let today: number;
  /** The sequence of the entry written for each day back. */
  const sequenceOfDay = new Map<number, string>();

  const insertAt = (time: Date, action: string) =>
    database.dataSource.query(
      `INSERT INTO audit_entry (tenant_id, actor_label, action, target_type, occurred_at) VALUES ($1, 'history', $2, 'user', $3) RETURNING sequence::text AS sequence`,
      [tenantId, action, time],
    ) as Promise<Array<{ sequence: string }>>;
  const withoutWriteTimeRule = async <T>(work: () => Promise<T>): Promise<T> => {
    await database.dataSource.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_written_in_time');
    try {
      return await work();
    } finally {
      await database.dataSource.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_written_in_time');
    }
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    tenantId = (await createTenant(database.dataSource)).id;
    today = Math.floor(Date.now() / DAY) * DAY;
    // Forty days of history, oldest first, as the application wrote it (the rule off only to date it back).
    await withoutWriteTimeRule(async () => {
      for (let day = DAYS; day >= 1; day--) {
        const [row] = await insertAt(new Date(today - day * DAY), ACTIONS[day % 2]!);
        sequenceOfDay.set(day, row!.sequence);
      }
    });
  });
  afterAll(async () => {
    await database.drop();
  });

  it('refuses an entry written more than an hour after its time, or before it', async () => {
    await expect(insertAt(new Date(Date.now() - 2 * 60 * 60 * 1000), 'user.update')).rejects.toThrow(/within an hour of its time/);
    await expect(insertAt(new Date(Date.now() + 10 * 60 * 1000), 'user.update')).rejects.toThrow(/within an hour of its time/);
    await expect(insertAt(new Date(Date.now() - 30 * 60 * 1000), 'user.update')).resolves.toHaveLength(1);
  });

  it('takes its bounds from the nearest entries more than the slack outside the range', async () => {
    const bounds = await sequenceBoundsOf(database.dataSource, tenantId, { from: new Date(today - 30 * DAY), to: new Date(today - 20 * DAY) });
    expect(bounds).toEqual({ after: sequenceOfDay.get(31), before: sequenceOfDay.get(19) });
    expect(await sequenceBoundsOf(database.dataSource, tenantId, { from: new Date(today - 50 * DAY), to: null })).toEqual({ after: null, before: null });
    expect(await sequenceBoundsOf(database.dataSource, tenantId, {})).toEqual({ after: null, before: null });
  });

  it('lists every range the same as the one-query filter, in pages', async () => {
    const dayBack = fc.integer({ min: 0, max: DAYS + 2 });
    await fc.assert(
      fc.asyncProperty(dayBack, dayBack, fc.option(fc.constantFrom(...ACTIONS)), fc.integer({ min: 1, max: 7 }), async (a, b, action, first) => {
        const filter: AuditFilterInput = { from: new Date(today - Math.max(a, b) * DAY), to: new Date(today - Math.min(a, b) * DAY + 1), action };
        const expected = (await filteredAuditEntries(database.dataSource, tenantId, filter).orderBy('entry.sequence', 'DESC').getMany()).map((entry) => entry.id);
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page = await listAuditEntries(database.dataSource, tenantId, filter, { first, after });
          seen.push(...page.edges.map((edge) => edge.node.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('reads only within the bounds: an entry written against the rule falls outside them', async () => {
    // Dated 25 days back but written now, which the trigger refuses: only a disabled rule lets it in.
    const [late] = await withoutWriteTimeRule(() => insertAt(new Date(today - 25 * DAY), 'user.update'));
    const filter: AuditFilterInput = { from: new Date(today - 30 * DAY), to: new Date(today - 20 * DAY) };
    const unbounded = await filteredAuditEntries(database.dataSource, tenantId, filter).getMany();
    expect(unbounded.map((entry) => String(entry.sequence))).toContain(late!.sequence);
    const page = await listAuditEntries(database.dataSource, tenantId, filter, { first: 50 });
    expect(page.edges.map((edge) => edge.node.id)).toHaveLength(unbounded.length - 1);
    expect(page.totalCount).toBe(unbounded.length - 1);
  });
});
