import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDirectives } from '@graphql-tools/utils';
import { isNonNullType, isObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { authorizationDirectiveNames } from '../directives.js';
import { buildDeclaredSchema, printSdl } from '../schema.js';

describe('schema', () => {
  it('gives every query and mutation exactly one authorization directive', async () => {
    const schema = await buildDeclaredSchema();
    const unguarded: string[] = [];
    const ambiguous: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      if (!root) continue;
      for (const field of Object.values(root.getFields())) {
        const names = getDirectives(schema, field)
          .map((directive) => directive.name)
          .filter((name) => authorizationDirectiveNames.includes(name));
        if (names.length === 0) unguarded.push(`${root.name}.${field.name}`);
        if (names.length > 1) ambiguous.push(`${root.name}.${field.name}: ${names.join(', ')}`);
      }
    }
    expect(unguarded).toEqual([]);
    expect(ambiguous).toEqual([]);
  });

  it('lets no @self operation name its owner: no argument points at a user', async () => {
    const schema = await buildDeclaredSchema();
    const selfFields: string[] = [];
    const naming: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root!.getFields())) {
        if (!getDirectives(schema, field).some((directive) => directive.name === 'self')) continue;
        selfFields.push(field.name);
        for (const arg of field.args) if (/user|owner|tenant/i.test(arg.name)) naming.push(`${field.name}(${arg.name})`);
      }
    }
    expect(naming).toEqual([]);
    expect(selfFields).toEqual(expect.arrayContaining(['mySessions', 'revokeSession', 'myApiTokens', 'revokeApiToken', 'changeMyPassword']));
  });

  it('prints the authorization directives in the SDL', async () => {
    const sdl = printSdl(await buildDeclaredSchema());
    expect(sdl).toMatch(/users\(after: String, first: Int! = 25, orderBy: UserOrder, filter: UserFilter\): UserConnection! @requiresPermission\(key: "users.read"\)/);
    expect(sdl).toMatch(/me: Viewer! @authenticated/);
    expect(sdl).toMatch(/login\(input: LoginInput!\): LoginResult! @public/);
    expect(sdl).toMatch(/portalDashboard: PortalDashboard! @portal/);
    expect(sdl).toMatch(/mySessions: \[SessionInfo!\]! @self/);
  });

  it('matches the committed schema.graphql', async () => {
    const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../schema.graphql');
    const committed = await readFile(file, 'utf8');
    expect(committed).toBe(printSdl(await buildDeclaredSchema()));
  });

  it('puts field guards only on nullable object fields, never on operations', async () => {
    const schema = await buildDeclaredSchema();
    const misplaced: string[] = [];
    const guarded: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('__')) continue;
      const isRoot = [schema.getQueryType(), schema.getMutationType()].includes(type);
      for (const field of Object.values(type.getFields())) {
        if (!getDirectives(schema, field).some((directive) => directive.name === 'visibleWith')) continue;
        guarded.push(`${type.name}.${field.name}`);
        if (isRoot || isNonNullType(field.type)) misplaced.push(`${type.name}.${field.name}`);
      }
    }
    expect(misplaced).toEqual([]);
    expect(guarded).toEqual(expect.arrayContaining(['User.lastLoginAt', 'User.links']));
  });

  it('keeps secrets out of the API types', async () => {
    const sdl = printSdl(await buildDeclaredSchema());
    expect(sdl).not.toMatch(/passwordHash|password_hash/i);
  });
});
