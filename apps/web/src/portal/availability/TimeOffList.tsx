import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../apollo';
import type { TimeOffStatus } from '../../gql/graphql';
import { Badge, type BadgeTone } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { daysInclusive, formatDateRange } from '../shell/dates';
import { CANCEL_TIME_OFF_REQUEST_MUTATION, MY_AVAILABILITY_QUERY, type TimeOffRequest } from './availability.graphql';

const STATUS = {
  PENDING: { label: 'Pending', tone: 'warning' },
  APPROVED: { label: 'Approved', tone: 'success' },
  REJECTED: { label: 'Rejected', tone: 'danger' },
  CANCELLED: { label: 'Cancelled', tone: 'muted' },
} as const satisfies Record<TimeOffStatus, { label: string; tone: BadgeTone }>;

/** The worker's time-off requests with their answers; pending ones can still be withdrawn. */
export function TimeOffList({ requests }: { requests: readonly TimeOffRequest[] }) {
  const [cancel] = useMutation(CANCEL_TIME_OFF_REQUEST_MUTATION, { refetchQueries: [MY_AVAILABILITY_QUERY], awaitRefetchQueries: true });
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ id: string; message: string } | null>(null);

  async function withdraw(request: TimeOffRequest) {
    setBusy(request.id);
    setFailure(null);
    try {
      await cancel({ variables: { id: request.id } });
    } catch (caught) {
      setFailure({ id: request.id, message: errorDetails(caught).message });
    } finally {
      setBusy(null);
    }
  }

  if (requests.length === 0) return <p className="portal-empty">No time-off requests yet.</p>;
  return (
    <ul className="portal-rows" aria-label="Time-off requests">
      {requests.map((request) => {
        const days = daysInclusive(request.startDate, request.endDate) ?? 0;
        const range = formatDateRange(request.startDate, request.endDate);
        return (
          <li key={request.id} className="portal-row">
            <span className="portal-row__main">
              <span>
                {range} <span className="muted">({days} {days === 1 ? 'day' : 'days'})</span>
              </span>
              <Badge tone={STATUS[request.status].tone}>{STATUS[request.status].label}</Badge>
            </span>
            {request.status === 'PENDING' && (
              <Button variant="ghost" pending={busy === request.id} onClick={() => void withdraw(request)} aria-label={`Cancel request for ${range}`}>
                Cancel request
              </Button>
            )}
            {(request.reason || request.reviewNote) && (
              <p className="portal-row__detail">
                {request.reason && <span>Reason: {request.reason}</span>}
                {request.reviewNote && <span>Scheduler: {request.reviewNote}</span>}
              </p>
            )}
            {failure?.id === request.id && (
              <p className="field__error portal-row__error" role="alert">
                {failure.message}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
