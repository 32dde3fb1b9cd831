import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { errorDetails } from '../../../apollo';
import { useViewer } from '../../../admin/viewer-context';
import { useSearchParam } from '../../../hooks/use-search-param';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Loading } from '../../../ui/Loading';
import { PageLayout } from '../../../ui/PageLayout';
import { ACCESS_QUERIES } from '../../roles/role-queries';
import {
  GRANT_ROLE_PERMISSIONS_MUTATION,
  PERMISSION_MATRIX_QUERY,
  REVOKE_ROLE_PERMISSIONS_MUTATION,
  type MatrixCell,
} from '../graphql/permissions.graphql';
import { cascadable, indexPermissions, revokeImpact } from '../matrix';
import { GrantPrerequisitesDialog, RevokeDialog, type GrantOffer, type RevokeWarning } from './PermissionDialogs';
import { ModuleSection } from './ModuleSection';
import './permissions.css';

type Outcome = { tone: 'info' | 'error'; title: string; lines: string[] };

/**
 * The Permissions Manager: choose a role, then review and change its permissions grouped by
 * module (seed 002). One role at a time keeps 50 roles x 200 permissions light: the whole grid
 * arrives in one query, but only the chosen role's expanded modules are rendered.
 */
export function PermissionsManagerPage() {
  const viewer = useViewer();
  const canGrant = viewer.permissions.includes('permissions.grant');
  const [roleParam, setRoleParam] = useSearchParam('role');
  const [filter, setFilter] = useSearchParam('q');
  // Not through the normalised cache: with 50 roles the matrix is ~2 900 cells (~380 KB), and writing
  // and reading it in InMemoryCache cost ~150 ms of main-thread work per load and per change
  // (bench/RESULTS-permissions-manager.md). Every visit fetches it fresh; grants and revokes still
  // refetch it by name (ACCESS_QUERIES), which includes active no-cache queries.
  const { data, error, refetch } = useQuery(PERMISSION_MATRIX_QUERY, { fetchPolicy: 'no-cache' });
  const matrix = data?.permissionMatrix;
  const index = useMemo(() => (matrix ? indexPermissions(matrix.modules) : null), [matrix]);

  const rows = matrix?.rows ?? [];
  const row = rows.find((candidate) => candidate.role.id === roleParam) ?? rows[0];
  const cellsByKey = useMemo(() => new Map((row?.cells ?? []).map((cell) => [cell.key, cell])), [row]);

  const totalPermissions = index?.byKey.size ?? 0;
  const [collapsed, setCollapsed] = useState<Set<string> | null>(null);
  // Small catalogues start fully open; large ones start with every module closed.
  const isCollapsed = (key: string) => (collapsed ? collapsed.has(key) : totalPermissions > 120);

  const [busyKey, setBusyKey] = useState<string | null>(null);
  const [offer, setOffer] = useState<GrantOffer | null>(null);
  const [warning, setWarning] = useState<RevokeWarning | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [grant, grantState] = useMutation(GRANT_ROLE_PERMISSIONS_MUTATION, { refetchQueries: ACCESS_QUERIES, awaitRefetchQueries: true });
  const [revoke, revokeState] = useMutation(REVOKE_ROLE_PERMISSIONS_MUTATION, { refetchQueries: ACCESS_QUERIES, awaitRefetchQueries: true });

  const nameOf = (key: string) => index?.byKey.get(key)?.name ?? key;
  const names = (keys: readonly string[]) => keys.map(nameOf).join(', ');

  async function runGrant(roleId: string, roleName: string, key: string, withPrerequisites: boolean) {
    setBusyKey(key);
    setOutcome(null);
    try {
      const result = await grant({ variables: { roleId, keys: [key], withPrerequisites } });
      const granted = result.data?.grantRolePermissions;
      setOffer(null);
      setOutcome({
        tone: 'info',
        title: `${roleName}: ${nameOf(key)} granted`,
        lines: granted && granted.prerequisitesGranted.length > 0 ? [`Prerequisites granted with it: ${names(granted.prerequisitesGranted)}.`] : [],
      });
    } catch (caught) {
      const details = errorDetails(caught);
      const missing = details.extensions.missing;
      if (details.reason === 'PREREQUISITES_MISSING' && Array.isArray(missing) && !withPrerequisites) {
        // The grid was stale or the server knows better: offer what it says is missing.
        setOffer({ roleId, roleName, key, missing: missing.map(String) });
      } else {
        setOffer(null);
        setOutcome({ tone: 'error', title: `${roleName}: ${nameOf(key)} was not granted`, lines: [details.message] });
      }
    } finally {
      setBusyKey(null);
    }
  }

  async function runRevoke(roleId: string, roleName: string, key: string, cascade: boolean) {
    setBusyKey(key);
    setOutcome(null);
    try {
      const result = await revoke({ variables: { roleId, keys: [key], cascade } });
      setWarning(null);
      const revoked = result.data?.revokeRolePermissions;
      const lines: string[] = [];
      if (revoked) {
        if (revoked.cascaded.length > 0) lines.push(`Also revoked (cascade): ${names(revoked.cascaded)}.`);
        if (revoked.notOwned.length > 0) lines.push(`Not held by the role itself, so nothing removed: ${names(revoked.notOwned)}.`);
        for (const impact of revoked.rolesAffected) {
          lines.push(`Now inactive for ${impact.roleName}: ${names(impact.inactive)}.`);
        }
        if (revoked.usersAffected.length > 0) {
          lines.push(
            `${revoked.usersAffected.length} ${revoked.usersAffected.length === 1 ? 'user is' : 'users are'} left with inactive permissions.`,
          );
        }
      }
      setOutcome({ tone: 'info', title: `${roleName}: ${nameOf(key)} revoked`, lines });
    } catch (caught) {
      setWarning(null);
      setOutcome({ tone: 'error', title: `${roleName}: ${nameOf(key)} was not revoked`, lines: [errorDetails(caught).message] });
    } finally {
      setBusyKey(null);
    }
  }

  function toggle(cell: MatrixCell) {
    if (!row || !index) return;
    const { id: roleId, name: roleName } = row.role;
    if (cell.state === 'GRANTED') {
      const impact = revokeImpact(index, row.cells, cell.key);
      if (impact.length === 0) void runRevoke(roleId, roleName, cell.key, false);
      else setWarning({ roleId, roleName, key: cell.key, inactive: impact.map((c) => c.key), cascadable: cascadable(impact).map((c) => c.key) });
    } else if (cell.state === 'UNAVAILABLE') {
      setOffer({ roleId, roleName, key: cell.key, missing: cell.missing });
    } else if (cell.state === 'OFF') {
      void runGrant(roleId, roleName, cell.key, false);
    }
  }

  const visibleModules = useMemo(() => {
    if (!matrix) return [];
    const needle = filter.trim().toLowerCase();
    return matrix.modules
      .map((module) => ({
        module,
        permissions: needle
          ? module.permissions.filter((p) => `${p.name} ${p.key} ${p.description}`.toLowerCase().includes(needle))
          : module.permissions,
      }))
      .filter((entry) => entry.permissions.length > 0);
  }, [matrix, filter]);

  const counts = useMemo(() => {
    const result = { GRANTED: 0, INHERITED: 0, UNAVAILABLE: 0, OFF: 0 };
    for (const cell of row?.cells ?? []) result[cell.state] += 1;
    return result;
  }, [row]);

  return (
    <PageLayout
      title="Permissions Manager"
      description="Choose a role, then review and change what it can do, module by module. Changes apply at once to every user on the role."
      actions={<Link to="/settings/permissions/reference">Permissions Reference</Link>}
    >
      {error && (
        <Alert title="Could not load the permissions" action={<Button onClick={() => void refetch()}>Try again</Button>}>
          {errorDetails(error).message}
        </Alert>
      )}
      {!matrix && !error && <Loading label="Loading the permissions grid…" />}
      {matrix && row && index && (
        <>
          <div className="toolbar pm-toolbar">
            <div className="field">
              <label className="field__label" htmlFor="pm-role">
                Role
              </label>
              <select id="pm-role" className="field__input" value={row.role.id} onChange={(event) => setRoleParam(event.target.value)}>
                {rows.map((candidate) => (
                  <option key={candidate.role.id} value={candidate.role.id}>
                    {candidate.role.name}
                    {candidate.role.isSystem ? ' (system)' : ''}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label className="field__label" htmlFor="pm-filter">
                Filter permissions
              </label>
              <input
                id="pm-filter"
                className="field__input"
                type="search"
                placeholder="Name, key or description"
                value={filter}
                onChange={(event) => setFilter(event.target.value)}
              />
            </div>
            <span className="toolbar__spacer" />
            <Button variant="ghost" onClick={() => setCollapsed(new Set())}>
              Expand all
            </Button>
            <Button variant="ghost" onClick={() => setCollapsed(new Set(matrix.modules.map((m) => m.key)))}>
              Collapse all
            </Button>
          </div>

          <p className="pm-summary" aria-live="polite">
            <strong>{row.role.name}</strong>: {counts.GRANTED} granted · {counts.INHERITED} inherited · {counts.UNAVAILABLE} need prerequisites ·{' '}
            {counts.OFF} off
            {!canGrant && <span className="muted"> — read only: granting needs the “Grant permissions to roles” permission.</span>}
          </p>

          {outcome && (
            <div className="pm-outcome">
              <Alert
                tone={outcome.tone}
                title={outcome.title}
                action={
                  <Button variant="ghost" aria-label="Dismiss" onClick={() => setOutcome(null)}>
                    ×
                  </Button>
                }
              >
                {outcome.lines.length > 0 ? (
                  <ul className="pm-outcome__list">
                    {outcome.lines.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                ) : (
                  'Saved.'
                )}
              </Alert>
            </div>
          )}

          <div className="pm-modules">
            {visibleModules.map(({ module, permissions }) => (
              <ModuleSection
                key={module.key}
                module={module}
                permissions={permissions}
                roleName={row.role.name}
                cellsByKey={cellsByKey}
                expanded={!isCollapsed(module.key) || filter.trim() !== ''}
                onToggleExpanded={() =>
                  setCollapsed((current) => {
                    const next = new Set(current ?? (totalPermissions > 120 ? matrix.modules.map((m) => m.key) : []));
                    if (next.has(module.key)) next.delete(module.key);
                    else next.add(module.key);
                    return next;
                  })
                }
                nameOf={nameOf}
                readOnly={!canGrant}
                busyKey={busyKey}
                onToggle={toggle}
              />
            ))}
            {visibleModules.length === 0 && <p className="muted">No permission matches “{filter}”.</p>}
          </div>
        </>
      )}
      <GrantPrerequisitesDialog
        offer={offer}
        nameOf={nameOf}
        pending={grantState.loading}
        onCancel={() => setOffer(null)}
        onConfirm={(current) => void runGrant(current.roleId, current.roleName, current.key, true)}
      />
      <RevokeDialog
        warning={warning}
        nameOf={nameOf}
        pending={revokeState.loading}
        onCancel={() => setWarning(null)}
        onConfirm={(current, cascade) => void runRevoke(current.roleId, current.roleName, current.key, cascade)}
      />
    </PageLayout>
  );
}
