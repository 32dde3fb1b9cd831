import { Field, ObjectType } from 'type-graphql';
import { VisibleWith } from '../../../graphql/directives.js';
import { CertificationType } from './certification.type.js';
import { PayType } from './enums.type.js';
import { PlannerUserType } from './worker.type.js';
import { WorkerSkillType } from './skill.type.js';
import { UnavailableDayType } from './unavailable-day.type.js';
import { WorkerDetailsType } from './worker-details.type.js';
import { WorkingHoursType } from './working-hours.type.js';

@ObjectType('Compensation')
export class CompensationType {
  @Field(() => PayType)
  payType: PayType;

  @Field(() => String, { description: 'Decimal amount per pay period, e.g. "18.50".' })
  rate: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. EUR.' })
  currency: string;
}

@ObjectType('WorkerProfile')
export class WorkerProfileType {
  @Field(() => PlannerUserType)
  user: PlannerUserType;

  @Field(() => WorkerDetailsType)
  details: WorkerDetailsType;

  @VisibleWith('planner.compensation.read')
  @Field(() => CompensationType, { nullable: true })
  compensation: CompensationType | null;

  @Field(() => [WorkerSkillType])
  skills: WorkerSkillType[];

  @Field(() => [CertificationType])
  certifications: CertificationType[];

  @Field(() => WorkingHoursType)
  workingHours: WorkingHoursType;

  @Field(() => [String], { description: 'Free-text scheduling restrictions, e.g. "No night shifts".' })
  restrictions: string[];

  @Field(() => [UnavailableDayType], { description: 'Whole days the worker is unavailable, from today on.' })
  unavailableDays: UnavailableDayType[];
}
