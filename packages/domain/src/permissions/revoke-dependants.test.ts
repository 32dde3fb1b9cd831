import { describe, expect, it } from 'vitest';
import { createAccessModel, type UserGrant } from './access-model.js';
import { revokeDependants } from './revoke-dependants.js';
import type { RoleNode } from './role-graph.js';
import { roles, tom } from './__tests__/fixtures.js';

/** Holds Reveal secrets without its prerequisites: its users get those directly. */
const keyholder: RoleNode = { id: 'keyholder', name: 'Keyholder', parentIds: [], permissions: ['vault.secrets.reveal'] };
/** Owns the prerequisites and inherits the dependant, so a cascade cannot reach it. */
const deputy: RoleNode = { id: 'deputy', name: 'Deputy', parentIds: ['keyholder'], permissions: ['vault.access', 'vault.secrets.read'] };
const model = createAccessModel([...roles, keyholder, deputy]);

describe('revokeDependants', () => {
  it("lists a role's own dependants as inactive and cascadable", () => {
    expect(revokeDependants(model, { kind: 'role', roleId: 'buyer' }, 'purchasing.access')).toEqual({
      inactive: ['purchasing.orders.read', 'purchasing.orders.create'],
      cascadable: ['purchasing.orders.read', 'purchasing.orders.create'],
      inactiveAfterCascade: [],
    });
  });

  it('keeps an inherited dependant out of the cascade: it stays, inactive, either way', () => {
    expect(revokeDependants(model, { kind: 'role', roleId: 'deputy' }, 'vault.secrets.read')).toEqual({
      inactive: ['vault.secrets.reveal'],
      cascadable: [],
      inactiveAfterCascade: ['vault.secrets.reveal'],
    });
    // Revoking the root: the own middle link cascades, the inherited leaf cannot.
    expect(revokeDependants(model, { kind: 'role', roleId: 'deputy' }, 'vault.access')).toEqual({
      inactive: ['vault.secrets.read', 'vault.secrets.reveal'],
      cascadable: ['vault.secrets.read'],
      inactiveAfterCascade: ['vault.secrets.reveal'],
    });
  });

  it("plans a user's direct grant: direct dependants cascade, the role's stay inactive", () => {
    expect(revokeDependants(model, { kind: 'user', user: tom }, 'vault.access')).toEqual({
      inactive: ['vault.secrets.read'],
      cascadable: ['vault.secrets.read'],
      inactiveAfterCascade: [],
    });
    const onKeyholder: UserGrant = { id: 'u-kim', roleId: 'keyholder', direct: ['vault.access', 'vault.secrets.read'] };
    expect(revokeDependants(model, { kind: 'user', user: onKeyholder }, 'vault.secrets.read')).toEqual({
      inactive: ['vault.secrets.reveal'],
      cascadable: [],
      inactiveAfterCascade: ['vault.secrets.reveal'],
    });
  });

  it('cascades a direct dependant the role grants too, and says it stays inactive through the role', () => {
    const both: UserGrant = { id: 'u-bo', roleId: 'keyholder', direct: ['vault.access', 'vault.secrets.read', 'vault.secrets.reveal'] };
    expect(revokeDependants(model, { kind: 'user', user: both }, 'vault.secrets.read')).toEqual({
      inactive: ['vault.secrets.reveal'],
      cascadable: ['vault.secrets.reveal'],
      inactiveAfterCascade: ['vault.secrets.reveal'],
    });
  });

  it('has nothing to ask when nothing held depends on the key, or the key stays held', () => {
    const none = { inactive: [], cascadable: [], inactiveAfterCascade: [] };
    expect(revokeDependants(model, { kind: 'role', roleId: 'buyer' }, 'purchasing.orders.create')).toEqual(none);
    // Senior Buyer inherits Purchasing access from Buyer: revoking it there removes nothing.
    expect(revokeDependants(model, { kind: 'role', roleId: 'senior' }, 'purchasing.access')).toEqual(none);
    // Tom's direct Approve needs Read purchase orders, which his role keeps granting.
    expect(revokeDependants(model, { kind: 'user', user: tom }, 'purchasing.orders.approve')).toEqual(none);
  });
});
