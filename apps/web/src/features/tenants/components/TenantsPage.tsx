import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useViewer } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DataTable, type Column } from '../../../ui/DataTable';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { TENANTS_QUERY } from '../graphql/tenants.graphql';
import { useTenantMode } from '../hooks/use-tenant-mode';
import './tenants.css';

/** Platform super admins: every tenant, and the way into Super Admin Active mode. */
export function TenantsPage() {
  const viewer = useViewer();
  const { data, error, refetch } = useQuery(TENANTS_QUERY);
  const { enter } = useTenantMode();
  const [pendingId, setPendingId] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const current = viewer.tenant?.id;

  type TenantRow = NonNullable<typeof data>['tenants'][number];
  const columns: Array<Column<TenantRow>> = [
    { key: 'name', header: 'Organisation', isRowHeader: true, render: (t) => <span className="tenants__name">{t.name}</span> },
    { key: 'slug', header: 'Sign-in name', render: (t) => <span className="mono">{t.slug}</span> },
    {
      key: 'action',
      header: 'Super Admin Active mode',
      align: 'end',
      render: (t) =>
        t.id === current ? (
          <Badge tone="warning">You are in this tenant</Badge>
        ) : (
          <Button
            aria-label={`Enter tenant ${t.name}`}
            pending={pendingId === t.id}
            disabled={Boolean(current)}
            title={current ? 'Leave the tenant you are in first' : undefined}
            onClick={() => {
              setActionError(null);
              setPendingId(t.id);
              enter(t.id)
                .catch((caught: unknown) => setActionError(errorDetails(caught).message))
                .finally(() => setPendingId(null));
            }}
          >
            Enter tenant
          </Button>
        ),
    },
  ];

  return (
    <PageLayout
      title="Tenants"
      description="Every organisation on this platform. Entering one lets you restore deleted users and roles; everything you do there is audited under your name."
    >
      {actionError && <Alert title="Could not enter the tenant">{actionError}</Alert>}
      {error && (
        <Alert title="Could not load the tenants" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!data && !error && <Loading label="Loading tenants…" />}
      {data && <DataTable caption="Tenants" columns={columns} rows={data.tenants} rowKey={(t) => t.id} />}
    </PageLayout>
  );
}
