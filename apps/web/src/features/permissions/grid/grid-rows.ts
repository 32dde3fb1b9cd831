import type { MatrixModule, MatrixPermission } from '../graphql/permissions.graphql';
import type { FilteredModule } from '../filter-modules';

/** One row of the All roles grid below its header row: a module's header, or one permission. */
export type GridRowItem =
  | { kind: 'module'; module: MatrixModule; permissions: readonly MatrixPermission[]; expanded: boolean }
  | { kind: 'permission'; module: MatrixModule; permission: MatrixPermission };

/** Flattens the modules into rows: each module's header, then its permissions while it is expanded. */
export function gridRows(modules: readonly FilteredModule[], isExpanded: (moduleKey: string) => boolean): GridRowItem[] {
  const rows: GridRowItem[] = [];
  for (const { module, permissions } of modules) {
    const expanded = isExpanded(module.key);
    rows.push({ kind: 'module', module, permissions, expanded });
    if (expanded) for (const permission of permissions) rows.push({ kind: 'permission', module, permission });
  }
  return rows;
}
