import { useMutation } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { PasswordFields } from '../../users/components/PasswordFields';
import { useSaveForm } from '../../../forms/use-save-form';
import { ACTIVATE_ACCOUNT_MUTATION, RESET_PASSWORD_WITH_LINK_MUTATION } from '../graphql/account-links.graphql';
import '../../auth/components/sign-in.css';
import '../../users/components/users.css';
import './account-links.css';

export type LinkKind = 'activation' | 'reset';

const TEXT: Record<LinkKind, { title: string; lead: string; submit: string; done: string }> = {
  activation: {
    title: 'Activate your account',
    lead: 'Choose the password you will sign in with.',
    submit: 'Activate account',
    done: 'Your account is active. Sign in with your username and the password you just chose.',
  },
  reset: {
    title: 'Choose a new password',
    lead: 'Your old password stops working once the new one is set.',
    submit: 'Set new password',
    done: 'Your password is changed. Sign in with the new password.',
  },
};

/** The public side of an activation or reset link (seed 004): choose a password, then sign in. */
export function LinkPasswordPage({ kind }: { kind: LinkKind }) {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const text = TEXT[kind];
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  // The API answers about the password; the form itself checks the confirmation.
  const form = useSaveForm<'password' | 'confirmation'>(['password']);
  const { errors: failure, saved: done } = form;
  const [activate, activateState] = useMutation(ACTIVATE_ACCOUNT_MUTATION);
  const [reset, resetState] = useMutation(RESET_PASSWORD_WITH_LINK_MUTATION);
  const loading = activateState.loading || resetState.loading;

  useEffect(() => {
    document.title = `${text.title} · Access`;
  }, [text.title]);

  const submit = form.onSubmit(
    () => (kind === 'activation' ? activate({ variables: { token, password } }) : reset({ variables: { token, password } })),
    () => (password === confirmation ? {} : { confirmation: 'The two passwords do not match' }),
  );

  const invalid = !token || failure.reason === 'LINK_INVALID';

  return (
    <main className="sign-in link-page">
      <div className="sign-in__panel">
        <div className="sign-in__brand">
          <span className="sign-in__logo" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="20" height="20">
              <path d="M16 7l7 3v5c0 4.6-3 8.6-7 10-4-1.4-7-5.4-7-10v-5z" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinejoin="round" />
            </svg>
          </span>
          Access
        </div>
        {done ? (
          <>
            <h1 className="sign-in__title">{kind === 'activation' ? 'Account activated' : 'Password changed'}</h1>
            <p className="sign-in__lead" role="status">
              {text.done}
            </p>
            <Link className="btn btn--primary sign-in__submit" to="/login">
              Sign in
            </Link>
          </>
        ) : invalid ? (
          <EmptyState title="This link does not work any more" action={<Link to="/login">Go to sign-in</Link>}>
            <p>
              {failure.form ??
                (token ? 'It was used, revoked or has expired.' : 'The address has no link token; open the link from your email again.')}
            </p>
            <p>Ask your administrator for a new link.</p>
          </EmptyState>
        ) : (
          <>
            <h1 className="sign-in__title">{text.title}</h1>
            <p className="sign-in__lead">{text.lead}</p>
            <form className="sign-in__form" onSubmit={submit} noValidate>
              <PasswordFields
                password={password}
                confirmation={confirmation}
                onPasswordChange={setPassword}
                onConfirmationChange={setConfirmation}
                serverFailures={failure.failures}
                confirmationError={failure.fields.confirmation}
              />
              {failure.form && failure.failures.length === 0 && <Alert title="Not changed">{failure.form}</Alert>}
              {failure.fields.password && failure.failures.length === 0 && <Alert title="Not changed">{failure.fields.password}</Alert>}
              <Button type="submit" variant="primary" className="sign-in__submit" pending={loading} disabled={!password || !confirmation}>
                {text.submit}
              </Button>
            </form>
          </>
        )}
      </div>
    </main>
  );
}

export function ActivateAccountPage() {
  return <LinkPasswordPage kind="activation" />;
}

export function ResetPasswordPage() {
  return <LinkPasswordPage kind="reset" />;
}
