#!/usr/bin/env node
// Sign-in and authenticated-request throughput of the built server (apps/server/dist), measured over
// HTTP against a child process on embedded PGlite with the demo tenant. Run from the repository root:
//   pnpm --filter @access/server build && node bench/login.bench.mjs
// Results and method: bench/RESULTS.md.
import os from 'node:os';
import { graphql, startServer } from './bench-server.mjs';

const ADMIN = { tenant: 'acme', username: 'admin', password: 'Admin#2026demo' };

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { ... on Session { accessToken } } }';

/** Runs `task` with `concurrency` workers for `seconds`; returns throughput and latency percentiles. */
async function measure(seconds, concurrency, task) {
  const latencies = [];
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    while (performance.now() < deadline) {
      const start = performance.now();
      await task();
      latencies.push(performance.now() - start);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
  return { perSecond: (latencies.length / elapsed).toFixed(1), count: latencies.length, p50: at(0.5), p99: at(0.99) };
}

const server = await startServer({ PGLITE_DIR: 'memory://', DATABASE_URL: '' });
try {
  const login = () => graphql(server.url, LOGIN, { input: ADMIN });
  for (let i = 0; i < 5; i++) await login();
  const logins1 = await measure(10, 1, login);
  const logins2 = await measure(10, 2, login);

  const { login: session } = await login();
  const { createApiToken } = await graphql(server.url, 'mutation { createApiToken(name: "bench") { secret } }', {}, session.accessToken);
  const me = (token) => () => graphql(server.url, '{ me { username permissions } }', {}, token);
  for (let i = 0; i < 200; i++) await me(session.accessToken)();
  const meJwt = await measure(10, 8, me(session.accessToken));
  const meApiToken = await measure(10, 8, me(createApiToken.secret));

  console.log(JSON.stringify({ cpus: os.cpus().length, node: process.version, logins1, logins2, meJwt, meApiToken }, null, 2));
} finally {
  await server.stop();
}
