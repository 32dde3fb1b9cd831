import type { DataSource, EntityManager } from 'typeorm';
import { SkillEntity } from '../../planner/entities/skill.entity.js';
import { WorkerSkillEntity } from '../../planner/entities/worker-skill.entity.js';
import { toWorkerSkill } from '../../planner/mappers/skill.mapper.js';
import type { WorkerSkillType } from '../../planner/types/skill.type.js';
import type { Worker } from '../worker.js';

export type AssignedSkill = WorkerSkillEntity & { skill: SkillEntity };

/** Skills assigned to this worker in this tenant, each with its catalogue entry. */
export function assignedSkills(manager: EntityManager, worker: Worker) {
  return manager
    .getRepository(WorkerSkillEntity)
    .createQueryBuilder('assigned')
    .innerJoinAndMapOne('assigned.skill', SkillEntity, 'skill', 'skill.id = assigned.skill_id')
    .where('assigned.tenant_id = :tenantId AND assigned.user_id = :userId', { tenantId: worker.tenantId, userId: worker.userId });
}

/** My Skills: what a scheduler assigned, by skill name. */
export async function listSkills(dataSource: DataSource, worker: Worker): Promise<WorkerSkillType[]> {
  const rows = await assignedSkills(dataSource.manager, worker).orderBy('lower(skill.name)').getMany();
  return rows.map((row) => toWorkerSkill(row, (row as AssignedSkill).skill));
}
