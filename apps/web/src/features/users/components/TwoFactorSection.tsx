import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import type { UserDetail } from '../graphql/user.graphql';
import { RESET_TWO_FACTOR_MUTATION } from '../graphql/user-security.graphql';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Whether an authenticator app is enrolled, since when, and the reset for a lost phone. */
export function TwoFactorSection({ user }: { user: UserDetail }) {
  const mayUpdate = useCan('users.update');
  const [reset, { loading }] = useMutation(RESET_TWO_FACTOR_MUTATION);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const who = `${user.displayName} (${user.username})`;

  async function confirm() {
    setError(null);
    try {
      await reset({ variables: { id: user.id } });
      setConfirming(false);
      setDone(true);
    } catch (caught) {
      setError(errorDetails(caught).message);
    }
  }

  const reason = !mayUpdate ? 'You may not change users' : !user.twoFactorEnabled ? 'No authenticator is enrolled' : null;

  return (
    <section className="card" aria-labelledby="two-factor-title">
      <h2 className="card__title" id="two-factor-title">
        Two-factor authentication
      </h2>
      <div className="action-row">
        <div className="action-row__text">
          <p className="user-security__status">
            {user.twoFactorEnabled ? (
              <>
                <Badge tone="success">Enrolled</Badge>{' '}
                {user.twoFactorEnrolledAt && (
                  <span>
                    Authenticator app enrolled on <time dateTime={user.twoFactorEnrolledAt}>{dateTime.format(new Date(user.twoFactorEnrolledAt))}</time>
                  </span>
                )}
              </>
            ) : (
              <>
                <Badge tone="muted">Not enrolled</Badge> No authenticator app is enrolled.
              </>
            )}
          </p>
          {user.twoFactorRequired && <p className="action-row__description">Two-factor is required for this user: a sign-in without an authenticator must enrol one first.</p>}
          {reason && user.twoFactorEnabled && <p className="action-row__reason">{reason}.</p>}
          {done && (
            <p className="action-row__done" role="status">
              Two-factor was reset. The old authenticator app and recovery codes no longer work.
            </p>
          )}
        </div>
        <Button
          variant="danger"
          disabled={reason !== null}
          onClick={() => {
            setError(null);
            setDone(false);
            setConfirming(true);
          }}
        >
          Reset two-factor…
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Reset two-factor for ${user.displayName}?`}
        confirmLabel="Reset two-factor"
        confirmVariant="danger"
        pending={loading}
        error={error}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <p>The authenticator app and the recovery codes of {who} stop working at once. Use this when they lost their phone.</p>
        <p>
          {user.twoFactorRequired
            ? 'Two-factor is required for them, so at their next sign-in they must enrol a new authenticator app.'
            : 'If your organisation requires two-factor for everyone, they must enrol a new authenticator app at their next sign-in; otherwise they sign in with their password alone.'}
        </p>
        <p>Sessions already signed in stay signed in; use Sign out everywhere to end them.</p>
      </ConfirmDialog>
    </section>
  );
}
