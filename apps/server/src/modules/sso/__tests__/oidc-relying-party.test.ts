import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calculatePKCECodeChallenge, randomNonce, randomState } from 'openid-client';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startOidcTestProvider, type AccountClaims, type OidcTestProvider } from '../../../test-support/oidc-test-provider.js';
import { identityFromClaims, STANDARD_CLAIMS } from '../claim-mapping.js';
import { insecureEndpoints, isLoopback } from '../loopback.js';
import { beginSignIn, completeSignIn, discoverProvider, testConnection, type ProviderConfiguration } from '../oidc-relying-party.js';
import { SsoSignInError, SsoSignInReason } from '../sso.errors.js';

const REDIRECT_URI = 'http://127.0.0.1:5173/sso/callback';
const CLIENT = { clientId: 'access-tenant', clientSecret: randomBytes(24).toString('base64url'), redirectUris: [REDIRECT_URI] };
const SCOPES = ['email', 'profile', 'groups'];
const MAPPING = { ...STANDARD_CLAIMS, role: 'groups' };

const JANE_SUB = 'idp-user-0001';
const JANE = {
  email: 'Jane.Doe@example.com',
  email_verified: true,
  preferred_username: 'jane.doe',
  given_name: 'Jane',
  family_name: 'Doe',
  groups: ['staff', 'planners'],
} satisfies AccountClaims;

let idp: OidcTestProvider;
let configuration: ProviderConfiguration;

beforeAll(async () => {
  idp = await startOidcTestProvider(CLIENT);
  configuration = await discoverProvider({ issuerUrl: idp.issuer, ...CLIENT, allowLoopbackHttp: true });
});

afterAll(async () => {
  await idp.close();
});

afterEach(() => {
  idp.tamperIdTokens(undefined);
  idp.signInAs(JANE_SUB, JANE);
});

/** The first leg and the browser's trip through the provider. */
async function signIn() {
  const begun = await beginSignIn(configuration, { redirectUri: REDIRECT_URI, scopes: SCOPES });
  const callbackUrl = await idp.followSignIn(begun.authorizationUrl);
  return { begun, callbackUrl, expected: { state: begun.state, nonce: begun.nonce, codeVerifier: begun.codeVerifier } };
}

async function refusal(attempt: Promise<unknown>): Promise<SsoSignInError> {
  const outcome = await attempt.then(
    () => 'signed in',
    (error: unknown) => error,
  );
  expect(outcome).toBeInstanceOf(SsoSignInError);
  return outcome as SsoSignInError;
}

/** A sign-in whose id_token the provider's token endpoint replaces with `rewrite`'s. */
async function signInWithIdToken(rewrite: Parameters<OidcTestProvider['tamperIdTokens']>[0]) {
  idp.signInAs(JANE_SUB, JANE);
  idp.tamperIdTokens(rewrite);
  const { callbackUrl, expected } = await signIn();
  return completeSignIn(configuration, { callbackUrl, expected });
}

