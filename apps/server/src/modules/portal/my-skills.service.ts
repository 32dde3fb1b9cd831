import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../kernel/errors.js';
import { isUuid } from '../../kernel/ids.js';
import { recordAudit } from '../audit/audit.service.js';
import { SkillEntity } from '../planner/entities/skill.entity.js';
import { WorkerSkillEntity } from '../planner/entities/worker-skill.entity.js';
import { integerBetween } from '../planner/input-checks.js';
import { toWorkerSkill } from '../planner/mappers/skill.mapper.js';
import type { WorkerSkillType } from '../planner/types/skill.type.js';
import { workerTarget, type Worker } from './worker.js';

type AssignedSkill = WorkerSkillEntity & { skill: SkillEntity };

/** My Skills: the skills a scheduler assigned, which the worker may rate themselves. */
export class MySkillsService {
  constructor(private readonly dataSource: DataSource) {}

  /** By skill name. */
  async list(worker: Worker): Promise<WorkerSkillType[]> {
    const rows = await this.assigned(this.dataSource.manager, worker).orderBy('lower(skill.name)').getMany();
    return rows.map((row) => toWorkerSkill(row, (row as AssignedSkill).skill));
  }

  rate(worker: Worker, skillId: string, rating: number): Promise<WorkerSkillType> {
    const selfRating = integerBetween('rating', rating, 1, 5);
    return this.dataSource.transaction(async (manager) => {
      if (!isUuid(skillId)) throw new NotFoundError('Skill');
      const row = (await this.assigned(manager, worker).andWhere('assigned.skill_id = :skillId', { skillId }).getOne()) as AssignedSkill | null;
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

  /** Skills assigned to this worker in this tenant, each with its catalogue entry. */
  private assigned(manager: EntityManager, worker: Worker) {
    return manager
      .getRepository(WorkerSkillEntity)
      .createQueryBuilder('assigned')
      .innerJoinAndMapOne('assigned.skill', SkillEntity, 'skill', 'skill.id = assigned.skill_id')
      .where('assigned.tenant_id = :tenantId AND assigned.user_id = :userId', { tenantId: worker.tenantId, userId: worker.userId });
  }
}
