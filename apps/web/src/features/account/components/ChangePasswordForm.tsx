import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { PasswordFields } from '../../users/components/PasswordFields';
import { useSaveForm } from '../../../forms/use-save-form';
import { CHANGE_MY_PASSWORD_MUTATION, MY_SESSIONS_QUERY } from '../graphql/account.graphql';
import './account.css';

export interface ChangePasswordFormProps {
  /** Whose password it is: for password managers, and so the checklist refuses it. */
  username: string;
  /** What to say once it is changed (the admin app and the worker portal point to different pages). */
  doneMessage: ReactNode;
}

/**
 * The current password, then a new one with the live checklist. The server answers by field
 * (`currentPassword`, or `newPassword` with the broken rules) and, on success, ends every other
 * session of the user; this one stays signed in.
 */
export function ChangePasswordForm({ username, doneMessage }: ChangePasswordFormProps) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  // The API answers about the two passwords; the form itself checks the confirmation.
  const form = useSaveForm<'currentPassword' | 'newPassword' | 'confirmation'>(['currentPassword', 'newPassword']);
  const { errors: failure, saved: done } = form;
  const [change, { loading }] = useMutation(CHANGE_MY_PASSWORD_MUTATION, { refetchQueries: [MY_SESSIONS_QUERY] });

  const submit = form.onSubmit(
    async () => {
      await change({ variables: { currentPassword, newPassword: password } });
      setCurrentPassword('');
      setPassword('');
      setConfirmation('');
    },
    () => (password === confirmation ? {} : { confirmation: 'The two passwords do not match' }),
  );

  const failures = failure.failures;
  const formMessage = failure.form;

  return (
    <div className="account-card">
      {done && (
        <Alert tone="info" title="Your password is changed">
          {doneMessage}
        </Alert>
      )}
      <form className="stack" onSubmit={submit} noValidate aria-label="Change password">
        {/* The username is here for password managers; it is not editable. */}
        <input type="text" name="username" autoComplete="username" value={username} readOnly hidden />
        <FormField
          label="Current password"
          type="password"
          autoComplete="current-password"
          value={currentPassword}
          error={failure.fields.currentPassword}
          onChange={(event) => setCurrentPassword(event.target.value)}
        />
        <PasswordFields
          password={password}
          confirmation={confirmation}
          onPasswordChange={setPassword}
          onConfirmationChange={setConfirmation}
          username={username}
          previous={currentPassword || undefined}
          passwordError={failures.length === 0 ? failure.fields.newPassword : undefined}
          serverFailures={failures}
          confirmationError={failure.fields.confirmation}
        />
        {formMessage && <Alert title="The password was not changed">{formMessage}</Alert>}
        <div className="account-card__actions">
          <Button type="submit" variant="primary" pending={loading} disabled={!currentPassword || !password || !confirmation}>
            Change password
          </Button>
        </div>
      </form>
    </div>
  );
}