describe('signing in through an OpenID provider', () => {
  it('sends the browser off with PKCE S256, a state and a nonce, and comes back with the verified claims', async () => {
    idp.signInAs(JANE_SUB, JANE);
    const { begun, callbackUrl, expected } = await signIn();

    const authorization = new URL(begun.authorizationUrl);
    expect(`${authorization.origin}${authorization.pathname}`).toBe(`${idp.issuer}/auth`);
    const sent = Object.fromEntries(authorization.searchParams);
    expect(sent).toMatchObject({
      client_id: CLIENT.clientId,
      response_type: 'code',
      redirect_uri: REDIRECT_URI,
      code_challenge_method: 'S256',
      state: begun.state,
      nonce: begun.nonce,
    });
    expect(sent.scope?.split(' ').sort()).toEqual(['email', 'groups', 'openid', 'profile']);
    // Only the challenge travels; the verifier stays with us until the token request.
    expect(sent.code_challenge).toBe(await calculatePKCECodeChallenge(begun.codeVerifier));
    expect(begun.authorizationUrl).not.toContain(begun.codeVerifier);

    expect(`${callbackUrl.origin}${callbackUrl.pathname}`).toBe(REDIRECT_URI);
    expect(callbackUrl.searchParams.get('code')).toBeTruthy();
    expect(callbackUrl.searchParams.get('state')).toBe(begun.state);

    const claims = await completeSignIn(configuration, { callbackUrl, expected });
    expect(claims).toMatchObject({ sub: JANE_SUB, iss: idp.issuer, aud: CLIENT.clientId, nonce: begun.nonce, ...JANE });
    expect(identityFromClaims(claims, MAPPING)).toEqual({
      subject: JANE_SUB,
      email: 'jane.doe@example.com',
      username: 'jane.doe',
      firstName: 'Jane',
      lastName: 'Doe',
      roleClaimValues: ['staff', 'planners'],
    });
  });

  it('reads the profile from the id_token itself, and prefers it to userinfo', async () => {
    let issued: Record<string, unknown> = {};
    const claims = await signInWithIdToken((original) => {
      issued = original;
      return idp.signWithProviderKey({ ...original, given_name: 'Janet' });
    });
    expect(issued).toMatchObject({ sub: JANE_SUB, ...JANE });
    // Userinfo still says Jane; the signed token wins.
    expect(claims.given_name).toBe('Janet');
  });

  it('picks up an account whose claims changed at the provider since the last sign-in', async () => {
    idp.signInAs(JANE_SUB, JANE);
    idp.accounts.set(JANE_SUB, { ...JANE, groups: ['administrators'], family_name: 'Smith' });
    const { callbackUrl, expected } = await signIn();
    const identity = identityFromClaims(await completeSignIn(configuration, { callbackUrl, expected }), MAPPING);
    expect(identity).toMatchObject({ subject: JANE_SUB, lastName: 'Smith', roleClaimValues: ['administrators'] });
  });
});

describe('refusing a sign-in', () => {
  it('refuses an id_token signed by a key the provider never published, even under its key id', async () => {
    const error = await refusal(signInWithIdToken((claims) => idp.signWithRogueKey(claims)));
    expect(error.reason).toBe(SsoSignInReason.ID_TOKEN_INVALID);
    expect(error.detail).toMatch(/signature/i);
  });

  it('refuses an id_token signed by a key id the provider does not know', async () => {
    const error = await refusal(signInWithIdToken((claims) => idp.signWithRogueKey(claims, 'rogue-key')));
    expect(error.reason).toBe(SsoSignInReason.ID_TOKEN_INVALID);
  });

  it('refuses an id_token for another client', async () => {
    const error = await refusal(signInWithIdToken((claims) => idp.signWithProviderKey({ ...claims, aud: 'another-client' })));
    expect(error.reason).toBe(SsoSignInReason.ID_TOKEN_INVALID);
    expect(error.detail).toContain('"aud"');
  });

  it('refuses an id_token from another issuer', async () => {
    const error = await refusal(signInWithIdToken((claims) => idp.signWithProviderKey({ ...claims, iss: 'https://evil.example.com' })));
    expect(error.reason).toBe(SsoSignInReason.ID_TOKEN_INVALID);
    expect(error.detail).toContain('"iss"');
  });

  it('refuses an expired id_token', async () => {
    const now = Math.floor(Date.now() / 1000);
    const error = await refusal(signInWithIdToken((claims) => idp.signWithProviderKey({ ...claims, iat: now - 7200, exp: now - 3600 })));
    expect(error.reason).toBe(SsoSignInReason.ID_TOKEN_INVALID);
    expect(error.detail).toContain('"exp"');
  });

  it('refuses an id_token minted for another sign-in (its nonce is not this one)', async () => {
    idp.signInAs(JANE_SUB, JANE);
    const { callbackUrl, expected } = await signIn();
    const error = await refusal(completeSignIn(configuration, { callbackUrl, expected: { ...expected, nonce: randomNonce() } }));
    expect(error.reason).toBe(SsoSignInReason.NONCE_MISMATCH);
  });

  it('refuses a callback whose state is not the one this browser was sent off with', async () => {
    idp.signInAs(JANE_SUB, JANE);
    const { callbackUrl, expected } = await signIn();
    const error = await refusal(completeSignIn(configuration, { callbackUrl, expected: { ...expected, state: randomState() } }));
    expect(error.reason).toBe(SsoSignInReason.STATE_MISMATCH);

    const forged = new URL(callbackUrl);
    forged.searchParams.set('state', randomState());
    expect((await refusal(completeSignIn(configuration, { callbackUrl: forged, expected }))).reason).toBe(SsoSignInReason.STATE_MISMATCH);
  });

  it('refuses a code used twice', async () => {
    idp.signInAs(JANE_SUB, JANE);
    const { callbackUrl, expected } = await signIn();
    await expect(completeSignIn(configuration, { callbackUrl, expected })).resolves.toMatchObject({ sub: JANE_SUB });
    const error = await refusal(completeSignIn(configuration, { callbackUrl, expected }));
    expect(error.reason).toBe(SsoSignInReason.CODE_REJECTED);
    expect(error.detail).toContain('invalid_grant');
  });

  it('reports the error the provider sent back instead of a code', async () => {
    idp.refuseSignIn('access_denied', 'The user cancelled the sign-in');
    const { callbackUrl, expected } = await signIn();
    expect(callbackUrl.searchParams.get('error')).toBe('access_denied');
    const error = await refusal(completeSignIn(configuration, { callbackUrl, expected }));
    expect(error.reason).toBe(SsoSignInReason.PROVIDER_ERROR);
    expect(error.extensions).toMatchObject({ reason: 'PROVIDER_ERROR', providerError: 'access_denied', code: 'UNAUTHENTICATED' });
    expect(error.detail).toBe('access_denied: The user cancelled the sign-in');
  });
});

