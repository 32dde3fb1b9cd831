import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { Loading } from '../../../ui/Loading';
import { AuditEntriesTable } from '../../audit/components/AuditEntriesTable';
import { AUDIT_ENTRIES_QUERY, AUDIT_PAGE_SIZE } from '../../audit/graphql/audit.graphql';
import '../../audit/components/audit.css';

/** The user's Audit Log: every entry where the user acted or was acted upon, with the diff. */
export function UserAuditTab({ userId }: { userId: string }) {
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(AUDIT_ENTRIES_QUERY, {
    variables: { filter: { involvingId: userId }, first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.auditEntries;
  if (!connection) {
    if (error) {
      return (
        <Alert title="Could not load the audit log" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      );
    }
    return <Loading label="Loading the audit log…" />;
  }
  const entries = connection.edges.map((edge) => edge.node);
  if (entries.length === 0) {
    return (
      <EmptyState title="Nothing recorded yet">
        <p>Changes to this user, and changes they make, will appear here.</p>
      </EmptyState>
    );
  }
  return (
    <div className="stack">
      <AuditEntriesTable entries={entries} labelOf={() => undefined} />
      <div className="audit-footer">
        <p className="muted" aria-live="polite">
          Showing {entries.length} of {connection.totalCount} ·{' '}
          <Link to={`/settings/audit?target=${encodeURIComponent(userId)}`}>Open in the tenant audit log</Link>
        </p>
        {connection.pageInfo.hasNextPage && (
          <Button
            pending={networkStatus === NetworkStatus.fetchMore}
            onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          >
            Load more
          </Button>
        )}
      </div>
    </div>
  );
}
