import { describe, expect, it } from 'vitest';
import type { MatrixCell, MatrixModule } from './graphql/permissions.graphql';
import { indexPermissions, revokeImpact, transitiveDependants } from './matrix';

const perm = (key: string, prerequisites: string[] = []) => ({ key, name: key, description: '', prerequisites });
const modules: MatrixModule[] = [
  {
    key: 'vault',
    name: 'Vault',
    permissions: [
      perm('vault.access'),
      perm('vault.secrets.read', ['vault.access']),
      perm('vault.secrets.reveal', ['vault.secrets.read']),
      perm('vault.secrets.manage', ['vault.secrets.read']),
    ],
  },
];
const cell = (key: string, state: MatrixCell['state'], extra: Partial<MatrixCell> = {}): MatrixCell => ({
  key,
  state,
  toggleable: state !== 'INHERITED',
  inheritedFrom: [],
  missing: [],
  ...extra,
});

describe('Permissions Manager helpers', () => {
  const index = indexPermissions(modules);

  it('finds dependants transitively', () => {
    expect([...transitiveDependants(index, 'vault.access')].sort()).toEqual([
      'vault.secrets.manage',
      'vault.secrets.read',
      'vault.secrets.reveal',
    ]);
  });

  it('lists what a revoke leaves inactive, unless the role also inherits the key', () => {
    const cells = [
      cell('vault.access', 'GRANTED'),
      cell('vault.secrets.read', 'GRANTED'),
      cell('vault.secrets.reveal', 'INHERITED', { inheritedFrom: [{ roleId: 'p', roleName: 'Parent', path: ['Me', 'Parent'] }] }),
      cell('vault.secrets.manage', 'OFF'),
    ];
    expect(revokeImpact(index, cells, 'vault.secrets.read').map((c) => c.key)).toEqual(['vault.secrets.reveal']);
    expect(revokeImpact(index, cells, 'vault.access').map((c) => c.key)).toEqual(['vault.secrets.read', 'vault.secrets.reveal']);
    const alsoInherited = cells.map((c) =>
      c.key === 'vault.access' ? { ...c, inheritedFrom: [{ roleId: 'p', roleName: 'Parent', path: [] }] } : c,
    );
    expect(revokeImpact(index, alsoInherited, 'vault.access')).toEqual([]);
  });
});
