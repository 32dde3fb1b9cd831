import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../../../graphql/context.js';
import { Self } from '../../../graphql/directives.js';
import { ForbiddenError } from '../../../kernel/errors.js';
import { actorOf } from '../../audit/actor.js';
import { setOwnTimeZone } from '../use-cases/own-time-zone.js';
import { effectiveTimeZoneOf } from '../time-zones.js';

@Resolver()
export class OwnTimeZoneResolver {
  @Self()
  @Mutation(() => String, { description: "Sets the IANA time zone you read times in; null or empty follows the organisation's. Returns the zone now in effect." })
  async setMyTimeZone(@Arg('timeZone', () => String, { nullable: true }) timeZone: string | null, @Ctx() context: Context): Promise<string> {
    const principal = context.principal;
    if (principal?.kind !== 'user') throw new ForbiddenError('Platform super admins have no profile of their own in a tenant');
    await setOwnTimeZone(context.services.deps, actorOf(principal, context.origin), principal.userId, timeZone);
    return effectiveTimeZoneOf(context.dataSource, principal.tenantId, principal.userId);
  }
}
