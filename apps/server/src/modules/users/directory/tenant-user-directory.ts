import { UserStateEnum } from '../types/user.type.js';
import { LoginDays, LoginHistogram, NEVER } from './login-days.js';
import { type RankedUsername, UNRANKED, UsernameRanks } from './username-ranks.js';

/** What the Users list filters one user by, with text already lowercased by the database (so it matches as ILIKE does). */
export interface DirectoryUser {
  id: string;
  /** lower(first name || ' ' || last name), a missing part empty. */
  fullName: string;
  username: string;
  /** The username as stored, when lowercasing changed it; the order of the list is the stored one's. */
  usernameAsWritten: string | null;
  email: string;
  roleId: string;
  state: UserStateEnum;
  /** Epoch milliseconds of the last sign-in, rounded down; null for never. */
  lastLoginMs: number | null;
}

export type LoginActivityCriterion = { kind: 'never' } | { kind: 'since'; ms: number } | { kind: 'notSince'; ms: number };

/** The Users list filter, resolved: the states it admits and lowercased fragments. */
export interface DirectoryCriteria {
  states: ReadonlySet<UserStateEnum>;
  roleId: string | null;
  /** Found in the full name or in the username. */
  name: string | null;
  email: string | null;
  loginActivity: LoginActivityCriterion | null;
}

const STATE_CODES: Record<UserStateEnum, number> = {
  [UserStateEnum.INTRODUCTION]: 1,
  [UserStateEnum.RELEASED]: 2,
  [UserStateEnum.ACTIVE]: 3,
  [UserStateEnum.INACTIVE]: 4,
  [UserStateEnum.DELETED]: 5,
};
/**
 * One field of a chunk of slots joined into one string, each value ended by END, so a fragment is
 * found by one native indexOf walk instead of an includes() call per user (several times faster at
 * 100 000 users). The name index holds "full name", SPLIT, "username" per slot. The tenant's slots
 * are indexed CHUNK_SLOTS at a time: a user's change rebuilds their chunk (a few ms), not the whole
 * tenant's index (0.4 s at 1 M users).
 */
interface TextIndex {
  text: string;
  /** Where each slot's value starts in text, from the chunk's first slot on. */
  starts: Int32Array;
}
type TextField = 'name' | 'email';
const CHUNK_BITS = 14;
const CHUNK_SLOTS = 1 << CHUNK_BITS;
const END = '\u0000';
const SPLIT = '\u0001';

/** The state code of a free slot: no criteria admit it. */
const FREE = 0;

/** A filter's users by day of last sign-in (see LoginHistogram), and its test of one slot. */
interface LoginCounts {
  histogram: LoginHistogram;
  matches: (slot: number) => boolean;
  /** A fragment's matches are found again after a text changes: the counts go with them. */
  usesText: boolean;
}

/**
 * The users of one tenant as parallel arrays, so a count walks plain numbers and strings: about
 * a millisecond per 100 000 users for role and state, a few for a fragment. Slots of removed users
 * are reused.
 */
export class TenantUserDirectory {
  private readonly slotOf = new Map<string, number>();
  /** The reverse of slotOf; a free slot keeps its last id. */
  private readonly ids: string[] = [];
  private readonly free: number[] = [];
  private readonly fullNames: string[] = [];
  private readonly usernames: string[] = [];
  private readonly usernamesAsWritten = new Map<number, string>();
  private readonly ranks = new UsernameRanks();
  private readonly emails: string[] = [];
  private readonly roles: number[] = [];
  private readonly states: number[] = [];
  private readonly lastLogins: number[] = [];
  /** Role ids as small numbers: comparing numbers beats comparing uuid strings 100 000 times. */
  private readonly roleCodes = new Map<string, number>();
  /** By field, by chunk; built by the first read, or on the first fragment count after a change in the chunk. */
  private readonly textIndex: Record<TextField, Array<TextIndex | undefined>> = { name: [], email: [] };
  /**
   * Counts since the last change, by criteria: paging through a list asks the same count for every
   * page, and a fragment count walks the whole tenant (30 to 80 ms at 1 M users).
   */
  private readonly counted = new Map<string, number>();
  /**
   * The slots each recent fragment matched, until a text of its field changes: a login activity
   * bound moves with the clock, so its counts are never reused, but the fragment beside it can be.
   */
  private readonly matched = { name: new Map<string, Uint8Array>(), email: new Map<string, Uint8Array>() };
  private readonly loginDays = new LoginDays();
  /** By the key of a filter without its login activity; most recently used last. */
  private readonly loginCounts = new Map<string, LoginCounts>();

