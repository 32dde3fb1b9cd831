import type { MailMessage } from './mail.port.js';

interface Recipient {
  id: string;
  tenantId: string;
  email: string;
  name: string;
  username: string;
}

const signature = (tenantName: string) => `\n\n— ${tenantName}, through Access`;

/** Why a temporary password is sent: first access, or an administrator's reset of a working account. */
export type TemporaryPasswordReason = 'released' | 'reset';

/** Release access / reset password: a temporary password that works for one sign-in. */
export function temporaryPasswordEmail(
  to: Recipient,
  tenant: { name: string; slug: string },
  password: string,
  signInUrl: string,
  reason: TemporaryPasswordReason = 'released',
): MailMessage {
  return {
    to: to.email,
    recipient: { userId: to.id, tenantId: to.tenantId },
    subject: reason === 'reset' ? `Your ${tenant.name} password was reset` : `Your ${tenant.name} sign-in details`,
    text: [
      `Hello ${to.name},`,
      '',
      reason === 'reset'
        ? `An administrator reset your ${tenant.name} password. Your previous password no longer works.`
        : `You can now sign in to ${tenant.name}.`,
      '',
      `  Sign in at:       ${signInUrl}`,
      `  Organisation:     ${tenant.slug}`,
      `  Username:         ${to.username}`,
      `  Temporary password: ${password}`,
      '',
      'What to do next: sign in with this temporary password. It works once; you will be asked to',
      'choose your own password straight away. If you did not expect this email, tell your administrator.',
    ].join('\n') + signature(tenant.name),
  };
}

export function activationLinkEmail(to: Recipient, tenant: { name: string; slug: string }, link: string, expiresAt: Date): MailMessage {
  return {
    to: to.email,
    recipient: { userId: to.id, tenantId: to.tenantId },
    subject: `Activate your ${tenant.name} account`,
    text: [
      `Hello ${to.name},`,
      '',
      `An account was created for you in ${tenant.name}.`,
      '',
      `  Organisation:     ${tenant.slug}`,
      `  Username:         ${to.username}`,
      '',
      `What to do next: open this link and choose your password: ${link}`,
      `The link works once and expires on ${expiresAt.toUTCString()}.`,
    ].join('\n') + signature(tenant.name),
  };
}

export function resetLinkEmail(to: Recipient, tenant: { name: string }, link: string, expiresAt: Date): MailMessage {
  return {
    to: to.email,
    recipient: { userId: to.id, tenantId: to.tenantId },
    subject: `Reset your ${tenant.name} password`,
    text: [
      `Hello ${to.name},`,
      '',
      `A password reset was requested for your ${tenant.name} account (username: ${to.username}).`,
      '',
      `What to do next: open this link and choose a new password: ${link}`,
      `The link works once and expires on ${expiresAt.toUTCString()}. If you did not ask for this, ignore this email.`,
    ].join('\n') + signature(tenant.name),
  };
}
