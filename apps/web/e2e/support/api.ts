import type { BrowserContext } from 'playwright-core';
import type { Credentials } from './browser';

export interface ApiSession {
  accessToken: string;
  expiresAt: string;
}

interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** One GraphQL request from the test itself (not the browser), as another client would send it. */
export async function gql<T>(baseURL: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}

/** Like gql(), but fails loudly on any error. */
export async function gqlData<T>(baseURL: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const result = await gql<T>(baseURL, query, variables, token);
  if (result.errors?.length || !result.data) throw new Error(`GraphQL error: ${JSON.stringify(result.errors)}`);
  return result.data;
}

const LOGIN = `mutation Login($input: LoginInput!) {
  login(input: $input) { __typename ... on Session { accessToken expiresAt } }
}`;

/** What a sign-in answered: a session (with its refresh cookie), or the step that must come first. */
export async function apiLogin(
  baseURL: string,
  { tenant, username, password }: Credentials,
  { userAgent }: { userAgent?: string } = {},
): Promise<{ typename: string; session?: ApiSession; refreshCookie?: string; errors?: string }> {
  const response = await fetch(`${baseURL}/graphql`, {
    method: 'POST',
    // The session records the user agent it was started with (the Sessions page shows it).
    headers: { 'content-type': 'application/json', ...(userAgent ? { 'user-agent': userAgent } : {}) },
    body: JSON.stringify({ query: LOGIN, variables: { input: { tenant: tenant || null, username, password } } }),
  });
  const result = (await response.json()) as GraphQLResponse<{ login: { __typename: string } & Partial<ApiSession> }>;
  if (result.errors?.length || !result.data) return { typename: 'Error', errors: JSON.stringify(result.errors) };
  const { __typename, accessToken, expiresAt } = result.data.login;
  const refreshCookie = /access_refresh=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  return { typename: __typename, session: accessToken && expiresAt ? { accessToken, expiresAt } : undefined, refreshCookie };
}

/**
 * Signs the whole browser context in with a session obtained over the API: these tests are about
 * user administration, and stay independent of the sign-in page (covered by admin.e2e.test.ts).
 */
export async function signInContext(
  context: BrowserContext,
  baseURL: string,
  credentials: Credentials,
  options: { userAgent?: string } = {},
): Promise<ApiSession> {
  const result = await apiLogin(baseURL, credentials, options);
  if (!result.session || !result.refreshCookie) {
    throw new Error(`Sign-in of ${credentials.username} did not start a session: ${result.typename} ${result.errors ?? ''}`);
  }
  // The SPA keeps its token in memory and renews it from this cookie, as after a reload.
  await context.addCookies([
    { name: 'access_refresh', value: result.refreshCookie, url: `${baseURL}/graphql`, httpOnly: true, sameSite: 'Strict' },
  ]);
  return result.session;
}

/** A user's id by username, through the API the page uses too. */
export async function userIdByUsername(baseURL: string, token: string, username: string): Promise<string> {
  const data = await gqlData<{ users: { edges: Array<{ node: { id: string; username: string } }> } }>(
    baseURL,
    'query($name: String) { users(first: 5, filter: { name: $name }) { edges { node { id username } } } }',
    { name: username },
    token,
  );
  const match = data.users.edges.find((edge) => edge.node.username === username);
  if (!match) throw new Error(`No user ${username}`);
  return match.node.id;
}
