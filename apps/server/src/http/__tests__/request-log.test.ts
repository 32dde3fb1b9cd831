import type { AddressInfo } from 'node:net';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestLog } from '../request-log.js';

interface Line {
  level: number;
  msg: string;
  reqId?: string;
  req?: { method: string; url: string };
  res?: { statusCode: number };
  responseTime?: number;
}

describe('the access log', () => {
  const lines: Line[] = [];
  let url = '';
  let close: () => void = () => {};

  beforeAll(async () => {
    const logger = pino({ level: 'info' }, { write: (text: string) => lines.push(JSON.parse(text) as Line) });
    const app = express();
    app.use(requestLog(logger, { quiet: (path) => path === '/healthz' }));
    app.get('/healthz', (_req, res) => void res.send('ok'));
    app.get('/work', (req, res) => void res.json({ id: req.id }));
    app.get('/broken', (_req, res) => void res.status(500).send('no'));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  const settled = () => new Promise((resolve) => setTimeout(resolve, 50));

  it('writes one line per request with its id, which handlers read', async () => {
    lines.length = 0;
    const response = await fetch(`${url}/work?x=1`, { headers: { 'x-request-id': 'trace-42' } });
    expect(await response.json()).toEqual({ id: 'trace-42' });
    await settled();
    expect(lines.map((line) => [line.msg, line.reqId])).toEqual([['request completed', 'trace-42']]);
    expect(lines[0]).toMatchObject({ level: 30, req: { method: 'GET', url: '/work?x=1' }, res: { statusCode: 200 }, responseTime: expect.any(Number) });
  });

  it('makes up an id when the caller sends none or one too long to keep', async () => {
    lines.length = 0;
    const first = (await (await fetch(`${url}/work`)).json()) as { id: string };
    const second = (await (await fetch(`${url}/work`, { headers: { 'x-request-id': 'x'.repeat(500) } })).json()) as { id: string };
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.id).not.toBe(first.id);
  });

  it('logs a server error at error level and leaves health checks out', async () => {
    lines.length = 0;
    await fetch(`${url}/healthz`);
    await fetch(`${url}/broken`);
    await settled();
    expect(lines.map((line) => [line.level, line.msg, line.res?.statusCode])).toEqual([[50, 'request failed', 500]]);
  });
});
