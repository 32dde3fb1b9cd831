import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import Provider, { type Account, type InteractionResults, type KoaContextWithOIDC } from 'oidc-provider';
import { grantRequestedConsent, PROVIDER_OPTIONS } from '../modules/sso/provider-kit.js';

const ALGORITHM = 'RS256';
const PROVIDER_KID = 'test-provider-key';

export interface OidcTestClient {
  clientId: string;
  clientSecret: string;
  redirectUris: string[];
}

/** The claims an account signs in with, besides `sub`: email, preferred_username, groups... */
export type AccountClaims = Record<string, unknown>;

/** Builds the id_token the client receives instead of the one the provider issued. */
export type IdTokenRewrite = (claims: JWTPayload) => Promise<string>;

type SignInPlan = { signIn: string } | { refuse: { error: string; error_description: string } };

/** Enough of a browser's cookie handling to carry the provider's session and interaction cookies. */
class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  store(setCookies: string[]): void {
    for (const line of setCookies) {
      const [pair = '', ...attributes] = line.split(';').map((part) => part.trim());
      const separator = pair.indexOf('=');
      const name = pair.slice(0, separator);
      const attribute = (key: string) =>
        attributes.find((a) => a.toLowerCase().startsWith(`${key}=`))?.slice(key.length + 1);
      const expires = attribute('expires');
      const maxAge = attribute('max-age');
      // Koa clears a cookie by sending it again already expired.
      const expired = (maxAge !== undefined && Number(maxAge) <= 0) || (expires !== undefined && Date.parse(expires) <= Date.now());
      if (expired) this.cookies.delete(name);
      else this.cookies.set(name, { value: pair.slice(separator + 1), path: attribute('path') ?? '/' });
    }
  }

  headerFor(url: URL): string {
    return [...this.cookies]
      .filter(([, cookie]) => url.pathname.startsWith(cookie.path))
      .map(([name, cookie]) => `${name}=${cookie.value}`)
      .join('; ');
  }
}

async function signingKey() {
  const { privateKey, publicKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  return { privateKey, publicKey };
}

function sign(claims: JWTPayload, key: CryptoKey, kid: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: ALGORITHM, kid }).sign(key);
}

/**
 * A real OpenID provider (oidc-provider) on a free loopback port, with one confidential client.
 * Sign-ins need no browser: the test says who signs in next, and `followSignIn` walks the
 * redirects a browser would. The provider's key and a rogue one are kept so tests can forge tokens.
 */
