import { describe, expect, it } from 'vitest';
import { createAccessModel } from './access-model.js';
import { explain } from './explain.js';
import { carl, hana, maria, roles, tom } from './__tests__/fixtures.js';

const model = createAccessModel(roles);

describe('explain', () => {
  it('names the role', () => {
    const why = explain(model, maria, 'purchasing.orders.approve');
    expect(why.status).toBe('active');
    expect(why.sentence).toBe('Maria has purchasing.orders.approve through their role Senior Buyer.');
  });

  it('spells the inheritance path', () => {
    const why = explain(model, hana, 'purchasing.orders.create');
    expect(why.sentence).toBe('Hana has purchasing.orders.create inherited via Head Buyer -> Senior Buyer -> Buyer.');
    expect(why.sources).toEqual([
      { kind: 'inherited', roleId: 'buyer', roleName: 'Buyer', path: ['Head Buyer', 'Senior Buyer', 'Buyer'] },
    ]);
  });

  it('says granted directly, and joins several sources', () => {
    expect(explain(model, tom, 'vault.secrets.read').sentence).toBe('Tom has vault.secrets.read granted directly.');
    expect(explain(model, { ...maria, direct: ['purchasing.orders.approve'] }, 'purchasing.orders.approve').sentence).toBe(
      'Maria has purchasing.orders.approve through their role Senior Buyer and granted directly.',
    );
  });

  it('says when no source grants it', () => {
    expect(explain(model, maria, 'vault.access')).toEqual({
      key: 'vault.access',
      status: 'absent',
      sources: [],
      missing: [],
      sentence: 'Maria lacks vault.access: no source grants it.',
    });
  });

  it('says when it is held but inactive, and what is missing', () => {
    const why = explain(model, carl, 'purchasing.orders.approve');
    expect(why.status).toBe('inactive');
    expect(why.missing).toEqual(['purchasing.access', 'purchasing.orders.read']);
    expect(why.sentence).toBe(
      'Carl has purchasing.orders.approve through their role Clerk, but it is inactive: missing purchasing.access, purchasing.orders.read.',
    );
  });

  it('falls back to "The user" without a name', () => {
    expect(explain(model, { id: 'x', roleId: null, direct: [] }, 'users.read').sentence).toBe(
      'The user lacks users.read: no source grants it.',
    );
  });
});
