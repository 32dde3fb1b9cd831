import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { recordAudit } from '../../audit/audit.service.js';
import { WorkerSkillEntity } from '../../planner/entities/worker-skill.entity.js';
import { integerBetween } from '../../planner/input-checks.js';
import { toWorkerSkill } from '../../planner/mappers/skill.mapper.js';
import type { WorkerSkillType } from '../../planner/types/skill.type.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import { assignedSkills, type AssignedSkill } from '../queries/skills.js';
import { workerTarget, type Worker } from '../worker.js';

/** The worker's own rating of a skill a scheduler assigned them. */
export function rateSkill(deps: UseCaseDeps, worker: Worker, skillId: string, rating: number): Promise<WorkerSkillType> {
  const selfRating = integerBetween('rating', rating, 1, 5);
  return deps.dataSource.transaction(async (manager) => {
    if (!isUuid(skillId)) throw new NotFoundError('Skill');
    const row = (await assignedSkills(manager, worker).andWhere('assigned.skill_id = :skillId', { skillId }).getOne()) as AssignedSkill | null;
    if (!row) throw new NotFoundError('Skill');
    const before = row.selfRating;
    row.selfRating = selfRating;
    row.selfRatedAt = new Date();
    await manager.update(WorkerSkillEntity, { userId: row.userId, skillId: row.skillId }, { selfRating: row.selfRating, selfRatedAt: row.selfRatedAt });
    await recordAudit(manager, worker.actor, {
      action: 'portal.skill.self_rate',
      ...workerTarget(worker),
      before: { skillId: row.skillId, skill: row.skill.name, selfRating: before },
      after: { skillId: row.skillId, skill: row.skill.name, selfRating },
    });
    return toWorkerSkill(row, row.skill);
  });
}
