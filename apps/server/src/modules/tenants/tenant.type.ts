import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { AuthenticationModeEnum } from './types/tenant-settings.type.js';

export enum TenantStatus {
  ACTIVE = 'ACTIVE',
  SUSPENDED = 'SUSPENDED',
}
registerEnumType(TenantStatus, {
  name: 'TenantStatus',
  description: 'SUSPENDED: nobody of the tenant can sign in and its sessions and API tokens are refused; nothing is deleted.',
});

@ObjectType('Tenant', { description: 'A customer organisation. Nothing crosses tenants.' })
export class TenantType {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The organisation name used at sign-in: chosen at creation and never edited.' })
  slug: string;

  @Field(() => String)
  name: string;

  @Field(() => TenantStatus)
  status: TenantStatus;

  @Field(() => Date, { nullable: true })
  suspendedAt: Date | null;

  @Field(() => Date)
  createdAt: Date;

  @Field(() => AuthenticationModeEnum, { description: 'How its people sign in; every signed-in user of the tenant may know it, so pages hide what the API refuses.' })
  authenticationMode: AuthenticationModeEnum;

  @Field(() => Boolean, { description: "With OIDC: roles follow the provider's role claim." })
  externalAuthorization: boolean;

  @Field(() => Boolean, { description: 'With OIDC: users who had a password may still use it.' })
  localPasswordFallback: boolean;
}
