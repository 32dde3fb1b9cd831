import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { NotFoundError } from '../../kernel/errors.js';
import { UserEntity } from '../users/user.entity.js';
import { CertificationProofEntity } from './entities/certification-proof.entity.js';
import { ShiftOfferEntity } from './entities/shift-offer.entity.js';
import { ShiftEntity } from './entities/shift.entity.js';
import { SkillEntity } from './entities/skill.entity.js';
import { toCertificationProof } from './mappers/certification.mapper.js';
import { toShift, toShiftOffer } from './mappers/shift.mapper.js';
import { toSkill } from './mappers/skill.mapper.js';
import { toPlannerUser } from './mappers/worker.mapper.js';
import type { CertificationProofType } from './types/certification.type.js';
import type { ShiftOfferType, ShiftType } from './types/shift.type.js';
import type { SkillType } from './types/skill.type.js';
import type { PlannerUserType } from './types/worker.type.js';

function byKey<T>(keys: readonly string[], rows: T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((id) => [id, []]));
  for (const row of rows) groups.get(key(row))?.push(row);
  return keys.map((id) => groups.get(id) ?? []);
}

/**
 * Per-request batching for planner fields that live in other rows, so lists (shifts with their
 * offers and workers, reports, reviews) cost one statement per field, not one per item. Every
 * loader is scoped to the acting tenant.
 */
export function createPlannerLoaders(dataSource: DataSource, tenantId: string | null) {
  /** Without an acting tenant nothing is visible: each key gets `none`. */
  const inTenant =
    <V>(none: () => V, load: (ids: string[], tenantId: string) => Promise<V[]>) =>
    async (ids: readonly string[]): Promise<V[]> =>
      tenantId ? load([...ids], tenantId) : ids.map(none);
  return {
    /** Deleted users too: an old offer or report still names its worker. */
    plannerUserById: new DataLoader<string, PlannerUserType | null>(
      inTenant(() => null, async (ids, tenant) => {
        const users = await dataSource
          .getRepository(UserEntity)
          .createQueryBuilder('user')
          .withDeleted()
          .where('user.tenant_id = :tenant AND user.id = ANY(:ids)', { tenant, ids })
          .getMany();
        const found = new Map(users.map((user) => [user.id, toPlannerUser(user)]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    ),
    skillById: new DataLoader<string, SkillType | null>(
      inTenant(() => null, async (ids, tenant) => {
        const skills = await dataSource
          .getRepository(SkillEntity)
          .createQueryBuilder('skill')
          .where('skill.tenant_id = :tenant AND skill.id = ANY(:ids)', { tenant, ids })
          .getMany();
        const found = new Map(skills.map((skill) => [skill.id, toSkill(skill)]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    ),
    shiftById: new DataLoader<string, ShiftType | null>(
      inTenant(() => null, async (ids, tenant) => {
        const shifts = await dataSource
          .getRepository(ShiftEntity)
          .createQueryBuilder('shift')
          .where('shift.tenant_id = :tenant AND shift.id = ANY(:ids)', { tenant, ids })
          .getMany();
        const found = new Map(shifts.map((shift) => [shift.id, toShift(shift)]));
        return ids.map((id) => found.get(id) ?? null);
      }),
    ),
    /** Offers of each shift, in the order they were made. */
    offersByShift: new DataLoader<string, ShiftOfferType[]>(
      inTenant((): ShiftOfferType[] => [], async (ids, tenant) => {
        const offers = await dataSource
          .getRepository(ShiftOfferEntity)
          .createQueryBuilder('offer')
          .where('offer.tenant_id = :tenant AND offer.shift_id = ANY(:ids)', { tenant, ids })
          .orderBy('offer.offered_at', 'ASC')
          .addOrderBy('offer.id', 'ASC')
          .getMany();
        return byKey(ids, offers, (offer) => offer.shiftId).map((list) => list.map(toShiftOffer));
      }),
    ),
    /** Proofs of each certification, newest first. */
    proofsByCertification: new DataLoader<string, CertificationProofType[]>(
      inTenant((): CertificationProofType[] => [], async (ids, tenant) => {
        const proofs = await dataSource
          .getRepository(CertificationProofEntity)
          .createQueryBuilder('proof')
          .where('proof.tenant_id = :tenant AND proof.certification_id = ANY(:ids)', { tenant, ids })
          .orderBy('proof.uploaded_at', 'DESC')
          .addOrderBy('proof.id', 'DESC')
          .getMany();
        return byKey(ids, proofs, (proof) => proof.certificationId).map((list) => list.map(toCertificationProof));
      }),
    ),
  };
}

export type PlannerLoaders = ReturnType<typeof createPlannerLoaders>;

/** The worker a planner row belongs to; a row always has one in its own tenant. */
export async function workerOf(loaders: PlannerLoaders, userId: string): Promise<PlannerUserType> {
  const worker = await loaders.plannerUserById.load(userId);
  if (!worker) throw new NotFoundError('Planner user');
  return worker;
}
