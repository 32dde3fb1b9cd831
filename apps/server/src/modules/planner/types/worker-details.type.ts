import { Field, ObjectType } from 'type-graphql';

@ObjectType('WorkerDetails')
export class WorkerDetailsType {
  @Field(() => String, { nullable: true })
  firstName: string | null;

  @Field(() => String, { nullable: true })
  lastName: string | null;

  @Field(() => String, { nullable: true })
  phone: string | null;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactName: string | null;

  @Field(() => String, { nullable: true })
  emergencyContactPhone: string | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When and by whom the details were last changed (portal or admin: the latest update wins).',
  })
  updatedAt: Date | null;

  @Field(() => String, { nullable: true })
  updatedBy: string | null;
}