  get size(): number {
    return this.slotOf.size;
  }

  upsert(user: DirectoryUser): void {
    let slot = this.slotOf.get(user.id);
    const isNew = slot === undefined;
    if (slot === undefined) {
      slot = this.free.pop() ?? this.states.length;
      this.slotOf.set(user.id, slot);
      this.ids[slot] = user.id;
    }
    const role = this.roleCode(user.roleId);
    const state = STATE_CODES[user.state];
    const lastLogin = user.lastLoginMs ?? NEVER;
    const renamed = isNew || this.usernameAt(slot) !== (user.usernameAsWritten ?? user.username);
    const nameChanged = this.fullNames[slot] !== user.fullName || this.usernames[slot] !== user.username;
    const emailChanged = this.emails[slot] !== user.email;
    // A catch-up reads again the rows of transactions that were still open at its last look: most
    // come back unchanged, and the counts they would throw away cost a walk of the tenant each.
    if (!renamed && !nameChanged && !emailChanged && this.roles[slot] === role && this.states[slot] === state && this.lastLogins[slot] === lastLogin) return;
    this.counted.clear();
    if (nameChanged) this.textChanged('name', slot);
    if (emailChanged) this.textChanged('email', slot);
    const previousLogin = isNew ? null : this.lastLogins[slot]!;
    const loginCounts = this.loginCounts.size === 0 ? null : [...this.loginCounts.values()];
    const matchedBefore = loginCounts?.map((counts) => !isNew && counts.matches(slot));
    if (renamed) this.ranks.forget(slot, true);
    this.fullNames[slot] = user.fullName;
    this.usernames[slot] = user.username;
    if (user.usernameAsWritten === null) this.usernamesAsWritten.delete(slot);
    else this.usernamesAsWritten.set(slot, user.usernameAsWritten);
    this.emails[slot] = user.email;
    this.roles[slot] = role;
    this.states[slot] = state;
    this.lastLogins[slot] = lastLogin;
    loginCounts?.forEach((counts, index) => {
      if (matchedBefore![index]) counts.histogram.add(previousLogin!, -1);
      if (counts.matches(slot)) counts.histogram.add(lastLogin, 1);
    });
    if (previousLogin !== lastLogin) {
      if (previousLogin !== null) this.loginDays.remove(slot, previousLogin);
      this.loginDays.add(slot, lastLogin);
    }
  }

  private textChanged(field: TextField, slot: number): void {
    this.textIndex[field][slot >> CHUNK_BITS] = undefined;
    this.matched[field].clear();
    for (const [key, counts] of this.loginCounts) if (counts.usesText) this.loginCounts.delete(key);
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.counted.clear();
    this.slotOf.delete(id);
    for (const counts of this.loginCounts.values()) if (counts.matches(slot)) counts.histogram.add(this.lastLogins[slot]!, -1);
    this.loginDays.remove(slot, this.lastLogins[slot]!);
    this.states[slot] = FREE;
    // Whoever reuses the slot may have the same (empty) email: the old text must not match for them.
    this.textChanged('name', slot);
    this.textChanged('email', slot);
    this.fullNames[slot] = this.usernames[slot] = this.emails[slot] = '';
    this.usernamesAsWritten.delete(slot);
    this.ranks.forget(slot, false);
    this.free.push(slot);
  }

  /** The username as stored. */
  private usernameAt(slot: number): string {
    return this.usernamesAsWritten.get(slot) ?? this.usernames[slot]!;
  }

