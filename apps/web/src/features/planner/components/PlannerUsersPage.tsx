import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { PLANNER_USERS_PAGE_SIZE, PLANNER_USERS_QUERY, type PlannerUserRow } from '../graphql/planner-users.graphql';
import { usePlannerUsersFilters } from '../hooks/use-planner-users-filters';
import { ActivateInviteDialog } from './ActivateInviteDialog';
import { AddExternalUserDialog } from './AddExternalUserDialog';
import { PlannerUsersFilters } from './PlannerUsersFilters';
import { PlannerUsersTable } from './PlannerUsersTable';
import './planner.css';

const count = new Intl.NumberFormat();

/** Planner → Planner Users: internal and external workers, filters in the address, add and invite. */
export function PlannerUsersPage() {
  const canManage = useCan('planner.users.manage');
  const { values, filter, update, clear, activeCount } = usePlannerUsersFilters();
  const [adding, setAdding] = useState(false);
  const [activating, setActivating] = useState<PlannerUserRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const { data, error, networkStatus, fetchMore, refetch } = useQuery(PLANNER_USERS_QUERY, {
    variables: { first: PLANNER_USERS_PAGE_SIZE, filter },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const page = data?.plannerUsers;
  const rows = page?.edges.map((edge) => edge.node) ?? [];
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const refreshing = networkStatus === NetworkStatus.setVariables || (networkStatus === NetworkStatus.loading && Boolean(page));

  function loadMore() {
    if (!page) return;
    void fetchMore({
      variables: { after: page.pageInfo.endCursor },
      // Each page is cached under its own cursor; append it to the list on screen.
      updateQuery: (previous, { fetchMoreResult }) => ({
        plannerUsers: {
          ...fetchMoreResult.plannerUsers,
          edges: [...previous.plannerUsers.edges, ...fetchMoreResult.plannerUsers.edges],
        },
      }),
    });
  }

  const description = page
    ? `${count.format(page.totalCount)} ${page.totalCount === 1 ? 'planner user' : 'planner users'}${activeCount > 0 ? ' match the filters' : ''}`
    : 'People on the schedule: internal users with External Planner Access and external workers.';

  return (
    <PageLayout
      title="Planner Users"
      description={<span data-testid="planner-users-total">{description}</span>}
      actions={
        canManage && (
          <Button variant="primary" onClick={() => setAdding(true)}>
            + Add external planner user
          </Button>
        )
      }
    >
      <PlannerUsersFilters values={values} activeCount={activeCount} onChange={update} onClear={clear} />
      {notice && (
        <Alert tone="info" action={<Button variant="ghost" onClick={() => setNotice(null)}>Dismiss</Button>}>
          {notice}
        </Alert>
      )}
      {error && (
        <Alert title={page ? 'Could not load more planner users' : 'Could not load planner users'} action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!page && !error && <Loading label="Loading planner users…" />}
      {page && rows.length === 0 && (
        <EmptyState
          title={activeCount > 0 ? 'No planner user matches these filters' : 'No planner users yet'}
          action={activeCount > 0 ? <Button onClick={clear}>Clear filters</Button> : undefined}
        >
          <p>
            {activeCount > 0
              ? 'Try a shorter search or another affiliation or status.'
              : 'Add an external worker here, or turn External Planner Access on for an internal user in Settings → Users.'}
          </p>
        </EmptyState>
      )}
      {page && rows.length > 0 && (
        <div className={refreshing ? 'planner-results planner-results--refreshing' : 'planner-results'} aria-busy={refreshing || undefined}>
          <PlannerUsersTable users={rows} onActivate={canManage ? setActivating : undefined} />
          <div className="planner-footer">
            <p className="muted" aria-live="polite">
              Showing {count.format(rows.length)} of {count.format(page.totalCount)}
            </p>
            {page.pageInfo.hasNextPage && (
              <Button pending={loadingMore} onClick={loadMore}>
                {loadingMore ? 'Loading…' : 'Load more'}
              </Button>
            )}
          </div>
        </div>
      )}
      {adding && (
        <AddExternalUserDialog
          onClose={() => setAdding(false)}
          onAdded={(user) => {
            setAdding(false);
            setNotice(`${user.displayName} was added in the holding state: they cannot sign in yet and no email was sent.`);
          }}
        />
      )}
      {activating && (
        <ActivateInviteDialog
          user={activating}
          onClose={() => setActivating(null)}
          onInvited={(user) => {
            setActivating(null);
            setNotice(`${user.displayName} was emailed a temporary password at ${user.email}.`);
          }}
        />
      )}
    </PageLayout>
  );
}
