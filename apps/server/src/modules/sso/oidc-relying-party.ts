import * as oidc from 'openid-client';
import { insecureEndpoints, isLoopback } from './loopback.js';
import { forbiddenAddresses } from './outbound-address.js';
import { errorDetail, signInFailure } from './sign-in-failure.js';
import { SsoSignInError, SsoSignInReason } from './sso.errors.js';

/** One tenant's identity provider, as discovered, with our client's credentials at it. */
export type ProviderConfiguration = oidc.Configuration;

/** Claims about the user, verified from the id_token, with the userinfo claims it lacked. */
export type SignInClaims = Readonly<Record<string, unknown>> & { readonly sub: string };

/** What the callback must be checked against; kept server-side (in the user's session) between the two legs. */
export interface SignInExpectations {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface BeganSignIn extends SignInExpectations {
  /** Where to send the browser. */
  authorizationUrl: string;
}

export interface ProviderCredentials {
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** Lets a provider on this machine through, plain http included (development and tests); off unless asked for. */
  allowLoopbackHttp?: boolean;
  /** Lets a provider on the deployment's private network through (an on-premises provider); off unless asked for. */
  allowPrivateNetwork?: boolean;
}

type NetworkRules = Pick<ProviderCredentials, 'allowLoopbackHttp' | 'allowPrivateNetwork'>;

/** Discovery never sends the client id; openid-client's configuration still wants one. */
const NO_CLIENT = 'connection-test';

async function assertAddressesAllowed(urls: string[], network: NetworkRules): Promise<void> {
  const rules = { loopback: network.allowLoopbackHttp ?? false, privateNetwork: network.allowPrivateNetwork ?? false };
  const forbidden = (await Promise.all([...new Set(urls)].map((url) => forbiddenAddresses(new URL(url), rules)))).flat();
  if (forbidden.length > 0) {
    throw new SsoSignInError(SsoSignInReason.DISCOVERY_FAILED, 'The identity provider is on an address this deployment does not call', {
      detail: forbidden.join(', '),
    });
  }
}

/** The endpoints this server calls itself; the authorization endpoint is the browser's to reach. */
const serverSideEndpoints = (metadata: oidc.ServerMetadata) =>
  [metadata.token_endpoint, metadata.userinfo_endpoint, metadata.jwks_uri].filter((url): url is string => typeof url === 'string' && URL.canParse(url));

async function discover(issuerUrl: string, clientId: string, clientSecret: string | undefined, network: NetworkRules): Promise<ProviderConfiguration> {
  if (!URL.canParse(issuerUrl)) {
    throw new SsoSignInError(SsoSignInReason.DISCOVERY_FAILED, 'The issuer is not a URL', { detail: issuerUrl });
  }
  const issuer = new URL(issuerUrl);
  const plainLoopback = (network.allowLoopbackHttp ?? false) && issuer.protocol === 'http:' && isLoopback(issuer);
  if (issuer.protocol !== 'https:' && !plainLoopback) {
    throw new SsoSignInError(SsoSignInReason.DISCOVERY_FAILED, `The identity provider at ${issuerUrl} could not be discovered`, {
      detail: 'only HTTPS issuers are allowed',
    });
  }
  // Checked before anything is sent: an administrator chooses this address.
  await assertAddressesAllowed([issuer.href], network);
  let configuration: ProviderConfiguration;
  try {
    configuration = await oidc.discovery(
      issuer,
      clientId,
      clientSecret,
      // client_secret_basic is what a provider assumes of a client registered without saying (OIDC Core 9).
      clientSecret === undefined ? oidc.None() : oidc.ClientSecretBasic(clientSecret),
      // Plain http only for a provider on this machine (tests, a development provider); everything else
      // gets openid-client's own refusal.
      { execute: plainLoopback ? [oidc.allowInsecureRequests] : [] },
    );
  } catch (error) {
    throw new SsoSignInError(SsoSignInReason.DISCOVERY_FAILED, `The identity provider at ${issuerUrl} could not be discovered`, {
      detail: errorDetail(error),
      cause: error,
    });
  }
  const insecure = insecureEndpoints(configuration.serverMetadata(), issuer);
  if (insecure.length > 0) {
    throw new SsoSignInError(SsoSignInReason.DISCOVERY_FAILED, 'The identity provider names endpoints that would be called over plain http', {
      detail: insecure.join(', '),
    });
  }
  // The discovery document is the provider's word, so the endpoints it names are held to the same rule.
  await assertAddressesAllowed(serverSideEndpoints(configuration.serverMetadata()), network);
  // The id_token comes over the same channel as the code, but a signature check is what makes a
  // forged or altered token fail even where that channel is plain http.
  oidc.enableNonRepudiationChecks(configuration);
  return configuration;
}

/** Discovers the provider at `issuerUrl` for our client there. Throws SsoSignInError(DISCOVERY_FAILED). */
export function discoverProvider(credentials: ProviderCredentials): Promise<ProviderConfiguration> {
  return discover(credentials.issuerUrl, credentials.clientId, credentials.clientSecret, credentials);
}

/** The first leg: a fresh state, nonce and PKCE (S256) verifier, and the URL that carries their public halves. */
export async function beginSignIn(configuration: ProviderConfiguration, request: { redirectUri: string; scopes: readonly string[] }): Promise<BeganSignIn> {
  const state = oidc.randomState();
  const nonce = oidc.randomNonce();
  const codeVerifier = oidc.randomPKCECodeVerifier();
  const scopes = new Set(['openid', ...request.scopes]);
  const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
    redirect_uri: request.redirectUri,
    scope: [...scopes].join(' '),
    state,
    nonce,
    code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { authorizationUrl: authorizationUrl.href, state, nonce, codeVerifier };
}

/**
 * The second leg: checks the callback against what the first leg kept, redeems the code, and
 * returns the verified id_token claims. The id_token's own claims win over userinfo's: they are the
 * ones whose signature was checked.
 */
export async function completeSignIn(
  configuration: ProviderConfiguration,
  callback: { callbackUrl: URL; expected: SignInExpectations },
): Promise<SignInClaims> {
  const { expected } = callback;
  let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
  try {
    tokens = await oidc.authorizationCodeGrant(configuration, callback.callbackUrl, {
      pkceCodeVerifier: expected.codeVerifier,
      expectedState: expected.state,
      expectedNonce: expected.nonce,
      idTokenExpected: true,
    });
  } catch (error) {
    throw signInFailure(error, expected.state);
  }
  const idToken = tokens.claims();
  if (!idToken) throw new SsoSignInError(SsoSignInReason.ID_TOKEN_INVALID, 'The identity provider sent no identity token');

  if (!configuration.serverMetadata().userinfo_endpoint) return idToken;
  try {
    // Passing the id_token's subject makes the library refuse userinfo about anyone else.
    const userinfo = await oidc.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
    return { ...userinfo, ...idToken };
  } catch (error) {
    throw new SsoSignInError(SsoSignInReason.USERINFO_FAILED, 'The identity provider did not say who signed in', {
      detail: errorDetail(error),
      cause: error,
    });
  }
}

export type ConnectionReport =
  | {
      ok: true;
      issuer: string;
      authorizationEndpoint: string | undefined;
      tokenEndpoint: string | undefined;
      userinfoEndpoint: string | undefined;
      jwksUri: string | undefined;
      keyCount: number;
      /** Each key's `alg`, or its key type where the provider leaves `alg` out. */
      keyAlgorithms: string[];
      scopesSupported: string[];
      pkceS256: boolean;
    }
  | { ok: false; reason: SsoSignInReason; message: string };

/**
 * What an administrator sees before saving a provider: what its discovery document and key set say.
 * Never throws; a failure is a report too.
 */
export async function testConnection(request: { issuerUrl: string } & NetworkRules): Promise<ConnectionReport> {
  let metadata: ReturnType<ProviderConfiguration['serverMetadata']>;
  try {
    metadata = (await discover(request.issuerUrl, NO_CLIENT, undefined, request)).serverMetadata();
  } catch (error) {
    return failure(error);
  }
  let keys: Array<{ alg?: unknown; kty?: unknown }> = [];
  if (metadata.jwks_uri) {
    try {
      keys = await fetchKeys(metadata.jwks_uri);
    } catch (error) {
      return { ok: false, reason: SsoSignInReason.DISCOVERY_FAILED, message: `The key set at ${metadata.jwks_uri} could not be read: ${errorDetail(error)}` };
    }
  }
  return {
    ok: true,
    issuer: metadata.issuer,
    authorizationEndpoint: metadata.authorization_endpoint,
    tokenEndpoint: metadata.token_endpoint,
    userinfoEndpoint: metadata.userinfo_endpoint,
    jwksUri: metadata.jwks_uri,
    keyCount: keys.length,
    keyAlgorithms: [...new Set(keys.map((key) => String(key.alg ?? key.kty)))],
    scopesSupported: metadata.scopes_supported ?? [],
    pkceS256: metadata.code_challenge_methods_supported?.includes('S256') ?? false,
  };
}

function failure(error: unknown): ConnectionReport {
  if (error instanceof SsoSignInError) {
    return { ok: false, reason: error.reason, message: error.detail ? `${error.message}: ${error.detail}` : error.message };
  }
  return { ok: false, reason: SsoSignInReason.DISCOVERY_FAILED, message: errorDetail(error) };
}

/**
 * Counting keys is all this does with them; verification goes through openid-client. The URL is
 * one discovery already held to the https-or-loopback rule.
 */
async function fetchKeys(jwksUri: string): Promise<Array<{ alg?: unknown; kty?: unknown }>> {
  const response = await fetch(jwksUri, { headers: { accept: 'application/json' }, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const body: unknown = await response.json();
  const keys = body !== null && typeof body === 'object' ? (body as { keys?: unknown }).keys : undefined;
  if (!Array.isArray(keys)) throw new Error('no "keys" array');
  return keys.filter((key): key is { alg?: unknown; kty?: unknown } => key !== null && typeof key === 'object');
}
