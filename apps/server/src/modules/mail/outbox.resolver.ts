import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RequiresPermission } from '../../graphql/directives.js';
import { ForbiddenError } from '../../kernel/errors.js';
import { actingTenantId } from '../auth/principal.js';
import { OutboxMessageType } from './mail-message.type.js';
import { latestOutboxMessages } from './queries/outbox.js';

@Resolver()
export class OutboxResolver {
  // The outbox holds temporary passwords and sign-in links, so reading it is signing in as their
  // recipients. `users.passwords.set` already lets its holder choose any tenant user's password, so
  // the outbox gives them nothing more; a looser "manages users" key such as `users.update` (edit
  // names and flags) would let someone who may not touch passwords take over accounts. A super
  // admin holds it only inside a tenant (Active mode) and then reads that tenant's mail; there is
  // no platform mail to show outside one (super admins have no address and are never mailed).
  @RequiresPermission('users.passwords.set')
  @Query(() => [OutboxMessageType], {
    description: "Development only (no SMTP configured, not production): mail that would have been sent to users of the caller's tenant.",
  })
  devOutbox(@Arg('limit', () => Int, { defaultValue: 50 }) limit: number, @Ctx() context: Context): Promise<OutboxMessageType[]> {
    const tenantId = actingTenantId(context.principal);
    if (!tenantId) throw new ForbiddenError('Enter a tenant first', { reason: 'NOT_IN_TENANT' });
    const { dataSource, mailer } = context.services.deps;
    return latestOutboxMessages(dataSource, mailer, context.services.outboxReadable, tenantId, limit);
  }
}
