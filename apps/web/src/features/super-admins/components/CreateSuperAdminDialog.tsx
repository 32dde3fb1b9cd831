import { DEFAULT_PASSWORD_POLICY } from '@access/domain';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useSaveForm, type FieldMessages } from '../../../forms/use-save-form';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { FormField } from '../../../ui/FormField';
import { PasswordFields, passwordReady } from '../../users/components/PasswordFields';
import { CREATE_SUPER_ADMIN_MUTATION, SUPER_ADMINS_QUERY, type SuperAdminRow } from '../graphql/super-admins.graphql';
import { CREATE_SUPER_ADMIN_FIELDS, CREATE_SUPER_ADMIN_REFUSALS, type CreateSuperAdminField } from '../super-admin-errors';

type TextField = 'username' | 'displayName' | 'email';

export interface CreateSuperAdminDialogProps {
  onClose: () => void;
  onCreated: (admin: SuperAdminRow) => void;
}

/**
 * Platform → Super admins → New super admin. The first password is handed over in person (super
 * admins get no mail), and the server holds every account to the default password policy.
 */
export function CreateSuperAdminDialog({ onClose, onCreated }: CreateSuperAdminDialogProps) {
  const [text, setText] = useState<Record<TextField, string>>({ username: '', displayName: '', email: '' });
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useSaveForm(CREATE_SUPER_ADMIN_FIELDS, CREATE_SUPER_ADMIN_REFUSALS);
  const { errors } = form;
  const [createSuperAdmin, { loading }] = useMutation(CREATE_SUPER_ADMIN_MUTATION, { refetchQueries: [SUPER_ADMINS_QUERY], awaitRefetchQueries: true });

  const bind = (field: TextField) => ({
    value: text[field],
    error: errors.fields[field],
    onChange: (event: { target: { value: string } }) => setText((current) => ({ ...current, [field]: event.target.value })),
  });

  function check(): FieldMessages<CreateSuperAdminField> {
    const problems: FieldMessages<CreateSuperAdminField> = {};
    if (!text.username.trim()) problems.username = 'Enter a username';
    if (!text.displayName.trim()) problems.displayName = 'Enter the name shown to other operators';
    if (!text.email.trim()) problems.email = 'Enter an email address';
    if (password !== confirmation) problems.confirmation = 'The two passwords do not match';
    else if (!passwordReady(password, confirmation, { username: text.username.trim(), email: text.email.trim() })) {
      problems.password = 'Choose a password that meets every rule below';
    }
    return problems;
  }

  async function send() {
    const { data } = await createSuperAdmin({
      variables: { input: { username: text.username.trim(), displayName: text.displayName.trim(), email: text.email.trim(), password } },
    });
    if (data) onCreated(data.createSuperAdmin);
  }

  return (
    <Dialog open title="New super admin" size="medium" onClose={onClose}>
      <form className="create-super-admin" onSubmit={form.onSubmit(send, check)} noValidate>
        <Alert tone="info" title="An authenticator is enrolled at the first sign-in">
          Super admins reach every organisation, so the new account must set up two-step verification before it gets anywhere. Hand the
          password over in person; it is never emailed.
        </Alert>
        <div className="create-super-admin__grid">
          <FormField label="Username" required autoComplete="off" spellCheck={false} hint="Signs in with it, leaving Organisation empty." {...bind('username')} />
          <FormField label="Display name" required autoComplete="off" hint="Names them in audit trails." {...bind('displayName')} />
          <FormField label="Email" required type="email" autoComplete="off" className="create-super-admin__wide" {...bind('email')} />
        </div>
        <PasswordFields
          password={password}
          confirmation={confirmation}
          onPasswordChange={setPassword}
          onConfirmationChange={setConfirmation}
          username={text.username.trim()}
          email={text.email.trim()}
          policy={DEFAULT_PASSWORD_POLICY}
          passwordLabel="Password"
          passwordError={errors.failures.length === 0 ? errors.fields.password : undefined}
          serverFailures={errors.failures}
          confirmationError={errors.fields.confirmation}
        />
        {errors.form && <Alert title="The super admin was not created">{errors.form}</Alert>}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={loading}>
            Create super admin
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
