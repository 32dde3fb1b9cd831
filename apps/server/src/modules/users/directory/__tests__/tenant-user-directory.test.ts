import { describe, expect, it, vi } from 'vitest';
import { UserStateEnum } from '../../types/user.type.js';
import { TenantUserDirectory, type DirectoryCriteria, type DirectoryUser } from '../tenant-user-directory.js';

/** More users than two chunks of the text index hold (16 384 slots each), so edits land in different chunks. */
const USERS = 40_000;
const WORDS = ['ana', 'marta', 'omar', 'lee', 'zoë', 'straße', 'an', 'o\'neil'];
const ROLES = ['role-a', 'role-b'];

/** A small deterministic generator (mulberry32): the same users and edits on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function userOf(next: () => number, id: string): DirectoryUser {
  const word = () => WORDS[Math.floor(next() * WORDS.length)]!;
  return {
    id,
    fullName: `${word()} ${word()}`,
    username: `${word()}.${Math.floor(next() * 1000)}`,
    usernameAsWritten: null,
    email: `${word()}@${word()}.test`,
    roleId: ROLES[Math.floor(next() * ROLES.length)]!,
    state: next() < 0.8 ? UserStateEnum.ACTIVE : UserStateEnum.INACTIVE,
    lastLoginMs: null,
  };
}

const criteria = (fragments: { name?: string; email?: string }): DirectoryCriteria => ({
  states: new Set([UserStateEnum.ACTIVE, UserStateEnum.INACTIVE]),
  roleId: null,
  name: fragments.name ?? null,
  email: fragments.email ?? null,
  loginActivity: null,
});

/** What the directory must answer, by asking each user. */
function naiveCount(users: Map<string, DirectoryUser>, fragments: { name?: string; email?: string }): number {
  let total = 0;
  for (const user of users.values()) {
    if (fragments.name !== undefined && !user.fullName.includes(fragments.name) && !user.username.includes(fragments.name)) continue;
    if (fragments.email !== undefined && !user.email.includes(fragments.email)) continue;
    total++;
  }
  return total;
}

