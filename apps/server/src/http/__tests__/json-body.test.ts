import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonBody } from '../json-body.js';

const LIMIT = 1024;
const servers: http.Server[] = [];
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

/** Echoes the parsed body, or the refusal's status and type, so two parsers can be compared. */
async function serve(parser: RequestHandler): Promise<string> {
  const app = express();
  app.post('/', parser, (req, res) => res.json({ body: req.body as unknown }));
  app.use(((error: { status?: number; type?: string }, _req, res, _next) => res.status(error.status ?? 500).json({ refused: error.type })) as ErrorRequestHandler);
  const server = http.createServer(app);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

let quickUrl: string;
let bodyParserUrl: string;
let generalCalls = 0;
beforeAll(async () => {
  const general = express.json({ limit: LIMIT });
  quickUrl = await serve(
    jsonBody({
      limitBytes: LIMIT,
      general: (req, res, next) => {
        generalCalls += 1;
        return general(req, res, next);
      },
    }),
  );
  bodyParserUrl = await serve(express.json({ limit: LIMIT }));
});

async function answer(url: string, body: string | Uint8Array, headers: Record<string, string>) {
  const response = await fetch(url, { method: 'POST', headers, body });
  return { status: response.status, json: (await response.json()) as unknown };
}

describe('the JSON body parser', () => {
  const json = { 'content-type': 'application/json' };
  const quickCases: Array<[string, string | Uint8Array, Record<string, string>]> = [
    ['an object', '{"query":"{ me { username } }","variables":{"a":[1,2,{"b":"ü€"}]}}', json],
    ['an array', '[{"query":"{ a }"}]', json],
    ['leading whitespace', ' \n\t{"a":1}', json],
    ['a byte order mark', '\ufeff{"a":1}', json],
    ['the charset spelt out', '{"a":"é"}', { 'content-type': 'application/json; charset=UTF-8' }],
    ['a number at the top', '42', json],
    ['a string at the top', '"text"', json],
    ['broken JSON', '{"a":', json],
    ['multi-byte text', new TextEncoder().encode(`{"a":"${'ø'.repeat(400)}"}`), json],
  ];
  for (const [name, body, headers] of quickCases) {
    it(`reads ${name} the way body-parser does, without body-parser`, async () => {
      const before = generalCalls;
      const quick = await answer(quickUrl, body, headers);
      expect(generalCalls).toBe(before);
      expect(quick).toEqual(await answer(bodyParserUrl, body, headers));
    });
  }

  const generalCases: Array<[string, string, Record<string, string>]> = [
    ['an empty body', '', json],
    ['a body over the limit', `{"a":"${'x'.repeat(LIMIT)}"}`, json],
    ['another charset', '{"a":1}', { 'content-type': 'application/json; charset=latin1' }],
    ['another content type', 'a=1', { 'content-type': 'application/x-www-form-urlencoded' }],
  ];
  for (const [name, body, headers] of generalCases) {
    it(`leaves ${name} to body-parser, with its answer`, async () => {
      const before = generalCalls;
      const quick = await answer(quickUrl, body, headers);
      expect(generalCalls).toBe(before + 1);
      expect(quick).toEqual(await answer(bodyParserUrl, body, headers));
    });
  }

  it('refuses the broken and non-container bodies with the parse error type request-errors.ts words', async () => {
    for (const body of ['{"a":', '42']) expect(await answer(quickUrl, body, json)).toEqual({ status: 400, json: { refused: 'entity.parse.failed' } });
  });
});