  /** Users created or renamed since the database's username order was taken. */
  get unrankedCount(): number {
    return this.ranks.unranked.size;
  }

  /** Takes the database's username order at once (see rankInSlices). */
  rank(ordered: readonly RankedUsername[]): void {
    const slices = this.rankInSlices(ordered, Infinity);
    while (!slices.next().done);
  }

  /**
   * Takes the database's username order, a slice at a time: a user renamed since the database
   * ranked them, or unknown here, stays unranked. The caller may wait between slices, but must not
   * change the directory until the last one.
   */
  *rankInSlices(ordered: readonly RankedUsername[], slice: number): Generator<void> {
    this.ranks.begin();
    for (let rank = 0; rank < ordered.length; rank++) {
      if (rank > 0 && rank % slice === 0) yield;
      const { id, username } = ordered[rank]!;
      const slot = this.slotOf.get(id);
      if (slot !== undefined && this.usernameAt(slot) === username) this.ranks.place(slot, rank);
    }
    this.ranks.finish(this.slotOf.values());
  }

  /**
   * A reading of every user whose rows carry their rank (see UserDirectory's first read): begin,
   * upsert each user with their rank, finish.
   */
  beginRanking(): void {
    this.ranks.begin();
  }

  /** Places a user upserted by the same reading. */
  placeRank(id: string, rank: number): void {
    const slot = this.slotOf.get(id);
    if (slot !== undefined) this.ranks.place(slot, rank);
  }

  finishRanking(): void {
    this.ranks.finish(this.slotOf.values());
  }

  /**
   * The users that can make up the next `limit` matches in username order after `after` (a user
   * and the username the cursor holds for them): the first `limit` ranked matches past the cursor,
   * in order, and every unranked match, for the database to sort among them. Null when the
   * directory cannot tell: never ranked, the cursor's user unknown, unranked or renamed since, or
   * more than maxUnranked unranked matches.
   */
  pageCandidates(
    criteria: DirectoryCriteria,
    after: { id: string; username: string } | null,
    descending: boolean,
    limit: number,
    maxUnranked: number,
  ): { ranked: string[]; unranked: string[] } | null {
    if (!this.ranks.ranked) return null;
    let from = descending ? this.ranks.length : -1;
    if (after) {
      const slot = this.slotOf.get(after.id);
      if (slot === undefined || this.usernameAt(slot) !== after.username) return null;
      from = this.ranks.rankOfSlot(slot);
      if (from === UNRANKED) return null;
    }
    const matches = this.matcher(criteria);
    const idAt = (slot: number) => this.ids[slot]!;
    const unranked: string[] = [];
    for (const slot of this.ranks.unranked) {
      if (!matches(slot)) continue;
      if (unranked.length === maxUnranked) return null;
      unranked.push(idAt(slot));
    }
    const total = this.count(criteria);
    const step = descending ? -1 : 1;
    const ranked: number[] = [];
    // Walking ranks visits about limit * size / total users; past an eighth of the tenant, one pass
    // over the slots in memory order (then a sort of the matches) is quicker than that many jumps.
    if (total >= limit * 8) {
      for (let rank = from + step; rank >= 0 && rank < this.ranks.length && ranked.length < limit; rank += step) {
        const slot = this.ranks.slotAtRank(rank);
        if (slot !== UNRANKED && matches(slot)) ranked.push(slot);
      }
    } else if (total > 0) {
      for (let slot = 0; slot < this.states.length; slot++) {
        const rank = this.ranks.rankOfSlot(slot);
        if (rank !== UNRANKED && (rank - from) * step > 0 && matches(slot)) ranked.push(slot);
      }
      ranked.sort((a, b) => (this.ranks.rankOfSlot(a) - this.ranks.rankOfSlot(b)) * step);
      ranked.length = Math.min(ranked.length, limit);
    }
    return { ranked: ranked.map(idAt), unranked };
  }

