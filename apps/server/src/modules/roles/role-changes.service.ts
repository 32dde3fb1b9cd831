import { checkRoleParents } from '@access/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import { changeTenantAccess } from '../access/access-change.js';
import { assertMayChangeRoles } from '../access/delegation-guard.js';
import { accessAfter } from '../access/tenant-access.js';
import type { Actor } from '../audit/actor.js';
import { recordAudit } from '../audit/audit.service.js';
import { assertAccessChangeKeepsAdministrator } from '../users/lockout-guard.js';
import { RoleParentEntity } from './role-parent.entity.js';
import { RoleEntity } from './role.entity.js';
import { toRoleType } from './role.mapper.js';
import type { RoleType } from './role.type.js';
import { roleInUse, roleNameTaken, roleNotDeleted, systemRoleLocked, validRoleName } from './roles.errors.js';

/** Typed for the forms: they show it next to the parents list, without reading the message. */
const parentRoleNotFound = () => new NotFoundError('Parent role', { field: 'parentIds', reason: 'PARENT_ROLE_NOT_FOUND' });

async function findRole(manager: EntityManager, tenantId: string, id: string, withDeleted = false): Promise<RoleEntity> {
  if (!isUuid(id)) throw new NotFoundError('Role');
  const role = await manager.findOne(RoleEntity, { where: { id, tenantId }, withDeleted });
  if (!role) throw new NotFoundError('Role');
  return role;
}

async function assertNameFree(manager: EntityManager, tenantId: string, name: string, exceptId?: string): Promise<void> {
  const clash: Array<{ id: string }> = await manager.query(
    'SELECT id FROM role WHERE tenant_id = $1 AND lower(name) = lower($2) AND deleted_at IS NULL',
    [tenantId, name],
  );
  if (clash.some((row) => row.id !== exceptId)) throw roleNameTaken(name);
}

/** Creating, renaming, re-parenting, deleting and restoring roles; each change audited in its transaction. */
export class RoleChangesService {
  constructor(private readonly dataSource: DataSource) {}

  create(actor: Actor, input: { name: string; parentIds?: string[] | null }): Promise<RoleType> {
    const name = validRoleName(input.name);
    return changeTenantAccess(this.dataSource, actor, async ({ manager, access }) => {
      await assertNameFree(manager, actor.tenantId, name);
      const role = await manager.save(manager.create(RoleEntity, { tenantId: actor.tenantId, name, isSystem: false }));
      const parents = this.checkParents(access.model.graph, role.id, input.parentIds ?? []);
      const after = accessAfter(access, { roles: (roles) => [...roles, { id: role.id, name, parentIds: parents, permissions: [] }] });
      await assertMayChangeRoles(manager, actor, access, after.model);
      if (parents.length > 0) await manager.insert(RoleParentEntity, parents.map((parentRoleId) => ({ roleId: role.id, parentRoleId })));
      await recordAudit(manager, actor, {
        action: 'role.create',
        targetType: 'role',
        targetId: role.id,
        targetLabel: name,
        after: { name, parentIds: parents },
      });
      return toRoleType(role);
    });
  }

  rename(actor: Actor, id: string, rawName: string): Promise<RoleType> {
    const name = validRoleName(rawName);
    return changeTenantAccess(this.dataSource, actor, async ({ manager }) => {
      const role = await findRole(manager, actor.tenantId, id);
      if (role.isSystem) throw systemRoleLocked(role.name, 'renamed');
      if (role.name === name) return toRoleType(role);
      await assertNameFree(manager, actor.tenantId, name, role.id);
      const before = role.name;
      role.name = name;
      await manager.save(role);
      await recordAudit(manager, actor, {
        action: 'role.rename',
        targetType: 'role',
        targetId: role.id,
        targetLabel: name,
        before: { name: before },
        after: { name },
      });
      return toRoleType(role);
    });
  }

