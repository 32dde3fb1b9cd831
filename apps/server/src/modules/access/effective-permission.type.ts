import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { PermissionType } from './permission.type.js';

export enum PermissionSourceKind {
  ROLE = 'role',
  INHERITED = 'inherited',
  DIRECT = 'direct',
}
registerEnumType(PermissionSourceKind, { name: 'PermissionSourceKind', description: 'Where a user gets a permission from.' });

export enum PermissionState {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
}
registerEnumType(PermissionState, { name: 'PermissionState', description: 'Inactive: held, but a prerequisite is missing.' });

export enum ExplanationStatus {
  ACTIVE = 'active',
  INACTIVE = 'inactive',
  ABSENT = 'absent',
}
registerEnumType(ExplanationStatus, { name: 'ExplanationStatus' });

@ObjectType('PermissionSource')
export class PermissionSourceType {
  @Field(() => PermissionSourceKind)
  kind: PermissionSourceKind;

  @Field(() => ID, { nullable: true, description: 'The role holding the permission (role and inherited sources).' })
  roleId: string | null;

  @Field(() => String, { nullable: true })
  roleName: string | null;

  @Field(() => [String], { description: 'For inherited sources: role names from the user\'s role to the owning ancestor.' })
  path: string[];
}

@ObjectType('EffectivePermission')
export class EffectivePermissionType {
  @Field(() => String)
  key: string;

  @Field(() => PermissionType)
  permission: PermissionType;

  @Field(() => PermissionState)
  state: PermissionState;

  @Field(() => [PermissionSourceType], { description: 'Every source, role first, then inherited (nearest first), then direct.' })
  sources: PermissionSourceType[];

  @Field(() => [String], { description: 'Missing prerequisites (transitive) when inactive.' })
  missingPrerequisites: string[];
}

@ObjectType('PermissionExplanation', { description: 'Why a user has, or lacks, a permission.' })
export class PermissionExplanationType {
  @Field(() => String)
  key: string;

  @Field(() => ExplanationStatus)
  status: ExplanationStatus;

  @Field(() => String, { description: 'One sentence for people.' })
  sentence: string;

  @Field(() => [PermissionSourceType])
  sources: PermissionSourceType[];

  @Field(() => [String])
  missingPrerequisites: string[];
}

@ObjectType('MyPermissions')
export class MyPermissionsType {
  @Field(() => [String], { description: 'Active permission keys.' })
  active: string[];

  @Field(() => [String], { description: 'Keys of the modules the caller can see.' })
  visibleModules: string[];
}
