import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

/** Hands one message to a mail server; throws what the server or the connection answered. */
export interface MailTransport {
  deliver(message: OutgoingMail): Promise<void>;
  close(): void;
}

/**
 * Delivers through the SMTP server named by SMTP_URL (smtp:// or smtps://, credentials in the URL).
 * The timeouts are short next to the worker's lease (DELIVERY_LEASE_SECONDS), so a hung server
 * fails an attempt long before another instance may take the message over.
 */
export class SmtpTransport implements MailTransport {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport({ url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  }

  async deliver(message: OutgoingMail): Promise<void> {
    await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
  }

  close(): void {
    this.transport.close();
  }
}
