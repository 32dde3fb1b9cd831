import { type Bitset, emptyBits, hasBit, orInto } from './bitset.js';
import type { Catalogue } from './catalogue.js';
import { CATALOGUE, type PermissionKey } from './reference.js';
import type { ModuleKey } from './modules.js';
import { RoleGraph, type RoleNode } from './role-graph.js';

/** A user as far as access is concerned: one role plus direct permissions. */
export interface UserGrant {
  readonly id: string;
  /** Used in explanations; falls back to "The user". */
  readonly name?: string;
  readonly roleId: string | null;
  /** Direct permission keys as stored; unknown keys are ignored. */
  readonly direct: readonly string[];
}

/**
 * A tenant's roles compiled against a catalogue. Role closures (granted and active bitsets)
 * are built on first use and cached, so `can` is a map lookup plus one bit test afterwards.
 * Treat the model, its roles and the user objects passed in as immutable: after a change,
 * build a new model.
 */
export class AccessModel<K extends string = PermissionKey, M extends string = ModuleKey> {
  readonly catalogue: Catalogue<K, M>;
  readonly graph: RoleGraph;
  private readonly grantedByRole = new Map<string, Bitset>();
  private readonly activeByRole = new Map<string, Bitset>();
  private readonly activeByUser = new WeakMap<UserGrant, Bitset>();
  private readonly none: Bitset;

  constructor(roles: Iterable<RoleNode> | RoleGraph, catalogue: Catalogue<K, M>) {
    this.catalogue = catalogue;
    this.graph = roles instanceof RoleGraph ? roles : new RoleGraph(roles);
    this.none = emptyBits(catalogue.words);
  }

  /** Own and inherited permissions of a role, prerequisites not considered. */
  roleGrantedBits(roleId: string): Bitset {
    return this.grantedClosure(roleId, new Set());
  }

  /** The role's granted permissions whose prerequisites it also has. */
  roleActiveBits(roleId: string): Bitset {
    let bits = this.activeByRole.get(roleId);
    if (!bits) {
      bits = this.catalogue.activeBits(this.roleGrantedBits(roleId));
      this.activeByRole.set(roleId, bits);
    }
    return bits;
  }

  /** Role closure OR direct permissions, prerequisites not considered. */
  userGrantedBits(user: UserGrant): Bitset {
    const bits = emptyBits(this.catalogue.words);
    if (user.roleId !== null) orInto(bits, this.roleGrantedBits(user.roleId));
    orInto(bits, this.catalogue.bitsOf(user.direct));
    return bits;
  }

  userActiveBits(user: UserGrant): Bitset {
    if (user.direct.length === 0) return user.roleId === null ? this.none : this.roleActiveBits(user.roleId);
    let bits = this.activeByUser.get(user);
    if (!bits) {
      bits = this.catalogue.activeBits(this.userGrantedBits(user));
      this.activeByUser.set(user, bits);
    }
    return bits;
  }

  /** Whether the user holds `key` and it is active. */
  can(user: UserGrant, key: K): boolean {
    const id = this.catalogue.idOf(key);
    return id !== undefined && hasBit(this.userActiveBits(user), id);
  }

  roleCan(roleId: string, key: K): boolean {
    const id = this.catalogue.idOf(key);
    return id !== undefined && hasBit(this.roleActiveBits(roleId), id);
  }

  private grantedClosure(roleId: string, visiting: Set<string>): Bitset {
    const known = this.grantedByRole.get(roleId);
    if (known) return known;
    const role = this.graph.get(roleId);
    if (!role) return this.none;
    if (visiting.has(roleId)) {
      // Parents are checked with checkRoleParents before they are stored; a loop here means
      // corrupted data, and silently cutting it would make answers depend on walk order.
      throw new Error(`Role inheritance loops through "${role.name}"`);
    }
    visiting.add(roleId);
    const bits = this.catalogue.bitsOf(role.permissions);
    for (const parentId of role.parentIds) orInto(bits, this.grantedClosure(parentId, visiting));
    visiting.delete(roleId);
    this.grantedByRole.set(roleId, bits);
    return bits;
  }
}

/** Compiles a tenant's roles against the shipped catalogue, or against `catalogue` when given. */
export function createAccessModel(roles: Iterable<RoleNode> | RoleGraph): AccessModel;
export function createAccessModel<K extends string, M extends string>(
  roles: Iterable<RoleNode> | RoleGraph,
  catalogue: Catalogue<K, M>,
): AccessModel<K, M>;
export function createAccessModel(
  roles: Iterable<RoleNode> | RoleGraph,
  catalogue: Catalogue<string, string> = CATALOGUE,
): AccessModel<string, string> {
  return new AccessModel(roles, catalogue);
}
