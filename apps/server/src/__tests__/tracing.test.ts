import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareEmbeddedDatabase } from '../../scripts/prepare-embedded-database.mjs';
import { startBuiltServer, type BuiltServer } from '../test-support/built-server.js';
import { databaseUrl, onPostgresServer } from '../test-support/postgres-server.js';

const serverUrl = process.env.TEST_DATABASE_URL;

interface ExportedSpan {
  name: string;
  attributes?: Array<{ key: string }>;
}

/** An OTLP/HTTP (JSON) trace receiver, as a collector would be: keeps the names of the spans it gets. */
async function startTraceReceiver() {
  const spans: ExportedSpan[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString() || '{}') as {
        resourceSpans?: Array<{ scopeSpans?: Array<{ spans?: ExportedSpan[] }> }>;
      };
      for (const resource of body.resourceSpans ?? []) for (const scope of resource.scopeSpans ?? []) spans.push(...(scope.spans ?? []));
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    endpoint: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/traces`,
    spans,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const database = serverUrl ? 'PostgreSQL' : 'PGlite';

describe(`OpenTelemetry traces of the built server on ${database}`, () => {
  let receiver: Awaited<ReturnType<typeof startTraceReceiver>>;
  let dataDir: string;
  const name = `access_traces_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const servers: BuiltServer[] = [];

  /**
   * A data directory of its own, made from the committed template as `pnpm start` makes it: an
   * in-memory database started from empty and ran every migration, 5 CPU-seconds per server.
   */
  const embeddedDirectory = async (directory: string) => {
    const env = { DATA_DIR: dataDir, PGLITE_DIR: path.join(dataDir, directory), PGLITE_SHARED_BUFFERS: '8MB' };
    await prepareEmbeddedDatabase(env);
    return { DATABASE_URL: '', ...env };
  };
  const start = async (otel: Record<string, string>) => {
    const where: Record<string, string> = serverUrl ? { DATABASE_URL: databaseUrl(serverUrl, name) } : await embeddedDirectory(`pglite-${servers.length}`);
    const server = await startBuiltServer(where.DATABASE_URL ?? '', dataDir, { ...where, ...otel });
    servers.push(server);
    return server;
  };
  const ask = (server: BuiltServer) =>
    fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ signInOptions(organisation: "nowhere") { passwordSignIn } }' }) });
  // The first export can take seconds on a busy machine (the PGlite suite beside the PostgreSQL one):
  // wait for it, then until no more spans arrive.
  const spansSettled = async () => {
    const pause = () => new Promise((resolve) => setTimeout(resolve, 300));
    const deadline = Date.now() + 15_000;
    while (receiver.spans.length === 0 && Date.now() < deadline) await pause();
    for (let last = -1; receiver.spans.length !== last && Date.now() < deadline; ) {
      last = receiver.spans.length;
      await pause();
    }
  };

  beforeAll(async () => {
    if (serverUrl) await onPostgresServer(serverUrl, `CREATE DATABASE ${name}`);
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'access-traces-'));
    receiver = await startTraceReceiver();
  });
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await receiver?.close();
    if (serverUrl) await onPostgresServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await rm(dataDir, { recursive: true, force: true });
  });

  it('exports nothing unless the OTEL_* variables ask for it', async () => {
    const server = await start({ OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json', OTEL_BSP_SCHEDULE_DELAY: '100' });
    expect((await ask(server)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(receiver.spans).toEqual([]);
    await server.stop();
  });

  it('exports HTTP, Express and GraphQL spans (and pg on PostgreSQL) to the OTLP endpoint it is given', async () => {
    const server = await start({
      OTEL_TRACES_EXPORTER: 'otlp',
      OTEL_EXPORTER_OTLP_PROTOCOL: 'http/json',
      OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: receiver.endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
    });
    expect((await ask(server)).status).toBe(200);
    await spansSettled();
    const names = receiver.spans.map((span) => span.name);
    expect(names).toEqual(expect.arrayContaining(['POST /graphql', 'middleware - jsonParser', 'graphql.parse', 'graphql.validate', 'query', 'graphql.resolve signInOptions']));
    if (serverUrl) expect(names).toEqual(expect.arrayContaining([expect.stringMatching(/^pg\.query/)]));
  });
});
