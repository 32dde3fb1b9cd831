import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { TextAreaField } from '../../../ui/TextAreaField';
import { SUSPEND_TENANT_MUTATION, TENANTS_QUERY, type TenantRow } from '../graphql/tenants.graphql';

export interface SuspendTenantDialogProps {
  tenant: TenantRow;
  onClose: () => void;
  onSuspended: (tenant: TenantRow) => void;
}

/** Suspension shuts a whole organisation out at once, so it is confirmed, with the reason on record. */
export function SuspendTenantDialog({ tenant, onClose, onSuspended }: SuspendTenantDialogProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<{ message: string; final: boolean } | null>(null);
  const [suspendTenant, { loading }] = useMutation(SUSPEND_TENANT_MUTATION, { refetchQueries: [TENANTS_QUERY], awaitRefetchQueries: true });

  async function confirm() {
    setError(null);
    try {
      const { data } = await suspendTenant({ variables: { id: tenant.id, reason: reason.trim() || null } });
      if (data) onSuspended(data.suspendTenant);
    } catch (caught) {
      const details = errorDetails(caught);
      // Already suspended (by someone else) or gone: trying again cannot help.
      setError({ message: details.message, final: details.code === 'CONFLICT' || details.code === 'NOT_FOUND' });
    }
  }

  return (
    <ConfirmDialog
      open
      title={`Suspend ${tenant.name}?`}
      confirmLabel="Suspend tenant"
      confirmVariant="danger"
      pending={loading}
      error={error?.message}
      errorIsFinal={error?.final}
      onClose={onClose}
      onConfirm={() => void confirm()}
    >
      <p>
        Nobody in {tenant.name} can sign in while it is suspended, and their open sessions and API tokens are refused from the next request.
        Nothing is deleted: reactivating the tenant restores everything as it was.
      </p>
      <TextAreaField
        label="Reason (optional)"
        hint="Recorded on the platform audit trail."
        maxLength={500}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
      />
    </ConfirmDialog>
  );
}
