import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable, type Column } from '../../../ui/DataTable';
import { DatedBadge } from '../../../ui/DatedBadge';
import type { TenantRow } from '../graphql/tenants.graphql';

const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

export interface TenantsTableProps {
  tenants: TenantRow[];
  /** The tenant the viewer is in (Super Admin Active mode), if any. */
  currentTenantId: string | undefined;
  enteringId: string | null;
  onEnter: (tenant: TenantRow) => void;
  onRename: (tenant: TenantRow) => void;
  onSuspend: (tenant: TenantRow) => void;
  onReactivate: (tenant: TenantRow) => void;
}

function TenantStatus({ tenant }: { tenant: TenantRow }) {
  return tenant.status === 'ACTIVE' ? (
    <Badge tone="success">Active</Badge>
  ) : (
    <DatedBadge tone="danger" since={tenant.suspendedAt}>
      Suspended
    </DatedBadge>
  );
}

/** Every organisation with its status, and what a super admin can do with each. */
export function TenantsTable({ tenants, currentTenantId, enteringId, onEnter, onRename, onSuspend, onReactivate }: TenantsTableProps) {
  const columns: Array<Column<TenantRow>> = [
    { key: 'name', header: 'Organisation', isRowHeader: true, render: (t) => <span className="tenants__name">{t.name}</span> },
    { key: 'slug', header: 'Sign-in name', render: (t) => <span className="mono">{t.slug}</span> },
    { key: 'status', header: 'Status', render: (t) => <TenantStatus tenant={t} /> },
    { key: 'created', header: 'Created', render: (t) => <time dateTime={t.createdAt}>{day.format(new Date(t.createdAt))}</time> },
    {
      key: 'actions',
      header: 'Actions',
      align: 'end',
      render: (t) => (
        <span className="tenants__actions">
          {t.id === currentTenantId ? (
            <Badge tone="warning">You are in this tenant</Badge>
          ) : (
            <Button
              aria-label={`Enter tenant ${t.name}`}
              pending={enteringId === t.id}
              disabled={Boolean(currentTenantId)}
              title={currentTenantId ? 'Leave the tenant you are in first' : undefined}
              onClick={() => onEnter(t)}
            >
              Enter tenant
            </Button>
          )}
          <Button variant="ghost" aria-label={`Rename ${t.name}`} onClick={() => onRename(t)}>
            Rename
          </Button>
          {t.status === 'ACTIVE' ? (
            <Button variant="ghost" aria-label={`Suspend ${t.name}`} onClick={() => onSuspend(t)}>
              Suspend
            </Button>
          ) : (
            <Button variant="ghost" aria-label={`Reactivate ${t.name}`} onClick={() => onReactivate(t)}>
              Reactivate
            </Button>
          )}
        </span>
      ),
    },
  ];
  return <DataTable caption="Tenants" columns={columns} rows={tenants} rowKey={(t) => t.id} />;
}
