import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface CaughtMail {
  to: string;
  subject: string;
  text: string;
}

/**
 * A real SMTP server on a free local port that keeps what it receives, refuses on demand, and can
 * be stopped (connections refused, as when the mail server is down) and started again on its port.
 */
export async function startSmtpCatcher() {
  const messages: CaughtMail[] = [];
  let refuse = false;
  const listen = async (port: number) => {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        if (refuse) {
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 })));
          return;
        }
        simpleParser(stream).then(
          (mail) => {
            const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
            messages.push({ to, subject: mail.subject ?? '', text: mail.text ?? '' });
            callback();
          },
          (error: Error) => callback(error),
        );
      },
    });
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    return server;
  };
  let server: SMTPServer | null = await listen(0);
  const { port } = server.server.address() as AddressInfo;
  const close = () =>
    new Promise<void>((resolve) => {
      const running = server;
      server = null;
      if (running) running.close(() => resolve());
      else resolve();
    });
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    refuseMail(value: boolean) {
      refuse = value;
    },
    /** The server goes away: connections to its port are refused until `start`. */
    stop: close,
    async start() {
      server ??= await listen(port);
    },
    close,
  };
}
