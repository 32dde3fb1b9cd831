import type { MatrixModule, MatrixPermission } from './graphql/permissions.graphql';

export interface FilteredModule {
  module: MatrixModule;
  permissions: readonly MatrixPermission[];
}

/** The modules with a permission matching `filter` (name, key or description), and those permissions. */
export function filterModules(modules: readonly MatrixModule[], filter: string): FilteredModule[] {
  const needle = filter.trim().toLowerCase();
  return modules
    .map((module) => ({
      module,
      permissions: needle
        ? module.permissions.filter((p) => `${p.name} ${p.key} ${p.description}`.toLowerCase().includes(needle))
        : module.permissions,
    }))
    .filter((entry) => entry.permissions.length > 0);
}
