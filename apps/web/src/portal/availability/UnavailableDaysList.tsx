import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../apollo';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { formatLocalDate } from '../shell/dates';
import { MY_AVAILABILITY_QUERY, UNBLOCK_DAY_MUTATION, type UnavailableDay } from './availability.graphql';

/** The days ahead the worker is unavailable; days they blocked themselves can be unblocked here. */
export function UnavailableDaysList({ days }: { days: readonly UnavailableDay[] }) {
  const [unblock] = useMutation(UNBLOCK_DAY_MUTATION, { refetchQueries: [MY_AVAILABILITY_QUERY], awaitRefetchQueries: true });
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ id: string; message: string } | null>(null);

  async function remove(day: UnavailableDay) {
    setBusy(day.id);
    setFailure(null);
    try {
      await unblock({ variables: { id: day.id } });
    } catch (caught) {
      setFailure({ id: day.id, message: errorDetails(caught).message });
    } finally {
      setBusy(null);
    }
  }

  if (days.length === 0) return <p className="portal-empty">No days blocked.</p>;
  return (
    <ul className="portal-rows" aria-label="Unavailable days">
      {days.map((day) => (
        <li key={day.id} className="portal-row">
          <span className="portal-row__main">
            <time dateTime={day.date}>{formatLocalDate(day.date)}</time>
            {day.source === 'TIME_OFF' ? <Badge tone="muted">Time off</Badge> : <Badge>Blocked</Badge>}
          </span>
          {day.source === 'BLOCKED' && (
            <Button variant="ghost" pending={busy === day.id} onClick={() => void remove(day)} aria-label={`Unblock ${formatLocalDate(day.date)}`}>
              Unblock
            </Button>
          )}
          {failure?.id === day.id && (
            <p className="field__error portal-row__error" role="alert">
              {failure.message}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}
