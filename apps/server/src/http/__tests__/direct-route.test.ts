import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type ErrorRequestHandler, type RequestHandler } from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { directRoute } from '../direct-route.js';
import { takesDirectRoute } from '../graphql-path.js';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(handlers: RequestHandler[], onError: ErrorRequestHandler = (error, _req, res) => res.status(418).json({ failed: String(error) })) {
  const app = express();
  app.set('trust proxy', 'loopback');
  app.use((_req, res) => res.status(404).json({ router: true }));
  const route = directRoute(app, handlers, onError);
  server = http.createServer((req, res) => (takesDirectRoute(req) ? route(req, res) : app(req, res)));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('the direct route past the router', () => {
  it("runs the chain in order on Express's request and response, trusted proxies included", async () => {
    const url = await serve([
      (req, _res, next) => {
        (req as unknown as { seen: string[] }).seen = ['first'];
        next();
      },
      express.json(),
      (req, res) => {
        res.json({ seen: [...(req as unknown as { seen: string[] }).seen, 'last'], body: req.body as unknown, ip: req.ip, path: req.path });
      },
    ]);
    const response = await fetch(`${url}/graphql?x=1`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' }, body: '{"a":1}' });
    expect(await response.json()).toEqual({ seen: ['first', 'last'], body: { a: 1 }, ip: '203.0.113.9', path: '/graphql' });
    // Anything else still goes through the router.
    expect(await (await fetch(`${url}/graphql/`)).json()).toEqual({ router: true });
  });

  it('hands thrown errors, next(error) and rejected promises to the error handler', async () => {
    for (const failing of [
      () => {
        throw new Error('thrown');
      },
      ((_req, _res, next) => next(new Error('passed on'))) as RequestHandler,
      (() => Promise.reject(new Error('rejected'))) as unknown as RequestHandler,
    ]) {
      const url = await serve([failing]);
      const response = await fetch(`${url}/graphql`, { method: 'POST' });
      expect(response.status).toBe(418);
      expect(((await response.json()) as { failed: string }).failed).toMatch(/thrown|passed on|rejected/);
      await new Promise<void>((resolve) => server!.close(() => resolve()));
      server = undefined;
    }
  });

  it('answers 404 when the chain ends without an answer', async () => {
    const url = await serve([(_req, _res, next) => next()]);
    expect((await fetch(`${url}/graphql`)).status).toBe(404);
  });
});
