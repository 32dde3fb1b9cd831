import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CATALOGUE, MODULE_REFERENCE, PERMISSIONS, type PermissionKey } from '@access/domain';
import { getDirectives } from '@graphql-tools/utils';
import { isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildDeclaredSchema } from '../schema.js';

const serverSource = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const adminNavigation = path.resolve(serverSource, '../../web/src/admin/modules.ts');

/**
 * Permissions that open a place in the SPA rather than an operation: the API cannot refuse them,
 * so the admin navigation is what they guard.
 */
const NAVIGATION_ONLY: ReadonlyMap<PermissionKey, string> = new Map([
  ['planner.portal.open', 'shows Planner → External Dashboard; workers reach the portal by their own standing'],
]);

/** Folders whose mentions of a key are data (seeds, fixtures), not checks. */
const NOT_CHECKS = /(^|\/)(__tests__|test-support|scripts|db\/seed)(\/|$)|\.test\.ts$/;

async function sourceFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !NOT_CHECKS.test(path.relative(serverSource, file).split(path.sep).join('/')));
}

const withoutComments = (code: string): string => code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

function quotedKeys(code: string): Set<string> {
  return new Set([...withoutComments(code).matchAll(/'([a-z]+(?:\.[a-z]+)+)'/g)].map((match) => match[1]!));
}

async function keysGuardedBySchema(): Promise<Set<string>> {
  const schema = await buildDeclaredSchema();
  const keys = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      for (const directive of getDirectives(schema, field)) {
        if (directive.name === 'requiresPermission') keys.add(String(directive.args?.key));
        if (directive.name === 'visibleWith') keys.add(String(directive.args?.permission));
      }
    }
  }
  return keys;
}

async function keysCheckedInCode(): Promise<Set<string>> {
  const keys = new Set<string>();
  for (const file of await sourceFiles(serverSource)) {
    for (const key of quotedKeys(await readFile(file, 'utf8'))) if (CATALOGUE.has(key)) keys.add(key);
  }
  return keys;
}

describe('permission catalogue', () => {
  it('lets every permission of an Access module guard something the API refuses without it', async () => {
    const guarded = new Set([...(await keysGuardedBySchema()), ...(await keysCheckedInCode())]);
    // A module's access permission is enforced through the prerequisites of the ones it unlocks.
    for (const key of [...guarded]) for (const prerequisite of CATALOGUE.prerequisitesOf(key as PermissionKey)) guarded.add(prerequisite);

    const unguarded = PERMISSIONS.filter((permission) => MODULE_REFERENCE[permission.module].enforcedBy === 'access')
      .map((permission) => permission.key)
      .filter((key) => !guarded.has(key) && !NAVIGATION_ONLY.has(key));
    expect(unguarded).toEqual([]);
  });

  it('finds the navigation-only permissions in the admin navigation, and nowhere in the API', async () => {
    const navigation = quotedKeys(await readFile(adminNavigation, 'utf8'));
    const api = new Set([...(await keysGuardedBySchema()), ...(await keysCheckedInCode())]);
    for (const key of NAVIGATION_ONLY.keys()) {
      expect(navigation.has(key), key).toBe(true);
      expect(api.has(key), `${key} is guarded by the API: drop it from NAVIGATION_ONLY`).toBe(false);
    }
  });

  it("leaves a connected application's permissions to that application", async () => {
    const api = new Set([...(await keysGuardedBySchema()), ...(await keysCheckedInCode())]);
    const connected = PERMISSIONS.filter((permission) => MODULE_REFERENCE[permission.module].enforcedBy === 'connected application');
    expect(connected.map((permission) => permission.module)).toEqual(expect.arrayContaining(['purchasing', 'vault']));
    // Access guarding one of them would mean the module is Access's own after all.
    expect(connected.filter((permission) => api.has(permission.key)).map((permission) => permission.key)).toEqual([]);
  });
});
