import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useCan, useViewer } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { ROLES_QUERY } from '../../roles/graphql/roles.graphql';
import { RESTORE_USER_MUTATION } from '../graphql/user.graphql';
import { EXPORT_USERS_QUERY, USERS_PAGE_SIZE, USERS_QUERY, type UserRow } from '../graphql/users.query';
import { useSignInMode } from '../hooks/use-sign-in-mode';
import { useUsersFilters } from '../hooks/use-users-filters';
import { usersCreatedHere } from '../sign-in-mode';
import { downloadText } from '../download';
import { CreateUserDialog } from './CreateUserDialog';
import { ImportUsersDialog } from './ImportUsersDialog';
import { UsersFilters } from './UsersFilters';
import { UsersTable } from './UsersTable';
import './users.css';

const count = new Intl.NumberFormat();

/** Settings → Users: find people (filters and order in the address), export, import, create. */
export function UsersPage() {
  const viewer = useViewer();
  const client = useApolloClient();
  const mayRolesRead = useCan('roles.read');
  const mayUsersImport = useCan('users.import');
  const mayUsersExport = useCan('users.export');
  const mayUsersCreate = useCan('users.create');
  const mayAuditRead = useCan('audit.read');
  const superAdminInTenant = viewer.isSuperAdmin && Boolean(viewer.tenant);
  const signInMode = useSignInMode();
  // Hidden until the mode is known, so an organisation on single sign-on never sees them flash.
  const createdHere = signInMode !== null && usersCreatedHere(signInMode);
  const { values, filter, sort, orderBy, update, toggleSort, clear, activeCount } = useUsersFilters();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState(false);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; text: string } | null>(null);
  const [restoringId, setRestoringId] = useState<string | null>(null);

  const { data, error, networkStatus, fetchMore, refetch } = useQuery(USERS_QUERY, {
    variables: { first: USERS_PAGE_SIZE, filter, orderBy },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const { data: rolesData } = useQuery(ROLES_QUERY, { variables: { filter: null }, skip: !mayRolesRead });
  const [restoreUser] = useMutation(RESTORE_USER_MUTATION, { refetchQueries: ['Users'] });

  const users = data?.users;
  const rows = users?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const refreshing = networkStatus === NetworkStatus.setVariables || (networkStatus === NetworkStatus.loading && Boolean(users));

  const description = users
    ? `${count.format(users.totalCount)} ${users.totalCount === 1 ? 'user' : 'users'}${activeCount > 0 ? (users.totalCount === 1 ? ' matches the filters' : ' match the filters') : viewer.tenant ? ` in ${viewer.tenant.name}` : ''}`
    : 'People who can sign in to your organisation.';

  async function exportCsv() {
    setExporting(true);
    setNotice(null);
    try {
      const result = await client.query({ query: EXPORT_USERS_QUERY, variables: { filter }, fetchPolicy: 'network-only' });
      downloadText(result.data?.exportUsers ?? '', `users-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv;charset=utf-8');
    } catch (caught) {
      setNotice({ tone: 'error', text: `The export failed: ${errorDetails(caught).message}` });
    } finally {
      setExporting(false);
    }
  }

  async function restore(user: UserRow) {
    setRestoringId(user.id);
    setNotice(null);
    try {
      await restoreUser({ variables: { id: user.id } });
      setNotice({ tone: 'info', text: `${user.displayName} (${user.username}) is restored and active again.` });
    } catch (caught) {
      setNotice({ tone: 'error', text: errorDetails(caught).message });
    } finally {
      setRestoringId(null);
    }
  }

  return (
    <PageLayout
      title="Users"
      description={<span data-testid="users-total">{description}</span>}
      actions={
        <>
          {mayUsersImport && createdHere && <Button onClick={() => setImporting(true)}>Import CSV</Button>}
          {mayUsersExport && (
            <Button pending={exporting} onClick={() => void exportCsv()}>
              Export CSV
            </Button>
          )}
          {mayUsersCreate && createdHere && (
            <Button variant="primary" onClick={() => setCreating(true)}>
              + New user
            </Button>
          )}
        </>
      }
    >
      {signInMode?.oidc && (
        <p className="muted users__provider-note">
          People sign in through {signInMode.providerName ?? 'the identity provider'}: new users are added at their first sign-in, with the
          details it sends.
        </p>
      )}
      <UsersFilters
        values={values}
        roles={rolesData?.roles.filter((role) => !role.deletedAt) ?? []}
        canSeeDeleted={superAdminInTenant}
        activeCount={activeCount}
        onChange={update}
        onClear={clear}
      />
      {notice && (
        <Alert tone={notice.tone} action={<Button variant="ghost" onClick={() => setNotice(null)}>Dismiss</Button>}>
          {notice.text}
        </Alert>
      )}
      {error && (
        <Alert title={users ? 'Could not load more users' : 'Could not load users'} action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!users && !error && <Loading label="Loading users…" />}
      {users && rows.length === 0 && (
        <EmptyState
          title={activeCount > 0 ? 'No user matches these filters' : 'No users yet'}
          action={activeCount > 0 ? <Button onClick={clear}>Clear filters</Button> : undefined}
        >
          <p>{activeCount > 0 ? 'Try a shorter name, another status, or a wider login window.' : 'People you add to your organisation will be listed here.'}</p>
        </EmptyState>
      )}
      {users && rows.length > 0 && (
        <div className={refreshing ? 'users__results users__results--refreshing' : 'users__results'} aria-busy={refreshing || undefined}>
          <UsersTable
            users={rows}
            sort={sort}
            onSort={toggleSort}
            onRestore={superAdminInTenant ? (user) => void restore(user) : undefined}
            restoringId={restoringId}
            showOrigin={signInMode?.oidc}
            showAuditLog={mayAuditRead}
          />
          <div className="users__footer">
            <p className="users__count" aria-live="polite">
              Showing {count.format(rows.length)} of {count.format(users.totalCount)}
            </p>
            {users.pageInfo.hasNextPage && (
              <Button pending={loadingMore} onClick={() => void fetchMore({ variables: { after: users.pageInfo.endCursor } })}>
                {loadingMore ? 'Loading…' : 'Load more'}
              </Button>
            )}
          </div>
        </div>
      )}
      {creating && <CreateUserDialog roles={rolesData?.roles.filter((role) => !role.deletedAt) ?? []} onClose={() => setCreating(false)} />}
      {importing && (
        <ImportUsersDialog
          onClose={() => setImporting(false)}
          onImported={(created) => {
            setImporting(false);
            setNotice({ tone: 'info', text: `${created} ${created === 1 ? 'user' : 'users'} imported.` });
            void refetch();
          }}
        />
      )}
    </PageLayout>
  );
}
