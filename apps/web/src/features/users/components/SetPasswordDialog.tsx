import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Dialog } from '../../../ui/Dialog';
import { SET_PASSWORD_MUTATION, type UserDetail } from '../graphql/user.graphql';
import { useSaveForm } from '../../../forms/use-save-form';
import { PasswordFields } from './PasswordFields';

/** Seed 003: new password and a matching confirmation, checked live against the policy. */
export function SetPasswordDialog({ user, onClose, onDone }: { user: UserDetail; onClose: () => void; onDone: () => void }) {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const form = useSaveForm(['password', 'confirmation']);
  const failure = form.errors;
  const [setUserPassword, { loading }] = useMutation(SET_PASSWORD_MUTATION);

  const submit = form.onSubmit(async () => {
    await setUserPassword({ variables: { input: { userId: user.id, password, confirmation } } });
    onDone();
  });

  return (
    <Dialog open title={`Set a password for ${user.displayName}`} onClose={onClose}>
      <form className="stack" onSubmit={submit} noValidate>
        <PasswordFields
          password={password}
          confirmation={confirmation}
          onPasswordChange={setPassword}
          onConfirmationChange={setConfirmation}
          username={user.username}
          email={user.email}
          serverFailures={failure.failures}
          confirmationError={failure.fields.confirmation}
        />
        {failure.failures.length === 0 && (failure.form || failure.fields.password) && (
          <Alert title="The password was not set">{failure.form ?? failure.fields.password}</Alert>
        )}
        <div className="dialog__actions">
          <Button variant="ghost" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" variant="primary" pending={loading} disabled={!password || !confirmation}>
            Set password
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
