/** Where a module sits in the admin navigation. */
export type ModuleGroup = 'settings' | 'apps';

export interface ModuleDefinition<M extends string = string, K extends string = string> {
  readonly key: M;
  readonly name: string;
  readonly description: string;
  readonly group: ModuleGroup;
  /** Without this permission active the module is invisible (SPA) and refused (API). */
  readonly access: K;
}

export interface PermissionDefinition<K extends string = string, M extends string = string> {
  readonly key: K;
  readonly name: string;
  readonly description: string;
  readonly module: M;
  /** Direct prerequisites; the permission is active only when all of them are, transitively. */
  readonly prerequisites: readonly K[];
}
