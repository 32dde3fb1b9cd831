import { getDirectives } from '@graphql-tools/utils';
import fc from 'fast-check';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { ErrorCode } from '../../kernel/errors.js';
import type { TestApp } from '../test-app.js';
import { changedTables, type FingerprintReader } from './database-fingerprint.js';
import type { CallerRole, FuzzCallers } from './fuzz-callers.js';
import { argumentsOf, type FuzzPools } from './input-arbitraries.js';
import { operationFor, type OperationKind } from './operation-builder.js';

/** The codes a refusal may carry: the project's own (never INTERNAL_SERVER_ERROR) and graphql-js/Apollo's for unreadable requests. */
export const REFUSAL_CODES: ReadonlySet<string> = new Set([
  ...Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR),
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/** Who may reach an operation behind each authorization directive; @self and @authenticated are tried as both. */
const CALLERS_BY_DIRECTIVE: Record<string, readonly CallerRole[]> = {
  requiresPermission: ['admin'],
  portal: ['worker'],
  self: ['admin', 'worker'],
  authenticated: ['admin', 'worker'],
  requiresSuperAdmin: ['superAdmin'],
  public: ['anonymous'],
};

export interface FuzzOptions {
  app: TestApp;
  schema: GraphQLSchema;
  pools: FuzzPools;
  callers: FuzzCallers;
  fingerprint: FingerprintReader;
  seed: number;
  runsPerOperation: number;
  /** Operations left out, each with the reason. */
  skip: Readonly<Record<string, string>>;
  /** Tables a refused mutation may write by design (a failed sign-in is recorded), per operation. */
  refusalMayWrite: Readonly<Record<string, readonly string[]>>;
}

export interface ClassFigures {
  operations: number;
  inputs: number;
  succeeded: number;
  refused: number;
  http4xx: number;
  http5xx: number;
  internalErrors: number;
  unknownCodes: number;
  unchangedChecks: number;
  changedAfterRefusal: number;
}

export interface Finding {
  operation: string;
  caller: CallerRole;
  problem: string;
  status: number;
  variables: string;
  detail: string;
}

export interface FuzzReport {
  figures: Record<string, ClassFigures>;
  findings: Finding[];
  byCode: Record<string, number>;
}

interface Target {
  kind: OperationKind;
  field: GraphQLField<unknown, unknown>;
  directive: string;
}

interface GraphQLBody {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: unknown[]; extensions?: { code?: unknown; reason?: unknown; permission?: unknown } }>;
}

/** Every mutation and every query with arguments, with the authorization directive that guards it. */
export function fuzzTargets(schema: GraphQLSchema): Target[] {
  const targets: Target[] = [];
  for (const [kind, root] of [
    ['mutation', schema.getMutationType()],
    ['query', schema.getQueryType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.args.length === 0) continue;
      const directive = getDirectives(schema, field).find((candidate) => candidate.name in CALLERS_BY_DIRECTIVE)?.name;
      if (!directive) throw new Error(`${field.name} has no authorization directive the fuzzer knows`);
      targets.push({ kind, field, directive });
    }
  }
  return targets;
}

/** A short, printable form of fuzzed variables: a megabyte string would drown a report. */
export function abbreviate(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => (typeof item === 'string' && item.length > 80 ? `${item.slice(0, 40)}…(${item.length} chars)` : item));
}

function seedOf(base: number, name: string): number {
  let hash = base | 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** The caller's standing is gone (signed out, deactivated, stripped of a permission): replace them. */
function callerLost(body: GraphQLBody): boolean {
  return (body.errors ?? []).some(
    (error) =>
      error.extensions?.code === ErrorCode.UNAUTHENTICATED ||
      (error.extensions?.code === ErrorCode.FORBIDDEN &&
        (typeof error.extensions.permission === 'string' || ['PASSWORD_CHANGE_REQUIRED', 'PORTAL_ACCESS_OFF', 'NOT_A_PLANNER_USER'].includes(String(error.extensions.reason)))),
  );
}

async function send(app: TestApp, query: string, variables: Record<string, unknown>, token: string | undefined): Promise<{ status: number; body: GraphQLBody | null; text: string }> {
  await app.settleChanges();
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as GraphQLBody, text };
  } catch {
    return { status: response.status, body: null, text };
  }
}

