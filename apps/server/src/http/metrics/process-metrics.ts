import { collectDefaultMetrics, Registry } from 'prom-client';

let processRegistry: Registry | undefined;

/**
 * Node's own metrics (CPU, memory, event loop lag, GC). They describe the process, not a server
 * in it, so the process keeps one set: each collector watches the event loop and garbage
 * collections from the moment it starts and cannot be stopped, so one per server started in a
 * process (tests start dozens) would pile up.
 */
export function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}
