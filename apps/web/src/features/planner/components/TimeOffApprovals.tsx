import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import type { TimeOffStatus } from '../../../gql/graphql';
import { useSearchParam } from '../../../hooks/use-search-param';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { DataTable } from '../../../ui/DataTable';
import { Loading } from '../../../ui/Loading';
import { SelectField } from '../../../ui/SelectField';
import { APPROVE_TIME_OFF_MUTATION, REJECT_TIME_OFF_MUTATION, TIME_OFF_REQUESTS_QUERY, type TimeOffRow } from '../graphql/time-off.graphql';
import { formatDayRange } from '../format';
import { TIME_OFF_STATUS } from '../planner-labels';
import { TimeOffStatusBadge } from './PlannerBadges';
import { ReviewDialog } from './ReviewDialog';

const STATUSES = Object.keys(TIME_OFF_STATUS) as TimeOffStatus[];

/** Time-off requests (pending by default); approving one blocks every day of it for shifts. */
export function TimeOffApprovals() {
  const [statusParam, setStatus] = useSearchParam('timeOff');
  const status: TimeOffStatus | null = statusParam === 'all' ? null : ((STATUSES as string[]).includes(statusParam) ? (statusParam as TimeOffStatus) : 'PENDING');
  const [reviewing, setReviewing] = useState<{ request: TimeOffRow; approve: boolean } | null>(null);
  const { data, error, refetch } = useQuery(TIME_OFF_REQUESTS_QUERY, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const refetchQueries = ['TimeOffRequests', 'WorkerProfile'];
  const [approve] = useMutation(APPROVE_TIME_OFF_MUTATION, { refetchQueries });
  const [reject] = useMutation(REJECT_TIME_OFF_MUTATION, { refetchQueries });
  const requests = data?.timeOffRequests;

  return (
    <section className="stack planner-section" aria-labelledby="time-off-approvals">
      <div className="planner-section-head">
        <h2 className="planner-section-title" id="time-off-approvals">
          Time-off requests
        </h2>
        <SelectField label="Show" className="planner-inline-field" value={status ?? 'all'} onChange={(event) => setStatus(event.target.value === 'PENDING' ? '' : event.target.value)}>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {TIME_OFF_STATUS[value].label}
            </option>
          ))}
          <option value="all">All</option>
        </SelectField>
      </div>
      {error && (
        <Alert title="Could not load time-off requests" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!requests && !error && <Loading label="Loading time-off requests…" />}
      {requests?.length === 0 && <p className="muted">No {status ? TIME_OFF_STATUS[status].label.toLowerCase() : ''} time-off requests.</p>}
      {requests && requests.length > 0 && (
        <DataTable<TimeOffRow>
          caption="Time-off requests"
          columns={[
            { key: 'worker', header: 'Worker', isRowHeader: true, render: (request) => <Link to={`/planner/users/${request.worker.id}?tab=availability`}>{request.worker.displayName}</Link> },
            { key: 'days', header: 'Days', render: (request) => formatDayRange(request.startDate, request.endDate) },
            { key: 'reason', header: 'Reason', render: (request) => request.reason ?? <span className="muted">—</span> },
            { key: 'status', header: 'Status', render: (request) => <TimeOffStatusBadge status={request.status} /> },
            {
              key: 'actions',
              header: 'Actions',
              render: (request) =>
                request.status === 'PENDING' ? (
                  <span className="planner-actions">
                    <Button variant="primary" aria-label={`Approve time off of ${request.worker.displayName}`} onClick={() => setReviewing({ request, approve: true })}>
                      Approve
                    </Button>
                    <Button variant="danger" aria-label={`Reject time off of ${request.worker.displayName}`} onClick={() => setReviewing({ request, approve: false })}>
                      Reject
                    </Button>
                  </span>
                ) : (
                  request.reviewNote && <span className="muted">{request.reviewNote}</span>
                ),
            },
          ]}
          rows={[...requests]}
          rowKey={(request) => request.id}
        />
      )}
      {reviewing?.approve && (
        <ReviewDialog
          title={`Approve time off for ${reviewing.request.worker.displayName}?`}
          noteLabel="Note to the worker"
          confirmLabel="Approve"
          onSubmit={(note) => approve({ variables: { id: reviewing.request.id, note } })}
          onClose={() => setReviewing(null)}
        >
          <p>
            Approving blocks {formatDayRange(reviewing.request.startDate, reviewing.request.endDate)}: those days become unavailable, and
            shifts on them can no longer be offered to {reviewing.request.worker.displayName}.
          </p>
        </ReviewDialog>
      )}
      {reviewing && !reviewing.approve && (
        <ReviewDialog
          title={`Reject time off for ${reviewing.request.worker.displayName}?`}
          noteLabel="Reason"
          noteRequired
          confirmLabel="Reject"
          confirmVariant="danger"
          onSubmit={(reason) => reject({ variables: { id: reviewing.request.id, reason: reason ?? '' } })}
          onClose={() => setReviewing(null)}
        >
          <p>The worker is told the reason; the days stay available.</p>
        </ReviewDialog>
      )}
    </section>
  );
}
