import nodemailer, { type Transporter } from 'nodemailer';
import { AppError, ErrorCode } from '../../kernel/errors.js';
import type { MailMessage, MailPort } from './mail.port.js';

/** Delivers through the SMTP server named by SMTP_URL (smtp:// or smtps://, credentials in the URL). */
export class SmtpMailer implements MailPort {
  readonly kind = 'smtp' as const;
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(message: MailMessage): Promise<void> {
    try {
      await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
    } catch (error) {
      throw new AppError(ErrorCode.INTERNAL_SERVER_ERROR, 'The email could not be sent, so nothing was changed. Try again later.', {
        reason: 'MAIL_DELIVERY_FAILED',
        cause: error instanceof Error ? error.message : String(error),
      });
    }
  }

  close(): void {
    this.transport.close();
  }
}
