import type { DataSource } from 'typeorm';
import type { MailPort } from '../../mail/mail.port.js';

export interface UserAdminDeps {
  dataSource: DataSource;
  mailer: MailPort;
  /** Absolute URL of the web app, for links in emails (known once the server listens). */
  readonly appUrl: string;
}
