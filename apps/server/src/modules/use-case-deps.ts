import type { PlatformDefaults } from '@access/domain';
import type { DataSource } from 'typeorm';
import type { FileStorage } from './files/file-storage.js';
import type { MailPort } from './mail/mail.port.js';
import type { SecretBox } from './secrets/secret-box.js';

/** What a use case may reach: resolvers pass it straight through, so a new use case needs no wiring. */
export interface UseCaseDeps {
  dataSource: DataSource;
  mailer: MailPort;
  files: FileStorage;
  secrets: SecretBox;
  /** Whether identity providers may be plain http on loopback (development and tests only). */
  ssoAllowLoopbackHttp: boolean;
  /** Whether identity providers may be on private networks (SSO_ALLOW_PRIVATE_NETWORK). */
  ssoAllowPrivateNetwork: boolean;
  /** Each tenant's settings fall back to these (the environment's sign-in and session values). */
  platformDefaults: PlatformDefaults;
  /** Absolute URL of the web app, for links in emails (known once the server listens). */
  readonly appUrl: string;
}
