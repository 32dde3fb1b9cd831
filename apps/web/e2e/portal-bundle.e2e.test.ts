import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { sharedWebBuild } from './support/build-web';

/** Every chunk a page can load: its entry scripts, what they import, and what they import lazily. */
async function reachableChunks(dist: string, html: string): Promise<Map<string, string>> {
  const page = await readFile(path.join(dist, html), 'utf8');
  const pending = [...page.matchAll(/<script type="module"[^>]*src="\/assets\/([\w.-]+\.js)"/g)].map((match) => match[1] ?? '');
  const chunks = new Map<string, string>();
  while (pending.length > 0) {
    const file = pending.pop() ?? '';
    if (!file || chunks.has(file)) continue;
    const source = await readFile(path.join(dist, 'assets', file), 'utf8');
    chunks.set(file, source);
    for (const match of source.matchAll(/["'`]\.\/([\w.-]+\.js)["'`]/g)) pending.push(match[1] ?? '');
  }
  return chunks;
}

/**
 * The portal is its own entry (portal.html): workers on phones must not download the admin app,
 * and certainly not GraphiQL and Monaco. Checked on the run's build of the current sources.
 */
describe('the worker portal bundle', () => {
  let dist: string;

  beforeAll(async () => {
    dist = await sharedWebBuild();
  }, 120_000);

  it('reaches every portal page and no admin page, GraphiQL or Monaco', async () => {
    const portal = await reachableChunks(dist, 'portal.html');
    const names = [...portal.keys()];
    for (const page of ['PortalShell', 'DashboardPage', 'MyShiftsPage', 'MyCertificationsPage', 'PortalChangePasswordPage']) {
      expect(names.some((name) => name.startsWith(`${page}-`)), page).toBe(true);
    }
    const forbidden = /^(AdminShell|UsersRoute|UserDetailRoute|RolesRoute|PermissionsManagerRoute|AuditRoute|TenantsRoute|GraphiQLPage|monaco-editor)-/;
    expect(names.filter((name) => forbidden.test(name))).toEqual([]);
    expect(names.filter((name) => /graphiql|monaco/i.test(portal.get(name) ?? ''))).toEqual([]);
  });

  it('keeps the admin entry free of portal pages', async () => {
    const admin = await reachableChunks(dist, 'index.html');
    expect([...admin.keys()].filter((name) => /^(PortalShell|DashboardPage|MyShiftsPage)-/.test(name))).toEqual([]);
  });
});
