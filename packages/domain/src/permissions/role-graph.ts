/** A role as stored: own permissions plus zero or more parent roles. */
export interface RoleNode {
  readonly id: string;
  readonly name: string;
  readonly parentIds: readonly string[];
  /** Own permission keys as stored; keys the catalogue no longer knows are ignored. */
  readonly permissions: readonly string[];
}

export interface RoleRef {
  readonly roleId: string;
  readonly roleName: string;
}

export interface AncestorPath {
  readonly role: RoleNode;
  /** Roles from the starting role to this ancestor, both included. */
  readonly path: readonly RoleNode[];
}

/** Read-only index over a tenant's roles; inheritance walks follow `parentIds`. */
export class RoleGraph {
  private readonly byId: ReadonlyMap<string, RoleNode>;
  private childIndex: Map<string, string[]> | undefined;

  constructor(roles: Iterable<RoleNode>) {
    this.byId = new Map([...roles].map((r) => [r.id, r]));
  }

  get roles(): RoleNode[] {
    return [...this.byId.values()];
  }

  get(id: string): RoleNode | undefined {
    return this.byId.get(id);
  }

  /** Known parents of a role; dangling parent ids are skipped. */
  parentsOf(id: string): RoleNode[] {
    const role = this.byId.get(id);
    if (!role) return [];
    return role.parentIds.flatMap((p) => {
      const parent = this.byId.get(p);
      return parent ? [parent] : [];
    });
  }

  /** Every ancestor once, nearest first, with the shortest inheritance path to it. */
  ancestors(id: string): AncestorPath[] {
    const start = this.byId.get(id);
    if (!start) return [];
    const seen = new Set([id]);
    const result: AncestorPath[] = [];
    const queue: AncestorPath[] = [{ role: start, path: [start] }];
    for (let i = 0; i < queue.length; i++) {
      const current = queue[i] as AncestorPath;
      for (const parent of this.parentsOf(current.role.id)) {
        if (seen.has(parent.id)) continue;
        seen.add(parent.id);
        const next = { role: parent, path: [...current.path, parent] };
        result.push(next);
        queue.push(next);
      }
    }
    return result;
  }

  /** Roles inheriting from `id`, directly or transitively (not including itself). */
  descendants(id: string): RoleNode[] {
    const children = this.children();
    const seen = new Set([id]);
    const result: RoleNode[] = [];
    const queue = [id];
    for (let i = 0; i < queue.length; i++) {
      for (const child of children.get(queue[i] as string) ?? []) {
        if (seen.has(child)) continue;
        seen.add(child);
        queue.push(child);
        const role = this.byId.get(child);
        if (role) result.push(role);
      }
    }
    return result;
  }

  /** A cycle in the stored graph as role names (first name repeated at the end), or null. */
  findCycle(): string[] | null {
    const state = new Map<string, 'visiting' | 'done'>();
    const stack: RoleNode[] = [];
    const visit = (role: RoleNode): RoleNode[] | null => {
      state.set(role.id, 'visiting');
      stack.push(role);
      for (const parent of this.parentsOf(role.id)) {
        const s = state.get(parent.id);
        if (s === 'visiting') return [...stack.slice(stack.indexOf(parent)), parent];
        if (s === undefined) {
          const found = visit(parent);
          if (found) return found;
        }
      }
      stack.pop();
      state.set(role.id, 'done');
      return null;
    };
    for (const role of this.byId.values()) {
      if (state.has(role.id)) continue;
      const cycle = visit(role);
      if (cycle) return cycle.map((r) => r.name);
    }
    return null;
  }

  /** Shortest parent-link path from `from` up to `to`, both included, or null. */
  pathUp(from: string, to: string): RoleNode[] | null {
    const start = this.byId.get(from);
    if (!start) return null;
    if (from === to) return [start];
    for (const { role, path } of this.ancestors(from)) if (role.id === to) return [...path];
    return null;
  }

  private children(): Map<string, string[]> {
    if (!this.childIndex) {
      const index = new Map<string, string[]>();
      for (const role of this.byId.values()) {
        for (const p of role.parentIds) {
          const list = index.get(p);
          if (list) list.push(role.id);
          else index.set(p, [role.id]);
        }
      }
      this.childIndex = index;
    }
    return this.childIndex;
  }
}
