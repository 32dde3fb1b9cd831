import { describe, expect, it } from 'vitest';
import { navigationGroups, visibleModules } from './modules';

const tenant = { id: 't', slug: 'acme', name: 'Acme' };
const labels = (viewer: Parameters<typeof visibleModules>[0]) => visibleModules(viewer).map((m) => m.label);

describe('visibleModules', () => {
  it('shows Users and Approval groups only with users.read, with the Permissions Reference beside it', () => {
    expect(labels({ permissions: ['users.read'], tenant })).toEqual(['Users', 'Approval groups', 'Permissions Reference']);
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

  it('opens Organisation settings and Mail delivery under Settings with tenant.settings.read', () => {
    expect(labels({ permissions: ['tenant.settings.read'], tenant })).toEqual(['Permissions Reference', 'Organisation settings', 'Mail delivery']);
    expect(visibleModules({ permissions: ['tenant.settings.read'], tenant }).slice(-2)).toEqual([
      expect.objectContaining({ path: '/settings/organisation', group: 'settings' }),
      expect.objectContaining({ path: '/settings/mail-delivery', group: 'settings' }),
    ]);
    expect(labels({ permissions: ['tenant.settings.update'], tenant })).toEqual([]);
  });

  it('gives a super admin the platform pages, and the tenant pages once inside a tenant', () => {
    const platform = ['Tenants', 'Super admins', 'Platform audit'];
    expect(labels({ permissions: [], isSuperAdmin: true, tenant: null })).toEqual(['Permissions Reference', ...platform]);
    const inside = navigationGroups({ permissions: ['users.read', 'roles.read', 'audit.read'], isSuperAdmin: true, tenant });
    expect(inside.map((g) => g.label)).toEqual(['Platform', 'Settings']);
    expect(inside[0]?.modules.map((m) => m.label)).toEqual(platform);
  });

  it('keeps the platform pages from tenant users, whatever they hold', () => {
    const everything = ['users.read', 'roles.read', 'audit.read', 'tenant.settings.update'];
    expect(navigationGroups({ permissions: everything, tenant }).map((g) => g.label)).toEqual(['Settings']);
  });

  it('groups the Planner pages under Planner, each behind its own permission and planner.access', () => {
    const scheduler = ['planner.access', 'planner.users.read', 'planner.shifts.read', 'planner.timeoff.approve', 'planner.reports.review'];
    const groups = navigationGroups({ permissions: scheduler, tenant });
    expect(groups.map((g) => g.label)).toEqual(['Planner', 'Settings']);
    expect(groups[0]?.modules.map((m) => m.label)).toEqual(['Planner Users', 'Shifts', 'Approvals', 'After-shift reports']);
    expect(labels({ permissions: ['planner.users.read'], tenant })).toEqual([]);
    expect(labels({ permissions: ['planner.access', 'planner.certifications.approve'], tenant })).toEqual(['Permissions Reference', 'Approvals']);
  });

  it('offers the External Dashboard to internal planner users only', () => {
    const permissions = ['planner.access', 'planner.portal.open'];
    const dashboard = ['Permissions Reference', 'External Dashboard'];
    expect(labels({ permissions, tenant, origin: 'internal', portalStatus: 'OPEN' })).toEqual(dashboard);
    expect(labels({ permissions, tenant, origin: 'sso', portalStatus: 'ACCESS_OFF' })).toEqual(dashboard);
    expect(labels({ permissions, tenant, origin: 'internal', portalStatus: 'NOT_A_PLANNER_USER' })).toEqual([]);
    expect(labels({ permissions, tenant, origin: 'external', portalStatus: 'OPEN' })).toEqual([]);
    // Until the planner API has answered, the link stays hidden.
    expect(labels({ permissions, tenant })).toEqual([]);
    expect(visibleModules({ permissions, tenant, origin: 'internal', portalStatus: 'OPEN' }).at(-1)).toMatchObject({ path: '/portal', fullPageLink: true });
  });
});
