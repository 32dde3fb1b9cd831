import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { errorDetails } from '../../../apollo';
import { useCan, useViewer } from '../../auth/viewer-context';
import { useSearchParam } from '../../../hooks/use-search-param';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { SelectField } from '../../../ui/SelectField';
import { SHIFTS_QUERY, type ShiftRow } from '../graphql/shifts.graphql';
import { formatRange } from '../format';
import { CreateShiftDialog } from './CreateShiftDialog';
import { ShiftStateBadge } from './PlannerBadges';
import './planner.css';

/** The API lists shifts that end after `from` (default now): past ones are those that started before now. */
const EPOCH = new Date(0).toISOString();

/** Planner → Shifts: upcoming (or past) shifts by start time, how full they are, and a form for a new one. */
export function ShiftsPage() {
  const timeZone = useViewer().tenantTimeZone;
  const navigate = useNavigate();
  const canCreate = useCan('planner.shifts.create');
  const [cancelled, setCancelled] = useSearchParam('cancelled');
  const [view, setView] = useSearchParam('view');
  const past = view === 'past';
  const [creating, setCreating] = useState(false);
  // Fixed per switch, so a re-render does not refetch with a new instant.
  const range = useMemo(() => (past ? { from: EPOCH, to: new Date().toISOString() } : {}), [past]);
  const { data, error, refetch } = useQuery(SHIFTS_QUERY, {
    variables: { filter: { includeCancelled: cancelled === '1', ...range } },
    fetchPolicy: 'cache-and-network',
  });
  const shifts = useMemo(() => (past && data ? [...data.shifts].reverse() : data?.shifts), [past, data]);

  return (
    <PageLayout
      title="Shifts"
      description="Upcoming shifts, how many workers each needs and how many accepted."
      actions={
        canCreate && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            + New shift
          </Button>
        )
      }
    >
      <div className="toolbar">
        <SelectField label="Period" value={past ? 'past' : 'upcoming'} onChange={(event) => setView(event.target.value === 'past' ? 'past' : '')}>
          <option value="upcoming">Upcoming shifts</option>
          <option value="past">Past and started shifts, newest first</option>
        </SelectField>
        <label className="checkbox">
          <input type="checkbox" checked={cancelled === '1'} onChange={(event) => setCancelled(event.target.checked ? '1' : '')} />
          <span>Show cancelled shifts</span>
        </label>
      </div>
      {error && (
        <Alert title="Could not load shifts" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!shifts && !error && <Loading label="Loading shifts…" />}
      {shifts && shifts.length === 0 && (
        <EmptyState
          title={past ? 'No past shifts' : 'No upcoming shifts'}
          action={canCreate && !past ? <Button onClick={() => setCreating(true)}>Create a shift</Button> : undefined}
        >
          <p>{past ? 'Shifts appear here once they have started.' : 'Shifts you create appear here until they end.'}</p>
        </EmptyState>
      )}
      {shifts && shifts.length > 0 && (
        <DataTable<ShiftRow>
          caption="Shifts"
          columns={[
            {
              key: 'title',
              header: 'Shift',
              isRowHeader: true,
              render: (shift) => (
                <Link className="planner-row-link" to={`/planner/shifts/${shift.id}`}>
                  {shift.title}
                </Link>
              ),
            },
            { key: 'when', header: 'When', render: (shift) => formatRange(shift.startsAt, shift.endsAt, timeZone) },
            { key: 'location', header: 'Location', render: (shift) => shift.location },
            { key: 'skill', header: 'Required skill', render: (shift) => shift.requiredSkill?.name ?? <span className="muted">None</span> },
            { key: 'filled', header: 'Filled', align: 'end', render: (shift) => `${shift.filled} / ${shift.headcount}` },
            { key: 'state', header: 'Status', render: (shift) => <ShiftStateBadge shift={shift} /> },
          ]}
          rows={[...shifts]}
          rowKey={(shift) => shift.id}
          rowClassName={(shift) => (shift.cancelledAt ? 'planner-row planner-row--cancelled' : 'planner-row')}
        />
      )}
      {creating && (
        <CreateShiftDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            void navigate(`/planner/shifts/${id}`);
          }}
        />
      )}
    </PageLayout>
  );
}
