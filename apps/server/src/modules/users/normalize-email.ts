/** Emails are unique per tenant regardless of case, so they are stored in one canonical form. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}
