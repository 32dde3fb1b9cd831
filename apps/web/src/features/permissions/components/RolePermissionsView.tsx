import { useMemo } from 'react';
import type { MatrixCell, MatrixRow } from '../graphql/permissions.graphql';
import type { FilteredModule } from '../filter-modules';
import { ModuleSection } from './ModuleSection';

export interface RolePermissionsViewProps {
  row: MatrixRow;
  modules: readonly FilteredModule[];
  isExpanded: (moduleKey: string) => boolean;
  onToggleModule: (moduleKey: string) => void;
  readOnly: boolean;
  busyKey: string | null;
  nameOf: (key: string) => string;
  onToggle: (row: MatrixRow, cell: MatrixCell) => void;
}

/**
 * One role's permissions, module by module. Only that role's expanded modules are rendered,
 * which keeps 50 roles x 200 permissions light.
 */
export function RolePermissionsView({ row, modules, isExpanded, onToggleModule, readOnly, busyKey, nameOf, onToggle }: RolePermissionsViewProps) {
  const cellsByKey = useMemo(() => new Map(row.cells.map((cell) => [cell.key, cell])), [row]);
  const counts = useMemo(() => {
    const result = { GRANTED: 0, INHERITED: 0, UNAVAILABLE: 0, OFF: 0 };
    for (const cell of row.cells) result[cell.state] += 1;
    return result;
  }, [row]);

  return (
    <>
      <p className="pm-summary" aria-live="polite">
        <strong>{row.role.name}</strong>: {counts.GRANTED} granted · {counts.INHERITED} inherited · {counts.UNAVAILABLE} need prerequisites ·{' '}
        {counts.OFF} off
        {readOnly && <span className="muted"> — read only: granting needs the “Grant permissions to roles” permission.</span>}
      </p>
      <div className="pm-modules">
        {modules.map(({ module, permissions }) => (
          <ModuleSection
            key={module.key}
            module={module}
            permissions={permissions}
            roleName={row.role.name}
            cellsByKey={cellsByKey}
            expanded={isExpanded(module.key)}
            onToggleExpanded={() => onToggleModule(module.key)}
            nameOf={nameOf}
            readOnly={readOnly}
            busyKey={busyKey}
            onToggle={(cell) => onToggle(row, cell)}
          />
        ))}
      </div>
    </>
  );
}
