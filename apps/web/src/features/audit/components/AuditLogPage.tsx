import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useCan, useViewer } from '../../auth/viewer-context';
import { Button } from '../../../ui/Button';
import { FormField } from '../../../ui/FormField';
import { PageLayout } from '../../../ui/PageLayout';
import { ROLES_QUERY } from '../../roles/graphql/roles.graphql';
import { toCsv } from '../audit-csv';
import { AUDIT_CHAIN_QUERY, AUDIT_ENTRIES_QUERY, AUDIT_PAGE_SIZE, type AuditEntryRow } from '../graphql/audit.graphql';
import { AuditChainNotice } from './AuditChainNotice';
import { useAuditFilters } from '../hooks/use-audit-filters';
import { AuditFilterActions, AuditResults } from './AuditResults';
import './audit.css';

const KNOWN_ACTIONS = [
  'role.',
  'role.create',
  'role.rename',
  'role.set_parents',
  'role.delete',
  'role.restore',
  'role.grant_permissions',
  'role.revoke_permissions',
  'user.',
  'user.grant_permissions',
  'user.revoke_permissions',
  'super_admin.',
];

function downloadCsv(entries: readonly AuditEntryRow[]) {
  const csv = toCsv(
    ['occurredAt', 'actor', 'actorUserId', 'actorSuperAdminId', 'action', 'targetType', 'targetId', 'targetLabel', 'before', 'after', 'originIp'],
    entries.map((e) => [
      e.occurredAt,
      e.actor.label,
      e.actor.userId,
      e.actor.superAdminId,
      e.action,
      e.targetType,
      e.targetId,
      e.targetLabel,
      e.before,
      e.after,
      e.originIp,
    ]),
  );
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `audit-log-${new Date().toISOString().slice(0, 10)}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

/** Settings → Audit log: every change in the tenant, newest first, filtered through the URL. */
export function AuditLogPage() {
  const viewer = useViewer();
  const { filter, searchKey, active, field, apply, clear } = useAuditFilters();

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

  const { data: chainData } = useQuery(AUDIT_CHAIN_QUERY, { fetchPolicy: 'cache-and-network' });

  const connection = data?.auditEntries;
  const entries = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <PageLayout
      title="Audit log"
      description="Every change to users, roles, permissions and settings in your organisation. Entries are never edited or removed, and each is chained to the one before it, so a change made behind the application’s back shows."
      actions={
        <Button disabled={entries.length === 0} onClick={() => downloadCsv(entries)}>
          Export CSV ({entries.length})
        </Button>
      }
    >
      <AuditChainNotice status={chainData?.auditChain} />
      <form className="card audit-filters" onSubmit={apply} aria-label="Filter the audit log">
        <FormField
          label="Action"
          name="action"
          list="audit-actions"
          placeholder="role. or role.create"
          title="An action, or a prefix ending in “.”"
          spellCheck={false}
          {...field('action')}
        />
        <datalist id="audit-actions">
          {KNOWN_ACTIONS.map((action) => (
            <option key={action} value={action} />
          ))}
        </datalist>
        <FormField label="Actor id" name="actor" placeholder="User id" spellCheck={false} {...field('actor')} />
        <FormField label="Target id" name="target" placeholder="Role or user id" spellCheck={false} {...field('target')} />
        <FormField label="From" name="from" type="date" {...field('from')} />
        <FormField label="To" name="to" type="date" {...field('to')} />
        <AuditFilterActions filtered={active.length > 0} onClear={clear} />
      </form>

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
