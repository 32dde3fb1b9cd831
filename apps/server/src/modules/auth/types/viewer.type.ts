import { Field, ID, ObjectType } from 'type-graphql';
import { PortalStatus } from '../../portal/standing.js';
import { TenantType } from '../../tenants/tenant.type.js';

@ObjectType('Viewer', { description: 'Whoever is signed in: a tenant user or a platform super admin.' })
export class ViewerType {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  username: string;

  @Field(() => String)
  displayName: string;

  @Field(() => Boolean)
  isSuperAdmin: boolean;

  /** Resolved by ViewerFieldsResolver, and read only when the request asks for it. */
  @Field(() => TenantType, {
    nullable: true,
    description: "The user's tenant; for a super admin, the tenant entered in Super Admin Active mode, if any.",
  })
  tenant?: TenantType | null;

  /** The tenant behind `tenant`. */
  tenantId: string | null;

  @Field(() => [String], { description: 'Active permission keys, so clients can hide what would be refused.' })
  permissions: string[];

  @Field(() => String, { nullable: true, description: 'internal, external or sso; null for a super admin.' })
  origin: string | null;

  @Field(() => PortalStatus, { description: 'Whether the worker portal is open to this viewer, and if not, why.' })
  portalStatus: PortalStatus;
}