  setParents(actor: Actor, id: string, parentIds: string[]): Promise<RoleType> {
    return changeTenantAccess(this.dataSource, actor, async ({ manager, access }) => {
      const role = await findRole(manager, actor.tenantId, id);
      const parents = this.checkParents(access.model.graph, role.id, parentIds);
      const before = access.model.graph.get(role.id)?.parentIds ?? [];
      const after = accessAfter(access, { roles: (roles) => roles.map((other) => (other.id === role.id ? { ...other, parentIds: parents } : other)) });
      await assertMayChangeRoles(manager, actor, access, after.model);
      await assertAccessChangeKeepsAdministrator(manager, access, after, 'Changing the parents of this role');
      await manager.delete(RoleParentEntity, { roleId: role.id });
      if (parents.length > 0) await manager.insert(RoleParentEntity, parents.map((parentRoleId) => ({ roleId: role.id, parentRoleId })));
      await recordAudit(manager, actor, {
        action: 'role.set_parents',
        targetType: 'role',
        targetId: role.id,
        targetLabel: role.name,
        before: { parentIds: [...before] },
        after: { parentIds: parents },
      });
      return toRoleType(role);
    });
  }

  delete(actor: Actor, id: string): Promise<RoleType> {
    return changeTenantAccess(this.dataSource, actor, async ({ manager, access }) => {
      const role = await findRole(manager, actor.tenantId, id);
      if (role.isSystem) throw systemRoleLocked(role.name, 'deleted');
      const [users]: Array<{ count: string | number }> = await manager.query(
        'SELECT count(*) AS count FROM user_account WHERE role_id = $1 AND deleted_at IS NULL',
        [role.id],
      );
      const usersCount = Number(users?.count ?? 0);
      if (usersCount > 0) throw roleInUse(role.name, usersCount);
      const children = access.model.graph.roles.filter((other) => other.parentIds.includes(role.id)).map((child) => child.name);
      const after = accessAfter(access, {
        roles: (roles) => roles.filter((other) => other.id !== role.id).map((other) => ({ ...other, parentIds: other.parentIds.filter((id) => id !== role.id) })),
      });
      await assertAccessChangeKeepsAdministrator(manager, access, after, 'Deleting this role');
      await manager.softDelete(RoleEntity, { id: role.id });
      const deleted = await findRole(manager, actor.tenantId, id, true);
      await recordAudit(manager, actor, {
        action: 'role.delete',
        targetType: 'role',
        targetId: role.id,
        targetLabel: role.name,
        before: { name: role.name, deletedAt: null, inheritedBy: children },
        after: { deletedAt: deleted.deletedAt?.toISOString() ?? null },
      });
      return toRoleType(deleted);
    });
  }

  restore(actor: Actor, id: string): Promise<RoleType> {
    return changeTenantAccess(this.dataSource, actor, async ({ manager }) => {
      const role = await findRole(manager, actor.tenantId, id, true);
      if (!role.deletedAt) throw roleNotDeleted(role.name);
      await assertNameFree(manager, actor.tenantId, role.name);
      const deletedAt = role.deletedAt;
      await manager.restore(RoleEntity, { id: role.id });
      await recordAudit(manager, actor, {
        action: 'role.restore',
        targetType: 'role',
        targetId: role.id,
        targetLabel: role.name,
        before: { deletedAt: deletedAt.toISOString() },
        after: { deletedAt: null },
      });
      return toRoleType(await findRole(manager, actor.tenantId, id));
    });
  }

  private checkParents(graph: Parameters<typeof checkRoleParents>[0], roleId: string, parentIds: string[]): string[] {
    if (parentIds.some((parentId) => !isUuid(parentId))) throw parentRoleNotFound();
    const result = checkRoleParents(graph, roleId, parentIds);
    if (result.ok) return [...result.parentIds];
    if (result.error.code === 'UNKNOWN_ROLE') throw parentRoleNotFound();
    throw new BadUserInputError('parentIds', result.error.message, { reason: 'ROLE_CYCLE', cycle: [...result.error.cycle] });
  }
}
