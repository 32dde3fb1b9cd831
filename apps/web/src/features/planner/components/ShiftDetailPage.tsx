import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { errorDetails } from '../../../apollo';
import { useCan, useViewer } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { CANCEL_SHIFT_MUTATION, SHIFT_QUERY } from '../graphql/shifts.graphql';
import { formatDateTime, formatRange } from '../format';
import { OfferShiftPicker } from './OfferShiftPicker';
import { ShiftOffersTable } from './ShiftOffersTable';
import { ShiftStateBadge } from './PlannerBadges';
import './planner.css';

const back = <Link to="/planner/shifts">← Shifts</Link>;

/** Planner → Shifts → a shift: its facts, the offers and answers, offering it to more workers. */
export function ShiftDetailPage() {
  const timeZone = useViewer().tenantTimeZone;
  const { shiftId = '' } = useParams();
  const canCancel = useCan('planner.shifts.create');
  const mayOffer = useCan('planner.shifts.offer');
  // The picker lists planner users, which needs its own permission.
  const mayListWorkers = useCan('planner.users.read');
  const canOffer = mayOffer && mayListWorkers;
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(SHIFT_QUERY, { variables: { id: shiftId }, fetchPolicy: 'cache-and-network' });
  const [cancelShift, cancelState] = useMutation(CANCEL_SHIFT_MUTATION);
  const shift = data?.shift;

  if (!shift) {
    if (error) {
      const details = errorDetails(error);
      return (
        <PageLayout title="Shift" eyebrow={back}>
          {details.code === 'NOT_FOUND' ? (
            <EmptyState title="This shift does not exist" action={<Link to="/planner/shifts">Back to shifts</Link>}>
              <p>The address may be mistyped.</p>
            </EmptyState>
          ) : (
            <Alert title="Could not load the shift" action={<Button onClick={() => void refetch()}>Try again</Button>}>
              {details.message}
            </Alert>
          )}
        </PageLayout>
      );
    }
    return <Loading label="Loading the shift…" />;
  }

  const open = !shift.cancelledAt && Date.parse(shift.endsAt) > Date.now();

  async function cancel() {
    setCancelError(null);
    try {
      await cancelShift({ variables: { id: shiftId } });
      setConfirmCancel(false);
    } catch (caught) {
      setCancelError(errorDetails(caught).message);
    }
  }

  return (
    <PageLayout
      title={shift.title}
      eyebrow={back}
      description={
        <span className="planner-header">
          <span>{formatRange(shift.startsAt, shift.endsAt, timeZone)}</span>
          <ShiftStateBadge shift={shift} />
        </span>
      }
      actions={
        canCancel &&
        open && (
          <Button variant="danger" onClick={() => setConfirmCancel(true)}>
            Cancel shift
          </Button>
        )
      }
    >
      {shift.cancelledAt && (
        <Alert tone="info" title="Cancelled">
          This shift was cancelled on {formatDateTime(shift.cancelledAt)}. Workers who had it were told.
        </Alert>
      )}
      <dl className="card planner-facts">
        <div>
          <dt>Location</dt>
          <dd>{shift.location}</dd>
        </div>
        <div>
          <dt>Required skill</dt>
          <dd>{shift.requiredSkill?.name ?? 'None'}</dd>
        </div>
        <div>
          <dt>Filled</dt>
          <dd data-testid="shift-filled">
            {shift.filled} of {shift.headcount}
          </dd>
        </div>
        {shift.notes && (
          <div className="planner-facts__wide">
            <dt>Notes</dt>
            <dd>{shift.notes}</dd>
          </div>
        )}
      </dl>
      <div className="stack">
        <ShiftOffersTable offers={shift.offers} canWithdraw={canOffer && open} />
        {canOffer && open && <OfferShiftPicker shiftId={shift.id} offers={shift.offers} />}
      </div>
      <ConfirmDialog
        open={confirmCancel}
        title={`Cancel ${shift.title}?`}
        confirmLabel="Cancel shift"
        confirmVariant="danger"
        pending={cancelState.loading}
        error={cancelError}
        onConfirm={() => void cancel()}
        onClose={() => {
          setConfirmCancel(false);
          setCancelError(null);
        }}
      >
        <p>Open offers end and workers who accepted are told the shift is cancelled. This cannot be undone.</p>
      </ConfirmDialog>
    </PageLayout>
  );
}