  /** The criteria in the directory's terms: the state codes admitted, the role's code, the fragments' matches and the login range. */
  private resolve(criteria: DirectoryCriteria) {
    const admitted = new Uint8Array(6);
    for (const state of criteria.states) admitted[STATE_CODES[state]] = 1;
    const role = criteria.roleId === null ? null : (this.roleCodes.get(criteria.roleId) ?? -1);
    const names = criteria.name === null ? null : this.matches(criteria.name, 'name');
    const emails = criteria.email === null ? null : this.matches(criteria.email, 'email');
    const [from, to] = criteria.loginActivity === null ? [-Infinity, Infinity] : loginRange(criteria.loginActivity);
    return { admitted, role, names, emails, from, to };
  }

  /** The criteria as a test of one slot: what countNow inlines, for the few slots a page visits. */
  private matcher(criteria: DirectoryCriteria): (slot: number) => boolean {
    const { admitted, role, names, emails, from, to } = this.resolve(criteria);
    const { states, roles, lastLogins } = this;
    return (slot) => {
      const lastLogin = lastLogins[slot]!;
      return (
        (names === null || names[slot] === 1) &&
        (emails === null || emails[slot] === 1) &&
        lastLogin >= from &&
        lastLogin <= to &&
        admitted[states[slot]!] === 1 &&
        (role === null || roles[slot] === role)
      );
    };
  }

  count(criteria: DirectoryCriteria): number {
    const key = criteriaKey(criteria);
    let total = this.counted.get(key);
    if (total === undefined) {
      total = this.countNow(criteria);
      // A bound on the memory: a burst of distinct filters starts it again.
      if (this.counted.size >= MAX_COUNTS) this.counted.clear();
      this.counted.set(key, total);
    }
    return total;
  }

  private countNow(criteria: DirectoryCriteria): number {
    // A login activity bound moves with the clock, so its count is never asked twice: it comes
    // from the filter's counts by day of last sign-in instead of a walk of every user.
    if (criteria.loginActivity !== null) {
      const counts = this.loginCountsOf({ ...criteria, loginActivity: null });
      // Null for a role no user has had: no one matches.
      if (!counts) return 0;
      const [from, to] = loginRange(criteria.loginActivity);
      return counts.histogram.countOnWholeDays(from, to) + this.loginDays.countOnPartDays(from, to, counts.matches, this.lastLogins);
    }
    const { admitted, role, names, emails } = this.resolve(criteria);
    const { states, roles } = this;
    let total = 0;
    // Every array has a value at every slot below states.length (upsert writes them all).
    for (let slot = 0; slot < states.length; slot++) {
      if (admitted[states[slot]!] === 0) continue;
      if (role !== null && roles[slot] !== role) continue;
      if (emails !== null && emails[slot] === 0) continue;
      if (names !== null && names[slot] === 0) continue;
      total++;
    }
    return total;
  }

  /**
   * The filter's users by day of last sign-in, counted by one walk the first time and kept up to
   * date after; null for a role no user has had here (its code would come later).
   */
  private loginCountsOf(criteria: DirectoryCriteria): LoginCounts | null {
    if (criteria.roleId !== null && !this.roleCodes.has(criteria.roleId)) return null;
    const key = criteriaKey(criteria);
    let counts = this.loginCounts.get(key);
    if (counts) {
      this.loginCounts.delete(key);
    } else {
      counts = { histogram: new LoginHistogram(), matches: this.matcher(criteria), usesText: criteria.name !== null || criteria.email !== null };
      for (let slot = 0; slot < this.states.length; slot++) if (counts.matches(slot)) counts.histogram.add(this.lastLogins[slot]!, 1);
      if (this.loginCounts.size >= MAX_LOGIN_COUNTS) this.loginCounts.delete(this.loginCounts.keys().next().value!);
    }
    this.loginCounts.set(key, counts);
    return counts;
  }

  private matches(fragment: string, field: TextField): Uint8Array {
    const recent = this.matched[field];
    let found = recent.get(fragment);
    // The slots are as many as when it was found: a new slot changes a text, which clears the map.
    if (!found) {
      found = this.slotsContaining(fragment, field);
      if (recent.size >= MAX_MATCHED) recent.delete(recent.keys().next().value!);
      recent.set(fragment, found);
    }
    return found;
  }

