import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { CREATE_ROLE_MUTATION, type RoleListItem } from '../graphql/roles.graphql';
import { useSaveForm } from '../../../forms/use-save-form';
import { ROLE_REFUSALS } from '../role-errors';
import { ROLE_QUERIES } from '../role-queries';

export interface CreateRoleDialogProps {
  open: boolean;
  roles: readonly RoleListItem[];
  onClose: () => void;
  onCreated: (role: { id: string; name: string }) => void;
}

/** Settings → Roles → Create Role: a name, and optionally the roles to inherit from. */
export function CreateRoleDialog({ open, roles, onClose, onCreated }: CreateRoleDialogProps) {
  const [name, setName] = useState('');
  const [parentIds, setParentIds] = useState<string[]>([]);
  const form = useSaveForm(['name', 'parentIds'], ROLE_REFUSALS);
  const { errors } = form;
  const [createRole, { loading }] = useMutation(CREATE_ROLE_MUTATION, { refetchQueries: ROLE_QUERIES, awaitRefetchQueries: true });

  function close() {
    setName('');
    setParentIds([]);
    form.clearErrors();
    onClose();
  }

  const submit = form.onSubmit(
    async () => {
      const { data } = await createRole({ variables: { input: { name: name.trim(), parentIds } } });
      if (data) {
        close();
        onCreated(data.createRole);
      }
    },
    () => (name.trim() ? {} : { name: 'Enter a role name' }),
  );

  const options = roles.filter((role) => !role.deletedAt).map((role) => ({ value: role.id, label: role.name, hint: role.isSystem ? '(system)' : undefined }));

  return (
    <Dialog open={open} title="Create role" onClose={close} size="medium">
      <form className="stack" onSubmit={submit} noValidate>
        <FormField
          label="Role name"
          name="name"
          autoComplete="off"
          required
          maxLength={100}
          value={name}
          error={errors.fields.name}
          onChange={(event) => setName(event.target.value)}
        />
        <CheckboxGroup
          legend="Inherits from (optional)"
          hint="The new role gets every permission of the roles you pick, on top of its own."
          options={options}
          value={parentIds}
          onChange={setParentIds}
          error={errors.fields.parentIds}
        />
        {errors.form && <Alert title="The role was not created">{errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={loading}>
            Create role
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
