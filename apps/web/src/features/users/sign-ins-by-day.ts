export interface SignInDay {
  /** UTC calendar day, YYYY-MM-DD. */
  day: string;
  signIns: number;
}

export interface SignInYear {
  /** Every day of the window, oldest first, days without sign-ins as zero. */
  days: SignInDay[];
  total: number;
  daysWithSignIns: number;
  /** The earliest of the days with the most sign-ins; null when there were none. */
  busiest: SignInDay | null;
}

export const SIGN_IN_WINDOW_DAYS = 365;
const DAY_MS = 86_400_000;

export function utcDayAfter(day: string, offset: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + offset * DAY_MS).toISOString().slice(0, 10);
}

/** The server lists only days with sign-ins; the chart and its text alternative need all 365. */
export function signInYear(since: string, perDay: readonly SignInDay[]): SignInYear {
  const counts = new Map(perDay.map((entry) => [entry.day, entry.signIns]));
  const days = Array.from({ length: SIGN_IN_WINDOW_DAYS }, (_, offset) => {
    const day = utcDayAfter(since, offset);
    return { day, signIns: counts.get(day) ?? 0 };
  });
  let busiest: SignInDay | null = null;
  for (const entry of days) if (entry.signIns > (busiest?.signIns ?? 0)) busiest = entry;
  return {
    days,
    total: days.reduce((sum, entry) => sum + entry.signIns, 0),
    daysWithSignIns: days.filter((entry) => entry.signIns > 0).length,
    busiest,
  };
}
