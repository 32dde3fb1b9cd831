import { type Bitset, bitIds, emptyBits, orInto, setBit, wordsFor } from './bitset.js';
import type { ModuleDefinition, PermissionDefinition } from './types.js';
import { validateCatalogue } from './validate-catalogue.js';

/**
 * A validated catalogue with integer ids (the index in `permissions`) and precomputed
 * transitive prerequisites, so rules can work on bitsets.
 */
export class Catalogue<K extends string = string, M extends string = string> {
  readonly modules: readonly ModuleDefinition<M, K>[];
  readonly permissions: readonly PermissionDefinition<K, M>[];
  /** Uint32 words needed for a bitset over every permission. */
  readonly words: number;
  private readonly ids: ReadonlyMap<string, number>;
  private readonly modulesByKey: ReadonlyMap<string, ModuleDefinition<M, K>>;
  /** Per permission id: the transitive prerequisites, excluding the permission itself. */
  private readonly requires: readonly Bitset[];

  constructor(modules: readonly ModuleDefinition<M, K>[], permissions: readonly PermissionDefinition<K, M>[]) {
    validateCatalogue(modules, permissions);
    this.modules = modules;
    this.permissions = permissions;
    this.words = wordsFor(permissions.length);
    this.ids = new Map(permissions.map((p, i) => [p.key, i]));
    this.modulesByKey = new Map(modules.map((m) => [m.key, m]));

    const requires: (Bitset | undefined)[] = new Array<Bitset | undefined>(permissions.length);
    const closureOf = (id: number): Bitset => {
      const known = requires[id];
      if (known) return known;
      const bits = emptyBits(this.words);
      for (const pre of this.permissionAt(id).prerequisites) {
        const preId = this.id(pre);
        setBit(bits, preId);
        orInto(bits, closureOf(preId));
      }
      requires[id] = bits;
      return bits;
    };
    this.requires = permissions.map((_, id) => closureOf(id));
  }

  get size(): number {
    return this.permissions.length;
  }

  has(key: string): key is K {
    return this.ids.has(key);
  }

  /** Id of a catalogued key; throws for an unknown key (a programming error, not user input). */
  id(key: K): number {
    const id = this.ids.get(key);
    if (id === undefined) throw new Error(`Unknown permission "${key}"`);
    return id;
  }

  /** Id of a stored key, or undefined when the catalogue no longer has it. */
  idOf(key: string): number | undefined {
    return this.ids.get(key);
  }

  permissionAt(id: number): PermissionDefinition<K, M> {
    const p = this.permissions[id];
    if (!p) throw new Error(`Unknown permission id ${id}`);
    return p;
  }

  permission(key: K): PermissionDefinition<K, M> {
    return this.permissionAt(this.id(key));
  }

  module(key: M): ModuleDefinition<M, K> {
    const m = this.modulesByKey.get(key);
    if (!m) throw new Error(`Unknown module "${key}"`);
    return m;
  }

  /** Transitive prerequisites of a permission id (not including itself). */
  requiredBits(id: number): Bitset {
    const bits = this.requires[id];
    if (!bits) throw new Error(`Unknown permission id ${id}`);
    return bits;
  }

  /** Transitive prerequisites of a key, in catalogue order. */
  prerequisitesOf(key: K): K[] {
    return this.keysOf(this.requiredBits(this.id(key)));
  }

  /** Bitset of stored keys; keys the catalogue no longer knows are ignored. */
  bitsOf(keys: Iterable<string>): Bitset {
    const bits = emptyBits(this.words);
    for (const key of keys) {
      const id = this.ids.get(key);
      if (id !== undefined) setBit(bits, id);
    }
    return bits;
  }

  /** Keys of a bitset, in catalogue order. */
  keysOf(bits: Bitset): K[] {
    return bitIds(bits).map((id) => this.permissionAt(id).key);
  }

  /**
   * The active subset of a granted set: a granted permission is active when all its transitive
   * prerequisites are granted too.
   */
  activeBits(granted: Bitset): Bitset {
    const active = emptyBits(this.words);
    for (let w = 0; w < granted.length; w++) {
      let word = granted[w] ?? 0;
      while (word !== 0) {
        const low = word & -word;
        const id = w * 32 + 31 - Math.clz32(low);
        word ^= low;
        if (this.meets(this.requiredBits(id), granted)) setBit(active, id);
      }
    }
    return active;
  }

  /** Prerequisites of `id` (transitive) that `granted` lacks, in catalogue order. */
  missingFor(id: number, granted: Bitset): K[] {
    const required = this.requiredBits(id);
    const missing = emptyBits(this.words);
    for (let w = 0; w < required.length; w++) missing[w] = (required[w] ?? 0) & ~(granted[w] ?? 0);
    return this.keysOf(missing);
  }

  private meets(required: Bitset, granted: Bitset): boolean {
    for (let w = 0; w < required.length; w++) {
      // `& ~` rather than comparing `r & g` with `r`: bitwise results are signed, words are not.
      if (((required[w] ?? 0) & ~(granted[w] ?? 0)) !== 0) return false;
    }
    return true;
  }
}
