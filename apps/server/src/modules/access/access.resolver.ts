import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RequiresPermission, Self } from '../../graphql/directives.js';
import { actorOf } from '../audit/actor.js';
import { GrantResultType, RevokeResultType, RoleGrantResultType, RoleRevokeResultType } from '../roles/change-result.type.js';
import { EffectivePermissionType, MyPermissionsType, PermissionExplanationType } from './effective-permission.type.js';
import { explainPermission, getEffectivePermissions } from './queries/effective-permissions.js';
import { getMyPermissions } from './queries/my-permissions.js';
import { grantRolePermissions, revokeRolePermissions } from './use-cases/role-permissions.js';
import { grantUserPermissions, revokeUserPermissions } from './use-cases/user-permissions.js';

@Resolver()
export class AccessResolver {
  @RequiresPermission('users.read')
  @Query(() => [EffectivePermissionType], { description: "A user's permissions from every source, with state and sources." })
  effectivePermissions(@Arg('userId', () => ID) userId: string, @Ctx() context: Context): Promise<EffectivePermissionType[]> {
    return getEffectivePermissions(context.dataSource, context.services.accessCache, context.principal!, userId);
  }

  @RequiresPermission('users.read')
  @Query(() => PermissionExplanationType, { description: 'Why a user has or lacks a permission.' })
  explainPermission(
    @Arg('userId', () => ID) userId: string,
    @Arg('key', () => String) key: string,
    @Ctx() context: Context,
  ): Promise<PermissionExplanationType> {
    return explainPermission(context.dataSource, context.services.accessCache, context.principal!, userId, key);
  }

  @Self()
  @Query(() => MyPermissionsType, { description: "The caller's active permissions and visible modules." })
  async myPermissions(@Ctx() context: Context): Promise<MyPermissionsType> {
    return getMyPermissions(context.dataSource, context.services.accessCache, context.principal!, await context.permissions());
  }

  @RequiresPermission('permissions.grant')
  @Mutation(() => RoleGrantResultType, { description: 'Unmet prerequisites are refused and listed, unless withPrerequisites.' })
  grantRolePermissions(
    @Arg('roleId', () => ID) roleId: string,
    @Arg('keys', () => [String]) keys: string[],
    @Arg('withPrerequisites', () => Boolean, { defaultValue: false }) withPrerequisites: boolean,
    @Ctx() context: Context,
  ): Promise<RoleGrantResultType> {
    return grantRolePermissions(context.services.deps, actorOf(context.principal, context.origin), roleId, keys, withPrerequisites);
  }

  @RequiresPermission('permissions.grant')
  @Mutation(() => RoleRevokeResultType, { description: 'Reports what becomes inactive; with cascade, revokes the dependants too.' })
  revokeRolePermissions(
    @Arg('roleId', () => ID) roleId: string,
    @Arg('keys', () => [String]) keys: string[],
    @Arg('cascade', () => Boolean, { defaultValue: false }) cascade: boolean,
    @Ctx() context: Context,
  ): Promise<RoleRevokeResultType> {
    return revokeRolePermissions(context.services.deps, actorOf(context.principal, context.origin), roleId, keys, cascade);
  }

  @RequiresPermission('users.permissions.grant')
  @Mutation(() => GrantResultType, { description: 'Direct permissions, on top of the role; they survive role changes.' })
  grantUserPermissions(
    @Arg('userId', () => ID) userId: string,
    @Arg('keys', () => [String]) keys: string[],
    @Arg('withPrerequisites', () => Boolean, { defaultValue: false }) withPrerequisites: boolean,
    @Ctx() context: Context,
  ): Promise<GrantResultType> {
    return grantUserPermissions(context.services.deps, actorOf(context.principal, context.origin), userId, keys, withPrerequisites);
  }

  @RequiresPermission('users.permissions.grant')
  @Mutation(() => RevokeResultType)
  revokeUserPermissions(
    @Arg('userId', () => ID) userId: string,
    @Arg('keys', () => [String]) keys: string[],
    @Arg('cascade', () => Boolean, { defaultValue: false }) cascade: boolean,
    @Ctx() context: Context,
  ): Promise<RevokeResultType> {
    return revokeUserPermissions(context.services.deps, actorOf(context.principal, context.origin), userId, keys, cascade);
  }
}
