import type { Actor } from '../audit/actor.js';
import type { UseCaseDeps } from '../use-case-deps.js';
import type { AddExternalPlannerUserInput } from './dto/planner-user.inputs.js';
import type { CreateShiftInput } from './dto/shift.inputs.js';
import type { CompensationInput, WorkerDetailsInput, WorkingHoursInput } from './dto/worker-profile.inputs.js';
import { activateAndInvite } from './use-cases/activate-and-invite.js';
import { addExternalPlannerUser } from './use-cases/add-external-planner-user.js';
import { approveCertification, assignCertification, rejectCertification, removeCertification } from './use-cases/certifications.js';
import { offerShift, withdrawShiftOffer } from './use-cases/offers.js';
import { reviewAfterShiftReport } from './use-cases/reviews.js';
import { cancelShift, createShift } from './use-cases/shifts.js';
import { assignSkill, createSkill, removeSkill } from './use-cases/skills.js';
import { approveTimeOff, rejectTimeOff } from './use-cases/time-off.js';
import { updateWorkerDetails } from './use-cases/worker-details.js';
import { setCompensation, setRestrictions, setWorkingHours } from './use-cases/worker-terms.js';

/** The Planner module's admin use cases, one file each, bound to their dependencies. Each returns an id to read back. */
export class PlannerAdminService {
  constructor(private readonly deps: UseCaseDeps) {}

  addExternalPlannerUser = (actor: Actor, input: AddExternalPlannerUserInput) => addExternalPlannerUser(this.deps, actor, input);
  activateAndInvite = (actor: Actor, userId: string) => activateAndInvite(this.deps, actor, userId);
  updateWorkerDetails = (actor: Actor, userId: string, input: WorkerDetailsInput) => updateWorkerDetails(this.deps, actor, userId, input);
  setCompensation = (actor: Actor, userId: string, input: CompensationInput) => setCompensation(this.deps, actor, userId, input);
  setWorkingHours = (actor: Actor, userId: string, input: WorkingHoursInput) => setWorkingHours(this.deps, actor, userId, input);
  setRestrictions = (actor: Actor, userId: string, restrictions: string[]) => setRestrictions(this.deps, actor, userId, restrictions);
  createSkill = (actor: Actor, name: string) => createSkill(this.deps, actor, name);
  assignSkill = (actor: Actor, userId: string, skillId: string, level: number) => assignSkill(this.deps, actor, userId, skillId, level);
  removeSkill = (actor: Actor, userId: string, skillId: string) => removeSkill(this.deps, actor, userId, skillId);
  assignCertification = (actor: Actor, userId: string, name: string, expiresOn: string | null | undefined) =>
    assignCertification(this.deps, actor, userId, name, expiresOn);
  removeCertification = (actor: Actor, id: string) => removeCertification(this.deps, actor, id);
  approveCertification = (actor: Actor, id: string, note: string | null | undefined) => approveCertification(this.deps, actor, id, note);
  rejectCertification = (actor: Actor, id: string, reason: string) => rejectCertification(this.deps, actor, id, reason);
  createShift = (actor: Actor, input: CreateShiftInput) => createShift(this.deps, actor, input);
  cancelShift = (actor: Actor, id: string) => cancelShift(this.deps, actor, id);
  offerShift = (actor: Actor, shiftId: string, userIds: string[]) => offerShift(this.deps, actor, shiftId, userIds);
  withdrawShiftOffer = (actor: Actor, offerId: string) => withdrawShiftOffer(this.deps, actor, offerId);
  reviewAfterShiftReport = (actor: Actor, id: string, note: string | null | undefined) => reviewAfterShiftReport(this.deps, actor, id, note);
  approveTimeOff = (actor: Actor, id: string, note: string | null | undefined) => approveTimeOff(this.deps, actor, id, note);
  rejectTimeOff = (actor: Actor, id: string, reason: string) => rejectTimeOff(this.deps, actor, id, reason);
}
