import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ACTIVATE_AND_INVITE_MUTATION, type PlannerUserRow } from '../graphql/planner-users.graphql';

export interface ActivateInviteDialogProps {
  user: PlannerUserRow;
  onClose: () => void;
  onInvited: (user: PlannerUserRow) => void;
}

/** Seed 001 "Activate and invite": the consequence spelled out before the email goes. */
export function ActivateInviteDialog({ user, onClose, onInvited }: ActivateInviteDialogProps) {
  const [activate, { loading }] = useMutation(ACTIVATE_AND_INVITE_MUTATION);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setError(null);
    try {
      const result = await activate({ variables: { userId: user.id } });
      if (result.data) onInvited(result.data.activateAndInvite);
    } catch (caught) {
      setError(errorDetails(caught).message);
    }
  }

  return (
    <ConfirmDialog
      open
      title={`Activate & Invite ${user.displayName}?`}
      confirmLabel="Activate & Invite"
      pending={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <p>
        This emails a temporary password to <strong>{user.email}</strong>; they must choose a new one at first login.
      </p>
    </ConfirmDialog>
  );
}
