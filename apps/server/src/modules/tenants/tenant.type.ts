import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Tenant', { description: 'A customer organisation. Nothing crosses tenants.' })
export class TenantType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The organisation name used at sign-in.' })
  slug: string;

  @Field(() => String)
  name: string;
}
