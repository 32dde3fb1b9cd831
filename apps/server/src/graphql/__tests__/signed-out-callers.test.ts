import { PERMISSION_KEYS } from '@access/domain';
import { getDirective } from '@graphql-tools/utils';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import type { TenantUserPrincipal } from '../../modules/auth/principal.js';
import type { Context } from '../context.js';
import { buildDeclaredSchema, buildExecutableSchema } from '../schema.js';

const choosingPassword: TenantUserPrincipal = {
  kind: 'user',
  userId: '00000000-0000-4000-8000-000000000001',
  tenantId: '00000000-0000-4000-8000-000000000002',
  username: 'new.starter',
  displayName: 'New Starter',
  roleId: '00000000-0000-4000-8000-000000000003',
  accessVersion: 1,
  pendingPasswordChange: true,
  sessionId: null,
  origin: 'internal',
  plannerUser: true,
  portalAccess: true,
};

/** Calls every root field's guarded resolver with `context` and sorts them by the error code they end in. */
async function outcomes(context: Context): Promise<Map<string, string>> {
  const declared = await buildDeclaredSchema();
  const executable = await buildExecutableSchema();
  const result = new Map<string, string>();
  for (const rootName of ['Query', 'Mutation'] as const) {
    const declaredRoot = declared.getType(rootName);
    const executableRoot = executable.getType(rootName);
    if (!isObjectType(declaredRoot) || !isObjectType(executableRoot)) continue;
    for (const [name, field] of Object.entries(declaredRoot.getFields())) {
      const directive = ['public', 'authenticated', 'self', 'portal', 'requiresPermission', 'requiresSuperAdmin'].find((candidate) =>
        getDirective(declared, field, candidate)?.[0],
      );
      const allowsPending = Boolean((getDirective(declared, field, 'authenticated')?.[0] as { allowPendingPasswordChange?: boolean } | undefined)?.allowPendingPasswordChange);
      if (directive === 'public' || allowsPending) continue;
      const resolve = executableRoot.getFields()[name]!.resolve!;
      try {
        await resolve(undefined, {}, context, {} as GraphQLResolveInfo);
        result.set(`${rootName}.${name}`, 'RAN');
      } catch (error) {
        const extensions = (error as { extensions?: { code?: string; reason?: string } }).extensions;
        result.set(`${rootName}.${name}`, extensions?.reason ?? extensions?.code ?? 'RAN');
      }
    }
  }
  return result;
}

describe('callers who are not (fully) signed in', () => {
  it('refuses every operation but the @public ones to a caller without a session, before it runs', async () => {
    const context = { principal: null, permissions: async () => new Set<string>() } as unknown as Context;
    const results = await outcomes(context);
    const notRefused = [...results].filter(([, outcome]) => outcome !== 'UNAUTHENTICATED').map(([name]) => name);
    expect(notRefused).toEqual([]);
    expect([...results.keys()]).toEqual(expect.arrayContaining(['Query.mySessions', 'Mutation.revokeSession', 'Query.users', 'Query.portalDashboard']));
  });

  it('refuses everything but the password change to someone who must first choose a new password', async () => {
    const context = { principal: choosingPassword, permissions: async () => new Set<string>(PERMISSION_KEYS) } as unknown as Context;
    const results = await outcomes(context);
    const notRefused = [...results].filter(([, outcome]) => outcome !== 'PASSWORD_CHANGE_REQUIRED' && outcome !== 'FORBIDDEN').map(([name]) => name);
    expect(notRefused).toEqual([]);
    expect(results.get('Mutation.changeMyPassword')).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(results.get('Query.users')).toBe('PASSWORD_CHANGE_REQUIRED');
  });
});
