import type Provider from 'oidc-provider';
import type { Configuration, InteractionResults } from 'oidc-provider';

/**
 * What the OpenID providers Access runs itself share: the development provider at /dev/oidc and
 * the one the tests start. Both are oidc-provider with the claims a relying party maps, PKCE
 * required, and no built-in login pages.
 */
export const PROVIDER_OPTIONS = {
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['preferred_username', 'given_name', 'family_name', 'name'],
    groups: ['groups'],
  },
  // A relying party reads the profile from the id_token; by default these claims go to userinfo only.
  conformIdTokenClaims: false,
  pkce: { required: () => true },
  // Setting every lifetime also spares the provider's notices about its defaults.
  ttl: { AccessToken: 600, AuthorizationCode: 60, IdToken: 600, Interaction: 600, Session: 3600, Grant: 3600 },
  features: { devInteractions: { enabled: false } },
} satisfies Configuration;

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

/** Consent as a person clicking "Allow" gives it: whatever scopes and claims the client asked for. */
export async function grantRequestedConsent(provider: Provider, interaction: Interaction): Promise<InteractionResults> {
  const details = interaction.prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
  const grant = interaction.grantId
    ? await provider.Grant.find(interaction.grantId)
    : new provider.Grant({ accountId: interaction.session?.accountId, clientId: String(interaction.params.client_id) });
  if (!grant) throw new Error(`Grant ${interaction.grantId} not found`);
  if (details.missingOIDCScope) grant.addOIDCScope(details.missingOIDCScope.join(' '));
  if (details.missingOIDCClaims) grant.addOIDCClaims(details.missingOIDCClaims);
  return { consent: { grantId: await grant.save() } };
}
