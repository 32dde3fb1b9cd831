import { Catalogue, type ModuleDefinition, type PermissionDefinition, type RoleNode, type UserGrant } from '@access/domain';

export interface DatasetSize {
  readonly modules: number;
  readonly permissionsPerModule: number;
  readonly layers: number;
  readonly rolesPerLayer: number;
  readonly users: number;
}

export const DEFAULT_SIZE: DatasetSize = {
  modules: 20,
  permissionsPerModule: 10,
  layers: 10,
  rolesPerLayer: 100,
  users: 10_000,
};

export interface Dataset {
  readonly catalogue: Catalogue<string, string>;
  readonly roles: readonly RoleNode[];
  readonly users: readonly UserGrant[];
  /** A role in the last layer with the most ancestors: the worst case for one cold closure. */
  readonly deepestRoleId: string;
  readonly random: () => number;
}

/** Deterministic PRNG (mulberry32) so every run benchmarks the same data. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds a catalogue of modules x permissionsPerModule permissions (each with one or two
 * prerequisites inside its module, reaching the module's access permission), a role DAG
 * whose longest inheritance chain has `layers` roles, and users on random roles, a tenth
 * of them with direct permissions.
 */
export function buildDataset(seed = 42, size: DatasetSize = DEFAULT_SIZE): Dataset {
  const random = mulberry32(seed);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;

  const modules: ModuleDefinition[] = [];
  const permissions: PermissionDefinition[] = [];
  for (let m = 0; m < size.modules; m++) {
    const key = `m${String(m).padStart(2, '0')}`;
    modules.push({ key, name: key, description: '', group: 'apps', access: `${key}.access` });
    const inModule = [`${key}.access`];
    permissions.push({ key: `${key}.access`, name: '', description: '', module: key, prerequisites: [] });
    for (let p = 1; p < size.permissionsPerModule; p++) {
      const pkey = `${key}.p${String(p).padStart(2, '0')}`;
      const prerequisites = new Set([pick(inModule)]);
      if (random() < 0.3) prerequisites.add(pick(inModule));
      permissions.push({ key: pkey, name: '', description: '', module: key, prerequisites: [...prerequisites] });
      inModule.push(pkey);
    }
  }
  const catalogue = new Catalogue(modules, permissions);
  const keys = permissions.map((p) => p.key);

  /** Some grants come with their prerequisites, some without, so both states occur. */
  const grants = (count: number): string[] => {
    const out = new Set<string>();
    for (let i = 0; i < count; i++) {
      const key = pick(keys);
      out.add(key);
      if (random() < 0.6) for (const pre of catalogue.prerequisitesOf(key)) out.add(pre);
    }
    return [...out];
  };

  const roles: RoleNode[] = [];
  const layers: string[][] = [];
  for (let layer = 0; layer < size.layers; layer++) {
    const ids: string[] = [];
    for (let i = 0; i < size.rolesPerLayer; i++) {
      const id = `r${layer}_${i}`;
      const parentIds = new Set<string>();
      const below = layers[layer - 1];
      if (below) {
        parentIds.add(pick(below));
        for (let extra = int(3); extra > 0; extra--) parentIds.add(pick(pick(layers.slice(0, layer))));
      }
      roles.push({ id, name: `Role ${id}`, parentIds: [...parentIds], permissions: grants(1 + int(3)) });
      ids.push(id);
    }
    layers.push(ids);
  }

  const users: UserGrant[] = [];
  for (let u = 0; u < size.users; u++) {
    users.push({
      id: `u${u}`,
      roleId: pick(roles).id,
      direct: random() < 0.1 ? grants(1 + int(3)) : [],
    });
  }

  const ancestorCount = (id: string): number => countAncestors(roles, id);
  const last = layers[layers.length - 1] ?? [];
  const deepestRoleId = last.reduce((best, id) => (ancestorCount(id) > ancestorCount(best) ? id : best), last[0] ?? '');

  return { catalogue, roles, users, deepestRoleId, random };
}

export function countAncestors(roles: readonly RoleNode[], id: string): number {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const stack = [id];
  while (stack.length > 0) {
    for (const p of byId.get(stack.pop() as string)?.parentIds ?? []) {
      if (!seen.has(p)) {
        seen.add(p);
        stack.push(p);
      }
    }
  }
  return seen.size;
}
