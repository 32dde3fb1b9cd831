import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterEach, describe, expect, it } from 'vitest';
import { directRoute } from '../direct-route.js';
import { expressMessageClasses } from '../express-messages.js';
import { takesDirectRoute } from '../graphql-path.js';

let server: http.Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

describe('requests and responses made with Express on board', () => {
  it('keep their own classes through the direct route, with the app\'s Express API (trusted proxies included)', async () => {
    const app = express();
    app.set('trust proxy', 'loopback');
    app.use((_req, res) => res.json({ router: true }));
    const classes = expressMessageClasses(app);
    const route = directRoute(
      app,
      [
        (req, res) => {
          // Moved onto app.request, the request's prototype would be app.request itself.
          const moved = Object.getPrototypeOf(req) === app.request || Object.getPrototypeOf(res) === app.response;
          res.status(201).json({ moved, ownClass: req instanceof classes.IncomingMessage && res instanceof classes.ServerResponse, ip: req.ip, path: req.path, app: req.app === app });
        },
      ],
      (error, _req, res) => res.status(500).json({ failed: String(error) }),
    );
    server = http.createServer(classes, (req, res) => (takesDirectRoute(req) ? route(req, res) : app(req, res)));
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

    const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'x-forwarded-for': '203.0.113.9' } });
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ moved: false, ownClass: true, ip: '203.0.113.9', path: '/graphql', app: true });
    // The router still serves everything else (Express moves those requests onto app.request itself).
    expect(await (await fetch(`${url}/elsewhere`)).json()).toEqual({ router: true });
  });
});
