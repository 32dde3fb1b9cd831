import type { DataSource, EntityManager } from 'typeorm';
import { NotFoundError } from '../../../kernel/errors.js';
import { isUuid } from '../../../kernel/ids.js';
import { UserEntity } from '../../users/user.entity.js';
import { SkillEntity } from '../entities/skill.entity.js';
import { UnavailableDayEntity } from '../entities/unavailable-day.entity.js';
import { WorkerCertificationEntity } from '../entities/worker-certification.entity.js';
import { WorkerProfileEntity } from '../entities/worker-profile.entity.js';
import { WorkerSkillEntity } from '../entities/worker-skill.entity.js';
import { localDateIn } from '@access/domain';
import { tenantTimeZone } from '../../users/time-zones.js';
import { toCertification } from '../mappers/certification.mapper.js';
import { toWorkerSkill } from '../mappers/skill.mapper.js';
import { isPlannerUser, toPlannerUser } from '../mappers/worker.mapper.js';
import { detailsOf, toCompensation, toUnavailableDay, toWorkingHours } from '../mappers/worker-profile.mapper.js';
import type { WorkerProfileType } from '../types/worker-profile.type.js';

/** A planner user's whole profile as a scheduler sees it; anyone else is "not found". */
export async function loadWorkerProfile(db: DataSource | EntityManager, tenantId: string, userId: string): Promise<WorkerProfileType> {
  if (!isUuid(userId)) throw new NotFoundError('Planner user');
  const user = await db.getRepository(UserEntity).findOneBy({ id: userId, tenantId });
  if (!user || !isPlannerUser(user)) throw new NotFoundError('Planner user');
  // Expiry and upcoming days are read on the worker's calendar, as the portal shows them to the worker.
  const today = localDateIn(user.timeZone ?? (await tenantTimeZone(db, tenantId)), new Date());
  const [profile, skills, certifications, unavailable] = await Promise.all([
    db.getRepository(WorkerProfileEntity).findOneBy({ userId }),
    db
      .getRepository(WorkerSkillEntity)
      .createQueryBuilder('assigned')
      .innerJoinAndMapOne('assigned.skill', SkillEntity, 'skill', 'skill.id = assigned.skill_id')
      .where('assigned.user_id = :userId', { userId })
      .orderBy('lower(skill.name)')
      .getMany(),
    db.getRepository(WorkerCertificationEntity).find({ where: { userId }, order: { name: 'ASC', createdAt: 'ASC' } }),
    db
      .getRepository(UnavailableDayEntity)
      .createQueryBuilder('unavailable')
      .where('unavailable.user_id = :userId AND unavailable.day >= :today', { userId, today })
      .orderBy('unavailable.day')
      .getMany(),
  ]);
  return {
    user: toPlannerUser(user),
    details: detailsOf(user, profile),
    compensation: toCompensation(profile),
    skills: skills.map((row) => toWorkerSkill(row, row.skill!)),
    certifications: certifications.map((row) => toCertification(row, today)),
    workingHours: toWorkingHours(profile),
    restrictions: profile?.restrictions ?? [],
    unavailableDays: unavailable.map(toUnavailableDay),
  };
}
