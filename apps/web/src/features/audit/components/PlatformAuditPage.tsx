import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { FormField } from '../../../ui/FormField';
import { PageLayout } from '../../../ui/PageLayout';
import { SelectField } from '../../../ui/SelectField';
import { PLATFORM_AUDIT_PICKER_QUERY } from '../graphql/audit-pickers.graphql';
import { AUDIT_PAGE_SIZE, PLATFORM_AUDIT_CHAIN_QUERY, PLATFORM_AUDIT_ENTRIES_QUERY } from '../graphql/audit.graphql';
import { AuditChainNotice } from './AuditChainNotice';
import { AuditExportButton } from './AuditExportButton';
import { useAuditFilters } from '../hooks/use-audit-filters';
import { AuditFilterActions, AuditResults } from './AuditResults';
import { RecordPicker, type PickableRecord } from './RecordPicker';
import './audit.css';

const AUDIT_PATH = '/platform/audit';

/** What the platform trail records (the server's `tenant.*` and `super_admin.*` actions); a prefix takes the group. */
const PLATFORM_ACTIONS: ReadonlyArray<{ value: string; label: string }> = [
  { value: 'tenant.', label: 'Any tenant change' },
  { value: 'tenant.create', label: 'Tenant created' },
  { value: 'tenant.rename', label: 'Tenant renamed' },
  { value: 'tenant.suspend', label: 'Tenant suspended' },
  { value: 'tenant.reactivate', label: 'Tenant reactivated' },
  { value: 'super_admin.', label: 'Any super admin account change' },
  { value: 'super_admin.create', label: 'Super admin created' },
  { value: 'super_admin.deactivate', label: 'Super admin deactivated' },
  { value: 'super_admin.reactivate', label: 'Super admin reactivated' },
];

/** Platform → Platform audit: what super admins did outside any tenant, newest first, filtered through the URL. */
export function PlatformAuditPage() {
  const { filter, searchKey, active, field, apply, clear } = useAuditFilters();
  const pick = (key: 'actor' | 'target') => ({ value: field(key).value, onChange: (id: string) => field(key).onChange({ target: { value: id } }) });
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(PLATFORM_AUDIT_ENTRIES_QUERY, {
    variables: { filter, first: AUDIT_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const { data: chainData } = useQuery(PLATFORM_AUDIT_CHAIN_QUERY, { fetchPolicy: 'cache-and-network' });
  // The platform trail's actors are super admins and its targets tenants and super admins: the
  // pickers offer them by name, and the list names their ids in before/after values.
  const { data: pickable } = useQuery(PLATFORM_AUDIT_PICKER_QUERY);
  const admins = useMemo<PickableRecord[]>(
    () => (pickable?.superAdmins ?? []).map((admin) => ({ id: admin.id, name: `${admin.displayName} (${admin.username})`, kind: 'Super admin' })),
    [pickable],
  );
  const targets = useMemo<PickableRecord[]>(
    () => [...(pickable?.tenants ?? []).map((tenant) => ({ id: tenant.id, name: `${tenant.name} (${tenant.slug})`, kind: 'Tenant' })), ...admins],
    [pickable, admins],
  );
  const names = useMemo(() => {
    const byId = new Map<string, string>();
    for (const admin of pickable?.superAdmins ?? []) byId.set(admin.id, admin.displayName);
    for (const tenant of pickable?.tenants ?? []) byId.set(tenant.id, tenant.name);
    return byId;
  }, [pickable]);

  const connection = data?.platformAuditEntries;
  const action = field('action');
  // An action from a link that the list does not name still shows as chosen.
  const actions = action.value && !PLATFORM_ACTIONS.some((known) => known.value === action.value)
    ? [...PLATFORM_ACTIONS, { value: action.value, label: action.value }]
    : PLATFORM_ACTIONS;

  return (
    <PageLayout
      title="Platform audit"
      description="What super admins did outside any tenant: organisations created, renamed, suspended or reactivated, and operator accounts. What they do inside a tenant is in that tenant's own audit log."
      actions={<AuditExportButton filter={filter} trail="platform" />}
    >
      <AuditChainNotice status={chainData?.platformAuditChain} />
      <form className="card audit-filters" onSubmit={apply} aria-label="Filter the platform audit trail">
        <SelectField label="Action" name="action" {...action}>
          <option value="">Any action</option>
          {actions.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
        <RecordPicker label="Super admin" name="actor" placeholder="A super admin's name" users={false} records={admins} resetKey={searchKey} {...pick('actor')} />
        <RecordPicker
          label="Target"
          name="target"
          placeholder="A tenant's or super admin's name"
          users={false}
          records={targets}
          resetKey={searchKey}
          {...pick('target')}
        />
        <FormField label="From" name="from" type="date" {...field('from')} />
        <FormField label="To" name="to" type="date" {...field('to')} />
        <AuditFilterActions filtered={active.length > 0} onClear={clear} />
      </form>

      <AuditResults
        connection={connection}
        error={error}
        loadingMore={networkStatus === NetworkStatus.fetchMore}
        filtered={active.length > 0}
        trail="the platform audit trail"
        emptyHint="Tenant and super admin changes will appear here as they happen."
        onRetry={() => void refetch()}
        onLoadMore={(after) => void fetchMore({ variables: { after } })}
        labelOf={(id) => names.get(id)}
        resetKey={searchKey}
        auditPath={AUDIT_PATH}
      />
    </PageLayout>
  );
}
