import { Badge } from '../../ui/Badge';
import { PortalSection } from '../shell/PortalPage';
import { ShiftSummary } from './ShiftSummary';
import type { PortalShift } from './shifts.graphql';

/**
 * The shifts that are over, newest first. The API's `includePast` list also holds the upcoming
 * ones; an accepted shift is past once it ended, an offer once the shift started unanswered.
 */
export function PastShifts({ shifts, now = Date.now() }: { shifts: readonly PortalShift[]; now?: number }) {
  const past = shifts
    .filter((shift) => Date.parse(shift.status === 'ACCEPTED' ? shift.endsAt : shift.startsAt) <= now)
    .sort((a, b) => Date.parse(b.startsAt) - Date.parse(a.startsAt));
  return (
    <PortalSection title="Past shifts" id="past">
      {past.length === 0 ? (
        <p className="portal-empty">No past shifts yet.</p>
      ) : (
        <ul className="portal-list">
          {past.map((shift) => (
            <li key={shift.offerId}>
              <ShiftSummary
                shift={shift}
                badge={shift.status === 'ACCEPTED' ? <Badge tone="success">Accepted</Badge> : <Badge tone="neutral">Not answered</Badge>}
              />
            </li>
          ))}
        </ul>
      )}
    </PortalSection>
  );
}
