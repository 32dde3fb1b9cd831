import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_CHARACTERS } from '../../graphql/limits.js';
import { startTestApp, type TestApp } from '../../test-support/test-app.js';

const JSON_TYPE = { 'content-type': 'application/json' };
const SKIPPABLE = 'query($v: Boolean! = false) { __typename @skip(if: $v) }';

/** The refusal a client can act on: its own 4xx, a typed GraphQL error, nothing about the server's insides. */
async function expectRefusal(response: Response, status: number, code: string): Promise<void> {
  const text = await response.text();
  expect({ status: response.status, type: response.headers.get('content-type') }).toEqual({ status, type: expect.stringMatching(/^application\/json/) });
  const body = JSON.parse(text) as { errors?: Array<{ message?: unknown; extensions?: { code?: unknown } }> };
  expect(body.errors?.[0]).toMatchObject({ message: expect.any(String), extensions: { code } });
  expect(text).not.toContain(process.cwd());
  expect(text).not.toContain('node_modules');
  expect(text).not.toContain('stacktrace');
  expect(text).not.toMatch(/\bat \S+ \(|\.[cm]?js:\d+:\d+/);
}

describe('requests refused before any operation runs', () => {
  let app: TestApp;
  const post = (body: string, headers: Record<string, string> = JSON_TYPE) => fetch(`${app.url}/graphql`, { method: 'POST', headers, body });

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a document over the token limit as a parse failure', async () => {
    // Three tokens each: 3 300 in all, over the limit of 3 000.
    const fields = Array.from({ length: 1100 }, (_, i) => `a${i}: __typename`);
    await expectRefusal(await post(JSON.stringify({ query: `{ ${fields.join(' ')} }` })), 400, 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses a document over the character limit, which comments and strings reach without tokens', async () => {
    const padded = `{ __typename }\n#${'x'.repeat(MAX_DOCUMENT_CHARACTERS)}`;
    await expectRefusal(await post(JSON.stringify({ query: padded })), 413, 'PAYLOAD_TOO_LARGE');
    const longest = `{ __typename }\n#${'x'.repeat(MAX_DOCUMENT_CHARACTERS - 16)}`;
    expect(longest).toHaveLength(MAX_DOCUMENT_CHARACTERS);
    expect(await (await post(JSON.stringify({ query: longest }))).json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses variables nested thousands deep', async () => {
    const depth = 5000;
    const body = `{"query":"${SKIPPABLE}","variables":{"v":${'{"a":'.repeat(depth)}"x"${'}'.repeat(depth)}}}`;
    await expectRefusal(await post(body), 400, 'BAD_REQUEST');
  });

  it('still reads variables nested as deep as any input of the schema, and more', async () => {
    let nested: unknown = 'x';
    for (let i = 0; i < 20; i++) nested = i % 2 ? [nested] : { a: nested };
    const result = await app.graphql(SKIPPABLE, { v: false, unused: nested });
    expect(result).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses malformed JSON', async () => {
    await expectRefusal(await post('{"query": '), 400, 'BAD_REQUEST');
    await expectRefusal(await post('null'), 400, 'BAD_REQUEST');
  });

  it('refuses a body over the size limit', async () => {
    await expectRefusal(await post(JSON.stringify({ query: '{ __typename }', variables: { v: 'a'.repeat(9 * 1024 * 1024) } })), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('refuses a charset or content encoding it cannot read', async () => {
    await expectRefusal(await post('{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=koi8-r' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectRefusal(await post('{"query":"{ __typename }"}', { ...JSON_TYPE, 'content-encoding': 'compress' }), 415, 'UNSUPPORTED_MEDIA_TYPE');
    await expectRefusal(await post('not gzip', { ...JSON_TYPE, 'content-encoding': 'gzip' }), 400, 'BAD_REQUEST');
  });

  it('refuses a body that is not JSON', async () => {
    await expectRefusal(await post('{ __typename }', { 'content-type': 'text/plain' }), 400, 'BAD_REQUEST');
    await expectRefusal(await post('{ __typename }', { 'content-type': 'application/graphql', 'apollo-require-preflight': '1' }), 400, 'BAD_REQUEST');
  });

  it('refuses a batch of operations', async () => {
    await expectRefusal(await post(JSON.stringify(Array.from({ length: 20 }, () => ({ query: '{ __typename }' })))), 400, 'BAD_REQUEST');
  });

  it('refuses a path it cannot decode, outside the API too', async () => {
    await expectRefusal(await fetch(`${app.url}/files/proofs/%E0%A4%A`), 400, 'BAD_REQUEST');
  });
});
