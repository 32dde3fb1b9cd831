import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { PORTAL_DASHBOARD_QUERY } from '../dashboard/dashboard.graphql';
import { formatShiftTime } from '../shell/dates';
import { shiftAnswerError, type ShiftAnswerRefusal } from './shift-errors';
import { ACCEPT_SHIFT_OFFER_MUTATION, DECLINE_SHIFT_OFFER_MUTATION, MY_SHIFTS_QUERY, type PortalShift } from './shifts.graphql';
import { usePortalViewer } from '../shell/portal-viewer-context';

export type ShiftAnswer = 'accept' | 'decline';

interface Props {
  shift: PortalShift;
  answer: ShiftAnswer;
  onClose: () => void;
  onDone: (message: string) => void;
}

/** "Accept this shift?" with what it commits to, and the API's refusal (e.g. filled) if it says no. */
export function RespondDialog({ shift, answer, onClose, onDone }: Props) {
  const timeZone = usePortalViewer().timeZone;
  const refetchQueries = [MY_SHIFTS_QUERY, PORTAL_DASHBOARD_QUERY];
  const [accept, accepting] = useMutation(ACCEPT_SHIFT_OFFER_MUTATION, { refetchQueries });
  const [decline, declining] = useMutation(DECLINE_SHIFT_OFFER_MUTATION, { refetchQueries });
  const [refusal, setRefusal] = useState<ShiftAnswerRefusal | null>(null);
  const accepted = answer === 'accept';

  async function confirm() {
    setRefusal(null);
    try {
      const variables = { offerId: shift.offerId };
      if (accepted) await accept({ variables });
      else await decline({ variables });
      onDone(accepted ? `You accepted “${shift.title}”.` : `You declined “${shift.title}”.`);
    } catch (caught) {
      setRefusal(shiftAnswerError(caught));
    }
  }

  return (
    <ConfirmDialog
      open
      title={accepted ? 'Accept this shift?' : 'Decline this shift?'}
      confirmLabel={accepted ? 'Accept shift' : 'Decline shift'}
      confirmVariant={accepted ? 'primary' : 'danger'}
      pending={accepting.loading || declining.loading}
      error={refusal?.message}
      errorIsFinal={refusal?.final}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <p>
        <strong>{shift.title}</strong>
        <br />
        {formatShiftTime(shift.startsAt, shift.endsAt, timeZone)} · {shift.location}
      </p>
      <p>
        {accepted
          ? 'Your scheduler counts on you for this shift. It appears in your calendar link, and an after-shift report is due once it ends.'
          : 'The offer goes back to your scheduler, who may offer the shift to someone else.'}
      </p>
    </ConfirmDialog>
  );
}
