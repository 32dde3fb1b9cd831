import { startTracing, tracingRequested } from './telemetry.js';

// Tracing hooks modules as they are imported, so the server is imported only once it has started.
const tracing = tracingRequested(process.env) ? await startTracing() : null;
const { serve } = await import('./serve.js');
await serve({ beforeExit: async () => tracing?.shutdown() });
