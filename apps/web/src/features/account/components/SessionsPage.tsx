import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { DataTable, type Column } from '../../../ui/DataTable';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { MY_SESSIONS_QUERY, REVOKE_MY_OTHER_SESSIONS_MUTATION, REVOKE_SESSION_MUTATION, type MySession } from '../graphql/account.graphql';
import { describeUserAgent } from '../user-agent';
import './account.css';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/**
 * `/account/sessions`: where you are signed in. Each other session can be ended on its own, or all
 * of them at once ("everywhere else"). This device is marked and cannot be ended here; Sign out in
 * the menu does that.
 */
export function SessionsPage() {
  const { data, error, refetch } = useQuery(MY_SESSIONS_QUERY, { fetchPolicy: 'cache-and-network' });
  const [revokeSession] = useMutation(REVOKE_SESSION_MUTATION);
  const [revokeOthers] = useMutation(REVOKE_MY_OTHER_SESSIONS_MUTATION);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [confirmAll, setConfirmAll] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);

  const sessions = data?.mySessions ?? [];
  const others = sessions.filter((session) => !session.current);

  /** Ends the given sessions; "not found" means it had already ended, which is what was wanted. */
  async function signOut(ids: readonly string[]): Promise<void> {
    setNotice(null);
    setPending((current) => new Set([...current, ...ids]));
    const everyOther = ids.length > 1 && ids.length === others.length;
    const results = everyOther
      ? [await revokeOthers().then((value) => ({ status: 'fulfilled' as const, value }), (reason: unknown) => ({ status: 'rejected' as const, reason }))]
      : await Promise.allSettled(ids.map((id) => revokeSession({ variables: { id } })));
    const failed = results.flatMap((result) =>
      result.status === 'rejected' && errorDetails(result.reason).code !== 'NOT_FOUND' ? [errorDetails(result.reason).message] : [],
    );
    await refetch();
    setPending((current) => new Set([...current].filter((id) => !ids.includes(id))));
    if (failed.length > 0) setNotice({ tone: 'error', text: failed[0]! });
    else setNotice({ tone: 'info', text: ids.length === 1 ? 'The session was signed out.' : `${ids.length} sessions were signed out.` });
  }

  const columns: Array<Column<MySession>> = [
    {
      key: 'device',
      header: 'Device',
      isRowHeader: true,
      render: (session) => (
        <span className="account-device">
          <span title={session.userAgent ?? undefined}>{describeUserAgent(session.userAgent)}</span>
          {session.current && <Badge tone="success">This device</Badge>}
        </span>
      ),
    },
    { key: 'ip', header: 'IP address', render: (session) => <span className="mono">{session.ip ?? '—'}</span> },
    { key: 'created', header: 'Signed in', render: (session) => day.format(new Date(session.createdAt)) },
    { key: 'lastUsed', header: 'Last active', render: (session) => dateTime.format(new Date(session.lastUsedAt)) },
    { key: 'expires', header: 'Expires', render: (session) => day.format(new Date(session.expiresAt)) },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      // This device signs out with Sign out in the user menu.
      render: (session) =>
        session.current ? null : (
          <Button
            variant="ghost"
            pending={pending.has(session.id)}
            aria-label={`Sign out ${describeUserAgent(session.userAgent)}, last active ${dateTime.format(new Date(session.lastUsedAt))}`}
            onClick={() => void signOut([session.id])}
          >
            Sign out
          </Button>
        ),
    },
  ];

  return (
    <PageLayout
      title="Sessions"
      description="The browsers and programs signed in to your account. Sign out any you do not recognise, then change your password."
      actions={
        others.length > 0 && (
          <Button variant="danger" onClick={() => setConfirmAll(true)}>
            Sign out everywhere else
          </Button>
        )
      }
    >
      {error && (
        <Alert title="Could not load your sessions" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {notice && (
        <Alert tone={notice.tone} title={notice.tone === 'error' ? 'Not signed out' : undefined}>
          {notice.text}
        </Alert>
      )}
      {!data && !error && <Loading label="Loading your sessions…" />}
      {data && (
        <>
          <DataTable caption="Your sessions" columns={columns} rows={sessions} rowKey={(session) => session.id} />
          {others.length === 0 && <p className="muted">You are signed in on this device only.</p>}
        </>
      )}
      <ConfirmDialog
        open={confirmAll}
        title="Sign out everywhere else?"
        confirmLabel={`Sign out ${others.length} ${others.length === 1 ? 'session' : 'sessions'}`}
        confirmVariant="danger"
        pending={others.some((session) => pending.has(session.id))}
        onClose={() => setConfirmAll(false)}
        onConfirm={() => {
          const ids = others.map((session) => session.id);
          void signOut(ids).then(() => setConfirmAll(false));
        }}
      >
        <p>
          Every other browser and program signed in with your password is signed out and has to sign in again. This device stays signed in.
          API tokens are not affected.
        </p>
      </ConfirmDialog>
    </PageLayout>
  );
}
