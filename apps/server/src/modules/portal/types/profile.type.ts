import { Field, ObjectType } from 'type-graphql';
import { WorkerDetailsType } from '../../planner/types/worker-details.type.js';

@ObjectType('PortalProfile')
export class PortalProfileType {
  @Field(() => String)
  username: string;

  @Field(() => String)
  email: string;

  @Field(() => WorkerDetailsType)
  details: WorkerDetailsType;
}
