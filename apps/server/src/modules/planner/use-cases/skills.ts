import type { EntityManager } from 'typeorm';
import { BadUserInputError, NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import type { Actor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/audit.service.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { SkillEntity } from '../entities/skill.entity.js';
import { WorkerSkillEntity } from '../entities/worker-skill.entity.js';
import { integerBetween, requiredText } from '../input-checks.js';
import { auditWorkerChange, lockPlannerUser } from '../records.js';

export function createSkill(deps: UseCaseDeps, actor: Actor, rawName: string): Promise<string> {
  const name = requiredText('name', rawName, 100);
  return deps.dataSource.transaction(async (manager) => {
    const [existing] = await manager.query<Array<{ name: string }>>('SELECT name FROM skill WHERE tenant_id = $1 AND lower(name) = lower($2)', [
      actor.tenantId,
      name,
    ]);
    if (existing) throw new BadUserInputError('name', `The skill "${existing.name}" already exists`, { reason: 'SKILL_EXISTS' });
    const skill = await manager.save(manager.create(SkillEntity, { tenantId: actor.tenantId, name }));
    await recordAudit(manager, actor, { action: 'planner.skill.create', targetType: 'skill', targetId: skill.id, targetLabel: name, after: { name } });
    return skill.id;
  });
}

async function skillOf(manager: EntityManager, tenantId: string, skillId: string): Promise<SkillEntity> {
  if (!isUuid(skillId)) throw new NotFoundError('Skill');
  const skill = await manager.findOneBy(SkillEntity, { id: skillId, tenantId });
  if (!skill) throw new NotFoundError('Skill');
  return skill;
}

/** Assigns a skill or changes its level; the worker's own rating is kept. */
export function assignSkill(deps: UseCaseDeps, actor: Actor, userId: string, skillId: string, rawLevel: number): Promise<string> {
  const level = integerBetween('level', rawLevel, 1, 5);
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockPlannerUser(manager, actor.tenantId, userId);
    const skill = await skillOf(manager, actor.tenantId, skillId);
    const existing = await manager.findOneBy(WorkerSkillEntity, { userId: user.id, skillId: skill.id });
    if (existing?.level === level) return user.id;
    await manager.save(
      existing ? Object.assign(existing, { level }) : manager.create(WorkerSkillEntity, { userId: user.id, skillId: skill.id, tenantId: actor.tenantId, level }),
    );
    await auditWorkerChange(manager, actor, 'planner.skill.assign', user, existing ? { skill: skill.name, level: existing.level } : null, {
      skill: skill.name,
      level,
    });
    return user.id;
  });
}

export function removeSkill(deps: UseCaseDeps, actor: Actor, userId: string, skillId: string): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockPlannerUser(manager, actor.tenantId, userId);
    const skill = await skillOf(manager, actor.tenantId, skillId);
    const existing = await manager.findOneBy(WorkerSkillEntity, { userId: user.id, skillId: skill.id });
    if (!existing) throw new NotFoundError('Skill assignment');
    await manager.delete(WorkerSkillEntity, { userId: user.id, skillId: skill.id });
    await auditWorkerChange(manager, actor, 'planner.skill.remove', user, { skill: skill.name, level: existing.level }, null);
    return user.id;
  });
}
