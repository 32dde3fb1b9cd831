import type { SkillEntity } from '../entities/skill.entity.js';
import type { WorkerSkillEntity } from '../entities/worker-skill.entity.js';
import type { SkillType, WorkerSkillType } from '../types/skill.type.js';

export function toSkill(skill: Pick<SkillEntity, 'id' | 'name'>): SkillType {
  return { id: skill.id, name: skill.name };
}

export function toWorkerSkill(row: WorkerSkillEntity, skill: SkillEntity): WorkerSkillType {
  return { skill: toSkill(skill), level: row.level, selfRating: row.selfRating, selfRatedAt: row.selfRatedAt };
}
