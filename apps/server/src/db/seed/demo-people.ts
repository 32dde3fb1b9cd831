import type { SystemRoleKey } from '@access/domain';

export type DemoState = 'introduction' | 'released' | 'active' | 'inactive' | 'deleted';

export interface DemoPerson {
  username: string;
  firstName: string;
  lastName: string;
  role: SystemRoleKey;
  state: DemoState;
  origin: 'internal' | 'external';
  jobTitle: string;
  department: string;
  location: string;
  /** Days since the last sign-in; undefined: never signed in. */
  lastLoginDaysAgo?: number;
}

const FIRST = ['Olivia', 'Noah', 'Amara', 'Lucas', 'Sakura', 'Mateo', 'Freya', 'Kwame', 'Ingrid', 'Ravi', 'Chloe', 'Tariq', 'Elena', 'Jonas', 'Aisha', 'Pedro', 'Hana', 'Oscar', 'Leila', 'Felix', 'Zara', 'Hugo', 'Mei', 'Anders', 'Nadia', 'Kofi', 'Greta', 'Diego', 'Yuki', 'Emil', 'Sofia', 'Ibrahim', 'Clara', 'Bjorn', 'Priyanka', 'Marco', 'Ayla', 'Viktor', 'Lina', 'Samir', 'Astrid', 'Tomas'];
const LAST = ['Nguyen', 'Okafor', 'Schmidt', 'Silva', 'Tanaka', 'Haddad', 'Larsen', 'Mensah', 'Novak', 'Sharma', 'Dubois', 'Rahman', 'Petrova', 'Weber', 'Khan', 'Moreau', 'Sato', 'Lindqvist', 'Farouk', 'Becker', 'Ali', 'Fontaine', 'Chen', 'Johansson', 'Ivanova', 'Asante', 'Keller', 'Ramos', 'Mori', 'Holm', 'Costa', 'Yilmaz', 'Fischer', 'Eriksen', 'Iyer', 'Conti', 'Demir', 'Popov', 'Berg', 'Aziz', 'Nilsen', 'Horvat'];
const DEPARTMENTS = ['Operations', 'Purchasing', 'Warehouse', 'Finance', 'Planning', 'IT', 'Field Service'];
const LOCATIONS = ['Rotterdam', 'Lyon', 'Leeds', 'Gdansk', 'Porto', 'Malmo'];
const TITLES: Record<SystemRoleKey, string> = {
  administrator: 'Systems Administrator',
  userManager: 'HR Coordinator',
  auditor: 'Internal Auditor',
  plannerScheduler: 'Shift Planner',
  buyer: 'Buyer',
  seniorBuyer: 'Senior Buyer',
  worker: 'Field Technician',
};
const ROLE_CYCLE: SystemRoleKey[] = ['worker', 'worker', 'buyer', 'worker', 'plannerScheduler', 'seniorBuyer', 'worker', 'auditor', 'buyer', 'userManager'];
const STATE_CYCLE: DemoState[] = ['active', 'active', 'active', 'introduction', 'active', 'released', 'active', 'inactive', 'active', 'deleted'];
const LOGIN_DAYS = [0, 1, 3, 6, 12, 25, 45, 90, 200, 400];

/** 42 more people across every role, state and login pattern; the same list on every run. */
export function demoPeople(): DemoPerson[] {
  return FIRST.map((firstName, index) => {
    const lastName = LAST[index]!;
    const role = ROLE_CYCLE[index % ROLE_CYCLE.length]!;
    const state = STATE_CYCLE[(index * 3) % STATE_CYCLE.length]!;
    const neverSignedIn = state === 'introduction' || state === 'released' || index % 7 === 0;
    return {
      username: `${firstName}.${lastName}`.toLowerCase(),
      firstName,
      lastName,
      role,
      state,
      origin: role === 'worker' && index % 2 === 0 ? 'external' : 'internal',
      jobTitle: TITLES[role],
      department: DEPARTMENTS[index % DEPARTMENTS.length]!,
      location: LOCATIONS[index % LOCATIONS.length]!,
      lastLoginDaysAgo: neverSignedIn ? undefined : LOGIN_DAYS[index % LOGIN_DAYS.length],
    };
  });
}
