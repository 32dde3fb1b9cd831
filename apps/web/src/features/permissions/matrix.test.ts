import { describe, expect, it } from 'vitest';
import type { MatrixCell, MatrixRow } from './graphql/permissions.graphql';
import { grantPrerequisites, matrixAccessModel, roleRevokeChoice } from './matrix';

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
    const me = row('me', ['vault.access', 'vault.secrets.read', 'vault.secrets.reveal', 'vault.secrets.manage'].map((key) => cell(key, 'GRANTED')));
    const choice = roleRevokeChoice(matrixAccessModel([me]), me, 'vault.access');
    expect(choice?.dependants.map((dependant) => dependant.key).sort()).toEqual(['vault.secrets.manage', 'vault.secrets.read', 'vault.secrets.reveal']);
    expect(choice?.dependants.every((dependant) => dependant.cascades && dependant.heldVia === null)).toBe(true);
    expect(choice?.target).toEqual({ kind: 'role', id: 'me', name: 'me' });
  });

  it('lists what a revoke leaves inactive, naming the source of what the cascade cannot reach', () => {
    const cells = [
      cell('vault.access', 'GRANTED'),
      cell('vault.secrets.read', 'GRANTED'),
      cell('vault.secrets.reveal', 'INHERITED', { inheritedFrom: fromParent }),
      cell('vault.secrets.manage', 'OFF'),
    ];
    const me = row('me', cells);
    const model = matrixAccessModel([me]);
    expect(roleRevokeChoice(model, me, 'vault.secrets.read')?.dependants).toEqual([
      { key: 'vault.secrets.reveal', cascades: false, heldVia: 'inherited from Parent' },
    ]);
    // Only what the role owns can be revoked with it.
    expect(roleRevokeChoice(model, me, 'vault.access')?.dependants).toEqual([
      { key: 'vault.secrets.read', cascades: true, heldVia: null },
      { key: 'vault.secrets.reveal', cascades: false, heldVia: 'inherited from Parent' },
    ]);
    expect(roleRevokeChoice(model, me, 'vault.secrets.manage')).toBeNull();
    const alsoInherited = row('me', cells.map((c) => (c.key === 'vault.access' ? { ...c, inheritedFrom: fromParent } : c)));
    expect(roleRevokeChoice(matrixAccessModel([alsoInherited]), alsoInherited, 'vault.access')).toBeNull();
  });

  it('offers the prerequisites a grant lacks, counting inherited ones as held', () => {
    const model = matrixAccessModel([row('me', [cell('vault.access', 'INHERITED', { inheritedFrom: fromParent }), cell('vault.secrets.reveal', 'OFF')])]);
    expect(grantPrerequisites(model, 'me', 'vault.secrets.reveal')).toEqual(['vault.secrets.read']);
    expect(grantPrerequisites(model, 'me', 'vault.secrets.read')).toEqual([]);
  });
});
