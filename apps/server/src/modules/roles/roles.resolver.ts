import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { requireTenant, seesDeleted } from '../auth/principal.js';
import { RequiresPermission, RequiresSuperAdmin } from '../../graphql/directives.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { actorOf } from '../audit/actor.js';
import { currentAccess } from '../access/queries/current-access.js';
import { CreateRoleInput, RoleFilterInput } from './dto/role.inputs.js';
import { PermissionMatrixType } from './permission-matrix.type.js';
import { permissionMatrix } from './queries/permission-matrix.js';
import { getRole, listRoles } from './queries/roles.js';
import { RoleType } from './role.type.js';
import { createRole } from './use-cases/create-role.js';
import { deleteRole, restoreRole } from './use-cases/delete-role.js';
import { renameRole } from './use-cases/rename-role.js';
import { setRoleParents } from './use-cases/set-role-parents.js';

@Resolver()
export class RolesResolver {
  @RequiresPermission('roles.read')
  @Query(() => [RoleType], { description: "The tenant's roles by name; deleted ones only for a super admin in the tenant." })
  roles(@Arg('filter', () => RoleFilterInput, { nullable: true }) filter: RoleFilterInput | null, @Ctx() context: Context): Promise<RoleType[]> {
    if (filter?.includeDeleted && !seesDeleted(context.principal)) {
      throw new ForbiddenError('Only a super admin in Super Admin Active mode sees deleted roles');
    }
    return listRoles(context.dataSource, requireTenant(context.principal), { search: filter?.search, includeDeleted: !!filter?.includeDeleted });
  }

  @RequiresPermission('roles.read')
  @Query(() => RoleType)
  role(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<RoleType> {
    return getRole(context.dataSource, requireTenant(context.principal), id, { includeDeleted: seesDeleted(context.principal) });
  }

  @RequiresPermission('roles.read')
  @Query(() => PermissionMatrixType, { description: 'The Permissions Manager grid: every live role, or only `roleIds` (in that order).' })
  async permissionMatrix(
    @Arg('roleIds', () => [ID], { nullable: true }) roleIds: string[] | null,
    @Ctx() context: Context,
  ): Promise<PermissionMatrixType> {
    return permissionMatrix(context.dataSource, await currentAccess(context.dataSource, context.services.accessCache, context.principal!), roleIds);
  }

  @RequiresPermission('roles.manage')
  @Mutation(() => RoleType)
  createRole(@Arg('input', () => CreateRoleInput) input: CreateRoleInput, @Ctx() context: Context): Promise<RoleType> {
    return createRole(context.services.deps, actorOf(context.principal, context.origin), input);
  }

  @RequiresPermission('roles.manage')
  @Mutation(() => RoleType)
  renameRole(@Arg('id', () => ID) id: string, @Arg('name', () => String) name: string, @Ctx() context: Context): Promise<RoleType> {
    return renameRole(context.services.deps, actorOf(context.principal, context.origin), id, name);
  }

  @RequiresPermission('roles.manage')
  @Mutation(() => RoleType, { description: 'Replaces the roles this role inherits from; a cycle is refused and spelled out.' })
  setRoleParents(
    @Arg('id', () => ID) id: string,
    @Arg('parentIds', () => [ID]) parentIds: string[],
    @Ctx() context: Context,
  ): Promise<RoleType> {
    return setRoleParents(context.services.deps, actorOf(context.principal, context.origin), id, parentIds);
  }

  @RequiresPermission('roles.delete')
  @Mutation(() => RoleType, { description: 'Soft delete; refused while users are on the role and for system roles.' })
  deleteRole(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<RoleType> {
    return deleteRole(context.services.deps, actorOf(context.principal, context.origin), id);
  }

  @RequiresSuperAdmin({ inTenant: true })
  @Mutation(() => RoleType, { description: 'Brings a deleted role back (Super Admin Active mode only).' })
  restoreRole(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<RoleType> {
    return restoreRole(context.services.deps, actorOf(context.principal, context.origin), id);
  }
}
