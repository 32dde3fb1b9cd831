import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import type { HolidayDelegationStatus } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Badge, type BadgeTone } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DataTable, type Column } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { APPROVAL_QUERIES } from '../approval-queries';
import { HOLIDAY_DELEGATIONS_QUERY, REMOVE_HOLIDAY_DELEGATION_MUTATION, type HolidayDelegationItem } from '../graphql/approvals.graphql';
import { CreateDelegationDialog } from './CreateDelegationDialog';

const STATUS: Record<HolidayDelegationStatus, { label: string; tone: BadgeTone }> = {
  CURRENT: { label: 'Now', tone: 'success' },
  UPCOMING: { label: 'Upcoming', tone: 'neutral' },
  PAST: { label: 'Over', tone: 'muted' },
};

function Person({ id, person }: { id: string; person: { displayName: string } | null | undefined }) {
  return person ? <Link to={`/users/${id}`}>{person.displayName}</Link> : <span className="muted">A removed user</span>;
}

/** Who approves in whose place, and when; current and upcoming ones unless past ones are asked for. */
export function HolidayDelegationsSection({ canUpdate }: { canUpdate: boolean }) {
  const [showPast, setShowPast] = useState(false);
  const { data, error, refetch } = useQuery(HOLIDAY_DELEGATIONS_QUERY, {
    variables: { filter: showPast ? null : { statuses: ['CURRENT', 'UPCOMING'] } },
    fetchPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [removing, setRemoving] = useState<HolidayDelegationItem | null>(null);
  const [refusal, setRefusal] = useState<{ message: string; final: boolean } | null>(null);
  const [removeDelegation, removal] = useMutation(REMOVE_HOLIDAY_DELEGATION_MUTATION, { refetchQueries: APPROVAL_QUERIES, awaitRefetchQueries: true });

  const name = (delegation: HolidayDelegationItem) =>
    `${delegation.delegator?.displayName ?? 'a removed user'} to ${delegation.delegate?.displayName ?? 'a removed user'}`;

  async function remove() {
    if (!removing) return;
    setRefusal(null);
    try {
      await removeDelegation({ variables: { id: removing.id } });
      setNotice(`The delegation from ${name(removing)} is removed.`);
      setRemoving(null);
    } catch (caught) {
      const details = errorDetails(caught);
      setRefusal({ message: details.message, final: details.code === 'NOT_FOUND' });
      if (details.code === 'NOT_FOUND') void refetch();
    }
  }

  const delegations = data?.holidayDelegations ?? [];
  const columns: Array<Column<HolidayDelegationItem>> = [
    { key: 'delegator', header: 'Away', isRowHeader: true, render: (row) => <Person id={row.delegatorId} person={row.delegator} /> },
    { key: 'delegate', header: 'Approves instead', render: (row) => <Person id={row.delegateId} person={row.delegate} /> },
    { key: 'startsOn', header: 'From', render: (row) => <time dateTime={row.startsOn}>{row.startsOn}</time> },
    { key: 'endsOn', header: 'To (included)', render: (row) => <time dateTime={row.endsOn}>{row.endsOn}</time> },
    { key: 'status', header: 'Status', render: (row) => <Badge tone={STATUS[row.status].tone}>{STATUS[row.status].label}</Badge> },
    ...(canUpdate
      ? [
          {
            key: 'actions',
            header: 'Actions',
            align: 'end' as const,
            render: (row: HolidayDelegationItem) => (
              <Button variant="danger" aria-label={`Remove the delegation from ${name(row)}`} onClick={() => setRemoving(row)}>
                Remove…
              </Button>
            ),
          },
        ]
      : []),
  ];

  return (
    <section className="approvals__section" aria-labelledby="holiday-delegations-heading">
      <div className="approvals__heading">
        <h2 id="holiday-delegations-heading">Holiday delegations</h2>
        <label className="checkbox">
          <input type="checkbox" checked={showPast} onChange={(event) => setShowPast(event.target.checked)} />
          <span>Show past delegations</span>
        </label>
        {canUpdate && (
          <Button variant="primary" onClick={() => setCreating(true)}>
            Create delegation
          </Button>
        )}
      </div>
      {notice && (
        <Alert tone="info" action={<Button variant="ghost" onClick={() => setNotice(null)}>Dismiss</Button>}>
          {notice}
        </Alert>
      )}
      {error && (
        <Alert title="Could not load the holiday delegations" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!data && !error && <Loading label="Loading holiday delegations…" />}
      {data && delegations.length === 0 && (
        <EmptyState title={showPast ? 'No holiday delegations' : 'No current or upcoming delegations'}>
          <p>While someone is away, a delegation names who approves in their place.</p>
        </EmptyState>
      )}
      {delegations.length > 0 && (
        <DataTable caption="Holiday delegations" hideCaption columns={columns} rows={delegations} rowKey={(row) => row.id} />
      )}
      <CreateDelegationDialog open={creating} onClose={() => setCreating(false)} onCreated={setNotice} />
      <ConfirmDialog
        open={removing !== null}
        title={removing ? `Remove the delegation from ${name(removing)}?` : ''}
        confirmLabel="Remove delegation"
        confirmVariant="danger"
        pending={removal.loading}
        error={refusal?.message}
        errorIsFinal={refusal?.final}
        onConfirm={() => void remove()}
        onClose={() => {
          setRemoving(null);
          setRefusal(null);
        }}
      >
        <p>
          {removing ? `${removing.delegator?.displayName ?? 'The delegator'}'s approvals from ${removing.startsOn} to ${removing.endsOn} are no longer handed on.` : ''}
        </p>
      </ConfirmDialog>
    </section>
  );
}
