import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UserStateEnum } from '../../types/user.type.js';
import { TenantUserDirectory, type DirectoryCriteria, type DirectoryUser } from '../tenant-user-directory.js';

/**
 * A collation unlike JavaScript's code unit order, as a database's may be: letters first without
 * case or punctuation, then the raw text. Ranks must follow it without the directory knowing it.
 */
const letters = (text: string) => text.toLowerCase().replace(/[^a-z0-9]/g, '');
function databaseOrder(a: string, b: string): number {
  const primary = letters(a).localeCompare(letters(b), 'en');
  if (primary !== 0) return primary;
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Person {
  username: string;
  fullName: string;
  state: UserStateEnum;
}

const usernameSpec = fc.stringMatching(/^[A-Za-c0-2][A-Za-c0-2._@-]{0,3}$/);
const personSpec = fc.record<Person>({
  username: usernameSpec,
  fullName: fc.constantFrom('ana lee', 'omar stone', 'lee ann', ''),
  state: fc.constantFrom(UserStateEnum.ACTIVE, UserStateEnum.INACTIVE, UserStateEnum.DELETED),
});

const edit = fc.oneof(
  fc.record({ kind: fc.constant('rename' as const), target: fc.nat(), username: usernameSpec }),
  fc.record({ kind: fc.constant('state' as const), target: fc.nat(), state: fc.constantFrom(UserStateEnum.ACTIVE, UserStateEnum.INACTIVE) }),
  fc.record({ kind: fc.constant('remove' as const), target: fc.nat() }),
  fc.record({ kind: fc.constant('add' as const), person: personSpec }),
  // The database's order as read now; taken by the directory a few edits later, as rankInBackground does.
  fc.record({ kind: fc.constant('rank' as const), delay: fc.integer({ min: 0, max: 3 }) }),
);

const pageSpec = fc.record({
  name: fc.option(fc.constantFrom('lee', 'a', 'b', 'stone', '1')),
  states: fc.subarray([UserStateEnum.ACTIVE, UserStateEnum.INACTIVE, UserStateEnum.DELETED], { minLength: 1 }),
  cursorAt: fc.option(fc.nat()),
  descending: fc.boolean(),
  limit: fc.integer({ min: 1, max: 6 }),
});

function toDirectoryUser(id: string, person: Person): DirectoryUser {
  const lowered = person.username.toLowerCase();
  return {
    id,
    fullName: person.fullName,
    username: lowered,
    usernameAsWritten: lowered === person.username ? null : person.username,
    email: `${lowered}@example.test`,
    roleId: 'role',
    state: person.state,
    lastLoginMs: null,
  };
}

describe('the directory\'s username order', () => {
  it('gives candidates from which the database\'s sort makes the exact page, through renames, removals and late rankings', () => {
    let served = 0;
    fc.assert(
      fc.property(fc.uniqueArray(personSpec, { minLength: 1, maxLength: 30, selector: (person) => person.username }), fc.array(edit, { maxLength: 12 }), fc.array(pageSpec, { minLength: 1, maxLength: 5 }), (people, edits, pages) => {
        const directory = new TenantUserDirectory();
        const users = new Map<string, Person>();
        let nextId = 0;
        const add = (person: Person) => {
          // Usernames are unique in a tenant, as the database's unique index keeps them.
          if ([...users.values()].some((user) => user.username === person.username)) return;
          const id = `u${nextId++}`;
          users.set(id, { ...person });
          directory.upsert(toDirectoryUser(id, person));
        };
        const snapshot = () => [...users].map(([id, person]) => ({ id, username: person.username })).sort((a, b) => databaseOrder(a.username, b.username));
        for (const person of people) add(person);
        directory.rank(snapshot());
        const pending: Array<{ due: number; ordered: ReturnType<typeof snapshot> }> = [];
        edits.forEach((change, step) => {
          const ids = [...users.keys()];
          const target = 'target' in change && ids.length > 0 ? ids[change.target % ids.length]! : null;
          if (change.kind === 'rename' && target && ![...users.values()].some((user) => user.username === change.username)) {
            users.get(target)!.username = change.username;
            directory.upsert(toDirectoryUser(target, users.get(target)!));
          } else if (change.kind === 'state' && target) {
            users.get(target)!.state = change.state;
            directory.upsert(toDirectoryUser(target, users.get(target)!));
          } else if (change.kind === 'remove' && target) {
            users.delete(target);
            directory.remove(target);
          } else if (change.kind === 'add') {
            add(change.person);
          } else if (change.kind === 'rank') {
            pending.push({ due: step + change.delay, ordered: snapshot() });
          }
          for (const late of pending.filter((entry) => entry.due === step)) directory.rank(late.ordered);
        });

        for (const page of pages) {
          const criteria: DirectoryCriteria = { states: new Set(page.states), roleId: null, name: page.name, email: null, loginActivity: null };
          const ids = [...users.keys()];
          const cursorId = page.cursorAt === null || ids.length === 0 ? null : ids[page.cursorAt % ids.length]!;
          const after = cursorId ? { id: cursorId, username: users.get(cursorId)!.username } : null;
          const direction = page.descending ? -1 : 1;
          const matches = (id: string) => {
            const person = users.get(id)!;
            return page.states.includes(person.state) && (page.name === null || person.fullName.includes(page.name) || person.username.toLowerCase().includes(page.name));
          };
          const beyondCursor = (id: string) => !after || databaseOrder(users.get(id)!.username, after.username) * direction > 0;
          const inOrder = (a: string, b: string) => databaseOrder(users.get(a)!.username, users.get(b)!.username) * direction;
          const expected = ids.filter((id) => matches(id) && beyondCursor(id)).sort(inOrder).slice(0, page.limit);

          const candidates = directory.pageCandidates(criteria, after, page.descending, page.limit, 1000);
          if (!candidates) continue;
          served++;
          // What pageOfCandidates asks the database: the candidates that match, past the cursor, sorted.
          const sorted = [...candidates.ranked, ...candidates.unranked].filter((id) => matches(id) && beyondCursor(id)).sort(inOrder);
          expect(candidates.ranked.every((id) => sorted.includes(id))).toBe(true);
          expect(sorted.slice(0, page.limit)).toEqual(expected);
          expect(candidates.ranked.length).toBeLessThanOrEqual(page.limit);
        }
      }),
      { numRuns: 300 },
    );
    // Most pages are served: a cursor on a renamed or new user is the only reason here to refuse.
    expect(served).toBeGreaterThan(300);
  });

  it('walks ranks for a common match and scans for a rare one, with the same answer', () => {
    const directory = new TenantUserDirectory();
    const people: Array<{ id: string; username: string }> = [];
    for (let index = 0; index < 5000; index++) {
      const username = `user.${String(index).padStart(4, '0')}`;
      people.push({ id: `u${index}`, username });
      directory.upsert({ ...toDirectoryUser(`u${index}`, { username, fullName: index % 1000 === 7 ? 'rare name' : 'common name', state: UserStateEnum.ACTIVE }) });
    }
    // Reverse order: not JavaScript's, so a page in code unit order would be wrong.
    directory.rank([...people].reverse());
    const criteria = (name: string): DirectoryCriteria => ({ states: new Set([UserStateEnum.ACTIVE]), roleId: null, name, email: null, loginActivity: null });
    expect(directory.pageCandidates(criteria('common'), null, false, 3, 10)).toEqual({ ranked: ['u4999', 'u4998', 'u4997'], unranked: [] });
    expect(directory.pageCandidates(criteria('rare'), null, false, 3, 10)).toEqual({ ranked: ['u4007', 'u3007', 'u2007'], unranked: [] });
    expect(directory.pageCandidates(criteria('rare'), { id: 'u3007', username: 'user.3007' }, false, 3, 10)).toEqual({ ranked: ['u2007', 'u1007', 'u7'], unranked: [] });
    expect(directory.pageCandidates(criteria('rare'), { id: 'u3007', username: 'user.3007' }, true, 3, 10)).toEqual({ ranked: ['u4007'], unranked: [] });
    // A cursor whose username is not the user's any more cannot be placed.
    expect(directory.pageCandidates(criteria('rare'), { id: 'u3007', username: 'user.9999' }, false, 3, 10)).toBeNull();
  });

  it('leaves new users to the database to sort, up to a bound, and answers nothing before the first ranking', () => {
    const directory = new TenantUserDirectory();
    const criteria: DirectoryCriteria = { states: new Set([UserStateEnum.ACTIVE]), roleId: null, name: null, email: null, loginActivity: null };
    directory.upsert(toDirectoryUser('a', { username: 'Ann', fullName: '', state: UserStateEnum.ACTIVE }));
    expect(directory.pageCandidates(criteria, null, false, 2, 10)).toBeNull();
    directory.rank([{ id: 'a', username: 'Ann' }]);
    expect(directory.pageCandidates(criteria, null, false, 2, 10)).toEqual({ ranked: ['a'], unranked: [] });
    directory.upsert(toDirectoryUser('b', { username: 'bob', fullName: '', state: UserStateEnum.ACTIVE }));
    directory.upsert(toDirectoryUser('c', { username: 'cy', fullName: '', state: UserStateEnum.ACTIVE }));
    expect(directory.pageCandidates(criteria, null, false, 2, 10)).toEqual({ ranked: ['a'], unranked: ['b', 'c'] });
    expect(directory.unrankedCount).toBe(2);
    expect(directory.pageCandidates(criteria, null, false, 2, 1)).toBeNull();
    // Only the case changed: the database may order it elsewhere.
    directory.upsert(toDirectoryUser('a', { username: 'ann', fullName: '', state: UserStateEnum.ACTIVE }));
    expect(directory.unrankedCount).toBe(3);
    directory.remove('b');
    expect(directory.unrankedCount).toBe(2);
  });
});
