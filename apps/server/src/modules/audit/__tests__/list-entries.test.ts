import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../../../test-support/test-database.js';
import { createTenant } from '../../../test-support/fixtures.js';
import type { AuditFilterInput } from '../audit-entry.type.js';
import { filteredAuditEntries } from '../queries/filtered-entries.js';
import { listAuditEntries } from '../queries/entries.js';

/** A few ids, so actors, super admins and targets often share one (the case the filter's parts must not count twice). */
const IDS = [randomUUID(), randomUUID(), randomUUID()];
const ACTIONS = ['user.update', 'user.create', 'role.rename'];

const entrySpec = fc.record({
  actorUser: fc.option(fc.nat({ max: 2 })),
  actorSuperAdmin: fc.option(fc.nat({ max: 2 })),
  target: fc.option(fc.nat({ max: 2 })),
  action: fc.nat({ max: 2 }),
});

const filterSpec = fc.record({
  actorId: fc.option(fc.nat({ max: 2 })),
  targetId: fc.option(fc.nat({ max: 2 })),
  involvingId: fc.option(fc.nat({ max: 2 })),
  action: fc.option(fc.constantFrom('user.update', 'user.', 'role.')),
});

describe('audit entries list', () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database.drop();
  });

  it('pages through exactly the entries of the one-query filter, newest first, and counts them up to the cap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(entrySpec, { minLength: 0, maxLength: 12 }), filterSpec, fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 8 }), async (entries, spec, first, cap) => {
        const tenant = await createTenant(database.dataSource);
        for (const entry of entries) {
          const id = (index: number | null) => (index === null ? null : IDS[index]);
          await database.dataSource.query(
            `INSERT INTO audit_entry (tenant_id, actor_user_id, actor_super_admin_id, actor_label, action, target_type, target_id) VALUES ($1, $2, $3, 'someone', $4, 'user', $5)`,
            [tenant.id, id(entry.actorUser), id(entry.actorSuperAdmin), ACTIONS[entry.action], id(entry.target)],
          );
        }
        const filter: AuditFilterInput = {
          actorId: spec.actorId === null ? null : IDS[spec.actorId],
          targetId: spec.targetId === null ? null : IDS[spec.targetId],
          involvingId: spec.involvingId === null ? null : IDS[spec.involvingId],
          action: spec.action,
        };
        const expected = (await filteredAuditEntries(database.dataSource, tenant.id, filter).orderBy('entry.sequence', 'DESC').getMany()).map((entry) => entry.id);
        const seen: string[] = [];
        let after: string | null = null;
        for (;;) {
          const page = await listAuditEntries(database.dataSource, tenant.id, filter, { first, after }, cap);
          expect(page.totalCount).toBe(Math.min(expected.length, cap));
          expect(page.totalCountCapped).toBe(expected.length > cap);
          seen.push(...page.edges.map((edge) => edge.node.id));
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        expect(seen).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });
});
