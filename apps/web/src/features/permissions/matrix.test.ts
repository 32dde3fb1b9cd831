import { describe, expect, it } from 'vitest';
import type { MatrixCell, MatrixRow } from './graphql/permissions.graphql';
import { grantPrerequisites, matrixAccessModel, revokeImpact } from './matrix';

const cell = (key: string, state: MatrixCell['state'], extra: Partial<MatrixCell> = {}): MatrixCell => ({
  key,
  state,
  toggleable: state !== 'INHERITED',
  inheritedFrom: [],
  missing: [],
  ...extra,
});
const row = (id: string, cells: MatrixCell[]): MatrixRow => ({ role: { id, name: id, isSystem: false }, cells });
const fromParent = [{ roleId: 'p', roleName: 'Parent', path: ['Me', 'Parent'] }];

describe('Permissions Manager helpers', () => {
  it('finds dependants transitively', () => {
    const model = matrixAccessModel([
      row('me', ['vault.access', 'vault.secrets.read', 'vault.secrets.reveal', 'vault.secrets.manage'].map((key) => cell(key, 'GRANTED'))),
    ]);
    expect([...revokeImpact(model, 'me', 'vault.access').inactive].sort()).toEqual([
      'vault.secrets.manage',
      'vault.secrets.read',
      'vault.secrets.reveal',
    ]);
  });

  it('lists what a revoke leaves inactive, unless the role also inherits the key', () => {
    const cells = [
      cell('vault.access', 'GRANTED'),
      cell('vault.secrets.read', 'GRANTED'),
      cell('vault.secrets.reveal', 'INHERITED', { inheritedFrom: fromParent }),
      cell('vault.secrets.manage', 'OFF'),
    ];
    const model = matrixAccessModel([row('me', cells)]);
    expect(revokeImpact(model, 'me', 'vault.secrets.read').inactive).toEqual(['vault.secrets.reveal']);
    expect(revokeImpact(model, 'me', 'vault.access').inactive).toEqual(['vault.secrets.read', 'vault.secrets.reveal']);
    // Only what the role owns can be revoked with it.
    expect(revokeImpact(model, 'me', 'vault.access').cascadable).toEqual(['vault.secrets.read']);
    const alsoInherited = cells.map((c) => (c.key === 'vault.access' ? { ...c, inheritedFrom: fromParent } : c));
    expect(revokeImpact(matrixAccessModel([row('me', alsoInherited)]), 'me', 'vault.access').inactive).toEqual([]);
  });

  it('offers the prerequisites a grant lacks, counting inherited ones as held', () => {
    const model = matrixAccessModel([row('me', [cell('vault.access', 'INHERITED', { inheritedFrom: fromParent }), cell('vault.secrets.reveal', 'OFF')])]);
    expect(grantPrerequisites(model, 'me', 'vault.secrets.reveal')).toEqual(['vault.secrets.read']);
    expect(grantPrerequisites(model, 'me', 'vault.secrets.read')).toEqual([]);
  });
});
