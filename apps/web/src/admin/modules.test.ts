import { describe, expect, it } from 'vitest';
import { navigationGroups, visibleModules } from './modules';

const tenant = { id: 't', slug: 'acme', name: 'Acme' };
const labels = (viewer: Parameters<typeof visibleModules>[0]) => visibleModules(viewer).map((m) => m.label);

describe('visibleModules', () => {
  it('shows Users only with users.read, with the Permissions Reference beside it', () => {
    expect(labels({ permissions: ['users.read'], tenant })).toEqual(['Users', 'Permissions Reference']);
  });

  it('shows nothing to a user without module access, not even the reference', () => {
    expect(labels({ permissions: ['portal.access'], tenant })).toEqual([]);
    expect(labels({ permissions: [], tenant })).toEqual([]);
  });

  it('opens Roles and the Permissions Manager with roles.read, the Audit log with audit.read', () => {
    expect(labels({ permissions: ['roles.read', 'audit.read'], tenant })).toEqual([
      'Roles',
      'Permissions Manager',
      'Permissions Reference',
      'Audit log',
    ]);
  });

  it('gives a super admin the Tenants page, and the tenant pages once inside a tenant', () => {
    expect(labels({ permissions: [], isSuperAdmin: true, tenant: null })).toEqual(['Permissions Reference', 'Tenants']);
    const inside = navigationGroups({ permissions: ['users.read', 'roles.read', 'audit.read'], isSuperAdmin: true, tenant });
    expect(inside.map((g) => g.label)).toEqual(['Platform', 'Settings']);
    expect(inside[0]?.modules.map((m) => m.label)).toEqual(['Tenants']);
  });
});
