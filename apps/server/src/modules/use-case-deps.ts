import type { DataSource } from 'typeorm';
import type { FileStorage } from './files/file-storage.js';
import type { MailPort } from './mail/mail.port.js';

/** What a use case may reach: resolvers pass it straight through, so a new use case needs no wiring. */
export interface UseCaseDeps {
  dataSource: DataSource;
  mailer: MailPort;
  files: FileStorage;
  /** Absolute URL of the web app, for links in emails (known once the server listens). */
  readonly appUrl: string;
}
