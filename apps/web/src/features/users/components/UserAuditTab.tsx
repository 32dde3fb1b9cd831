import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { useCan } from '../../auth/viewer-context';
import { AuditExportButton } from '../../audit/components/AuditExportButton';
import { AuditFilterForm } from '../../audit/components/AuditFilterForm';
import { AuditResults } from '../../audit/components/AuditResults';
import { AUDIT_ENTRIES_QUERY, AUDIT_PAGE_SIZE } from '../../audit/graphql/audit.graphql';
import { useAuditFilters } from '../../audit/hooks/use-audit-filters';
import { ROLES_QUERY } from '../../roles/graphql/roles.graphql';
import '../../audit/components/audit.css';

/**
 * The user's Audit Log: every entry where the user acted or was acted upon, with the diff, under
 * the tenant Audit log's filters (kept in the address next to `tab`).
 */
export function UserAuditTab({ userId }: { userId: string }) {
  const filters = useAuditFilters();
  const filter = { ...filters.filter, involvingId: userId };
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(AUDIT_ENTRIES_QUERY, {
    variables: { filter, first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const canReadRoles = useCan('roles.read');
  const { data: rolesData } = useQuery(ROLES_QUERY, { skip: !canReadRoles, variables: { filter: null } });
  const roleNames = useMemo(() => new Map((rolesData?.roles ?? []).map((role) => [role.id, role.name])), [rolesData]);
  const canExport = useCan('audit.export');
  const canReadUsers = useCan('users.read');

  return (
    <div className="stack">
      <AuditFilterForm filters={filters} canReadUsers={canReadUsers} roles={rolesData?.roles ?? []} />
      <div className="audit-footer">
        <Link to={`/settings/audit?target=${encodeURIComponent(userId)}`}>Open in the tenant audit log</Link>
        {canExport && <AuditExportButton filter={filter} />}
      </div>
      <AuditResults
        connection={data?.auditEntries}
        error={error}
        loadingMore={networkStatus === NetworkStatus.fetchMore}
        filtered={filters.active.length > 0}
        trail="the audit log"
        emptyHint="Changes to this user, and changes they make, will appear here."
        onRetry={() => void refetch()}
        onLoadMore={(after) => void fetchMore({ variables: { after } })}
        labelOf={(id) => roleNames.get(id)}
        resetKey={filters.searchKey}
      />
    </div>
  );
}
