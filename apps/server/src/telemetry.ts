import { register } from 'node:module';

/**
 * Traces are exported only when the standard OpenTelemetry variables ask for them
 * (OTEL_TRACES_EXPORTER, or an OTLP endpoint), and never with OTEL_SDK_DISABLED=true.
 */
export function tracingRequested(env: NodeJS.ProcessEnv): boolean {
  if (env.OTEL_SDK_DISABLED?.toLowerCase() === 'true') return false;
  const exporter = env.OTEL_TRACES_EXPORTER?.trim().toLowerCase();
  if (exporter) return exporter !== 'none';
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT || env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT);
}

/**
 * The SDK also pushes metrics and logs over OTLP unless told otherwise. With only a traces endpoint
 * given they went to its default, localhost:4318, failed, and every stop waited 7.5-9 s for the
 * last metrics push. So they follow only where an endpoint is named for them or for every signal
 * (OTEL_EXPORTER_OTLP_ENDPOINT); OTEL_METRICS_EXPORTER and OTEL_LOGS_EXPORTER still decide when set.
 */
export function unaskedSignalsOff(env: NodeJS.ProcessEnv): Record<string, string> {
  const off: Record<string, string> = {};
  if (env.OTEL_EXPORTER_OTLP_ENDPOINT) return off;
  if (!env.OTEL_METRICS_EXPORTER && !env.OTEL_EXPORTER_OTLP_METRICS_ENDPOINT) off.OTEL_METRICS_EXPORTER = 'none';
  if (!env.OTEL_LOGS_EXPORTER && !env.OTEL_EXPORTER_OTLP_LOGS_ENDPOINT) off.OTEL_LOGS_EXPORTER = 'none';
  return off;
}

/**
 * OpenTelemetry's Node SDK with the HTTP, Express, GraphQL and pg instrumentations; the exporter,
 * its endpoint, protocol and sampling come from the OTEL_* variables the SDK reads itself. The
 * ESM loader hook goes first, so the modules imported afterwards can be instrumented.
 */
export async function startTracing(): Promise<{ shutdown(): Promise<void> }> {
  register('@opentelemetry/instrumentation/hook.mjs', import.meta.url);
  const [{ NodeSDK }, { HttpInstrumentation }, { ExpressInstrumentation }, { GraphQLInstrumentation }, { PgInstrumentation }] = await Promise.all([
    import('@opentelemetry/sdk-node'),
    import('@opentelemetry/instrumentation-http'),
    import('@opentelemetry/instrumentation-express'),
    import('@opentelemetry/instrumentation-graphql'),
    import('@opentelemetry/instrumentation-pg'),
  ]);
  // The SDK reads its settings from the environment as it is constructed.
  Object.assign(process.env, unaskedSignalsOff(process.env));
  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? 'access',
    instrumentations: [
      new HttpInstrumentation(),
      new ExpressInstrumentation(),
      // One span per field type rather than per list item; resolvers that only read a property add nothing.
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
      new PgInstrumentation(),
    ],
  });
  sdk.start();
  return sdk;
}
