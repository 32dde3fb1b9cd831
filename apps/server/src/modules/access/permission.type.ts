import { Field, ObjectType } from 'type-graphql';

@ObjectType('Permission', { description: 'One entry of the Permissions Reference.' })
export class PermissionType {
  @Field(() => String, { description: 'The stable key, `module.action`.' })
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String)
  description: string;

  @Field(() => String, { description: 'Key of the module the permission belongs to.' })
  module: string;

  @Field(() => [String], { description: 'Permissions that must be active for this one to be active.' })
  prerequisites: string[];
}

@ObjectType('Module', { description: 'A group of permissions; invisible without its access permission.' })
export class ModuleType {
  @Field(() => String)
  key: string;

  @Field(() => String)
  name: string;

  @Field(() => String, { description: '"settings" or "apps".' })
  group: string;

  @Field(() => String, { description: 'The permission that makes the module visible.' })
  accessPermission: string;

  @Field(() => [PermissionType])
  permissions: PermissionType[];
}
