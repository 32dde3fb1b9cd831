import { describe, expect, it } from 'vitest';
import { tracingRequested, unaskedSignalsOff } from '../telemetry.js';

describe('which OpenTelemetry signals the server exports', () => {
  it('traces only when the OTEL_* variables ask for them', () => {
    expect(tracingRequested({})).toBe(false);
    expect(tracingRequested({ OTEL_TRACES_EXPORTER: 'otlp' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toBe(true);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_TRACES_EXPORTER: 'none' })).toBe(false);
    expect(tracingRequested({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318', OTEL_SDK_DISABLED: 'true' })).toBe(false);
  });

  it('pushes no metrics or logs to the default endpoint when only traces have one', () => {
    expect(unaskedSignalsOff({ OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: 'http://collector:4318/v1/traces' })).toEqual({ OTEL_METRICS_EXPORTER: 'none', OTEL_LOGS_EXPORTER: 'none' });
    expect(unaskedSignalsOff({ OTEL_TRACES_EXPORTER: 'otlp' })).toEqual({ OTEL_METRICS_EXPORTER: 'none', OTEL_LOGS_EXPORTER: 'none' });
  });

  it('leaves them to the SDK where an endpoint is named for them or for every signal, or an exporter is chosen', () => {
    expect(unaskedSignalsOff({ OTEL_EXPORTER_OTLP_ENDPOINT: 'http://collector:4318' })).toEqual({});
    expect(unaskedSignalsOff({ OTEL_EXPORTER_OTLP_METRICS_ENDPOINT: 'http://collector:4318/v1/metrics' })).toEqual({ OTEL_LOGS_EXPORTER: 'none' });
    expect(unaskedSignalsOff({ OTEL_METRICS_EXPORTER: 'prometheus', OTEL_LOGS_EXPORTER: 'console' })).toEqual({});
  });
});
