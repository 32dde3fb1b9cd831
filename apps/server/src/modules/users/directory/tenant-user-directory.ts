import { UserStateEnum } from '../types/user.type.js';

/** What the Users list filters one user by, with text already lowercased by the database (so it matches as ILIKE does). */
export interface DirectoryUser {
  id: string;
  /** lower(first name || ' ' || last name), a missing part empty. */
  fullName: string;
  username: string;
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
 * One field of every slot joined into one string, each value ended by END, so a fragment is found
 * by one native indexOf walk over the whole tenant instead of an includes() call per user (several
 * times faster at 100 000 users). The name index holds "full name", SPLIT, "username" per slot.
 */
interface TextIndex {
  text: string;
  /** Where each slot's value starts in text. */
  starts: Int32Array;
}
const END = '\u0000';
const SPLIT = '\u0001';

/** The state code of a free slot: no criteria admit it. */
const FREE = 0;
const NEVER = -1;

/**
 * The users of one tenant as parallel arrays, so a count walks plain numbers and strings: about
 * a millisecond per 100 000 users for role and state, a few for a fragment. Slots of removed users
 * are reused.
 */
export class TenantUserDirectory {
  private readonly slotOf = new Map<string, number>();
  private readonly free: number[] = [];
  private readonly fullNames: string[] = [];
  private readonly usernames: string[] = [];
  private readonly emails: string[] = [];
  private readonly roles: number[] = [];
  private readonly states: number[] = [];
  private readonly lastLogins: number[] = [];
  /** Role ids as small numbers: comparing numbers beats comparing uuid strings 100 000 times. */
  private readonly roleCodes = new Map<string, number>();
  /** Built on the first fragment count after a text change. */
  private nameIndex: TextIndex | null = null;
  private emailIndex: TextIndex | null = null;
  /**
   * Counts since the last change, by criteria: paging through a list asks the same count for every
   * page, and a fragment count walks the whole tenant (30 to 80 ms at 1 M users).
   */
  private readonly counted = new Map<string, number>();

  get size(): number {
    return this.slotOf.size;
  }

  upsert(user: DirectoryUser): void {
    this.counted.clear();
    let slot = this.slotOf.get(user.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.states.length;
      this.slotOf.set(user.id, slot);
    }
    if (this.fullNames[slot] !== user.fullName || this.usernames[slot] !== user.username) this.nameIndex = null;
    if (this.emails[slot] !== user.email) this.emailIndex = null;
    this.fullNames[slot] = user.fullName;
    this.usernames[slot] = user.username;
    this.emails[slot] = user.email;
    this.roles[slot] = this.roleCode(user.roleId);
    this.states[slot] = STATE_CODES[user.state];
    this.lastLogins[slot] = user.lastLoginMs ?? NEVER;
  }

  remove(id: string): void {
    const slot = this.slotOf.get(id);
    if (slot === undefined) return;
    this.counted.clear();
    this.slotOf.delete(id);
    this.states[slot] = FREE;
    this.fullNames[slot] = this.usernames[slot] = this.emails[slot] = '';
    this.free.push(slot);
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
    const admitted = new Uint8Array(6);
    for (const state of criteria.states) admitted[STATE_CODES[state]] = 1;
    const role = criteria.roleId === null ? null : (this.roleCodes.get(criteria.roleId) ?? -1);
    const { loginActivity } = criteria;
    const names = criteria.name === null ? null : this.slotsContaining(criteria.name, 'name');
    const emails = criteria.email === null ? null : this.slotsContaining(criteria.email, 'email');
    const { states, roles, lastLogins } = this;
    let total = 0;
    // Every array has a value at every slot below states.length (upsert writes them all).
    for (let slot = 0; slot < states.length; slot++) {
      if (admitted[states[slot]!] === 0) continue;
      if (role !== null && roles[slot] !== role) continue;
      if (loginActivity !== null && !matchesLoginActivity(lastLogins[slot]!, loginActivity)) continue;
      if (emails !== null && emails[slot] === 0) continue;
      if (names !== null && names[slot] === 0) continue;
      total++;
    }
    return total;
  }

  /** 1 for each slot whose field contains the fragment (for names: the full name or the username). */
  private slotsContaining(fragment: string, field: 'name' | 'email'): Uint8Array {
    const found = new Uint8Array(this.states.length);
    if (fragment.includes(END) || fragment.includes(SPLIT)) {
      // Could match across the joints of the index: ask each value instead.
      for (let slot = 0; slot < found.length; slot++) {
        const matches = field === 'name' ? this.fullNames[slot]!.includes(fragment) || this.usernames[slot]!.includes(fragment) : this.emails[slot]!.includes(fragment);
        if (matches) found[slot] = 1;
      }
      return found;
    }
    const { text, starts } = field === 'name' ? (this.nameIndex ??= this.buildIndex((slot) => this.fullNames[slot] + SPLIT + this.usernames[slot])) : (this.emailIndex ??= this.buildIndex((slot) => this.emails[slot]!));
    // Matches come in text order, so the slot of each is found by walking on from the last one.
    let slot = 0;
    let at = text.indexOf(fragment);
    while (at !== -1) {
      while (slot + 1 < starts.length && starts[slot + 1]! <= at) slot++;
      found[slot] = 1;
      // The rest of this slot cannot add anything: on to the next one.
      if (slot + 1 >= starts.length) break;
      at = text.indexOf(fragment, starts[slot + 1]!);
    }
    return found;
  }

  private buildIndex(valueOf: (slot: number) => string): TextIndex {
    const starts = new Int32Array(this.states.length);
    const parts: string[] = [];
    let offset = 0;
    for (let slot = 0; slot < starts.length; slot++) {
      const value = valueOf(slot) + END;
      starts[slot] = offset;
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

function criteriaKey(criteria: DirectoryCriteria): string {
  const activity = criteria.loginActivity;
  return JSON.stringify([[...criteria.states].sort(), criteria.roleId, criteria.name, criteria.email, activity?.kind ?? null, activity && 'ms' in activity ? activity.ms : null]);
}

function matchesLoginActivity(lastLoginMs: number, criterion: LoginActivityCriterion): boolean {
  switch (criterion.kind) {
    case 'never':
      return lastLoginMs === NEVER;
    case 'since':
      return lastLoginMs !== NEVER && lastLoginMs >= criterion.ms;
    case 'notSince':
      return lastLoginMs === NEVER || lastLoginMs < criterion.ms;
  }
}
