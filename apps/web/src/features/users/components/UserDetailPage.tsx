import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { assign, useSearchParamsWriter } from '../../../hooks/use-search-params-writer';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { Tabs, type TabItem } from '../../../ui/Tabs';
import { CLEAR_LOCKOUT_MUTATION, USER_QUERY } from '../graphql/user.graphql';
import { useSignInMode } from '../hooks/use-sign-in-mode';
import { UserAccessTab } from './UserAccessTab';
import { UserActionsTab } from './UserActionsTab';
import { UserActivityTab } from './UserActivityTab';
import { UserAuditTab } from './UserAuditTab';
import { UserProfileTab } from './UserProfileTab';
import { UserSecurityTab } from './UserSecurityTab';
import { UserStateBadge } from './UsersTable';
import './users.css';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Settings → Users → a user: header, then Profile, Access, Actions, Security, Recent Activity, Audit Log. */
export function UserDetailPage() {
  const { userId = '' } = useParams();
  const location = useLocation();
  const [params, write] = useSearchParamsWriter();
  const mayUsersActivityRead = useCan('users.activity.read');
  const mayAuditRead = useCan('audit.read');
  const mayUsersPasswordsReset = useCan('users.passwords.reset');
  const { data, error, refetch } = useQuery(USER_QUERY, { variables: { id: userId }, fetchPolicy: 'cache-and-network' });
  const signInMode = useSignInMode();
  const [clearLockout, clearState] = useMutation(CLEAR_LOCKOUT_MUTATION);
  const [lockoutError, setLockoutError] = useState<string | null>(null);
  // Set by the Create user dialog; shown once, until dismissed or the page is left.
  const [justCreated, setJustCreated] = useState(() => (location.state as { created?: boolean } | null)?.created === true);
  const user = data?.user;

  const tabs: TabItem[] = [
    { id: 'profile', label: 'Profile' },
    { id: 'access', label: 'Access' },
    { id: 'actions', label: 'Actions' },
    { id: 'security', label: 'Security' },
    ...(mayUsersActivityRead ? [{ id: 'activity', label: 'Recent Activity' }] : []),
    ...(mayAuditRead ? [{ id: 'audit', label: 'Audit Log' }] : []),
  ];
  const requested = params.get('tab') ?? 'profile';
  const tab = tabs.some((item) => item.id === requested) ? requested : 'profile';

  if (!user || !signInMode) {
    if (error) {
      const details = errorDetails(error);
      return (
        <PageLayout title="User" eyebrow={<Link to="/users">← Users</Link>}>
          {details.code === 'NOT_FOUND' ? (
            <EmptyState title="This user does not exist" action={<Link to="/users">Back to users</Link>}>
              <p>It may have been deleted, or the address is mistyped.</p>
            </EmptyState>
          ) : (
            <Alert title="Could not load the user" action={<Button onClick={() => void refetch()}>Try again</Button>}>
              {details.message}
            </Alert>
          )}
        </PageLayout>
      );
    }
    return <Loading label="Loading the user…" />;
  }

  const lockedUntil = user.signInLockedUntil && Date.parse(user.signInLockedUntil) > Date.now() ? user.signInLockedUntil : null;

  async function unlock() {
    setLockoutError(null);
    try {
      await clearLockout({ variables: { id: userId } });
    } catch (caught) {
      setLockoutError(errorDetails(caught).message);
    }
  }

  return (
    <PageLayout
      title={user.displayName}
      eyebrow={<Link to="/users">← Users</Link>}
      description={
        <span className="user-header">
          <span className="mono" title="The username is set at creation and cannot be changed">
            {user.username}
          </span>
          <UserStateBadge state={user.state} />
          <span>{user.role.name}</span>
          <span className="muted">{user.origin === 'EXTERNAL' ? 'External user' : user.origin === 'SSO' ? 'SSO user' : 'Internal user'}</span>
        </span>
      }
    >
      {justCreated && (
        <Alert tone="info" action={<Button variant="ghost" onClick={() => setJustCreated(false)}>Dismiss</Button>}>
          {user.state === 'INTRODUCTION'
            ? 'User created in introduction mode: they cannot sign in yet and no email was sent. Turn Hold Invite off to release access.'
            : 'User created.'}
        </Alert>
      )}
      {lockedUntil && (
        <Alert
          tone="info"
          title="Sign-in is temporarily locked"
          action={
            mayUsersPasswordsReset ? (
              <Button pending={clearState.loading} onClick={() => void unlock()}>
                Clear lockout
              </Button>
            ) : undefined
          }
        >
          After repeated failed sign-ins, this account is locked until{' '}
          <time dateTime={lockedUntil}>{dateTime.format(new Date(lockedUntil))}</time>. It unlocks by itself; the account
          is not deactivated.
          {lockoutError && <p className="user-header__error">{lockoutError}</p>}
        </Alert>
      )}
      <Tabs
        label="User record"
        tabs={tabs}
        selected={tab}
        onSelect={(id) =>
write(assign({ tab: id === 'profile' ? '' : id }))
        }
      >
        {tab === 'profile' && <UserProfileTab user={user} signInMode={signInMode} onReload={() => refetch()} />}
        {tab === 'access' && <UserAccessTab user={user} signInMode={signInMode} />}
        {tab === 'actions' && <UserActionsTab user={user} signInMode={signInMode} />}
        {tab === 'security' && <UserSecurityTab user={user} />}
        {tab === 'activity' && <UserActivityTab userId={user.id} />}
        {tab === 'audit' && <UserAuditTab userId={user.id} />}
      </Tabs>
    </PageLayout>
  );
}
