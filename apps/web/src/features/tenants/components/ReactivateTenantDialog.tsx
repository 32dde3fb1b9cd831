import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { REACTIVATE_TENANT_MUTATION, TENANTS_QUERY, type TenantRow } from '../graphql/tenants.graphql';

export interface ReactivateTenantDialogProps {
  tenant: TenantRow;
  onClose: () => void;
  onReactivated: (tenant: TenantRow) => void;
}

/** Lifting a suspension lets a whole organisation back in at once: confirmed like the suspension. */
export function ReactivateTenantDialog({ tenant, onClose, onReactivated }: ReactivateTenantDialogProps) {
  const [error, setError] = useState<{ message: string; final: boolean } | null>(null);
  const [reactivateTenant, { loading }] = useMutation(REACTIVATE_TENANT_MUTATION, { refetchQueries: [TENANTS_QUERY], awaitRefetchQueries: true });

  async function confirm() {
    setError(null);
    try {
      const { data } = await reactivateTenant({ variables: { id: tenant.id } });
      if (data) onReactivated(data.reactivateTenant);
    } catch (caught) {
      const details = errorDetails(caught);
      setError({ message: details.message, final: details.code === 'CONFLICT' || details.code === 'NOT_FOUND' });
    }
  }

  return (
    <ConfirmDialog
      open
      title={`Reactivate ${tenant.name}?`}
      confirmLabel="Reactivate tenant"
      pending={loading}
      error={error?.message}
      errorIsFinal={error?.final}
      onClose={onClose}
      onConfirm={() => void confirm()}
    >
      <p>Its people can sign in again straight away, with the passwords, roles and API tokens they had before the suspension.</p>
    </ConfirmDialog>
  );
}
