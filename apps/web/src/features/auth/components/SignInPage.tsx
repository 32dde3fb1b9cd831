import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client';
import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { SIGN_IN_MUTATION } from '../graphql/sign-in.mutation';
import { ChoosePasswordForm, type SignedInSession } from './ChoosePasswordForm';
import { TwoFactorStep, type TwoFactorPrompt } from './TwoFactorStep';
import { ME_QUERY } from '../graphql/viewer.fragment';
import { useSignInOptions } from '../hooks/use-sign-in-options';
import { ssoErrorMessage } from '../sso-errors';
import { safeNextPath } from '../require-session.loader';
import { refresher } from '../refresh';
import { session } from '../session.store';
import './sign-in.css';

/** Maps the API's stable error codes to what we tell the person at the keyboard. */
function signInErrorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error)) {
    const first = error.errors[0];
    switch (first?.extensions?.code) {
      case 'UNAUTHENTICATED':
      case 'BAD_USER_INPUT':
        // The server's wording is written for end users ("Invalid username or password").
        return first.message;
      default:
        return 'Sign-in failed because of a problem on our side. Please try again in a moment.';
    }
  }
  return 'We could not reach the Access server. Check your connection and try again.';
}

/** Wording that differs between the admin app and the worker portal; the flow is the same. */
export interface SignInPageProps {
  lead?: string;
  usernameLabel?: string;
  tenantHint?: string;
  /**
   * Where an external worker goes once signed in, when this app has nothing for them (the admin
   * app); null keeps them in this app (the portal).
   */
  externalWorkerHome?: string | null;
}

export function SignInPage({
  lead = 'Manage the people, roles and permissions of your organisation.',
  usernameLabel = 'Username',
  tenantHint = 'Platform super admins leave this empty.',
  externalWorkerHome = '/portal',
}: SignInPageProps = {}) {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [signIn, { loading }] = useMutation(SIGN_IN_MUTATION);
  // A failed single sign-on comes back here naming the organisation it was for.
  const [tenant, setTenant] = useState(() => searchParams.get('organisation') ?? '');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [twoFactor, setTwoFactor] = useState<TwoFactorPrompt | null>(null);
  const [passwordChange, setPasswordChange] = useState<{ changeToken: string; reason: 'TEMPORARY_PASSWORD' | 'RESET_REQUIRED' } | null>(null);
  const next = safeNextPath(searchParams.get('next'));
  const sessionExpired = searchParams.get('reason') === 'expired';
  const ssoError = searchParams.get('sso_error');
  const options = useSignInOptions(tenant);
  const passwordSignIn = options?.passwordSignIn ?? true;

  useEffect(() => {
    document.title = 'Sign in · Access';
  }, []);

  // Still signed in on this browser (a refresh cookie): go straight on.
  useEffect(() => {
    if (session.getAccessToken()) return;
    void refresher.refresh().then((renewed) => {
      if (renewed) navigate(next, { replace: true });
    });
  }, [navigate, next]);

  if (session.getAccessToken()) return <Navigate to={next} replace />;

  async function finish({ accessToken, expiresAt, viewer }: SignedInSession) {
    await client.clearStore();
    session.signIn({ accessToken, expiresAt });
    // External workers have the portal only: they go there at once, not through the admin shell.
    if (externalWorkerHome && (viewer as { origin?: string } | null)?.origin === 'external') {
      window.location.replace(externalWorkerHome);
      return;
    }
    // The payload already has everything the shell needs; save it a round trip.
    client.writeQuery({ query: ME_QUERY, data: { me: viewer as never } });
    navigate(next, { replace: true });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    // Enter in the organisation field, when the provider is the only way in.
    if (!passwordSignIn) {
      if (options?.sso) window.location.assign(options.sso.startUrl);
      return;
    }
    try {
      const { data } = await signIn({
        variables: { input: { tenant: tenant.trim() || null, username: username.trim(), password } },
      });
      if (!data) throw new Error('Empty sign-in response');
      if (data.login.__typename === 'PasswordChangeRequired') {
        setPasswordChange({ changeToken: data.login.changeToken, reason: data.login.reason });
        setPassword('');
        return;
      }
      if (data.login.__typename === 'TwoFactorRequired') {
        setTwoFactor({ kind: 'challenge', challengeToken: data.login.challengeToken });
        setPassword('');
        return;
      }
      if (data.login.__typename === 'TwoFactorEnrollmentRequired') {
        setTwoFactor({ kind: 'enroll', ...data.login });
        setPassword('');
        return;
      }
      await finish(data.login);
    } catch (caught) {
      setError(signInErrorMessage(caught));
      setPassword('');
    }
  }

  return (
    <main className="sign-in">
      <div className="sign-in__panel">
        <div className="sign-in__brand">
          <span className="sign-in__logo" aria-hidden="true">
            <svg viewBox="0 0 32 32" width="28" height="28">
              <path
                d="M16 7l7 3v5c0 4.6-3 8.6-7 10-4-1.4-7-5.4-7-10v-5z"
                fill="none"
                stroke="currentColor"
                strokeWidth="2.2"
                strokeLinejoin="round"
              />
            </svg>
          </span>
          <span>Access</span>
        </div>
        <h1 className="sign-in__title">Sign in</h1>
        <p className="sign-in__lead">{lead}</p>

        {sessionExpired && !error && (
          <Alert tone="info">Your session has ended. Please sign in again.</Alert>
        )}
        {ssoError && !error && <Alert title="Single sign-on did not work">{ssoErrorMessage(ssoError)}</Alert>}

        {twoFactor ? (
          <TwoFactorStep prompt={twoFactor} onDone={(signedIn) => void finish(signedIn)} />
        ) : passwordChange ? (
          <ChoosePasswordForm
            changeToken={passwordChange.changeToken}
            reason={passwordChange.reason}
            username={username.trim()}
            onDone={(signedIn) => void finish(signedIn)}
            onSecondFactor={(prompt) => {
              setPasswordChange(null);
              setTwoFactor(prompt);
            }}
          />
        ) : (
        <form className="sign-in__form" onSubmit={handleSubmit}>
          <FormField
            label="Organisation"
            name="tenant"
            placeholder="acme"
            autoComplete="organization"
            autoCapitalize="none"
            spellCheck={false}
            hint={tenantHint}
            value={tenant}
            onChange={(event) => setTenant(event.target.value)}
          />
          {options?.sso && (
            // A full page load: the provider's page, then the server's callback, which opens the session.
            <a className="btn btn--primary sign-in__submit sign-in__sso" href={options.sso.startUrl}>
              Sign in with {options.sso.displayName}
            </a>
          )}
          {options?.sso && passwordSignIn && <p className="sign-in__or">or with your password</p>}
          {passwordSignIn && (
            <>
              <FormField
                label={usernameLabel}
                name="username"
                autoComplete="username"
                autoCapitalize="none"
                spellCheck={false}
                required
                value={username}
                onChange={(event) => setUsername(event.target.value)}
              />
              <FormField
                label="Password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
                value={password}
                onChange={(event) => setPassword(event.target.value)}
              />
              {error && <Alert>{error}</Alert>}
              <Button type="submit" variant={options?.sso ? 'secondary' : 'primary'} pending={loading} className="sign-in__submit">
                {loading ? 'Signing in…' : 'Sign in'}
              </Button>
            </>
          )}
        </form>
        )}
      </div>
    </main>
  );
}
