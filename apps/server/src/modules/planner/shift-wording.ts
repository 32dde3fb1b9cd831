import type { ShiftEntity } from './entities/shift.entity.js';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'full', timeStyle: 'short', timeZone: 'UTC' });
const until = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'UTC' });

/** "Night cover at Dock 4, Monday 1 December 2026 at 22:00 to 06:00 (UTC)": how emails name a shift. */
export function describeShift(shift: Pick<ShiftEntity, 'title' | 'location' | 'startsAt' | 'endsAt'>): string {
  return `"${shift.title}" at ${shift.location}, ${when.format(shift.startsAt)} to ${until.format(shift.endsAt)} (UTC)`;
}
