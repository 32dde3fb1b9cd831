import { PERMISSION_KEYS } from '@access/domain';
import { getDirective } from '@graphql-tools/utils';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { TenantUserPrincipal } from '../../modules/auth/principal.js';
import type { Context } from '../context.js';
import { buildDeclaredSchema, buildExecutableSchema } from '../schema.js';

const externalAdministrator: TenantUserPrincipal = {
  kind: 'user',
  userId: '00000000-0000-4000-8000-000000000001',
  tenantId: '00000000-0000-4000-8000-000000000002',
  username: 'contractor@example.test',
  displayName: 'Contractor',
  roleId: '00000000-0000-4000-8000-000000000003',
  accessVersion: 1,
  pendingPasswordChange: false,
  sessionId: null,
  origin: 'external',
  plannerUser: true,
  portalAccess: true,
};

describe('external users and the admin API', () => {
  it('refuses every @requiresPermission operation to an external user before it runs, whatever permissions they would hold', async () => {
    const declared = await buildDeclaredSchema();
    const executable = await buildExecutableSchema();
    // Every permission granted: only the origin can be what refuses.
    const context = { principal: externalAdministrator, permissions: async () => new Set<string>(PERMISSION_KEYS) } as unknown as Context;
    const refused: string[] = [];
    const admitted: string[] = [];
    for (const rootName of ['Query', 'Mutation'] as const) {
      const declaredRoot = declared.getType(rootName);
      const executableRoot = executable.getType(rootName);
      if (!isObjectType(declaredRoot) || !isObjectType(executableRoot)) continue;
      for (const [name, field] of Object.entries(declaredRoot.getFields())) {
        if (!getDirective(declared, field, 'requiresPermission')?.[0]) continue;
        const resolve = executableRoot.getFields()[name]!.resolve!;
        try {
          await resolve(undefined, {}, context, {} as GraphQLResolveInfo);
          admitted.push(`${rootName}.${name}`);
        } catch (error) {
          const reason = (error as { extensions?: { reason?: string } }).extensions?.reason;
          (reason === 'PORTAL_ONLY' ? refused : admitted).push(`${rootName}.${name}`);
        }
      }
    }
    expect(admitted).toEqual([]);
    expect(refused.length).toBeGreaterThan(50);
    expect(refused).toEqual(expect.arrayContaining(['Query.users', 'Query.plannerUsers', 'Mutation.createRole', 'Mutation.offerShift']));
  });
});
