import { describe, expect, it } from 'vitest';
import type { EffectivePermissionsQuery } from '../../gql/graphql';
import { directRevokeChoice } from './direct-revoke';

type Effective = EffectivePermissionsQuery['effectivePermissions'][number];
type Source = Effective['sources'][number];

const DIRECT: Source = { kind: 'DIRECT', roleId: null, roleName: null, path: [] };
const ROLE: Source = { kind: 'ROLE', roleId: 'r', roleName: 'Keyholder', path: ['Keyholder'] };
const INHERITED: Source = { kind: 'INHERITED', roleId: 'p', roleName: 'Vault Admin', path: ['Keyholder', 'Vault Admin'] };
const entry = (key: string, ...sources: Source[]): Effective => ({
  key,
  state: 'ACTIVE',
  missingPrerequisites: [],
  permission: { key, name: key, module: key.split('.')[0] ?? '' },
  sources,
});
const elena = { id: 'u1', displayName: 'Elena' };

describe('directRevokeChoice', () => {
  it('offers to cascade to direct dependants', () => {
    const effective = [entry('vault.access', DIRECT), entry('vault.secrets.read', DIRECT), entry('vault.secrets.reveal', DIRECT)];
    expect(directRevokeChoice(elena, effective, 'vault.access')).toEqual({
      target: { kind: 'user', id: 'u1', name: 'Elena' },
      key: 'vault.access',
      dependants: [
        { key: 'vault.secrets.read', cascades: true, heldVia: null },
        { key: 'vault.secrets.reveal', cascades: true, heldVia: null },
      ],
    });
  });

  it('names the role behind a dependant the cascade cannot take away', () => {
    const effective = [
      entry('vault.access', DIRECT, ROLE),
      entry('vault.secrets.read', DIRECT),
      entry('vault.secrets.reveal', INHERITED),
      entry('vault.secrets.manage', DIRECT, ROLE),
    ];
    expect(directRevokeChoice(elena, effective, 'vault.secrets.read')?.dependants).toEqual([
      { key: 'vault.secrets.reveal', cascades: false, heldVia: 'inherited by the role Keyholder from Vault Admin' },
      { key: 'vault.secrets.manage', cascades: true, heldVia: 'granted by the role Keyholder' },
    ]);
  });

  it('asks nothing when the role still grants the key, or nothing depends on it', () => {
    const effective = [entry('vault.access', DIRECT, ROLE), entry('vault.secrets.read', DIRECT)];
    expect(directRevokeChoice(elena, effective, 'vault.access')).toBeNull();
    expect(directRevokeChoice(elena, effective, 'vault.secrets.read')).toBeNull();
  });
});
