export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*/;
const LABEL = /^([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"(,?)/;
const NUMBER = /^(?:[+-]?(?:\d+\.?\d*(?:e[+-]?\d+)?|\.\d+(?:e[+-]?\d+)?)|[+-]?Inf|NaN)$/i;
/** The series a histogram or summary family writes besides its own name. */
const SERIES_SUFFIXES = ['_bucket', '_sum', '_count'];

const declared = (types: Map<string, string>, name: string) =>
  types.has(name) || SERIES_SUFFIXES.some((suffix) => name.endsWith(suffix) && types.has(name.slice(0, -suffix.length)));

const unescape = (value: string) => value.replace(/\\(.)/g, (_all, char: string) => (char === 'n' ? '\n' : char));

/**
 * Reads Prometheus's text exposition format (0.0.4) strictly: every line is blank, a comment or a
 * sample of a family its `# TYPE` line declared, or this throws naming the line. The npm parsers
 * for it drop the labels of histogram series, which the operation metrics are made of.
 */
export function parsePrometheusText(text: string): Sample[] {
  const types = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const type = /^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$/.exec(line);
    if (type) {
      types.set(type[1]!, type[2]!);
      continue;
    }
    if (line.startsWith('#')) continue;
    const name = NAME.exec(line)?.[0];
    if (!name) throw new Error(`not a sample line: ${line}`);
    if (!declared(types, name)) throw new Error(`a sample of no declared family: ${line}`);
    let rest = line.slice(name.length);
    const labels: Record<string, string> = {};
    if (rest.startsWith('{')) {
      rest = rest.slice(1);
      while (!rest.startsWith('}')) {
        const label = LABEL.exec(rest);
        if (!label) throw new Error(`malformed labels: ${line}`);
        labels[label[1]!] = unescape(label[2]!);
        rest = rest.slice(label[0].length);
        if (!label[3] && !rest.startsWith('}')) throw new Error(`malformed labels: ${line}`);
      }
      rest = rest.slice(1);
    }
    const [value, timestamp, ...extra] = rest.trim().split(' ');
    if (!rest.startsWith(' ') || !value || !NUMBER.test(value) || (timestamp !== undefined && !/^-?\d+$/.test(timestamp)) || extra.length > 0) {
      throw new Error(`malformed value: ${line}`);
    }
    samples.push({ name, labels, value: Number(value.replace(/inf/i, 'Infinity')) });
  }
  return samples;
}

/** The value of the one sample named `name` whose labels include `labels`; 0 when there is none yet. */
export function sampleValue(samples: Sample[], name: string, labels: Record<string, string> = {}): number {
  const found = samples.filter((sample) => sample.name === name && Object.entries(labels).every(([key, value]) => sample.labels[key] === value));
  if (found.length > 1) throw new Error(`${found.length} samples match ${name} ${JSON.stringify(labels)}`);
  return found[0]?.value ?? 0;
}
