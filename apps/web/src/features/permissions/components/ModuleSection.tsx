import { memo, useId } from 'react';
import { Badge } from '../../../ui/Badge';
import type { MatrixCell, MatrixModule, MatrixPermission } from '../graphql/permissions.graphql';
import { NOT_YOURS_TO_GRANT, useBeyondViewerKeys } from '../hooks/use-beyond-viewer-keys';

export interface ModuleSectionProps {
  module: Pick<MatrixModule, 'key' | 'name'>;
  permissions: readonly MatrixPermission[];
  roleName: string;
  cellsByKey: ReadonlyMap<string, MatrixCell>;
  expanded: boolean;
  onToggleExpanded: () => void;
  nameOf: (key: string) => string;
  readOnly: boolean;
  busyKey: string | null;
  onToggle: (cell: MatrixCell) => void;
}

const isOn = (cell: MatrixCell | undefined) => cell?.state === 'GRANTED' || cell?.state === 'INHERITED';

function inheritedTitle(cell: MatrixCell): string {
  return cell.inheritedFrom.map((from) => `Inherited from ${from.roleName} (${from.path.join(' → ')})`).join('\n');
}

function CellStatus({ cell, nameOf }: { cell: MatrixCell; nameOf: (key: string) => string }) {
  const inactive = cell.missing.length > 0 && (cell.state === 'GRANTED' || cell.state === 'INHERITED');
  const sources = cell.inheritedFrom.map((from) => from.roleName).join(', ');
  return (
    <span className="pm-status">
      {cell.state === 'GRANTED' && <Badge tone="success">Granted</Badge>}
      {cell.state === 'GRANTED' && sources && <span className="pm-status__note" title={inheritedTitle(cell)}>also inherited from {sources}</span>}
      {cell.state === 'INHERITED' && (
        <>
          <Badge tone="neutral" title={inheritedTitle(cell)}>
            Inherited
          </Badge>
          <span className="pm-status__note" title={inheritedTitle(cell)}>
            from {sources}
          </span>
        </>
      )}
      {inactive && <Badge tone="warning">Inactive — needs {cell.missing.map(nameOf).join(', ')}</Badge>}
      {cell.state === 'UNAVAILABLE' && <span className="pm-status__needs">Needs: {cell.missing.map(nameOf).join(', ')}</span>}
      {cell.state === 'OFF' && <span className="pm-status__off">Not granted</span>}
    </span>
  );
}

/** One collapsible module of the Permissions Manager; its rows exist only while expanded. */
export const ModuleSection = memo(function ModuleSection({
  module,
  permissions,
  roleName,
  cellsByKey,
  expanded,
  onToggleExpanded,
  nameOf,
  readOnly,
  busyKey,
  onToggle,
}: ModuleSectionProps) {
  const bodyId = useId();
  const beyondViewer = useBeyondViewerKeys();
  const on = permissions.filter((permission) => isOn(cellsByKey.get(permission.key))).length;
  return (
    <section className="pm-module" aria-label={module.name}>
      <h2 className="pm-module__heading">
        <button type="button" className="pm-module__toggle" aria-expanded={expanded} aria-controls={bodyId} onClick={onToggleExpanded}>
          <svg className="pm-module__chevron" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M6 4l4 4-4 4" fill="none" stroke="currentColor" strokeWidth="1.8" />
          </svg>
          <span className="pm-module__name">{module.name}</span>
          <span className="pm-module__count">
            {on} of {permissions.length}
          </span>
        </button>
      </h2>
      <div id={bodyId} hidden={!expanded}>
        {expanded && (
          <table className="table pm-table">
            <caption className="visually-hidden">
              {roleName}: {module.name} permissions
            </caption>
            <thead>
              <tr>
                <th scope="col" className="pm-table__check">
                  Granted
                </th>
                <th scope="col">Permission</th>
                <th scope="col" className="pm-table__status">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {permissions.map((permission) => {
                const cell = cellsByKey.get(permission.key);
                if (!cell) return null;
                const locked = cell.state === 'INHERITED';
                const notYours = !isOn(cell) && beyondViewer.has(permission.key);
                return (
                  <tr key={permission.key} className={`pm-row pm-row--${cell.state.toLowerCase()}`} data-key={permission.key}>
                    <td className="pm-table__check">
                      <input
                        type="checkbox"
                        className="pm-checkbox"
                        aria-label={`${roleName}: ${permission.name}`}
                        title={locked ? `${inheritedTitle(cell)} — change it on the parent role` : notYours ? NOT_YOURS_TO_GRANT : undefined}
                        checked={isOn(cell)}
                        disabled={locked || notYours || readOnly || busyKey !== null}
                        aria-busy={busyKey === permission.key || undefined}
                        onChange={() => onToggle(cell)}
                      />
                    </td>
                    <th scope="row" className="pm-permission">
                      <span className="pm-permission__line">
                        <span className="pm-permission__name">{permission.name}</span>
                        <span className="pm-permission__key mono">{permission.key}</span>
                      </span>
                      <span className="pm-permission__description">{permission.description}</span>
                    </th>
                    <td>
                      <CellStatus cell={cell} nameOf={nameOf} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
});
