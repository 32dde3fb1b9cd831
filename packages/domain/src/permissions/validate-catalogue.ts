import type { ModuleDefinition, PermissionDefinition } from './types.js';

export type CatalogueProblemCode =
  | 'DUPLICATE_MODULE'
  | 'DUPLICATE_PERMISSION'
  | 'UNKNOWN_MODULE'
  | 'UNKNOWN_ACCESS_PERMISSION'
  | 'ACCESS_PERMISSION_OUTSIDE_MODULE'
  | 'UNKNOWN_PREREQUISITE'
  | 'PREREQUISITE_CYCLE'
  | 'OUTSIDE_MODULE_ACCESS';

export interface CatalogueProblem {
  readonly code: CatalogueProblemCode;
  /** The permission or module keys involved; for a cycle, the cycle in order. */
  readonly keys: readonly string[];
  readonly message: string;
}

/** Thrown at load time when the permission catalogue is inconsistent. Lists every problem. */
export class CatalogueError extends Error {
  readonly problems: readonly CatalogueProblem[];

  constructor(problems: readonly CatalogueProblem[]) {
    super(`Invalid permission catalogue:\n${problems.map((p) => `- ${p.message}`).join('\n')}`);
    this.name = 'CatalogueError';
    this.problems = problems;
  }
}

/**
 * Checks the catalogue's internal consistency and throws a {@link CatalogueError} naming every
 * offending key: duplicates, unknown modules or prerequisites, prerequisite cycles, and
 * permissions that do not require (transitively) their module's access permission.
 */
export function validateCatalogue(
  modules: readonly ModuleDefinition[],
  permissions: readonly PermissionDefinition[],
): void {
  const problems: CatalogueProblem[] = [];
  const moduleByKey = new Map<string, ModuleDefinition>();
  for (const m of modules) {
    if (moduleByKey.has(m.key)) {
      problems.push({ code: 'DUPLICATE_MODULE', keys: [m.key], message: `Module "${m.key}" is defined twice` });
    }
    moduleByKey.set(m.key, m);
  }

  const byKey = new Map<string, PermissionDefinition>();
  for (const p of permissions) {
    if (byKey.has(p.key)) {
      problems.push({
        code: 'DUPLICATE_PERMISSION',
        keys: [p.key],
        message: `Permission "${p.key}" is defined twice`,
      });
    }
    byKey.set(p.key, p);
  }

  for (const p of byKey.values()) {
    if (!moduleByKey.has(p.module)) {
      problems.push({
        code: 'UNKNOWN_MODULE',
        keys: [p.key, p.module],
        message: `Permission "${p.key}" belongs to unknown module "${p.module}"`,
      });
    }
    for (const pre of p.prerequisites) {
      if (!byKey.has(pre)) {
        problems.push({
          code: 'UNKNOWN_PREREQUISITE',
          keys: [p.key, pre],
          message: `Permission "${p.key}" requires unknown permission "${pre}"`,
        });
      }
    }
  }

  for (const m of moduleByKey.values()) {
    const access = byKey.get(m.access);
    if (!access) {
      problems.push({
        code: 'UNKNOWN_ACCESS_PERMISSION',
        keys: [m.key, m.access],
        message: `Module "${m.key}" has unknown access permission "${m.access}"`,
      });
    } else if (access.module !== m.key) {
      problems.push({
        code: 'ACCESS_PERMISSION_OUTSIDE_MODULE',
        keys: [m.key, m.access],
        message: `Module "${m.key}" uses access permission "${m.access}" of module "${access.module}"`,
      });
    }
  }

  const cycles = findPrerequisiteCycles(byKey);
  for (const cycle of cycles) {
    problems.push({
      code: 'PREREQUISITE_CYCLE',
      keys: cycle,
      message: `Prerequisites form a cycle: ${cycle.join(' -> ')}`,
    });
  }

  // The closure is only meaningful on an acyclic graph.
  if (cycles.length === 0) {
    const closure = prerequisiteClosures(byKey);
    for (const p of byKey.values()) {
      const m = moduleByKey.get(p.module);
      if (!m || m.access === p.key) continue;
      if (!closure.get(p.key)?.has(m.access)) {
        problems.push({
          code: 'OUTSIDE_MODULE_ACCESS',
          keys: [p.key, m.access],
          message: `Permission "${p.key}" does not require its module access "${m.access}", directly or transitively`,
        });
      }
    }
  }

  if (problems.length > 0) throw new CatalogueError(problems);
}

function findPrerequisiteCycles(byKey: ReadonlyMap<string, PermissionDefinition>): string[][] {
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const cycles: string[][] = [];

  const visit = (key: string): void => {
    state.set(key, 'visiting');
    stack.push(key);
    for (const pre of byKey.get(key)?.prerequisites ?? []) {
      if (!byKey.has(pre)) continue;
      const s = state.get(pre);
      if (s === 'visiting') cycles.push([...stack.slice(stack.indexOf(pre)), pre]);
      else if (s === undefined) visit(pre);
    }
    stack.pop();
    state.set(key, 'done');
  };

  for (const key of byKey.keys()) if (!state.has(key)) visit(key);
  return cycles;
}

function prerequisiteClosures(byKey: ReadonlyMap<string, PermissionDefinition>): Map<string, Set<string>> {
  const closure = new Map<string, Set<string>>();
  const of = (key: string): Set<string> => {
    const known = closure.get(key);
    if (known) return known;
    const set = new Set<string>();
    for (const pre of byKey.get(key)?.prerequisites ?? []) {
      set.add(pre);
      for (const k of of(pre)) set.add(k);
    }
    closure.set(key, set);
    return set;
  };
  for (const key of byKey.keys()) of(key);
  return closure;
}
