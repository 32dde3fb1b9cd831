import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { UserStateEnum } from '../../types/user.type.js';
import { TenantUserDirectory, type DirectoryCriteria, type DirectoryUser, type LoginActivityCriterion } from '../tenant-user-directory.js';

const DAY = 24 * 60 * 60 * 1000;
const MIDNIGHT = Date.parse('2026-06-15T00:00:00.000Z');
const STATES = [UserStateEnum.ACTIVE, UserStateEnum.INACTIVE, UserStateEnum.DELETED];

/** Times on and beside day boundaries, where a range cuts a day or covers it whole. */
const instant = fc.oneof(
  fc.integer({ min: -3, max: 3 }).map((days) => MIDNIGHT + days * DAY),
  fc.tuple(fc.integer({ min: -3, max: 3 }), fc.constantFrom(-1, 1, DAY / 2)).map(([days, offset]) => MIDNIGHT + days * DAY + offset),
);

const userSpec = fc.record({
  name: fc.constantFrom('ana lee', 'omar stone', 'lee ann'),
  role: fc.constantFrom('role-a', 'role-b'),
  state: fc.constantFrom(...STATES),
  lastLoginMs: fc.option(instant),
});

const criterionSpec: fc.Arbitrary<LoginActivityCriterion> = fc.oneof(
  fc.constant({ kind: 'never' as const }),
  instant.map((ms) => ({ kind: 'since' as const, ms })),
  instant.map((ms) => ({ kind: 'notSince' as const, ms })),
);

/** Few filters, so the same one comes back after edits with another bound: what the kept counts must survive. */
const filterSpec = fc.record({
  states: fc.constantFrom([UserStateEnum.ACTIVE], STATES),
  role: fc.constantFrom(null, 'role-a', 'role-new'),
  name: fc.constantFrom(null, 'lee'),
  loginActivity: criterionSpec,
});

type Spec = { name: string; role: string; state: UserStateEnum; lastLoginMs: number | null };
type Filter = { states: UserStateEnum[]; role: string | null; name: string | null; loginActivity: LoginActivityCriterion };

const userOf = (id: string, spec: Spec): DirectoryUser => ({
  id,
  fullName: spec.name,
  username: id,
  usernameAsWritten: null,
  email: `${id}@example.test`,
  roleId: spec.role,
  state: spec.state,
  lastLoginMs: spec.lastLoginMs,
});

/** The count, asking each user, as the SQL of queries/list-users.ts filters. */
function naiveCount(users: Map<string, Spec>, filter: Filter): number {
  let total = 0;
  for (const [id, user] of users) {
    if (!filter.states.includes(user.state)) continue;
    if (filter.role !== null && user.role !== filter.role) continue;
    if (filter.name !== null && !user.name.includes(filter.name) && !id.includes(filter.name)) continue;
    const activity = filter.loginActivity;
    if (activity.kind === 'never' && user.lastLoginMs !== null) continue;
    if (activity.kind === 'since' && (user.lastLoginMs === null || user.lastLoginMs < activity.ms)) continue;
    if (activity.kind === 'notSince' && user.lastLoginMs !== null && user.lastLoginMs >= activity.ms) continue;
    total++;
  }
  return total;
}

const criteriaOf = (filter: Filter): DirectoryCriteria => ({ states: new Set(filter.states), roleId: filter.role, name: filter.name, email: null, loginActivity: filter.loginActivity });

