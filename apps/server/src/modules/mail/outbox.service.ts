import type { DataSource } from 'typeorm';
import { ForbiddenError } from '../../kernel/errors.js';
import { MailMessageEntity } from './mail-message.entity.js';
import type { MailPort } from './mail.port.js';
import type { OutboxMessageType } from './mail-message.type.js';

/** Reads the development outbox; refused when real mail goes out over SMTP. */
export class OutboxService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: MailPort,
    /** Never in production: the outbox holds temporary passwords. */
    private readonly readable: boolean,
  ) {}

  /**
   * The newest messages to people of the caller's tenant (a platform super admin sees them all),
   * so a development outbox does not show one organisation another's temporary passwords.
   */
  async latest(tenantId: string | null, limit: number): Promise<OutboxMessageType[]> {
    if (this.mailer.kind !== 'outbox') throw new ForbiddenError('Mail is delivered over SMTP: there is no development outbox');
    if (!this.readable) throw new ForbiddenError('The development outbox is not available in production');
    const query = this.dataSource
      .getRepository(MailMessageEntity)
      .createQueryBuilder('mail')
      .orderBy('mail.sequence', 'DESC')
      .limit(Math.min(Math.max(limit, 1), 200));
    if (tenantId) query.where('mail.to_address IN (SELECT email FROM user_account WHERE tenant_id = :tenantId)', { tenantId });
    return query.getMany();
  }
}
