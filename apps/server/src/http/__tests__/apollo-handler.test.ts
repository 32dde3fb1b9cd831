import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import express from 'express';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apolloHandler } from '../apollo-handler.js';

const schema = buildSchema('type Query { text: String, caller: String }');
const apollo = new ApolloServer<{ caller: string }>({ schema, rootValue: { text: 'Grüße € 1', caller: (_args: unknown, context: { caller: string }) => context.caller } });
let server: http.Server;
let url: string;

beforeAll(async () => {
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), apolloHandler(apollo, ({ req }) => Promise.resolve({ caller: req.headers['x-caller'] as string })));
  server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await apollo.stop();
});

describe("Apollo's answer written without Express's send", () => {
  it('sends the answer with its byte length and no ETag, and hands the request to the context', async () => {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', 'x-caller': 'ada' }, body: '{"query":"{ text caller }"}' });
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { text: 'Grüße € 1', caller: 'ada' } });
    expect(Number(response.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(response.headers.get('content-type')).toMatch(/^application\/(graphql-response\+)?json/);
    expect(response.headers.has('etag')).toBe(false);
  });

  it("keeps Apollo's status and reads a GET request's query string", async () => {
    const get = await fetch(`${url}?query=${encodeURIComponent('{ text }')}`, { headers: { 'apollo-require-preflight': '1' } });
    expect(await get.json()).toEqual({ data: { text: 'Grüße € 1' } });
    const invalid = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ missing }"}' });
    expect(invalid.status).toBe(400);
  });
});
