import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { errorDetails } from '../../../apollo';
import { useSearchParam } from '../../../hooks/use-search-param';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { DataTable, type Column } from '../../../ui/DataTable';
import { EmptyState } from '../../../ui/EmptyState';
import { FormField } from '../../../ui/FormField';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { PERMISSIONS_REFERENCE_QUERY, type ReferenceModule } from '../graphql/permissions.graphql';
import './permissions.css';

type ReferencePermission = ReferenceModule['permissions'][number];

/** Every permission with its module, key, description and prerequisites, from the server. */
export function PermissionsReferencePage() {
  const [search, setSearch] = useSearchParam('q');
  // The catalogue is code: it only changes with a deployment, so the cache is good enough.
  const { data, error, refetch } = useQuery(PERMISSIONS_REFERENCE_QUERY);
  const modules = useMemo(() => data?.permissionsReference ?? [], [data]);
  const names = useMemo(
    () => new Map(modules.flatMap((module) => module.permissions.map((p) => [p.key, p.name] as const))),
    [modules],
  );
  const filtered = useMemo(() => {
    const needle = search.trim().toLowerCase();
    if (!needle) return modules;
    return modules
      .map((module) => ({
        ...module,
        permissions: module.permissions.filter((p) => `${p.name}\n${p.key}\n${p.description}`.toLowerCase().includes(needle)),
      }))
      .filter((module) => module.permissions.length > 0);
  }, [modules, search]);
  const total = modules.reduce((sum, module) => sum + module.permissions.length, 0);
  const shown = filtered.reduce((sum, module) => sum + module.permissions.length, 0);

  const columns: Array<Column<ReferencePermission>> = [
    { key: 'name', header: 'Permission', isRowHeader: true, render: (p) => p.name },
    { key: 'key', header: 'Key', render: (p) => <span className="mono ref-key">{p.key}</span> },
    { key: 'description', header: 'Description', render: (p) => p.description },
    {
      key: 'prerequisites',
      header: 'Prerequisites',
      render: (p) =>
        p.prerequisites.length > 0 ? (
          p.prerequisites.map((key) => names.get(key) ?? key).join(', ')
        ) : (
          <span className="muted">None</span>
        ),
    },
  ];

  return (
    <PageLayout title="Permissions Reference" description="Every permission in Access, what it allows and what it needs first.">
      <div className="toolbar">
        <FormField
          label="Search permissions"
          type="search"
          placeholder="Name, key or description"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <span className="toolbar__spacer" />
        {data && (
          <p className="muted" aria-live="polite">
            {shown === total ? `${total} permissions in ${modules.length} modules` : `${shown} of ${total} permissions`}
          </p>
        )}
      </div>
      {error && (
        <Alert title="Could not load the reference" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!data && !error && <Loading label="Loading the reference…" />}
      {data && filtered.length === 0 && (
        <EmptyState title="No permission matches your search">
          <p>Try a shorter word, or a key such as “purchasing.”.</p>
        </EmptyState>
      )}
      {filtered.map((module) => (
        <section key={module.key} className="ref-module" aria-labelledby={`ref-${module.key}`}>
          <h2 className="ref-module__title" id={`ref-${module.key}`}>
            {module.name}
            <span className="ref-module__meta">
              {module.group === 'settings' ? 'Settings' : 'Apps'} · visible with <span className="mono">{module.accessPermission}</span>
            </span>
          </h2>
          <div className="ref-table">
            <DataTable caption={`${module.name} permissions`} columns={columns} rows={module.permissions} rowKey={(p) => p.key} />
          </div>
        </section>
      ))}
    </PageLayout>
  );
}
