import { UserStateEnum } from '../user.type.js';

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

  get size(): number {
    return this.slotOf.size;
  }

  upsert(user: DirectoryUser): void {
    let slot = this.slotOf.get(user.id);
    if (slot === undefined) {
      slot = this.free.pop() ?? this.states.length;
      this.slotOf.set(user.id, slot);
    }
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
    this.slotOf.delete(id);
    this.states[slot] = FREE;
    this.fullNames[slot] = this.usernames[slot] = this.emails[slot] = '';
    this.free.push(slot);
  }

  count(criteria: DirectoryCriteria): number {
    const admitted = new Uint8Array(6);
    for (const state of criteria.states) admitted[STATE_CODES[state]] = 1;
    const role = criteria.roleId === null ? null : (this.roleCodes.get(criteria.roleId) ?? -1);
    const { name, email, loginActivity } = criteria;
    const { states, roles, lastLogins, fullNames, usernames, emails } = this;
    let total = 0;
    // Every array has a value at every slot below states.length (upsert writes them all).
    for (let slot = 0; slot < states.length; slot++) {
      if (admitted[states[slot]!] === 0) continue;
      if (role !== null && roles[slot] !== role) continue;
      if (loginActivity !== null && !matchesLoginActivity(lastLogins[slot]!, loginActivity)) continue;
      if (email !== null && !emails[slot]!.includes(email)) continue;
      if (name !== null && !fullNames[slot]!.includes(name) && !usernames[slot]!.includes(name)) continue;
      total++;
    }
    return total;
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