  /** 1 for each slot whose field contains the fragment (for names: the full name or the username). */
  private slotsContaining(fragment: string, field: TextField): Uint8Array {
    const found = new Uint8Array(this.states.length);
    if (fragment.includes(END) || fragment.includes(SPLIT)) {
      // Could match across the joints of the index: ask each value instead.
      for (let slot = 0; slot < found.length; slot++) {
        const matches = field === 'name' ? this.fullNames[slot]!.includes(fragment) || this.usernames[slot]!.includes(fragment) : this.emails[slot]!.includes(fragment);
        if (matches) found[slot] = 1;
      }
      return found;
    }
    const chunks = this.textIndex[field];
    for (let first = 0; first < found.length; first += CHUNK_SLOTS) {
      const { text, starts } = (chunks[first >> CHUNK_BITS] ??= this.indexChunk(field, first));
      // Matches come in text order, so the slot of each is found by walking on from the last one.
      let slot = 0;
      let at = text.indexOf(fragment);
      while (at !== -1) {
        while (slot + 1 < starts.length && starts[slot + 1]! <= at) slot++;
        found[first + slot] = 1;
        // The rest of this slot cannot add anything: on to the next one.
        if (slot + 1 >= starts.length) break;
        at = text.indexOf(fragment, starts[slot + 1]!);
      }
    }
    return found;
  }

  /**
   * Builds one chunk of the text indexes that is missing, if any; false when none is. The first
   * read calls it between turns of the event loop, so the first fragment count does not build the
   * whole tenant's index at once.
   */
  buildIndexChunk(): boolean {
    for (const field of ['name', 'email'] as const) {
      const chunks = this.textIndex[field];
      for (let first = 0; first < this.states.length; first += CHUNK_SLOTS) {
        if (chunks[first >> CHUNK_BITS]) continue;
        chunks[first >> CHUNK_BITS] = this.indexChunk(field, first);
        return true;
      }
    }
    return false;
  }

  private indexChunk(field: TextField, first: number): TextIndex {
    const end = Math.min(first + CHUNK_SLOTS, this.states.length);
    const starts = new Int32Array(end - first);
    const parts: string[] = [];
    let offset = 0;
    for (let slot = first; slot < end; slot++) {
      const value = (field === 'name' ? this.fullNames[slot] + SPLIT + this.usernames[slot] : this.emails[slot]!) + END;
      starts[slot - first] = offset;
      offset += value.length;
      parts.push(value);
    }
    return { text: parts.join(''), starts };
  }

  private roleCode(roleId: string): number {
    let code = this.roleCodes.get(roleId);
    if (code === undefined) {
      code = this.roleCodes.size;
      this.roleCodes.set(roleId, code);
    }
    return code;
  }
}

const MAX_COUNTS = 1000;
/** Filters whose counts by day of last sign-in are kept: each costs a test per changed user. */
const MAX_LOGIN_COUNTS = 8;
/** Fragments whose matches are kept, per field: 1 byte per slot each (1 MB at 1 M users). */
const MAX_MATCHED = 8;

function criteriaKey(criteria: DirectoryCriteria): string {
  const activity = criteria.loginActivity;
  return JSON.stringify([[...criteria.states].sort(), criteria.roleId, criteria.name, criteria.email, activity?.kind ?? null, activity && 'ms' in activity ? activity.ms : null]);
}

/** The last sign-ins (epoch ms, NEVER for none) a criterion admits, bounds included. */
function loginRange(criterion: LoginActivityCriterion): [number, number] {
  switch (criterion.kind) {
    case 'never':
      return [NEVER, NEVER];
    case 'since':
      // NEVER is below any sign-in time the database can hold (-1 ms is 1969).
      return [Math.max(criterion.ms, NEVER + 1), Infinity];
    case 'notSince':
      // "Before ms": the last whole millisecond before it, as times are whole milliseconds.
      return [-Infinity, Math.ceil(criterion.ms) - 1];
  }
}
