// Latency percentiles of one client's sequential requests, shared by the page benchmarks.

/** Sequential requests (one client), so each latency is one request's own cost; nearest-rank percentiles. */
export async function measure(task, { warmup, requests }) {
  for (let i = 0; i < warmup; i++) await task();
  const latencies = [];
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    await task();
    latencies.push(performance.now() - start);
  }
  latencies.sort((a, b) => a - b);
  const at = (q) => latencies[Math.min(latencies.length - 1, Math.ceil(q * latencies.length) - 1)];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: latencies.at(-1) };
}
