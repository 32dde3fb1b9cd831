import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { COMPLETE_PASSWORD_CHANGE_MUTATION } from '../graphql/sign-in.mutation';
import { PasswordChecklist } from './PasswordChecklist';
import type { TwoFactorPrompt } from './TwoFactorStep';

export interface SignedInSession {
  accessToken: string;
  expiresAt: string;
  viewer: unknown;
}

interface Props {
  changeToken: string;
  reason: 'TEMPORARY_PASSWORD' | 'RESET_REQUIRED';
  username: string;
  onDone: (session: SignedInSession) => void;
  /** The account also needs its second factor (or to enrol one) before the session starts. */
  onSecondFactor: (prompt: TwoFactorPrompt) => void;
}

/** First sign-in (or a forced reset): the person chooses their own password before anything else. */
export function ChoosePasswordForm({ changeToken, reason, username, onDone, onSecondFactor }: Props) {
  const [complete, { loading }] = useMutation(COMPLETE_PASSWORD_CHANGE_MUTATION);
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (password !== confirmation) {
      setError('The two passwords do not match.');
      return;
    }
    try {
      const { data } = await complete({
        variables: { newPassword: password },
        context: { headers: { Authorization: `Bearer ${changeToken}` } },
      });
      const result = data?.completePasswordChange;
      if (result?.__typename === 'TwoFactorRequired') return onSecondFactor({ kind: 'challenge', challengeToken: result.challengeToken });
      if (result?.__typename === 'TwoFactorEnrollmentRequired') return onSecondFactor({ kind: 'enroll', ...result });
      if (result?.__typename !== 'Session') throw new Error('The password was changed, but signing in needs another step.');
      onDone(result);
    } catch (caught) {
      setError(errorDetails(caught).message);
    }
  }

  return (
    <form className="sign-in__form" onSubmit={handleSubmit} aria-labelledby="choose-password-title">
      <h2 id="choose-password-title" className="sign-in__subtitle">
        Choose your password
      </h2>
      <p className="sign-in__lead">
        {reason === 'TEMPORARY_PASSWORD'
          ? 'You signed in with a temporary password. Choose your own to continue.'
          : 'Your administrator asked you to choose a new password before you continue.'}
      </p>
      <FormField
        label="New password"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        value={password}
        onChange={(event) => setPassword(event.target.value)}
      />
      <PasswordChecklist password={password} username={username} />
      <FormField
        label="Confirm new password"
        name="confirmation"
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(event) => setConfirmation(event.target.value)}
      />
      {error && <Alert>{error}</Alert>}
      <Button type="submit" variant="primary" pending={loading} className="sign-in__submit">
        {loading ? 'Saving…' : 'Save password and continue'}
      </Button>
    </form>
  );
}