describe('counts by login activity, from counts by day of last sign-in', () => {
  it('counts what asking each user counts, through sign-ins, edits, removals and new users', () => {
    const operation = fc.oneof(
      fc.record({ kind: fc.constant('count' as const), filter: filterSpec }),
      fc.record({ kind: fc.constant('edit' as const), target: fc.nat(), spec: userSpec }),
      fc.record({ kind: fc.constant('remove' as const), target: fc.nat() }),
      fc.record({ kind: fc.constant('add' as const), spec: userSpec }),
    );
    fc.assert(
      fc.property(fc.array(userSpec, { maxLength: 30 }), fc.array(operation, { minLength: 1, maxLength: 60 }), (initial, operations) => {
        const directory = new TenantUserDirectory();
        const users = new Map<string, Spec>();
        let next = 0;
        const add = (spec: Spec) => {
          const id = `u${next++}`;
          users.set(id, spec);
          directory.upsert(userOf(id, spec));
        };
        initial.forEach(add);
        for (const step of operations) {
          const ids = [...users.keys()];
          if (step.kind === 'count') {
            expect(directory.count(criteriaOf(step.filter))).toBe(naiveCount(users, step.filter));
          } else if (step.kind === 'add') {
            add(step.spec);
          } else if (ids.length > 0) {
            const id = ids[step.target % ids.length]!;
            if (step.kind === 'edit') {
              users.set(id, step.spec);
              directory.upsert(userOf(id, step.spec));
            } else {
              users.delete(id);
              directory.remove(id);
            }
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  it('keeps its counts by day through a removal, a new user in the freed slot and a sign-in', () => {
    const directory = new TenantUserDirectory();
    const users = new Map<string, Spec>();
    const put = (id: string, lastLoginMs: number | null) => {
      const spec = { name: 'ana lee', role: 'role-a', state: UserStateEnum.ACTIVE, lastLoginMs };
      users.set(id, spec);
      directory.upsert(userOf(id, spec));
    };
    put('a', MIDNIGHT - 5 * DAY + 1000);
    put('b', MIDNIGHT - 5 * DAY + 2000);
    put('c', null);
    const filter: Filter = { states: [UserStateEnum.ACTIVE], role: null, name: null, loginActivity: { kind: 'notSince', ms: MIDNIGHT } };
    const counted = () => directory.count(criteriaOf(filter));
    expect(counted()).toBe(3);
    directory.remove('a');
    users.delete('a');
    expect(counted()).toBe(naiveCount(users, filter));
    // d takes a's slot; a bound that cuts a's old day walks that day without finding d there.
    put('d', MIDNIGHT - 6 * DAY);
    expect(counted()).toBe(naiveCount(users, filter));
    const cutting: Filter = { ...filter, loginActivity: { kind: 'notSince', ms: MIDNIGHT - 5 * DAY + 1500 } };
    expect(directory.count(criteriaOf(cutting))).toBe(naiveCount(users, cutting));
    // A sign-in moves b out of the range.
    put('b', MIDNIGHT + 1000);
    expect(counted()).toBe(naiveCount(users, filter));
    expect(counted()).toBe(2);
  });

  it('walks only the day a bound cuts once a filter has been counted', () => {
    const directory = new TenantUserDirectory();
    const users = new Map<string, Spec>();
    for (let index = 0; index < 3000; index++) {
      // Ten users a day for 300 days, a second before midnight, and one in ten never signed in.
      const spec = { name: 'ana lee', role: 'role-a', state: UserStateEnum.ACTIVE, lastLoginMs: index % 10 === 0 ? null : MIDNIGHT - (index % 300) * DAY - 1000 };
      users.set(`u${index}`, spec);
      directory.upsert(userOf(`u${index}`, spec));
    }
    const filterAt = (ms: number): Filter => ({ states: [UserStateEnum.ACTIVE], role: null, name: null, loginActivity: { kind: 'notSince', ms } });
    expect(directory.count(criteriaOf(filterAt(MIDNIGHT - 90 * DAY)))).toBe(naiveCount(users, filterAt(MIDNIGHT - 90 * DAY)));
    const counts = (directory as unknown as { loginCounts: Map<string, { matches: (slot: number) => boolean }> }).loginCounts;
    const entry = [...counts.values()][0]!;
    const matches = entry.matches;
    const tested = vi.fn((slot: number) => matches(slot));
    entry.matches = tested;
    // Later bounds of the same filter: the day they cut holds the ten users of day 88.
    const later = filterAt(MIDNIGHT - 88 * DAY - 500);
    expect(directory.count(criteriaOf(later))).toBe(naiveCount(users, later));
    expect(tested).toHaveBeenCalledTimes(10);
    expect(counts.size).toBe(1);
  });
});
