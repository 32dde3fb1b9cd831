import { Query, Resolver } from 'type-graphql';
import { Authenticated } from '../../graphql/directives.js';
import { ModuleType } from './permission.type.js';
import { MODULES } from './permissions-reference.js';

@Resolver()
export class PermissionsReferenceResolver {
  @Authenticated()
  @Query(() => [ModuleType], { description: 'The Permissions Reference: every permission, grouped by module.' })
  permissionsReference(): ModuleType[] {
    return [...MODULES];
  }
}
