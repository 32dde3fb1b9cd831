import { describe, expect, it } from 'vitest';
import { createAccessModel } from './access-model.js';
import { planGrant } from './plan-grant.js';
import { roles, tom } from './__tests__/fixtures.js';

const model = createAccessModel(roles);

describe('planGrant', () => {
  it('refuses a permission with unmet prerequisites and lists them (seed 002: Create needs Access Purchasing)', () => {
    expect(planGrant(model, { kind: 'role', roleId: 'worker' }, 'purchasing.orders.create')).toEqual({
      ok: false,
      code: 'PREREQUISITES_MISSING',
      missing: ['purchasing.access', 'purchasing.orders.read'],
      missingFor: [{ key: 'purchasing.orders.create', missing: ['purchasing.access', 'purchasing.orders.read'] }],
      message: 'Missing prerequisites: purchasing.orders.create needs purchasing.access, purchasing.orders.read',
    });
  });

  it('grants the prerequisites too when asked', () => {
    expect(
      planGrant(model, { kind: 'role', roleId: 'worker' }, ['purchasing.orders.create'], { withPrerequisites: true }),
    ).toEqual({
      ok: true,
      grant: ['purchasing.access', 'purchasing.orders.read', 'purchasing.orders.create'],
      prerequisites: ['purchasing.access', 'purchasing.orders.read'],
    });
  });

  it('counts prerequisites in the same request as met', () => {
    expect(
      planGrant(model, { kind: 'role', roleId: 'worker' }, ['purchasing.orders.read', 'purchasing.access']),
    ).toEqual({ ok: true, grant: ['purchasing.access', 'purchasing.orders.read'], prerequisites: [] });
  });

  it('counts inherited prerequisites as met for a role', () => {
    expect(planGrant(model, { kind: 'role', roleId: 'head' }, 'purchasing.suppliers.manage')).toEqual({
      ok: true,
      grant: ['purchasing.suppliers.manage'],
      prerequisites: [],
    });
  });

  it("counts the user's role permissions as met for a direct grant", () => {
    expect(planGrant(model, { kind: 'user', user: tom }, 'purchasing.suppliers.read')).toMatchObject({
      ok: true,
      grant: ['purchasing.suppliers.read'],
    });
    expect(planGrant(model, { kind: 'user', user: tom }, 'vault.secrets.reveal')).toMatchObject({ ok: true });
    expect(planGrant(model, { kind: 'user', user: tom }, 'audit.export')).toMatchObject({
      ok: false,
      missing: ['audit.access', 'audit.read'],
    });
  });

  it('does not re-grant what the target already owns', () => {
    expect(planGrant(model, { kind: 'role', roleId: 'buyer' }, ['purchasing.access'])).toEqual({
      ok: true,
      grant: [],
      prerequisites: [],
    });
  });
});