export async function startOidcTestProvider(client: OidcTestClient) {
  const accounts = new Map<string, AccountClaims>();
  let plan: SignInPlan | undefined;
  let rewriteIdToken: IdTokenRewrite | undefined;
  const providerKey = await signingKey();
  const rogueKey = await signingKey();

  // The issuer URL holds the port, so the server listens before the provider exists.
  let handle: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => res.writeHead(503).end();
  const server = createServer((req, res) => handle(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: client.clientId,
        client_secret: client.clientSecret,
        redirect_uris: client.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    jwks: { keys: [{ ...(await exportJWK(providerKey.privateKey)), kid: PROVIDER_KID, alg: ALGORITHM, use: 'sig' }] },
    cookies: { keys: [randomBytes(32).toString('base64url')] },
    ...PROVIDER_OPTIONS,
    ttl: { ...PROVIDER_OPTIONS.ttl, Session: 600, Grant: 600 },
    findAccount(_ctx, sub): Account | undefined {
      // Read at the token endpoint, so a change between sign-ins shows in the next token.
      const claims = accounts.get(sub);
      return claims && { accountId: sub, claims: () => ({ ...claims, sub }) };
    },
  });

  async function answerInteraction(req: IncomingMessage, res: ServerResponse): Promise<InteractionResults> {
    const interaction = await provider.interactionDetails(req, res);
    if (interaction.prompt.name === 'login') {
      if (!plan) throw new Error('No sign-in planned: call signInAs() or refuseSignIn() first');
      return 'refuse' in plan ? plan.refuse : { login: { accountId: plan.signIn } };
    }
    return grantRequestedConsent(provider, interaction);
  }

  // Stands in for the provider's login and consent pages.
  provider.use(async (ctx, next) => {
    if (ctx.method !== 'GET' || !/^\/interaction\/[^/]+$/.test(ctx.path)) return next();
    const result = await answerInteraction(ctx.req, ctx.res);
    ctx.redirect(await provider.interactionResult(ctx.req, ctx.res, result, { mergeWithLastSubmission: false }));
  });

  // After the token endpoint has answered, swap its id_token for the test's rewrite of it.
  provider.use(async (ctx, next) => {
    await next();
    const route = (ctx as unknown as KoaContextWithOIDC).oidc?.route;
    const body = ctx.body as { id_token?: unknown } | undefined;
    if (!rewriteIdToken || route !== 'token' || ctx.status !== 200 || typeof body?.id_token !== 'string') return;
    ctx.body = { ...body, id_token: await rewriteIdToken(decodeJwt(body.id_token)) };
  });

  handle = provider.callback();

  const isRedirectUri = (url: URL) => client.redirectUris.includes(`${url.origin}${url.pathname}`);

  return {
    issuer,
    /** Accounts by `sub`; change one between sign-ins and the next token says so. */
    accounts,

    /** From now on, sign-ins log in as this account (and consent to everything asked). */
    signInAs(sub: string, claims: AccountClaims): void {
      accounts.set(sub, claims);
      plan = { signIn: sub };
    },

    /** From now on, sign-ins end with the provider redirecting back with `error=`. */
    refuseSignIn(error = 'access_denied', description = 'The user cancelled the sign-in'): void {
      plan = { refuse: { error, error_description: description } };
    },

    /** Rewrites every id_token the token endpoint returns from now on; undefined stops it. */
    tamperIdTokens(rewrite: IdTokenRewrite | undefined): void {
      rewriteIdToken = rewrite;
    },

    /** Signs claims with the provider's own key, as a genuine token would be. */
    signWithProviderKey: (claims: JWTPayload) => sign(claims, providerKey.privateKey, PROVIDER_KID),

    /**
     * Signs claims with a key the provider never published. By default the header names the
     * provider's key, as a forger would, so the client picks that key and the signature fails.
     */
    signWithRogueKey: (claims: JWTPayload, kid = PROVIDER_KID) => sign(claims, rogueKey.privateKey, kid),

    /**
     * Walks a sign-in the way a browser would: the authorization endpoint, the interaction, back to
     * the provider, until it redirects to the client's redirect_uri. Returns that callback URL
     * (with `code` and `state`, or `error`). Each call is a fresh browser with no session.
     */
    async followSignIn(authorizationUrl: string): Promise<URL> {
      const cookies = new CookieJar();
      let url = new URL(authorizationUrl);
      for (let hops = 0; hops < 10; hops++) {
        if (isRedirectUri(url)) return url;
        const response = await fetch(url, { redirect: 'manual', headers: { cookie: cookies.headerFor(url) } });
        cookies.store(response.headers.getSetCookie());
        const location = response.headers.get('location');
        if (response.status < 300 || response.status > 399 || !location) {
          throw new Error(`The sign-in stopped at ${url.pathname} with HTTP ${response.status}: ${(await response.text()).slice(0, 500)}`);
        }
        url = new URL(location, url);
      }
      throw new Error(`The sign-in did not reach ${client.redirectUris.join(' or ')} within 10 redirects`);
    },

    close(): Promise<void> {
      // fetch keeps connections alive; without this, close() would wait for them to time out.
      server.closeAllConnections();
      return new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

export type OidcTestProvider = Awaited<ReturnType<typeof startOidcTestProvider>>;
