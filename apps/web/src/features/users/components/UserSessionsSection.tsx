import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { describeUserAgent } from '../../account/user-agent';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DataTable, type Column } from '../../../ui/DataTable';
import { Loading } from '../../../ui/Loading';
import type { UserDetail } from '../graphql/user.graphql';
import { REVOKE_ALL_SESSIONS_MUTATION, USER_SESSIONS_QUERY, type UserSession } from '../graphql/user-security.graphql';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const columns: Array<Column<UserSession>> = [
  {
    key: 'device',
    header: 'Device',
    isRowHeader: true,
    render: (session) => <span title={session.userAgent ?? undefined}>{describeUserAgent(session.userAgent)}</span>,
  },
  { key: 'ip', header: 'IP address', render: (session) => <span className="mono">{session.ip ?? '—'}</span> },
  { key: 'created', header: 'Signed in', render: (session) => day.format(new Date(session.createdAt)) },
  { key: 'lastUsed', header: 'Last active', render: (session) => dateTime.format(new Date(session.lastUsedAt)) },
  { key: 'expires', header: 'Expires', render: (session) => day.format(new Date(session.expiresAt)) },
];

/** Where the user is signed in (for readers of user activity) and "Sign out everywhere" (for editors of users). */
export function UserSessionsSection({ user }: { user: UserDetail }) {
  const mayRead = useCan('users.activity.read');
  const mayUpdate = useCan('users.update');
  const { data, error, refetch } = useQuery(USER_SESSIONS_QUERY, { variables: { userId: user.id }, skip: !mayRead, fetchPolicy: 'cache-and-network' });
  const [revokeAll, { loading }] = useMutation(REVOKE_ALL_SESSIONS_MUTATION);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const sessions = data?.userSessions ?? [];

  async function confirm() {
    setRefusal(null);
    try {
      await revokeAll({ variables: { userId: user.id } });
      setConfirming(false);
      setDone(true);
      if (mayRead) await refetch();
    } catch (caught) {
      setRefusal(errorDetails(caught).message);
    }
  }

  if (!mayRead && !mayUpdate) return null;
  return (
    <section className="card" aria-labelledby="user-sessions-title">
      <h2 className="card__title" id="user-sessions-title">
        Sessions
      </h2>
      <div className="action-row">
        <p className="action-row__description">
          Browsers and programs signed in with the user's password. Signing out everywhere ends all of them; API tokens are not affected.
        </p>
        {mayUpdate && (
          <Button
            variant="danger"
            onClick={() => {
              setRefusal(null);
              setDone(false);
              setConfirming(true);
            }}
          >
            Sign out everywhere…
          </Button>
        )}
      </div>
      {done && (
        <p className="action-row__done" role="status">
          Every session of {user.displayName} was signed out.
        </p>
      )}
      {mayRead && error && (
        <Alert title="Could not load the sessions" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {mayRead && !data && !error && <Loading label="Loading sessions…" />}
      {mayRead && data && (sessions.length > 0 ? (
        <DataTable caption={`Sessions of ${user.displayName}`} columns={columns} rows={sessions} rowKey={(session) => session.id} />
      ) : (
        <p className="muted">Not signed in anywhere.</p>
      ))}
      <ConfirmDialog
        open={confirming}
        title={`Sign ${user.displayName} out everywhere?`}
        confirmLabel="Sign out everywhere"
        confirmVariant="danger"
        pending={loading}
        error={refusal}
        onConfirm={() => void confirm()}
        onClose={() => setConfirming(false)}
      >
        <p>
          Every browser and program signed in as {user.displayName} ({user.username}) is signed out at its next request and has to sign in
          again. Their password, two-factor and API tokens stay as they are.
        </p>
      </ConfirmDialog>
    </section>
  );
}