describe('mapping claims to a user', () => {
  it('refuses a genuine token that carries no email, naming the claim', async () => {
    const { email: _email, ...withoutEmail } = JANE;
    idp.signInAs('idp-user-0002', withoutEmail);
    const { callbackUrl, expected } = await signIn();
    const claims = await completeSignIn(configuration, { callbackUrl, expected });
    expect(claims).not.toHaveProperty('email');

    let refused: unknown;
    try {
      identityFromClaims(claims, MAPPING);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(SsoSignInError);
    expect((refused as SsoSignInError).extensions).toMatchObject({ reason: 'CLAIM_MISSING', claim: 'email' });
  });

  const claims = { sub: JANE_SUB, ...JANE };
  const refusedClaim = (input: Record<string, unknown>, mapping = MAPPING) => {
    try {
      identityFromClaims(input, mapping);
      return 'accepted';
    } catch (error) {
      return error instanceof SsoSignInError ? { reason: error.reason, claim: error.extensions.claim } : error;
    }
  };

  it('refuses an email that is not an address, and a missing username, naming the claim', () => {
    expect(refusedClaim({ ...claims, email: 'jane at example' })).toEqual({ reason: 'CLAIM_MISSING', claim: 'email' });
    expect(refusedClaim({ ...claims, preferred_username: undefined })).toEqual({ reason: 'CLAIM_MISSING', claim: 'preferred_username' });
    expect(refusedClaim({ ...claims, preferred_username: '  ' })).toEqual({ reason: 'CLAIM_MISSING', claim: 'preferred_username' });
    expect(refusedClaim({ ...claims, upn: 'jdoe' }, { ...MAPPING, username: 'upn' })).toBe('accepted');
  });

  it('reads the role claim as a list, a single value, or nothing; anything else is refused', () => {
    expect(identityFromClaims({ ...claims, groups: 'staff' }, MAPPING).roleClaimValues).toEqual(['staff']);
    expect(identityFromClaims({ ...claims, groups: undefined }, MAPPING).roleClaimValues).toEqual([]);
    expect(identityFromClaims(claims, STANDARD_CLAIMS).roleClaimValues).toEqual([]);
    expect(refusedClaim({ ...claims, groups: [{ id: 1 }] })).toEqual({ reason: 'CLAIM_MISSING', claim: 'groups' });
  });

  it('leaves names out when the provider does not send them', () => {
    const { given_name: _given, family_name: _family, ...nameless } = claims;
    expect(identityFromClaims(nameless, MAPPING)).toMatchObject({ firstName: null, lastName: null });
  });
});

describe('plain http', () => {
  it('counts only 127.0.0.0/8, localhost and [::1] as this machine', () => {
    const loopback = ['http://127.0.0.1:8080', 'http://127.9.9.9', 'http://localhost:3000', 'http://[::1]:4000', 'http://[0:0:0:0:0:0:0:1]'];
    const elsewhere = ['http://10.0.0.1', 'http://127.0.0.1.nip.io', 'http://localhost.example.com', 'http://[::ffff:127.0.0.1]', 'http://128.0.0.1'];
    expect(loopback.filter((url) => !isLoopback(new URL(url)))).toEqual([]);
    expect(elsewhere.filter((url) => isLoopback(new URL(url)))).toEqual([]);
  });

  it('is refused for any endpoint of an https provider, and off this machine for a loopback one', () => {
    const metadata = {
      authorization_endpoint: 'https://idp.example.com/authorize',
      token_endpoint: 'http://127.0.0.1:8080/token',
      userinfo_endpoint: 'http://idp.example.com/userinfo',
      jwks_uri: 'http://localhost:8080/jwks',
      op_policy_uri: 'http://idp.example.com/policy',
    };
    expect(insecureEndpoints(metadata, new URL('https://idp.example.com'))).toEqual(['token_endpoint', 'userinfo_endpoint', 'jwks_uri']);
    expect(insecureEndpoints(metadata, new URL('http://127.0.0.1:8080'))).toEqual(['userinfo_endpoint']);
  });

  it('is refused for a provider off this machine', async () => {
    const error = await refusal(discoverProvider({ issuerUrl: 'http://sso.example.com', ...CLIENT }));
    expect(error.reason).toBe(SsoSignInReason.DISCOVERY_FAILED);
    expect(error.detail).toMatch(/HTTPS/);
  });

  it('is refused on loopback too unless the deployment allows it (production does not)', async () => {
    const error = await refusal(discoverProvider({ issuerUrl: idp.issuer, ...CLIENT }));
    expect(error.reason).toBe(SsoSignInReason.DISCOVERY_FAILED);
    expect((await testConnection({ issuerUrl: idp.issuer })).ok).toBe(false);
  });

  it('is refused for the endpoints of a loopback provider that point off this machine', async () => {
    const metadata = { authorization_endpoint: '', token_endpoint: 'http://sso.example.com/token', jwks_uri: '', issuer: '' };
    const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(metadata)));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    Object.assign(metadata, { issuer, authorization_endpoint: `${issuer}/auth`, jwks_uri: `${issuer}/jwks` });
    try {
      const error = await refusal(discoverProvider({ issuerUrl: issuer, ...CLIENT, allowLoopbackHttp: true }));
      expect(error.reason).toBe(SsoSignInReason.DISCOVERY_FAILED);
      expect(error.detail).toBe('token_endpoint');
    } finally {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

describe('testing a connection', () => {
  it('reports what discovery and the key set say', async () => {
    const report = await testConnection({ issuerUrl: idp.issuer, allowLoopbackHttp: true });
    expect(report).toEqual({
      ok: true,
      issuer: idp.issuer,
      authorizationEndpoint: `${idp.issuer}/auth`,
      tokenEndpoint: `${idp.issuer}/token`,
      userinfoEndpoint: `${idp.issuer}/me`,
      jwksUri: `${idp.issuer}/jwks`,
      keyCount: 1,
      keyAlgorithms: ['RS256'],
      scopesSupported: expect.arrayContaining(['openid', 'email', 'profile', 'groups']),
      pkceS256: true,
    });
  });

  it('reports a provider that does not answer, without throwing', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));

    const report = await testConnection({ issuerUrl: `http://127.0.0.1:${port}`, allowLoopbackHttp: true });
    expect(report).toMatchObject({ ok: false, reason: SsoSignInReason.DISCOVERY_FAILED });
    expect(report.ok === false && report.message).toMatch(/ECONNREFUSED/);
  });
});
