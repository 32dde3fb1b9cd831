import { Link, useSearchParams } from 'react-router';
import type { MatrixRow } from '../graphql/permissions.graphql';
import { GRID_GEOMETRY } from '../grid/grid-geometry';
import { cellId } from '../hooks/use-roving-grid';

/** The sticky role-name row: the corner over the permission names, then one header per role. */
export function GridHeaderRow({
  roles,
  columns,
  tabIndexOf,
}: {
  roles: readonly MatrixRow[];
  /** Indexes into `roles` that are rendered. */
  columns: readonly number[];
  tabIndexOf: (row: number, col: number) => number;
}) {
  const [params] = useSearchParams();
  const byRole = (roleId: string) => {
    const next = new URLSearchParams(params);
    next.set('view', 'role');
    next.set('role', roleId);
    return `?${next.toString()}`;
  };
  return (
    <div role="rowgroup" className="pm-grid__head">
      <div role="row" aria-rowindex={1} className="pm-grid__row pm-grid__row--head">
        <div role="columnheader" aria-colindex={1} className="pm-grid__corner" data-cell={cellId(-1, 0)} tabIndex={tabIndexOf(-1, 0)}>
          Permission
        </div>
        {columns.map((index) => {
          const { role } = roles[index]!;
          return (
            <div
              key={role.id}
              role="columnheader"
              aria-colindex={index + 2}
              className="pm-grid__colheader"
              style={{ left: GRID_GEOMETRY.firstColumnWidth + index * GRID_GEOMETRY.columnWidth }}
            >
              <Link
                to={byRole(role.id)}
                className="pm-grid__role"
                data-cell={cellId(-1, index + 1)}
                tabIndex={tabIndexOf(-1, index + 1)}
                title={`${role.name}: open on its own`}
              >
                {role.name}
              </Link>
              {role.isSystem && <span className="pm-grid__tag">system</span>}
            </div>
          );
        })}
      </div>
    </div>
  );
}
