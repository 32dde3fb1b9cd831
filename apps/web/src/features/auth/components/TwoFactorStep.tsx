import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { CONFIRM_TWO_FACTOR_ENROLLMENT_MUTATION, VERIFY_TWO_FACTOR_MUTATION } from '../graphql/sign-in.mutation';
import type { SignedInSession } from './ChoosePasswordForm';

export type TwoFactorPrompt =
  | { kind: 'challenge'; challengeToken: string }
  | { kind: 'enroll'; enrollmentToken: string; otpauthUri: string; qrCodeDataUrl: string; secret: string };

interface Props {
  prompt: TwoFactorPrompt;
  onDone: (session: SignedInSession) => void;
}

/** The second step of signing in: a code from the authenticator app, or enrolling one first. */
export function TwoFactorStep({ prompt, onDone }: Props) {
  const [verify, verifying] = useMutation(VERIFY_TWO_FACTOR_MUTATION);
  const [confirm, confirming] = useMutation(CONFIRM_TWO_FACTOR_ENROLLMENT_MUTATION);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [recovery, setRecovery] = useState<{ codes: string[]; session: SignedInSession } | null>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    try {
      if (prompt.kind === 'challenge') {
        const { data } = await verify({ variables: { challengeToken: prompt.challengeToken, code: code.trim() } });
        const result = data?.verifyTwoFactor;
        if (result?.__typename !== 'Session') throw new Error('Signing in needs another step.');
        onDone(result);
      } else {
        const { data } = await confirm({ variables: { enrollmentToken: prompt.enrollmentToken, code: code.trim() } });
        if (!data) throw new Error('Empty response');
        setRecovery({ codes: data.confirmTwoFactorEnrollment.recoveryCodes, session: data.confirmTwoFactorEnrollment.session });
      }
    } catch (caught) {
      setError(errorDetails(caught).message);
      setCode('');
    }
  }

  if (recovery) {
    return (
      <div className="sign-in__form">
        <h2 className="sign-in__subtitle">Save your recovery codes</h2>
        <p className="sign-in__lead">Each code signs you in once if you lose your phone. They are shown only now.</p>
        <ul className="recovery-codes" aria-label="Recovery codes">
          {recovery.codes.map((value) => (
            <li key={value}>
              <code>{value}</code>
            </li>
          ))}
        </ul>
        <Button variant="primary" className="sign-in__submit" onClick={() => onDone(recovery.session)}>
          I have saved them, continue
        </Button>
      </div>
    );
  }

  return (
    <form className="sign-in__form" onSubmit={handleSubmit} aria-labelledby="two-factor-title">
      <h2 id="two-factor-title" className="sign-in__subtitle">
        {prompt.kind === 'challenge' ? 'Two-step verification' : 'Set up two-step verification'}
      </h2>
      {prompt.kind === 'enroll' ? (
        <>
          <p className="sign-in__lead">Scan this code with an authenticator app, then enter the 6-digit code it shows.</p>
          <img className="two-factor__qr" src={prompt.qrCodeDataUrl} alt="QR code for your authenticator app" width={180} height={180} />
          <p className="sign-in__lead">
            Or type this key: <code className="two-factor__secret">{prompt.secret}</code>
          </p>
        </>
      ) : (
        <p className="sign-in__lead">Enter the 6-digit code from your authenticator app, or one of your recovery codes.</p>
      )}
      <FormField
        label={prompt.kind === 'challenge' ? 'Code' : 'Code from the app'}
        name="code"
        autoComplete="one-time-code"
        inputMode={prompt.kind === 'challenge' ? 'text' : 'numeric'}
        required
        value={code}
        onChange={(event) => setCode(event.target.value)}
      />
      {error && <Alert>{error}</Alert>}
      <Button type="submit" variant="primary" pending={verifying.loading || confirming.loading} className="sign-in__submit">
        {prompt.kind === 'challenge' ? 'Verify' : 'Turn on and continue'}
      </Button>
    </form>
  );
}