/**
 * Sends generated inputs for every target through the real HTTP server and checks each answer:
 * no 5xx, no INTERNAL_SERVER_ERROR, every refusal coded from REFUSAL_CODES, and a refused
 * mutation leaves every table as it was. Violations are collected, not thrown, so one run
 * reports all of them.
 */
export async function runSchemaFuzz(options: FuzzOptions): Promise<FuzzReport> {
  const { app, pools, callers, fingerprint } = options;
  const figures: Record<string, ClassFigures> = {};
  const findings: Finding[] = [];
  const byCode: Record<string, number> = {};

  for (const target of fuzzTargets(options.schema)) {
    const name = target.field.name;
    if (name in options.skip) continue;
    const roles = CALLERS_BY_DIRECTIVE[target.directive]!;
    const figuresOf = (figures[`${target.kind} @${target.directive}`] ??= {
      operations: 0,
      inputs: 0,
      succeeded: 0,
      refused: 0,
      http4xx: 0,
      http5xx: 0,
      internalErrors: 0,
      unknownCodes: 0,
      unchangedChecks: 0,
      changedAfterRefusal: 0,
    });
    figuresOf.operations++;
    const inputs = fc.sample(argumentsOf(name, target.field.args, pools), { seed: seedOf(options.seed, name), numRuns: options.runsPerOperation });

    for (const [index, variables] of inputs.entries()) {
      const role = roles[index % roles.length]!;
      // One input in five as literals in the document, the rest as variables.
      const { query, variables: sent } = operationFor(target.kind, target.field, variables, index % 5 === 4);
      const before = target.kind === 'mutation' ? await fingerprint.read() : null;
      const { status, body, text } = await send(app, query, sent, callers.token(role));
      figuresOf.inputs++;
      const report = (problem: string, detail: string) =>
        findings.push({ operation: name, caller: role, problem, status, variables: abbreviate(variables), detail: detail.slice(0, 600) });

      if (status >= 500) {
        figuresOf.http5xx++;
        report('HTTP 5xx', text);
      } else if (status >= 400) {
        figuresOf.http4xx++;
      }
      if (!body) {
        report('answer is not JSON', text);
        continue;
      }
      const errors = body.errors ?? [];
      for (const error of errors) {
        const code = String(error.extensions?.code);
        byCode[code] = (byCode[code] ?? 0) + 1;
        if (code === ErrorCode.INTERNAL_SERVER_ERROR) {
          figuresOf.internalErrors++;
          report('INTERNAL_SERVER_ERROR', JSON.stringify(error));
        } else if (!REFUSAL_CODES.has(code)) {
          figuresOf.unknownCodes++;
          report(`refusal without a known code (${code})`, JSON.stringify(error));
        } else if (code === ErrorCode.BAD_USER_INPUT && error.path && typeof (error.extensions as { field?: unknown }).field !== 'string') {
          report('input refused by a resolver without the field it is about', JSON.stringify(error));
        }
      }
      const refused = errors.length > 0 && (body.data?.[name] ?? null) === null;
      if (refused) figuresOf.refused++;
      else figuresOf.succeeded++;

      if (before && refused) {
        figuresOf.unchangedChecks++;
        const allowed = options.refusalMayWrite[name] ?? [];
        const changed = Object.keys(changedTables(before, await fingerprint.read())).filter((table) => !allowed.includes(table));
        if (changed.length > 0) {
          figuresOf.changedAfterRefusal++;
          report(`refused mutation changed ${changed.join(', ')}`, JSON.stringify(errors));
        }
      }
      if (role !== 'anonymous' && callerLost(body)) await callers.renew(role);
    }
  }
  return { figures, findings, byCode };
}
