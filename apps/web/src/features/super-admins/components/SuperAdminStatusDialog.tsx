import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import {
  DEACTIVATE_SUPER_ADMIN_MUTATION,
  REACTIVATE_SUPER_ADMIN_MUTATION,
  SUPER_ADMINS_QUERY,
  type SuperAdminRow,
} from '../graphql/super-admins.graphql';
import { deactivationRefusal } from '../super-admin-errors';

export interface SuperAdminStatusDialogProps {
  kind: 'deactivate' | 'reactivate';
  admin: SuperAdminRow;
  /** The viewer's own account: deactivating it signs them out everywhere. */
  isSelf: boolean;
  onClose: () => void;
  onDone: (admin: SuperAdminRow) => void;
}

/** Confirms switching a super admin account off or on again, and says plainly when the server refuses. */
export function SuperAdminStatusDialog({ kind, admin, isSelf, onClose, onDone }: SuperAdminStatusDialogProps) {
  const [error, setError] = useState<{ message: string; final: boolean } | null>(null);
  const options = { refetchQueries: [SUPER_ADMINS_QUERY], awaitRefetchQueries: true };
  const [deactivate, deactivating] = useMutation(DEACTIVATE_SUPER_ADMIN_MUTATION, options);
  const [reactivate, reactivating] = useMutation(REACTIVATE_SUPER_ADMIN_MUTATION, options);

  async function confirm() {
    setError(null);
    try {
      const variables = { id: admin.id };
      const changed =
        kind === 'deactivate' ? (await deactivate({ variables })).data?.deactivateSuperAdmin : (await reactivate({ variables })).data?.reactivateSuperAdmin;
      if (changed) onDone(changed);
    } catch (caught) {
      const details = errorDetails(caught);
      // The last account, one already changed or one gone: trying again cannot help.
      setError({
        message: deactivationRefusal(details.reason, details.message, admin.displayName),
        final: details.code === 'CONFLICT' || details.code === 'NOT_FOUND',
      });
    }
  }

  const deactivation = kind === 'deactivate';
  return (
    <ConfirmDialog
      open
      title={`${deactivation ? 'Deactivate' : 'Reactivate'} ${admin.displayName}?`}
      confirmLabel={deactivation ? 'Deactivate account' : 'Reactivate account'}
      confirmVariant={deactivation ? 'danger' : 'primary'}
      pending={deactivating.loading || reactivating.loading}
      error={error?.message}
      errorIsFinal={error?.final}
      onClose={onClose}
      onConfirm={() => void confirm()}
    >
      {deactivation ? (
        <p>
          {admin.displayName} ({admin.username}) cannot sign in any more, and their open sessions end at once
          {isSelf ? ': this is your own account, so you are signed out too' : ''}. Nothing they did is removed from the audit trails.
        </p>
      ) : (
        <p>
          {admin.displayName} ({admin.username}) can sign in again with their password
          {admin.twoFactorEnabled ? ' and authenticator' : admin.twoFactorRequired ? ', enrolling an authenticator first' : ''}.
        </p>
      )}
    </ConfirmDialog>
  );
}
