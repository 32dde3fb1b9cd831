import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useSaveForm } from '../../../forms/use-save-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { RENAME_TENANT_MUTATION, TENANTS_QUERY, type TenantRow } from '../graphql/tenants.graphql';

export interface RenameTenantDialogProps {
  tenant: TenantRow;
  onClose: () => void;
  onRenamed: (tenant: TenantRow) => void;
}

/** Changes the display name; the sign-in name people type stays as it is. */
export function RenameTenantDialog({ tenant, onClose, onRenamed }: RenameTenantDialogProps) {
  const [name, setName] = useState(tenant.name);
  const form = useSaveForm(['name']);
  // The list is in name order: fetch it again rather than leave the row where it was.
  const [renameTenant, { loading }] = useMutation(RENAME_TENANT_MUTATION, { refetchQueries: [TENANTS_QUERY], awaitRefetchQueries: true });

  const submit = form.onSubmit(
    async () => {
      const { data } = await renameTenant({ variables: { id: tenant.id, name: name.trim() } });
      if (data) onRenamed(data.renameTenant);
    },
    () => (name.trim() ? {} : { name: "Enter the organisation's name" }),
  );

  return (
    <Dialog open title={`Rename ${tenant.name}`} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <FormField
          label="Organisation name"
          required
          autoComplete="off"
          maxLength={200}
          hint={`People keep signing in with “${tenant.slug}”.`}
          value={name}
          error={form.errors.fields.name}
          onChange={(event) => setName(event.target.value)}
        />
        {form.errors.form && <Alert title="The tenant was not renamed">{form.errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={loading}>
            Rename
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
