import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_BUDGET_BYTES, formatSizes, initialJavaScript, kB } from '../scripts/bundle-size.mjs';
import { sharedWebBuild } from './support/build-web';

// Chunks only a lazy route loads; finding one here would mean the measurement counts too much.
const LAZY = /^(AdminShell|UsersRoute|UserDetailRoute|RolesRoute|PermissionsManagerRoute|AuditRoute|OrganisationSettingsRoute|TenantsRoute|SuperAdminsRoute|PlatformAuditRoute|SignInsChart|GraphiQLPage|DevOutboxPage|PortalShell|DashboardPage|RoleInheritanceGraph)-/;

/**
 * Issue 7: the admin entry loads under 250 kB of gzipped JavaScript before any lazy route, on a
 * fresh production build (what `pnpm build` ships, the build the browser tests run on). The numbers go to
 * bench/RESULTS.md; `node scripts/bundle-size.mjs` prints them for apps/web/dist.
 */
describe('initial JavaScript of the entries', () => {
  let dist: string;

  beforeAll(async () => {
    dist = await sharedWebBuild();
  }, 120_000);

  it('keeps the admin entry and its static imports under 250 kB gzip', async () => {
    const admin = await initialJavaScript(dist, 'index.html');
    console.log(formatSizes(admin));
    const files = admin.chunks.map((chunk) => chunk.file);
    expect(files).toContain(admin.entry);
    expect(files).toEqual(expect.arrayContaining(admin.preloaded));
    expect(files.filter((file) => LAZY.test(file))).toEqual([]);
    expect(admin.gzipBytes, `admin entry: ${kB(admin.gzipBytes)} gzip`).toBeLessThan(ADMIN_BUDGET_BYTES);
  });

  it('measures the worker portal entry the same way', async () => {
    const portal = await initialJavaScript(dist, 'portal.html');
    console.log(formatSizes(portal));
    expect(portal.entry).toMatch(/^portal-/);
    expect(portal.chunks.map((chunk) => chunk.file).filter((file) => LAZY.test(file))).toEqual([]);
    expect(portal.gzipBytes).toBeGreaterThan(0);
  });
});
