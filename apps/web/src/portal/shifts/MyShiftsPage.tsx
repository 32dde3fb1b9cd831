import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useSearchParam } from '../../hooks/use-search-param';
import { Alert } from '../../ui/Alert';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { PortalPage, PortalSection } from '../shell/PortalPage';
import { QueryStatus } from '../shell/QueryStatus';
import { RespondDialog, type ShiftAnswer } from './RespondDialog';
import { PastShifts } from './PastShifts';
import { ShiftSummary } from './ShiftSummary';
import { ShiftsViewSwitch } from './ShiftsViewSwitch';
import { MY_SHIFTS_QUERY, type PortalShift } from './shifts.graphql';

/** My Shifts: offers waiting for an answer first, then the shifts already accepted; or, switched, the past ones. */
export function MyShiftsPage() {
  const [view, setView] = useSearchParam('view');
  const past = view === 'past';
  const { data, error, refetch } = useQuery(MY_SHIFTS_QUERY, { variables: { includePast: past }, fetchPolicy: 'cache-and-network' });
  const [answering, setAnswering] = useState<{ shift: PortalShift; answer: ShiftAnswer } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const offered = data?.myShifts.filter((shift) => shift.status === 'OFFERED') ?? [];
  const accepted = data?.myShifts.filter((shift) => shift.status === 'ACCEPTED') ?? [];

  return (
    <PortalPage title="My Shifts" description="Upcoming shifts offered to you and the ones you accepted.">
      {notice && <Alert tone="info">{notice}</Alert>}
      <ShiftsViewSwitch past={past} onChange={(next) => setView(next ? 'past' : '')} />
      {!data ? (
        <QueryStatus error={error} onRetry={() => void refetch()} label="Loading your shifts…" />
      ) : past ? (
        <PastShifts shifts={data.myShifts} />
      ) : (
        <>
          <PortalSection title="Offers waiting for your answer" id="offers">
            {offered.length === 0 ? (
              <p className="portal-empty">No open offers right now.</p>
            ) : (
              <ul className="portal-list">
                {offered.map((shift) => (
                  <li key={shift.offerId}>
                    <ShiftSummary shift={shift} badge={<Badge tone="warning">Offered</Badge>}>
                      <div className="portal-item__actions">
                        <Button variant="primary" onClick={() => setAnswering({ shift, answer: 'accept' })}>
                          Accept
                        </Button>
                        <Button onClick={() => setAnswering({ shift, answer: 'decline' })}>Decline</Button>
                      </div>
                    </ShiftSummary>
                  </li>
                ))}
              </ul>
            )}
          </PortalSection>
          <PortalSection title="Accepted shifts" id="accepted">
            {accepted.length === 0 ? (
              <p className="portal-empty">You have no upcoming accepted shifts.</p>
            ) : (
              <ul className="portal-list">
                {accepted.map((shift) => (
                  <li key={shift.offerId}>
                    <ShiftSummary shift={shift} badge={<Badge tone="success">Accepted</Badge>} />
                  </li>
                ))}
              </ul>
            )}
          </PortalSection>
        </>
      )}
      {answering && (
        <RespondDialog
          shift={answering.shift}
          answer={answering.answer}
          onClose={() => {
            setAnswering(null);
            // A refusal (filled, withdrawn) means the list is out of date.
            void refetch();
          }}
          onDone={(message) => {
            setAnswering(null);
            setNotice(message);
          }}
        />
      )}
    </PortalPage>
  );
}
