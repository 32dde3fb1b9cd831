import { Field, ID, ObjectType } from 'type-graphql';
import { RoleType } from './role.type.js';

@ObjectType('RoleImpact')
export class RoleImpactType {
  @Field(() => ID)
  roleId: string;

  @Field(() => String)
  roleName: string;

  @Field(() => [String], { description: 'Permissions still held but now inactive (greyed out).' })
  inactive: string[];
}

@ObjectType('UserImpact')
export class UserImpactType {
  @Field(() => ID)
  userId: string;

  @Field(() => [String])
  inactive: string[];
}

@ObjectType('GrantResult')
export class GrantResultType {
  @Field(() => [String], { description: 'Every key added, prerequisites included.' })
  granted: string[];

  @Field(() => [String], { description: 'The prerequisites granted alongside what was asked for.' })
  prerequisitesGranted: string[];
}

@ObjectType('RevokeResult')
export class RevokeResultType {
  @Field(() => [String], { description: 'Every key removed, cascade included.' })
  revoked: string[];

  @Field(() => [String], { description: 'Dependants revoked because of `cascade`.' })
  cascaded: string[];

  @Field(() => [String], { description: 'Asked for but not held by the target itself (e.g. inherited): nothing removed.' })
  notOwned: string[];

  @Field(() => [RoleImpactType], { description: 'Roles left with inactive permissions.' })
  rolesAffected: RoleImpactType[];

  @Field(() => [UserImpactType], { description: 'Users left with inactive permissions.' })
  usersAffected: UserImpactType[];
}

@ObjectType('RoleGrantResult')
export class RoleGrantResultType extends GrantResultType {
  @Field(() => RoleType)
  role: RoleType;
}

@ObjectType('RoleRevokeResult')
export class RoleRevokeResultType extends RevokeResultType {
  @Field(() => RoleType)
  role: RoleType;
}
