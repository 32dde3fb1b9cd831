/**
 * The organisation slug is what people type at sign-in and what links and audit entries name, so
 * it is chosen once and never edited: a rename changes the display name only.
 */
export const TENANT_SLUG_MIN_LENGTH = 2;
export const TENANT_SLUG_MAX_LENGTH = 63;

/**
 * Names a person might type expecting the platform itself, or that read as one of its paths;
 * a customer organisation cannot take them.
 */
export const RESERVED_TENANT_SLUGS: ReadonlySet<string> = new Set([
  'admin', 'api', 'app', 'auth', 'graphql', 'graphiql', 'login', 'logout', 'oidc', 'platform', 'portal',
  'root', 'sso', 'static', 'super', 'superadmin', 'support', 'system', 'www',
]);

export type TenantSlugProblem = 'empty' | 'too_short' | 'too_long' | 'characters' | 'edges' | 'reserved';

export type TenantSlugCheck = { ok: true; slug: string } | { ok: false; problem: TenantSlugProblem; message: string };

const MESSAGES: Record<TenantSlugProblem, string> = {
  empty: 'Enter the organisation name people will type at sign-in',
  too_short: `Use at least ${TENANT_SLUG_MIN_LENGTH} characters`,
  too_long: `Use at most ${TENANT_SLUG_MAX_LENGTH} characters`,
  characters: 'Use lower-case letters a-z, digits and hyphens only',
  edges: 'Start with a letter, end with a letter or digit, and use no two hyphens in a row',
  reserved: 'This name is reserved for the platform; choose another',
};

const refuse = (problem: TenantSlugProblem): TenantSlugCheck => ({ ok: false, problem, message: MESSAGES[problem] });

/**
 * Checks a proposed slug as typed: surrounding spaces are dropped, but upper case is refused
 * rather than folded, so what the admin sees in the form is exactly what users will type.
 */
export function checkTenantSlug(input: string): TenantSlugCheck {
  const slug = input.trim();
  if (slug.length === 0) return refuse('empty');
  if (slug.length < TENANT_SLUG_MIN_LENGTH) return refuse('too_short');
  if (slug.length > TENANT_SLUG_MAX_LENGTH) return refuse('too_long');
  if (!/^[a-z0-9-]+$/.test(slug)) return refuse('characters');
  if (!/^[a-z]/.test(slug) || slug.endsWith('-') || slug.includes('--')) return refuse('edges');
  if (RESERVED_TENANT_SLUGS.has(slug)) return refuse('reserved');
  return { ok: true, slug };
}
