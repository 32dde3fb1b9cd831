import { useMemo } from 'react';
import type { MatrixCell, MatrixRow } from '../graphql/permissions.graphql';
import type { FilteredModule } from '../filter-modules';
import { gridRows } from '../grid/grid-rows';
import type { BusyCell } from '../hooks/use-permission-changes';
import { PermissionsGrid } from './PermissionsGrid';

export interface AllRolesViewProps {
  roles: readonly MatrixRow[];
  modules: readonly FilteredModule[];
  isExpanded: (moduleKey: string) => boolean;
  onToggleModule: (moduleKey: string) => void;
  readOnly: boolean;
  busy: BusyCell | null;
  nameOf: (key: string) => string;
  onToggle: (row: MatrixRow, cell: MatrixCell) => void;
}

/** The Permissions Manager of seed 002: every role against every permission, grouped by module. */
export function AllRolesView({ roles, modules, isExpanded, onToggleModule, readOnly, busy, nameOf, onToggle }: AllRolesViewProps) {
  const rows = useMemo(() => gridRows(modules, isExpanded), [modules, isExpanded]);
  const permissionCount = modules.reduce((sum, entry) => sum + entry.permissions.length, 0);
  return (
    <>
      <div className="pm-summary pm-grid-summary">
        <span>
          <strong>{roles.length} roles</strong> × {permissionCount} permissions
          {!readOnly && ' — tick a cell to grant, untick to revoke.'}
          {readOnly && <span className="muted"> — read only: granting needs the “Grant permissions to roles” permission.</span>}
        </span>
        <ul className="pm-legend" aria-label="Legend">
          <li className="pm-legend__item pm-legend__item--granted">Granted</li>
          <li className="pm-legend__item pm-legend__item--inherited">Inherited (change it on the parent role)</li>
          <li className="pm-legend__item pm-legend__item--unavailable">Needs prerequisites</li>
          <li className="pm-legend__item pm-legend__item--inactive">Inactive</li>
        </ul>
      </div>
      {rows.length > 0 && (
        <PermissionsGrid
          roles={roles}
          rows={rows}
          readOnly={readOnly}
          busy={busy}
          nameOf={nameOf}
          onToggle={onToggle}
          onToggleModule={onToggleModule}
        />
      )}
    </>
  );
}
