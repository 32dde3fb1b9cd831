import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { CREATE_ROLE_MUTATION, type RoleListItem } from '../graphql/roles.graphql';
import { formErrors, invalidFields, NO_FORM_ERRORS, type FormErrors } from '../../../forms/form-errors';
import { ROLE_REFUSALS, type RoleFormField } from '../role-errors';
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
  const [errors, setErrors] = useState<FormErrors<RoleFormField>>(NO_FORM_ERRORS);
  const [createRole, { loading }] = useMutation(CREATE_ROLE_MUTATION, { refetchQueries: ROLE_QUERIES, awaitRefetchQueries: true });

  function close() {
    setName('');
    setParentIds([]);
    setErrors(NO_FORM_ERRORS);
    onClose();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!name.trim()) {
      setErrors(invalidFields({ name: 'Enter a role name' }));
      return;
    }
    setErrors(NO_FORM_ERRORS);
    try {
      const { data } = await createRole({ variables: { input: { name: name.trim(), parentIds } } });
      if (data) {
        close();
        onCreated(data.createRole);
      }
    } catch (caught) {
      setErrors(formErrors(caught, ['name', 'parentIds'], ROLE_REFUSALS));
    }
  }

  const options = roles.filter((role) => !role.deletedAt).map((role) => ({ value: role.id, label: role.name, hint: role.isSystem ? '(system)' : undefined }));

  return (
    <Dialog open={open} title="Create role" onClose={close} size="medium">
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
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
