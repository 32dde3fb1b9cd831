import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { formErrors } from '../../../forms/form-errors';
import { EMPTY_EXTERNAL_USER, toExternalUserInput, validateExternalUser, type ExternalUserValues } from '../forms/external-user-form';
import { hasErrors, type FieldErrors } from '../forms/field-errors';
import { ADD_EXTERNAL_PLANNER_USER_MUTATION, type PlannerUserRow } from '../graphql/planner-users.graphql';

const FIELDS = ['firstName', 'lastName', 'email'] as const;

export interface AddExternalUserDialogProps {
  onClose: () => void;
  onAdded: (user: PlannerUserRow) => void;
}

/** Seed 001 "Add an external planner user": created in the holding state, no email sent. */
export function AddExternalUserDialog({ onClose, onAdded }: AddExternalUserDialogProps) {
  const [values, setValues] = useState<ExternalUserValues>(EMPTY_EXTERNAL_USER);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [addUser, { loading }] = useMutation(ADD_EXTERNAL_PLANNER_USER_MUTATION, { refetchQueries: ['PlannerUsers'] });

  const bind = (field: (typeof FIELDS)[number]) => ({
    value: values[field],
    error: errors[field],
    onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value })),
  });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFormError(null);
    const invalid = validateExternalUser(values);
    setErrors(invalid);
    if (hasErrors(invalid)) return;
    try {
      const result = await addUser({ variables: { input: toExternalUserInput(values) } });
      if (result.data) onAdded(result.data.addExternalPlannerUser);
    } catch (caught) {
      const failure = formErrors(caught, FIELDS);
      setErrors(failure.fields);
      setFormError(failure.form ?? null);
    }
  }

  return (
    <Dialog open title="Add external planner user" onClose={onClose}>
      <form className="stack" onSubmit={(event) => void submit(event)} noValidate>
        <p className="muted">
          The worker gets an account in the holding state: they cannot sign in yet and no email is sent until you use Activate &amp;
          Invite.
        </p>
        <FormField label="First name" required autoComplete="off" {...bind('firstName')} />
        <FormField label="Last name" required autoComplete="off" {...bind('lastName')} />
        <FormField label="Email" required type="email" autoComplete="off" {...bind('email')} />
        {formError && <Alert title="The user was not created">{formError}</Alert>}
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
