import type { DataSource, EntityManager } from 'typeorm';
import { SkillEntity } from '../entities/skill.entity.js';
import { toSkill } from '../mappers/skill.mapper.js';
import type { SkillType } from '../types/skill.type.js';
import { findTenantRow } from '../records.js';

export async function listSkills(db: DataSource | EntityManager, tenantId: string): Promise<SkillType[]> {
  const rows = await db.getRepository(SkillEntity).createQueryBuilder('skill').where('skill.tenant_id = :tenantId', { tenantId }).orderBy('lower(skill.name)').getMany();
  return rows.map(toSkill);
}

export async function getSkill(db: DataSource | EntityManager, tenantId: string, id: string): Promise<SkillType> {
  return toSkill(await findTenantRow(db, SkillEntity, 'Skill', tenantId, id));
}