describe('the tenant directory text index, in chunks', () => {
  it('finds fragments across chunk borders through edits, removals and reused slots', () => {
    const next = random(42);
    const directory = new TenantUserDirectory();
    const users = new Map<string, DirectoryUser>();
    for (let index = 0; index < USERS; index++) {
      const user = userOf(next, `u${index}`);
      users.set(user.id, user);
      directory.upsert(user);
    }
    const fragments = [{ name: 'ana' }, { name: 'an' }, { name: 'ë' }, { email: 'lee@' }, { name: 'omar', email: '.test' }, { name: 'marta omar' }];
    const check = () => {
      for (const fragment of fragments) expect(directory.count(criteria(fragment)), JSON.stringify(fragment)).toBe(naiveCount(users, fragment));
    };
    check();
    for (let round = 0; round < 30; round++) {
      for (let change = 0; change < 20; change++) {
        const roll = next();
        const id = `u${Math.floor(next() * USERS * 1.1)}`;
        if (roll < 0.2 && users.has(id)) {
          users.delete(id);
          directory.remove(id);
        } else {
          const user = userOf(next, id);
          users.set(id, user);
          directory.upsert(user);
        }
      }
      check();
    }
  });

  it('builds its chunks one at a time, and rebuilds only the chunk of a user who changed', () => {
    const next = random(7);
    const directory = new TenantUserDirectory();
    for (let index = 0; index < USERS; index++) directory.upsert(userOf(next, `u${index}`));
    let built = 0;
    while (directory.buildIndexChunk()) built++;
    // Three chunks of 16 384 slots hold 40 000 users, once for names and once for emails.
    expect(built).toBe(6);

    // Someone new in slot 20 000, with another name and another email: one chunk of each to rebuild.
    const someone = userOf(next, 'u20000');
    directory.upsert({ ...someone, fullName: 'renamed person' });
    expect(directory.buildIndexChunk()).toBe(true);
    expect(directory.buildIndexChunk()).toBe(true);
    expect(directory.buildIndexChunk()).toBe(false);
    expect(directory.count(criteria({ name: 'renamed person' }))).toBe(1);

    // A sign-in (the last login only) leaves the text indexes as they are.
    directory.upsert({ ...someone, fullName: 'renamed person', lastLoginMs: Date.now() });
    expect(directory.buildIndexChunk()).toBe(false);
  });

  it('does not let a removed user\'s text match whoever reuses the slot', () => {
    const directory = new TenantUserDirectory();
    const person = (id: string, name: string, email: string): DirectoryUser => ({ id, fullName: name, username: id, usernameAsWritten: null, email, roleId: 'role-a', state: UserStateEnum.ACTIVE, lastLoginMs: null });
    directory.upsert(person('ana', 'ana lee', 'ana@example.test'));
    directory.upsert(person('bob', 'bob stone', 'bob@example.test'));
    expect(directory.count(criteria({ email: 'ana@' }))).toBe(1);
    directory.remove('ana');
    // Carl has no email, like the emptied slot he now takes.
    directory.upsert(person('carl', 'carl berg', ''));
    expect(directory.count(criteria({ email: 'ana@' }))).toBe(0);
    expect(directory.count(criteria({ name: 'ana' }))).toBe(0);
    expect(directory.count(criteria({ name: 'carl' }))).toBe(1);
  });

  it('keeps what it found when a catch-up brings a user back unchanged, and a fragment\'s matches across login bounds', () => {
    const next = random(3);
    const directory = new TenantUserDirectory();
    const users = Array.from({ length: 1_000 }, (_, index) => userOf(next, `u${index}`));
    for (const user of users) directory.upsert(user);
    const searching = vi.spyOn(TenantUserDirectory.prototype as unknown as { slotsContaining: () => unknown }, 'slotsContaining');
    try {
      const since = (ms: number): DirectoryCriteria => ({ ...criteria({ name: 'ana' }), loginActivity: { kind: 'notSince', ms } });
      const first = directory.count(since(1_000));
      directory.upsert(users[10]!);
      // The bound moved, as it does with the clock for every request: the matches of "ana" are reused.
      expect(directory.count(since(2_000))).toBe(first);
      expect(directory.count(criteria({ name: 'ana' }))).toBe(first);
      expect(searching).toHaveBeenCalledTimes(1);
      directory.upsert({ ...users[10]!, fullName: 'ana again' });
      expect(directory.count(since(3_000))).toBe(naiveCount(new Map(users.slice(0, 10).concat({ ...users[10]!, fullName: 'ana again' }, users.slice(11)).map((user) => [user.id, user])), { name: 'ana' }));
      expect(searching).toHaveBeenCalledTimes(2);
    } finally {
      searching.mockRestore();
    }
  });

  it('counts a sign-in exactly at a login activity bound as the SQL does: since it, and not before it', () => {
    const directory = new TenantUserDirectory();
    const bound = Date.parse('2026-06-01T00:00:00.000Z');
    const signedIn = { before: bound - 1, at: bound, after: bound + 1, never: null };
    for (const [id, lastLoginMs] of Object.entries(signedIn)) {
      directory.upsert({ id, fullName: id, username: id, usernameAsWritten: null, email: `${id}@example.test`, roleId: 'role-a', state: UserStateEnum.ACTIVE, lastLoginMs });
    }
    const withActivity = (loginActivity: DirectoryCriteria['loginActivity']) => directory.count({ ...criteria({}), loginActivity });
    expect(withActivity({ kind: 'since', ms: bound })).toBe(2);
    expect(withActivity({ kind: 'notSince', ms: bound })).toBe(2);
    expect(withActivity({ kind: 'never' })).toBe(1);
    // A bound between two milliseconds (a clock that is not whole) falls between the sign-ins.
    expect(withActivity({ kind: 'since', ms: bound - 0.5 })).toBe(2);
    expect(withActivity({ kind: 'notSince', ms: bound + 0.5 })).toBe(3);
  });
});
