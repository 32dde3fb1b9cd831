import type { AccessModel, UserGrant } from './access-model.js';
import { collectSources, type PermissionSource } from './effective-permissions.js';
import { hasBit } from './bitset.js';

export interface Explanation<K extends string> {
  readonly key: K;
  /** `absent`: no source grants it; `inactive`: granted, but prerequisites are missing. */
  readonly status: 'active' | 'inactive' | 'absent';
  /** Every source with its inheritance path. */
  readonly sources: readonly PermissionSource[];
  readonly missing: readonly K[];
  /** One sentence for people, e.g. "Maria has purchasing.orders.approve inherited via Senior Buyer -> Buyer." */
  readonly sentence: string;
}

/** Why a user has, or lacks, a permission. */
export function explain<K extends string, M extends string>(
  model: AccessModel<K, M>,
  user: UserGrant,
  key: K,
): Explanation<K> {
  const { catalogue } = model;
  const id = catalogue.id(key);
  const who = user.name?.trim() || 'The user';
  const sources = collectSources(model, user.roleId, user.direct).get(id) ?? [];

  if (sources.length === 0) {
    return { key, status: 'absent', sources, missing: [], sentence: `${who} lacks ${key}: no source grants it.` };
  }
  const how = joinWords(sources.map(describeSource));
  if (hasBit(model.userActiveBits(user), id)) {
    return { key, status: 'active', sources, missing: [], sentence: `${who} has ${key} ${how}.` };
  }
  const missing = catalogue.missingFor(id, model.userGrantedBits(user));
  return {
    key,
    status: 'inactive',
    sources,
    missing,
    sentence: `${who} has ${key} ${how}, but it is inactive: missing ${missing.join(', ')}.`,
  };
}

function describeSource(source: PermissionSource): string {
  switch (source.kind) {
    case 'role':
      return `through their role ${source.roleName}`;
    case 'inherited':
      return `inherited via ${source.path.join(' -> ')}`;
    case 'direct':
      return 'granted directly';
  }
}

function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}
