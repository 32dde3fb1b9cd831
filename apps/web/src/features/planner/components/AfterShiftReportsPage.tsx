import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import { useViewer } from '../../auth/viewer-context';
import type { ReportStatus } from '../../../gql/graphql';
import { useSearchParam } from '../../../hooks/use-search-param';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { SelectField } from '../../../ui/SelectField';
import { AFTER_SHIFT_REPORTS_QUERY, REVIEW_AFTER_SHIFT_REPORT_MUTATION, type ReportRow } from '../graphql/reports.graphql';
import { formatDateTime, formatRange } from '../format';
import { ReportStatusBadge } from './PlannerBadges';
import { ReviewDialog } from './ReviewDialog';
import './planner.css';

/** Planner → After-shift reports: what workers reported after a shift, newest first; mark reviewed. */
export function AfterShiftReportsPage() {
  const timeZone = useViewer().tenantTimeZone;
  const [show, setShow] = useSearchParam('status');
  const status: ReportStatus | null = show === 'all' ? null : show === 'REVIEWED' ? 'REVIEWED' : 'SUBMITTED';
  const [reviewing, setReviewing] = useState<ReportRow | null>(null);
  const { data, error, refetch } = useQuery(AFTER_SHIFT_REPORTS_QUERY, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const [review] = useMutation(REVIEW_AFTER_SHIFT_REPORT_MUTATION, { refetchQueries: ['AfterShiftReports'] });
  const reports = data?.afterShiftReports;

  return (
    <PageLayout title="After-shift reports" description="Hours, notes and incidents workers report after a shift.">
      <div className="toolbar">
        <SelectField label="Show" value={show || 'SUBMITTED'} onChange={(event) => setShow(event.target.value === 'SUBMITTED' ? '' : event.target.value)}>
          <option value="SUBMITTED">Waiting for review</option>
          <option value="REVIEWED">Reviewed</option>
          <option value="all">All reports</option>
        </SelectField>
      </div>
      {error && (
        <Alert title="Could not load reports" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!reports && !error && <Loading label="Loading reports…" />}
      {reports?.length === 0 && (
        <EmptyState title={status === 'SUBMITTED' ? 'No report waiting for review' : 'No reports'}>
          <p>Workers submit a report in the portal after each shift they worked.</p>
        </EmptyState>
      )}
      <div className="stack">
        {reports?.map((report) => (
          <article key={report.id} className="card planner-report" aria-label={`Report by ${report.worker.displayName} on ${report.shift.title}`}>
            <header className="planner-cert__head">
              <div>
                <h2 className="card__title">
                  <Link to={`/planner/shifts/${report.shift.id}`}>{report.shift.title}</Link>
                </h2>
                <p className="muted">
                  {formatRange(report.shift.startsAt, report.shift.endsAt, timeZone)} · {report.shift.location}
                </p>
              </div>
              <ReportStatusBadge status={report.status} />
            </header>
            <dl className="planner-facts planner-facts--plain">
              <div>
                <dt>Worker</dt>
                <dd>
                  <Link to={`/planner/users/${report.worker.id}`}>{report.worker.displayName}</Link>
                </dd>
              </div>
              <div>
                <dt>Hours worked</dt>
                <dd>{report.hoursWorked}</dd>
              </div>
              <div>
                <dt>Submitted</dt>
                <dd>{formatDateTime(report.submittedAt)}</dd>
              </div>
              <div className="planner-facts__wide">
                <dt>Notes</dt>
                <dd>{report.notes || <span className="muted">None</span>}</dd>
              </div>
              <div className="planner-facts__wide">
                <dt>Incidents</dt>
                <dd>{report.incidents || <span className="muted">None reported</span>}</dd>
              </div>
              {report.reviewedAt && (
                <div className="planner-facts__wide">
                  <dt>Reviewed</dt>
                  <dd>
                    {formatDateTime(report.reviewedAt)}
                    {report.reviewNote ? `: ${report.reviewNote}` : ''}
                  </dd>
                </div>
              )}
            </dl>
            {report.status === 'SUBMITTED' && (
              <div className="form-actions">
                <Button variant="primary" onClick={() => setReviewing(report)}>
                  Mark reviewed
                </Button>
              </div>
            )}
          </article>
        ))}
      </div>
      {reviewing && (
        <ReviewDialog
          title="Mark the report reviewed?"
          noteLabel="Review note"
          confirmLabel="Mark reviewed"
          onSubmit={(note) => review({ variables: { id: reviewing.id, note } })}
          onClose={() => setReviewing(null)}
        >
          <p>
            {reviewing.worker.displayName} reported {reviewing.hoursWorked} hours on {reviewing.shift.title}.
          </p>
        </ReviewDialog>
      )}
    </PageLayout>
  );
}
