import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { errorDetails } from '../../../apollo';
import { useDebouncedText } from '../../../hooks/use-debounced-text';
import { useSearchParam } from '../../../hooks/use-search-param';
import { useViewer } from '../../auth/viewer-context';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { TENANTS_QUERY, type TenantRow } from '../graphql/tenants.graphql';
import { useTenantMode } from '../hooks/use-tenant-mode';
import { CreateTenantDialog } from './CreateTenantDialog';
import { ReactivateTenantDialog } from './ReactivateTenantDialog';
import { RenameTenantDialog } from './RenameTenantDialog';
import { SuspendTenantDialog } from './SuspendTenantDialog';
import { TenantsTable } from './TenantsTable';
import './tenants.css';

type Pending = { kind: 'rename' | 'suspend' | 'reactivate'; tenant: TenantRow };

/** Platform → Tenants: every organisation, onboarding new ones, suspension, and the way into Super Admin Active mode. */
export function TenantsPage() {
  const viewer = useViewer();
  const { enter } = useTenantMode();
  // In the address, so a reload or a shared link keeps the search; the server does the matching.
  const [search, setSearch] = useSearchParam('q');
  const [draft, setDraft] = useDebouncedText(search, setSearch);
  const needle = search.trim();
  const { data, previousData, error, loading, refetch } = useQuery(TENANTS_QUERY, {
    variables: { filter: needle ? { search: needle } : null },
    fetchPolicy: 'cache-and-network',
  });
  const [creating, setCreating] = useState(false);
  const [pending, setPending] = useState<Pending | null>(null);
  const [enteringId, setEnteringId] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'info' | 'error'; title?: string; text: string } | null>(null);

  // The previous answer stays on screen while a new search is on its way.
  const tenants = (data ?? previousData)?.tenants;

  function open(kind: Pending['kind'], tenant: TenantRow) {
    setNotice(null);
    setPending({ kind, tenant });
  }

  function done(text: string, title?: string) {
    setPending(null);
    setNotice({ tone: 'info', title, text });
  }

  function enterTenant(tenant: TenantRow) {
    setNotice(null);
    setEnteringId(tenant.id);
    enter(tenant.id)
      .catch((caught: unknown) => setNotice({ tone: 'error', title: 'Could not enter the tenant', text: errorDetails(caught).message }))
      .finally(() => setEnteringId(null));
  }

  return (
    <PageLayout
      title="Tenants"
      description="Every organisation on this platform. Entering one lets you restore deleted users and roles; everything you do there is audited under your name."
      actions={
        <Button
          variant="primary"
          onClick={() => {
            setNotice(null);
            setCreating(true);
          }}
        >
          + New tenant
        </Button>
      }
    >
      <form className="toolbar" role="search" aria-label="Search tenants" onSubmit={(event) => event.preventDefault()}>
        <FormField
          label="Search"
          type="search"
          placeholder="Organisation or sign-in name"
          autoComplete="off"
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
        />
      </form>
      {notice && (
        <Alert tone={notice.tone} title={notice.title} action={<Button variant="ghost" onClick={() => setNotice(null)}>Dismiss</Button>}>
          {notice.text}
        </Alert>
      )}
      {error && (
        <Alert title="Could not load the tenants" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!tenants && !error && <Loading label="Loading tenants…" />}
      {tenants && tenants.length === 0 && (
        <EmptyState title={needle ? `No organisation matches “${needle}”` : 'No tenants yet'}>
          <p>{needle ? 'Search for part of the name or of the sign-in name.' : 'Create the first organisation with New tenant.'}</p>
        </EmptyState>
      )}
      {tenants && tenants.length > 0 && (
        <div className={loading ? 'tenants__results tenants__results--refreshing' : 'tenants__results'} aria-busy={loading || undefined}>
          <TenantsTable
            tenants={tenants}
            currentTenantId={viewer.tenant?.id}
            enteringId={enteringId}
            onEnter={enterTenant}
            onRename={(tenant) => open('rename', tenant)}
            onSuspend={(tenant) => open('suspend', tenant)}
            onReactivate={(tenant) => open('reactivate', tenant)}
          />
        </div>
      )}

      {creating && (
        <CreateTenantDialog
          onClose={() => setCreating(false)}
          onCreated={(tenant, email) => {
            setCreating(false);
            // The new organisation may not match the current search: show the whole list it is in.
            setSearch('');
            setNotice({
              tone: 'info',
              title: `${tenant.name} is ready`,
              text: `An activation link was mailed to ${email}. The first administrator chooses a password with it, then signs in with the organisation “${tenant.slug}”.`,
            });
          }}
        />
      )}
      {pending?.kind === 'rename' && (
        <RenameTenantDialog
          tenant={pending.tenant}
          onClose={() => setPending(null)}
          onRenamed={(tenant) => done(`${pending.tenant.name} is now called ${tenant.name}; people still sign in with “${tenant.slug}”.`)}
        />
      )}
      {pending?.kind === 'suspend' && (
        <SuspendTenantDialog
          tenant={pending.tenant}
          onClose={() => setPending(null)}
          onSuspended={(tenant) => done(`Nobody in ${tenant.name} can sign in until you reactivate it.`, `${tenant.name} is suspended`)}
        />
      )}
      {pending?.kind === 'reactivate' && (
        <ReactivateTenantDialog
          tenant={pending.tenant}
          onClose={() => setPending(null)}
          onReactivated={(tenant) => done(`The people of ${tenant.name} can sign in again.`, `${tenant.name} is active again`)}
        />
      )}
    </PageLayout>
  );
}
