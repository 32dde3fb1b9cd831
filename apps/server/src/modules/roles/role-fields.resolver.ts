import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { PermissionType } from '../access/permission.type.js';
import { PERMISSIONS_BY_KEY } from '../access/permissions-reference.js';
import { currentAccess } from '../access/queries/current-access.js';
import { RoleInheritanceGraphType } from './inheritance-graph.type.js';
import { roleInheritanceGraph } from './queries/inheritance-graph.js';
import { RoleEntity } from './role.entity.js';
import { RoleType } from './role.type.js';
import { toRoleType } from './role.mapper.js';

@Resolver(() => RoleType)
export class RoleFieldsResolver {
  @FieldResolver(() => [RoleType], { description: 'Roles this role inherits from (live ones).' })
  async parents(@Root() role: RoleType, @Ctx() context: Context): Promise<RoleType[]> {
    const parentIds = await context.loaders.roles.parentIds.load(role.id);
    const parents = await context.loaders.roles.roleById.loadMany(parentIds);
    return parents
      .filter((parent): parent is RoleEntity => parent instanceof RoleEntity && !parent.deletedAt)
      .map(toRoleType)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  @FieldResolver(() => RoleInheritanceGraphType, {
    description: 'Everything this role inherits from and everything inheriting from it, with what each link passes down.',
  })
  async inheritanceGraph(@Root() role: RoleType, @Ctx() context: Context): Promise<RoleInheritanceGraphType> {
    const access = await currentAccess(context.dataSource, context.services.accessCache, context.principal!);
    return roleInheritanceGraph(access, role, context.loaders.roles.roleById);
  }

  @FieldResolver(() => [PermissionType], { description: "The role's own permissions (inherited ones are not listed)." })
  async permissions(@Root() role: RoleType, @Ctx() context: Context): Promise<PermissionType[]> {
    const keys = await context.loaders.roles.permissionKeys.load(role.id);
    return keys.flatMap((key) => PERMISSIONS_BY_KEY.get(key) ?? []);
  }

  @FieldResolver(() => Int, { description: 'Users (not deleted) assigned to this role.' })
  usersCount(@Root() role: RoleType, @Ctx() context: Context): Promise<number> {
    return context.loaders.roles.usersCount.load(role.id);
  }
}
