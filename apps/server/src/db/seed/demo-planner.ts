import { SYSTEM_ROLES } from '@access/domain';
import type { EntityManager } from 'typeorm';
import { ShiftOfferEntity, type OfferStatusValue } from '../../modules/planner/entities/shift-offer.entity.js';
import { ShiftEntity } from '../../modules/planner/entities/shift.entity.js';
import { SkillEntity } from '../../modules/planner/entities/skill.entity.js';
import { TimeOffRequestEntity } from '../../modules/planner/entities/time-off-request.entity.js';
import { WorkerCertificationEntity, type CertificationStatusValue } from '../../modules/planner/entities/worker-certification.entity.js';
import { WorkerProfileEntity } from '../../modules/planner/entities/worker-profile.entity.js';
import { WorkerSkillEntity } from '../../modules/planner/entities/worker-skill.entity.js';
import { addDays, todayLocalDate } from '../../modules/planner/local-date.js';

const SKILLS = ['Forklift', 'First aid', 'Electrical'] as const;
type DemoSkill = (typeof SKILLS)[number];

/** The demo worker everyone signs in as, and the shifts, offers and requests the portal shows her. */
const MARIA = 'maria.lopez';

interface DemoShift {
  title: string;
  /** Days from the seeding day; the shift's times are UTC. */
  day: number;
  start: string;
  hours: number;
  location: string;
  skill: DemoSkill | null;
  /** Offers by worker: MARIA, or 'colleague' for the first other demo worker. */
  offers: Array<{ to: 'maria' | 'colleague'; status: OfferStatusValue }>;
}

const SHIFTS: readonly DemoShift[] = [
  { title: 'Warehouse loading', day: 1, start: '07:00', hours: 8, location: 'Rotterdam, Dock 4', skill: null, offers: [{ to: 'maria', status: 'ACCEPTED' }] },
  { title: 'Forklift cover', day: 2, start: '09:00', hours: 8, location: 'Rotterdam, Yard', skill: 'Forklift', offers: [{ to: 'maria', status: 'OFFERED' }] },
  {
    title: 'Electrical inspection',
    day: 3,
    start: '08:00',
    hours: 4,
    location: 'Lyon, Plant B',
    skill: 'Electrical',
    offers: [{ to: 'colleague', status: 'OFFERED' }],
  },
  // Ended and accepted without a report, so After-Shift Reports has one waiting.
  { title: 'Inventory count', day: -2, start: '08:00', hours: 8, location: 'Rotterdam, Dock 4', skill: null, offers: [{ to: 'maria', status: 'ACCEPTED' }] },
];

interface DemoWorker {
  id: string;
  skills: Array<[DemoSkill, number]>;
}

async function ensureSkills(manager: EntityManager, tenantId: string): Promise<Map<DemoSkill, string>> {
  const ids = new Map<DemoSkill, string>();
  for (const name of SKILLS) {
    const [existing] = await manager.query<Array<{ id: string }>>('SELECT id FROM skill WHERE tenant_id = $1 AND lower(name) = lower($2)', [tenantId, name]);
    ids.set(name, existing?.id ?? (await manager.save(manager.create(SkillEntity, { tenantId, name }))).id);
  }
  return ids;
}

/** Maria plus up to two other active Worker-role demo users; all become planner users with portal access. */
async function demoWorkers(manager: EntityManager, tenantId: string): Promise<{ maria: DemoWorker; colleagues: DemoWorker[] } | null> {
  const rows = await manager.query<Array<{ id: string; username: string }>>(
    `SELECT u.id, u.username FROM user_account u JOIN role r ON r.id = u.role_id
      WHERE u.tenant_id = $1 AND u.deleted_at IS NULL AND u.is_active AND NOT u.hold_invite AND r.name = $3 AND r.is_system
      ORDER BY u.username = $2 DESC, u.username LIMIT 3`,
    [tenantId, MARIA, SYSTEM_ROLES.worker.name],
  );
  const [maria, ...others] = rows;
  if (maria?.username !== MARIA) return null;
  await manager.query(
    'UPDATE user_account SET external_planner_access = true, portal_access = true WHERE id = ANY($1) AND NOT (external_planner_access AND portal_access)',
    [rows.map((row) => row.id)],
  );
  const colleagueSkills: Array<Array<[DemoSkill, number]>> = [
    [
      ['Electrical', 4],
      ['First aid', 2],
    ],
    [['Forklift', 3]],
  ];
  return {
    maria: {
      id: maria.id,
      skills: [
        ['Forklift', 4],
        ['First aid', 3],
      ],
    },
    colleagues: others.map((row, index) => ({ id: row.id, skills: colleagueSkills[index] ?? [] })),
  };
}

