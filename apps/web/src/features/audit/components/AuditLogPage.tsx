import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useCan, useViewer } from '../../auth/viewer-context';
import { PageLayout } from '../../../ui/PageLayout';
import { ROLES_QUERY } from '../../roles/graphql/roles.graphql';
import { AUDIT_CHAIN_QUERY, AUDIT_ENTRIES_QUERY, AUDIT_PAGE_SIZE } from '../graphql/audit.graphql';
import { AuditExportButton } from './AuditExportButton';
import { AuditFilterForm } from './AuditFilterForm';
import { AuditChainNotice } from './AuditChainNotice';
import { useAuditFilters } from '../hooks/use-audit-filters';
import { AuditResults } from './AuditResults';
import './audit.css';

/** Settings → Audit log: every change in the tenant, newest first, filtered through the URL. */
export function AuditLogPage() {
  const viewer = useViewer();
  const filters = useAuditFilters();
  const { filter, searchKey, active } = filters;

  const { data, error, networkStatus, fetchMore, refetch } = useQuery(AUDIT_ENTRIES_QUERY, {
    variables: { filter, first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  // Role ids in before/after (parents) read better as names, when the viewer may see roles.
  const canReadRoles = useCan('roles.read');
  const { data: rolesData } = useQuery(ROLES_QUERY, {
    skip: !canReadRoles,
    variables: { filter: viewer.isSuperAdmin && viewer.tenant ? { includeDeleted: true } : null },
  });
  const roleNames = useMemo(() => new Map((rolesData?.roles ?? []).map((role) => [role.id, role.name])), [rolesData]);

  const canReadUsers = useCan('users.read');
  const canExport = useCan('audit.export');

  const { data: chainData } = useQuery(AUDIT_CHAIN_QUERY, { fetchPolicy: 'cache-and-network' });

  const connection = data?.auditEntries;

  return (
    <PageLayout
      title="Audit log"
      description="Every change to users, roles, permissions and settings in your organisation. Entries are never edited or removed, and each is chained to the one before it, so a change made behind the application’s back shows."
      actions={canExport ? <AuditExportButton filter={filter} /> : undefined}
    >
      <AuditChainNotice status={chainData?.auditChain} />
      <AuditFilterForm filters={filters} canReadUsers={canReadUsers} roles={rolesData?.roles ?? []} />

      <AuditResults
        connection={connection}
        error={error}
        loadingMore={networkStatus === NetworkStatus.fetchMore}
        filtered={active.length > 0}
        trail="the audit log"
        emptyHint="Changes will appear here as they happen."
        onRetry={() => void refetch()}
        onLoadMore={(after) => void fetchMore({ variables: { after } })}
        labelOf={(id) => roleNames.get(id)}
        resetKey={searchKey}
      />
    </PageLayout>
  );
}
