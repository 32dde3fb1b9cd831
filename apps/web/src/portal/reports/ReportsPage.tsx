import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { formatDateTime } from '../shell/dates';
import { PortalPage, PortalSection } from '../shell/PortalPage';
import { QueryStatus } from '../shell/QueryStatus';
import { ShiftSummary } from '../shifts/ShiftSummary';
import { ReportForm } from './ReportForm';
import { MY_REPORTS_QUERY } from './reports.graphql';
import { usePortalViewer } from '../shell/portal-viewer-context';

/** After-Shift Reports: ended shifts still waiting for a report, and the reports already sent. */
export function ReportsPage() {
  const timeZone = usePortalViewer().timeZone;
  const { data, error, refetch } = useQuery(MY_REPORTS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [open, setOpen] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  return (
    <PortalPage title="After-Shift Reports" description="Tell your scheduler how each shift went, once it has ended.">
      {notice && <Alert tone="info">{notice}</Alert>}
      {!data ? (
        <QueryStatus error={error} onRetry={() => void refetch()} label="Loading your reports…" />
      ) : (
        <>
          <PortalSection title="Waiting for your report" id="pending-reports">
            {data.myPendingReports.length === 0 ? (
              <p className="portal-empty">No reports to complete. Thank you!</p>
            ) : (
              <ul className="portal-list">
                {data.myPendingReports.map((shift) => (
                  <li key={shift.id}>
                    <ShiftSummary shift={shift} badge={<Badge tone="warning">Report due</Badge>}>
                      {open === shift.id ? (
                        <ReportForm
                          shift={shift}
                          onCancel={() => setOpen(null)}
                          onSubmitted={() => {
                            setOpen(null);
                            setNotice(`Your report for “${shift.title}” was sent.`);
                          }}
                        />
                      ) : (
                        <div className="portal-item__actions">
                          <Button variant="primary" onClick={() => setOpen(shift.id)}>
                            Complete report
                          </Button>
                        </div>
                      )}
                    </ShiftSummary>
                  </li>
                ))}
              </ul>
            )}
          </PortalSection>
          <PortalSection title="Submitted reports" id="submitted-reports">
            {data.myReports.length === 0 ? (
              <p className="portal-empty">You have not sent any reports yet.</p>
            ) : (
              <ul className="portal-list">
                {data.myReports.map((report) => (
                  <li key={report.id}>
                    <ShiftSummary
                      shift={report.shift}
                      badge={report.status === 'REVIEWED' ? <Badge tone="success">Reviewed</Badge> : <Badge>Submitted</Badge>}
                    >
                      <dl className="portal-item__facts">
                        <div>
                          <dt>Hours</dt>
                          <dd>{report.hoursWorked}</dd>
                        </div>
                        <div>
                          <dt>Sent</dt>
                          <dd>{formatDateTime(report.submittedAt, timeZone)}</dd>
                        </div>
                        {report.notes && (
                          <div>
                            <dt>Notes</dt>
                            <dd>{report.notes}</dd>
                          </div>
                        )}
                        {report.incidents && (
                          <div>
                            <dt>Incidents</dt>
                            <dd>{report.incidents}</dd>
                          </div>
                        )}
                        {report.reviewNote && (
                          <div>
                            <dt>Review</dt>
                            <dd>{report.reviewNote}</dd>
                          </div>
                        )}
                      </dl>
                    </ShiftSummary>
                  </li>
                ))}
              </ul>
            )}
          </PortalSection>
        </>
      )}
    </PortalPage>
  );
}
