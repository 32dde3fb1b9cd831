import type { UserGrant } from '../access-model.js';
import { PERMISSION_REFERENCE } from '../reference.js';
import type { RoleNode } from '../role-graph.js';

/** A deliberately plain string-set implementation to check the bitset engine against. */
export function naiveRoleGranted(roles: readonly RoleNode[], roleId: string | null): Set<string> {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const granted = new Set<string>();
  const visit = (id: string): void => {
    const role = byId.get(id);
    if (!role) return;
    for (const p of role.permissions) granted.add(p);
    for (const parent of role.parentIds) visit(parent);
  };
  if (roleId !== null) visit(roleId);
  return granted;
}

export function naiveRequires(key: string): Set<string> {
  const spec = (PERMISSION_REFERENCE as Record<string, { prerequisites: readonly string[] }>)[key];
  const out = new Set<string>();
  for (const pre of spec?.prerequisites ?? []) {
    out.add(pre);
    for (const k of naiveRequires(pre)) out.add(k);
  }
  return out;
}

export function naiveActive(granted: ReadonlySet<string>): Set<string> {
  return new Set([...granted].filter((k) => [...naiveRequires(k)].every((pre) => granted.has(pre))));
}

export function naiveUserActive(roles: readonly RoleNode[], user: UserGrant): Set<string> {
  const granted = naiveRoleGranted(roles, user.roleId);
  for (const d of user.direct) granted.add(d);
  return naiveActive(granted);
}

export function naiveAncestors(roles: readonly RoleNode[], roleId: string): Set<string> {
  const byId = new Map(roles.map((r) => [r.id, r]));
  const seen = new Set<string>();
  const visit = (id: string): void => {
    for (const p of byId.get(id)?.parentIds ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      visit(p);
    }
  };
  visit(roleId);
  return seen;
}

