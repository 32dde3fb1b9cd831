import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { RequiresPermission } from '../../graphql/directives.js';
import { actorOf } from '../audit/actor.js';
import { requireTenant } from '../auth/principal.js';
import { undeliveredMail } from './queries/undelivered-mail.js';
import { MailDeliveryType, UndeliveredMailType } from './undelivered-mail.type.js';
import { retryMail } from './use-cases/retry-mail.js';

@Resolver()
export class DeliveryResolver {
  // Recipients and subjects only, never a body: those who may read the settings see that mail is
  // stuck and why, not the temporary passwords and links inside it.
  @RequiresPermission('tenant.settings.read')
  @Query(() => MailDeliveryType, { description: "The organisation's mail that has not reached the mail server: queued for a retry, or dead-lettered." })
  async mailDelivery(@Arg('limit', () => Int, { defaultValue: 100 }) limit: number, @Ctx() context: Context): Promise<MailDeliveryType> {
    const { dataSource, mailer } = context.services.deps;
    return { smtp: mailer.kind === 'smtp', messages: await undeliveredMail(dataSource, requireTenant(context.principal), limit) };
  }

  @RequiresPermission('tenant.settings.update')
  @Mutation(() => UndeliveredMailType, { description: 'Queues a dead-lettered message again, due at once, with a fresh set of attempts; audited.' })
  retryMail(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<UndeliveredMailType> {
    return retryMail(context.services.deps, actorOf(context.principal, context.origin), id);
  }
}
