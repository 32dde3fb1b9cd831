import { BadUserInputError } from '../../../kernel/errors.js';
import type { Actor } from '../../audit/actor.js';
import type { UseCaseDeps } from '../../use-case-deps.js';
import type { CompensationInput, WorkingHoursInput } from '../dto/worker-profile.inputs.js';
import type { WorkerProfileEntity, WorkingDayValue } from '../entities/worker-profile.entity.js';
import { auditWorkerChange, lockPlannerUser, profileOf } from '../records.js';
import { toCompensation, toWorkingHours } from '../mappers/worker-profile.mapper.js';

const RATE = /^\d{1,10}(\.\d{1,2})?$/;
const CURRENCY = /^[A-Z]{3}$/;
const TIME_OF_DAY = /^([01]\d|2[0-3]):[0-5]\d$/;
const MAX_RESTRICTIONS = 20;

type ProfileChange = (profile: WorkerProfileEntity) => { before: Record<string, unknown>; after: Record<string, unknown> };

/** Lock the worker, change their profile row (created on first write), audit; one transaction. */
function changeProfile(deps: UseCaseDeps, actor: Actor, userId: string, action: string, change: ProfileChange): Promise<string> {
  return deps.dataSource.transaction(async (manager) => {
    const user = await lockPlannerUser(manager, actor.tenantId, userId);
    const profile = await profileOf(manager, user);
    const { before, after } = change(profile);
    await manager.save(profile);
    await auditWorkerChange(manager, actor, action, user, before, after);
    return user.id;
  });
}

function hoursPerWeek(field: string, value: number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!Number.isFinite(value) || value < 0 || value > 168) throw new BadUserInputError(field, 'Use a number of hours from 0 to 168');
  return value.toFixed(2);
}

function workingDays(days: WorkingHoursInput['days']): WorkingDayValue[] {
  const checked = days.map((day, index) => {
    if (!Number.isInteger(day.weekday) || day.weekday < 1 || day.weekday > 7) {
      throw new BadUserInputError(`days.${index}.weekday`, 'Use 1 (Monday) to 7 (Sunday)');
    }
    if (!TIME_OF_DAY.test(day.start)) throw new BadUserInputError(`days.${index}.start`, 'Give a time like 08:30');
    if (!TIME_OF_DAY.test(day.end)) throw new BadUserInputError(`days.${index}.end`, 'Give a time like 17:00');
    if (day.end <= day.start) throw new BadUserInputError(`days.${index}.end`, 'The end must be after the start');
    return { weekday: day.weekday, start: day.start, end: day.end, index };
  });
  for (const day of checked) {
    const overlap = checked.find((other) => other.index < day.index && other.weekday === day.weekday && other.start < day.end && day.start < other.end);
    if (overlap) throw new BadUserInputError(`days.${day.index}.start`, `This overlaps ${overlap.start}-${overlap.end} on the same day`);
  }
  return checked
    .map(({ weekday, start, end }) => ({ weekday, start, end }))
    .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start));
}

export function setCompensation(deps: UseCaseDeps, actor: Actor, userId: string, input: CompensationInput): Promise<string> {
  const rate = input.rate.trim();
  if (!RATE.test(rate)) throw new BadUserInputError('rate', 'Give an amount like 18.50');
  const currency = input.currency.trim().toUpperCase();
  if (!CURRENCY.test(currency)) throw new BadUserInputError('currency', 'Give a three-letter ISO 4217 code like EUR');
  return changeProfile(deps, actor, userId, 'planner.compensation.set', (profile) => {
    const before = toCompensation(profile);
    profile.payType = input.payType;
    profile.payRate = Number(rate).toFixed(2);
    profile.payCurrency = currency;
    return { before: { compensation: before }, after: { compensation: toCompensation(profile) } };
  });
}

export function setWorkingHours(deps: UseCaseDeps, actor: Actor, userId: string, input: WorkingHoursInput): Promise<string> {
  const contracted = hoursPerWeek('contractedHoursPerWeek', input.contractedHoursPerWeek);
  const max = hoursPerWeek('maxHoursPerWeek', input.maxHoursPerWeek);
  if (contracted !== null && max !== null && Number(contracted) > Number(max)) {
    throw new BadUserInputError('maxHoursPerWeek', 'The maximum cannot be below the contracted hours');
  }
  const days = workingDays(input.days);
  return changeProfile(deps, actor, userId, 'planner.working_hours.set', (profile) => {
    const before = toWorkingHours(profile);
    profile.contractedHoursPerWeek = contracted;
    profile.maxHoursPerWeek = max;
    profile.workingDays = days;
    return { before: { ...before }, after: { ...toWorkingHours(profile) } };
  });
}

/** Blank entries are dropped and repeats kept once, so the list reads cleanly on the profile. */
export function setRestrictions(deps: UseCaseDeps, actor: Actor, userId: string, restrictions: string[]): Promise<string> {
  const cleaned = [...new Set(restrictions.map((text) => text.trim()).filter((text) => text.length > 0))];
  if (cleaned.length > MAX_RESTRICTIONS) throw new BadUserInputError('restrictions', `Keep to ${MAX_RESTRICTIONS} restrictions at most`);
  const tooLong = cleaned.findIndex((text) => text.length > 200);
  if (tooLong >= 0) throw new BadUserInputError(`restrictions.${tooLong}`, 'Keep each restriction within 200 characters');
  return changeProfile(deps, actor, userId, 'planner.restrictions.set', (profile) => {
    const before = profile.restrictions;
    profile.restrictions = cleaned;
    return { before: { restrictions: before }, after: { restrictions: cleaned } };
  });
}
