/** Runs `pass` every `intervalSeconds` until stopped; a pass never overlaps the previous one. */
export function runPeriodically(intervalSeconds: number, pass: () => Promise<void>, onError: (error: unknown) => void): { stop(): void } {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    pass()
      .catch(onError)
      .finally(() => {
        running = false;
      });
  }, intervalSeconds * 1000);
  // The timer alone must not keep a stopping process alive.
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
