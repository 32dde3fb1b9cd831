import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { useSaveForm } from '../../../forms/use-save-form';
import { EMPTY_EXTERNAL_USER, toExternalUserInput, validateExternalUser, type ExternalUserValues } from '../forms/external-user-form';
import { ADD_EXTERNAL_PLANNER_USER_MUTATION, type PlannerUserRow } from '../graphql/planner-users.graphql';

const FIELDS = ['firstName', 'lastName', 'email'] as const;

export interface AddExternalUserDialogProps {
  onClose: () => void;
  onAdded: (user: PlannerUserRow) => void;
}

/** Seed 001 "Add an external planner user": created in the holding state, no email sent. */
export function AddExternalUserDialog({ onClose, onAdded }: AddExternalUserDialogProps) {
  const [values, setValues] = useState<ExternalUserValues>(EMPTY_EXTERNAL_USER);
  const form = useSaveForm(FIELDS);
  const [addUser, { loading }] = useMutation(ADD_EXTERNAL_PLANNER_USER_MUTATION, { refetchQueries: ['PlannerUsers'] });

  const bind = (field: (typeof FIELDS)[number]) => ({
    value: values[field],
    error: form.errors.fields[field],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  const submit = form.onSubmit(
    async () => {
      const result = await addUser({ variables: { input: toExternalUserInput(values) } });
      if (result.data) onAdded(result.data.addExternalPlannerUser);
    },
    () => validateExternalUser(values),
  );

  return (
    <Dialog open title="Add external planner user" onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <p className="muted">
          The worker gets an account in the holding state: they cannot sign in yet and no email is sent until you use Activate &amp;
          Invite.
        </p>
        <FormField label="First name" required autoComplete="off" {...bind('firstName')} />
        <FormField label="Last name" required autoComplete="off" {...bind('lastName')} />
        <FormField label="Email" required type="email" autoComplete="off" {...bind('email')} />
        {form.errors.form && <Alert title="The user was not created">{form.errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={loading}>
            Create user
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