async function ensureWorkerSkills(manager: EntityManager, tenantId: string, worker: DemoWorker, skills: Map<DemoSkill, string>): Promise<void> {
  for (const [name, level] of worker.skills) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(WorkerSkillEntity)
      .values({ userId: worker.id, skillId: skills.get(name)!, tenantId, level })
      .orIgnore()
      .execute();
  }
}

async function ensureCertification(
  manager: EntityManager,
  tenantId: string,
  userId: string,
  name: string,
  status: CertificationStatusValue,
  expiresOn: string | null,
): Promise<void> {
  if (await manager.existsBy(WorkerCertificationEntity, { userId, name })) return;
  const reviewed = status === 'APPROVED' ? { reviewedAt: new Date(), reviewNote: 'Checked the original card' } : {};
  await manager.save(manager.create(WorkerCertificationEntity, { tenantId, userId, name, status, expiresOn, ...reviewed }));
}

async function ensureMariaProfile(manager: EntityManager, tenantId: string, userId: string): Promise<void> {
  if (await manager.existsBy(WorkerProfileEntity, { userId })) return;
  await manager.save(
    manager.create(WorkerProfileEntity, {
      userId,
      tenantId,
      address: 'Wijnhaven 12, 3011 WR Rotterdam',
      emergencyContactName: 'Carlos Lopez',
      emergencyContactPhone: '+31 6 1234 5678',
      payType: 'HOURLY',
      payRate: '18.50',
      payCurrency: 'EUR',
      contractedHoursPerWeek: '32.00',
      maxHoursPerWeek: '40.00',
      workingDays: [1, 2, 3, 4].map((weekday) => ({ weekday, start: '07:00', end: '15:00' })),
      restrictions: ['No night shifts'],
    }),
  );
}

async function ensureShifts(manager: EntityManager, tenantId: string, workers: { maria: DemoWorker; colleagues: DemoWorker[] }, skills: Map<DemoSkill, string>): Promise<void> {
  const today = todayLocalDate();
  for (const spec of SHIFTS) {
    if (await manager.existsBy(ShiftEntity, { tenantId, title: spec.title })) continue;
    const startsAt = new Date(`${addDays(today, spec.day)}T${spec.start}:00Z`);
    const shift = await manager.save(
      manager.create(ShiftEntity, {
        tenantId,
        title: spec.title,
        startsAt,
        endsAt: new Date(startsAt.getTime() + spec.hours * 3_600_000),
        location: spec.location,
        requiredSkillId: spec.skill ? skills.get(spec.skill)! : null,
        headcount: 2,
        notes: 'Report to the shift lead at the gate.',
      }),
    );
    for (const offer of spec.offers) {
      const worker = offer.to === 'maria' ? workers.maria : workers.colleagues[0];
      if (!worker) continue;
      const offeredAt = new Date(Math.min(Date.now(), startsAt.getTime()) - 2 * 86_400_000);
      await manager.insert(ShiftOfferEntity, {
        tenantId,
        shiftId: shift.id,
        userId: worker.id,
        status: offer.status,
        offeredAt,
        respondedAt: offer.status === 'OFFERED' ? null : new Date(offeredAt.getTime() + 3_600_000),
      });
    }
  }
}

async function ensureTimeOff(manager: EntityManager, tenantId: string, userId: string): Promise<void> {
  const reason = 'Family visit';
  if (await manager.existsBy(TimeOffRequestEntity, { userId, reason })) return;
  const start = addDays(todayLocalDate(), 14);
  await manager.insert(TimeOffRequestEntity, { tenantId, userId, startDate: start, endDate: addDays(start, 2), reason, status: 'PENDING' });
}

/**
 * Planner demo data for the demo tenant: skills, Maria's profile, skills and certifications, a few
 * shifts around today with offers, and a time-off request. Re-runnable: rows are keyed by stable
 * names and titles, so a second run adds nothing. Does nothing if the demo workers are missing.
 */
export async function seedDemoPlanner(manager: EntityManager, tenantId: string): Promise<void> {
  const workers = await demoWorkers(manager, tenantId);
  if (!workers) return;
  const skills = await ensureSkills(manager, tenantId);
  for (const worker of [workers.maria, ...workers.colleagues]) await ensureWorkerSkills(manager, tenantId, worker, skills);
  await ensureMariaProfile(manager, tenantId, workers.maria.id);
  await ensureCertification(manager, tenantId, workers.maria.id, 'Forklift licence', 'APPROVED', addDays(todayLocalDate(), 365));
  await ensureCertification(manager, tenantId, workers.maria.id, 'First aid certificate', 'AWAITING_PROOF', null);
  const electrician = workers.colleagues[0];
  if (electrician) await ensureCertification(manager, tenantId, electrician.id, 'Electrical safety (NEN 3140)', 'APPROVED', addDays(todayLocalDate(), 200));
  await ensureShifts(manager, tenantId, workers, skills);
  await ensureTimeOff(manager, tenantId, workers.maria.id);
}
