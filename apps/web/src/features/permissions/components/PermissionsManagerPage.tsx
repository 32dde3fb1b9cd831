import { useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import { useCan } from '../../auth/viewer-context';
import { useSearchParam } from '../../../hooks/use-search-param';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { Tabs, type TabItem } from '../../../ui/Tabs';
import { filterModules } from '../filter-modules';
import { PERMISSION_MATRIX_QUERY } from '../graphql/permissions.graphql';
import { useCollapsedModules } from '../hooks/use-collapsed-modules';
import { useSharedValue } from '../hooks/use-shared-value';
import { usePermissionChanges } from '../hooks/use-permission-changes';
import { matrixAccessModel, permissionNames } from '../matrix';
import { AllRolesView } from './AllRolesView';
import { ChangeOutcomeToast } from './ChangeOutcomeToast';
import { ManagerToolbar } from './ManagerToolbar';
import { GrantPrerequisitesDialog } from './PermissionDialogs';
import { RevokeDialog } from './RevokeDialog';
import { RolePermissionsView } from './RolePermissionsView';
import { RolePicker } from './RolePicker';
import './permissions.css';

const NO_NAMES: ReadonlyMap<string, string> = new Map();

const VIEWS: readonly TabItem[] = [
  { id: 'role', label: 'By role' },
  { id: 'grid', label: 'All roles' },
];

/**
 * The Permissions Manager (seed 002): every role against every permission, grouped by module
 * ("All roles", the default), or one role at a time ("By role", where a link naming a role lands).
 * Both views show the same matrix and change it through the same grant/revoke flow.
 */
export function PermissionsManagerPage() {
  const readOnly = !useCan('permissions.grant');
  const [roleParam, setRoleParam] = useSearchParam('role');
  const [viewParam, setViewParam] = useSearchParam('view');
  const [filter, setFilter] = useSearchParam('q');
  const view = viewParam === 'role' || viewParam === 'grid' ? viewParam : roleParam ? 'role' : 'grid';

  // Not through the normalised cache: with 50 roles the matrix is ~2 900 cells (~380 KB), and writing
  // and reading it in InMemoryCache cost ~150 ms of main-thread work per load and per change
  // (bench/RESULTS.md, Permissions Manager). Every visit fetches it fresh; grants and revokes still
  // refetch it by name (ACCESS_QUERIES), which includes active no-cache queries.
  const { data, error, refetch } = useQuery(PERMISSION_MATRIX_QUERY, { fetchPolicy: 'no-cache' });
  // A refetch after a change keeps the objects of every row and cell that stayed the same.
  const matrix = useSharedValue(data?.permissionMatrix);
  const modules = matrix?.modules;
  const names = useMemo(() => (modules ? permissionNames(modules) : NO_NAMES), [modules]);
  const matrixRows = matrix?.rows;
  const model = useMemo(() => (matrixRows ? matrixAccessModel(matrixRows) : null), [matrixRows]);
  const changes = usePermissionChanges(model, names);

  const rows = matrixRows ?? [];
  const row = rows.find((candidate) => candidate.role.id === roleParam) ?? rows[0];
  const moduleKeys = useMemo(() => (modules ? modules.map((m) => m.key) : []), [modules]);
  const collapsed = useCollapsedModules(moduleKeys, names.size);
  const filtering = filter.trim() !== '';
  const { isCollapsed } = collapsed;
  // A filter opens every module that still has a match.
  const isExpanded = useCallback((key: string) => filtering || !isCollapsed(key), [filtering, isCollapsed]);
  const visibleModules = useMemo(() => (modules ? filterModules(modules, filter) : []), [modules, filter]);

  return (
    <PageLayout
      title="Permissions Manager"
      description="What each role can do, grouped by module: every role side by side, or one role at a time. Changes apply at once to every user on the role."
      actions={<Link to="/settings/permissions/reference">Permissions Reference</Link>}
    >
      {error && (
        <Alert title="Could not load the permissions" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!matrix && !error && <Loading label="Loading the permissions grid…" />}
      {matrix && row && model && (
        <Tabs label="Permissions Manager view" tabs={VIEWS} selected={view} onSelect={setViewParam}>
          <ManagerToolbar
            leading={view === 'role' ? <RolePicker rows={rows} roleId={row.role.id} onChange={setRoleParam} /> : undefined}
            filter={filter}
            onFilter={setFilter}
            onExpandAll={collapsed.expandAll}
            onCollapseAll={collapsed.collapseAll}
          />
          {view === 'role' ? (
            <RolePermissionsView
              row={row}
              modules={visibleModules}
              isExpanded={isExpanded}
              onToggleModule={collapsed.toggleModule}
              readOnly={readOnly}
              busyKey={changes.busy?.key ?? null}
              nameOf={changes.nameOf}
              onToggle={changes.toggle}
            />
          ) : (
            <AllRolesView
              roles={rows}
              modules={visibleModules}
              isExpanded={isExpanded}
              onToggleModule={collapsed.toggleModule}
              readOnly={readOnly}
              busy={changes.busy}
              nameOf={changes.nameOf}
              onToggle={changes.toggle}
            />
          )}
          {visibleModules.length === 0 && <p className="muted">No permission matches “{filter}”.</p>}
        </Tabs>
      )}
      <ChangeOutcomeToast outcome={changes.outcome} onDismiss={changes.dismissOutcome} />
      <GrantPrerequisitesDialog
        offer={changes.offer}
        nameOf={changes.nameOf}
        pending={changes.granting}
        onCancel={changes.cancelOffer}
        onConfirm={changes.confirmOffer}
      />
      <RevokeDialog
        choice={changes.warning}
        nameOf={changes.nameOf}
        pending={changes.revoking}
        onCancel={changes.cancelWarning}
        onConfirm={changes.confirmRevoke}
      />
    </PageLayout>
  );
}
