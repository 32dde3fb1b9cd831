import fc from 'fast-check';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputField,
  type GraphQLInputType,
} from 'graphql';
import {
  BOUNDARY_INTS,
  DATE_STRINGS,
  DATE_TIME_STRINGS,
  HOSTILE_STRINGS,
  MALFORMED_CURSORS,
  MALFORMED_IDS,
  ONE_MEGABYTE_STRING,
  WRONG_TYPE_VALUES,
} from './hostile-values.js';

/** What the database holds, so that some inputs name real records and real keys and get past the first lookup. */
export interface FuzzPools {
  idsByTable: Readonly<Record<string, readonly string[]>>;
  /** Strings that mean something to the server: permission keys, usernames, slugs, tokens. */
  words: readonly string[];
}

type Named = { name: string };
/** What one operation's values are drawn from: the pools, and its name for reading id hints. */
interface Drawing {
  pools: FuzzPools;
  operation: string;
}
const DEPTH_LIMIT = 4;
const DAY = 86_400_000;

/**
 * Which table an id most likely names, read from the argument or input field name and, for a
 * bare `id`, from the operation's: `offerId` is a shift offer, `deactivateUser(id)` a user.
 */
const TABLE_HINTS: ReadonlyArray<[RegExp, string]> = [
  [/offer/i, 'shift_offer'],
  [/shift/i, 'shift'],
  [/skill/i, 'skill'],
  [/certification/i, 'worker_certification'],
  [/timeoff/i, 'time_off_request'],
  [/report/i, 'after_shift_report'],
  [/session/i, 'auth_session'],
  [/token/i, 'api_token'],
  [/superadmin/i, 'super_admin'],
  [/tenant/i, 'tenant'],
  [/role|parent/i, 'role'],
  [/day/i, 'unavailable_day'],
  [/user|worker|access|reset|lockout|twofactor|invite/i, 'user_account'],
];

function idsFor(name: string, operation: string, pools: FuzzPools): readonly string[] {
  for (const hint of name === 'id' ? [operation] : [name, operation]) {
    const table = TABLE_HINTS.find(([pattern]) => pattern.test(hint))?.[1];
    const ids = table ? pools.idsByTable[table] : undefined;
    if (ids && ids.length > 0) return ids;
  }
  return Object.values(pools.idsByTable).flat();
}

const pick = <T>(values: readonly T[]) => fc.constantFrom(...values);
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/**
 * The argument name says what a String or Int holds (a cursor, a date, a page size); the schema
 * does not, so the hints are read from it.
 */
function stringFor(name: string, pools: FuzzPools): fc.Arbitrary<string> {
  const common = [
    { arbitrary: fc.string({ maxLength: 24 }), weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }), weight: 2 },
    { arbitrary: pick(HOSTILE_STRINGS), weight: 4 },
    { arbitrary: fc.constant(ONE_MEGABYTE_STRING), weight: 1 },
  ];
  if (pools.words.length > 0) common.push({ arbitrary: pick(pools.words), weight: 4 });
  if (/^(after|before)$|cursor/i.test(name)) return fc.oneof({ arbitrary: pick(MALFORMED_CURSORS), weight: 8 }, ...common);
  if (/date|day|On$|from|until|^to$/i.test(name)) {
    const nearby = fc.integer({ min: -400, max: 400 }).map(isoDay);
    return fc.oneof({ arbitrary: nearby, weight: 6 }, { arbitrary: pick(DATE_STRINGS), weight: 4 }, ...common);
  }
  if (/time|At$/i.test(name)) return fc.oneof({ arbitrary: pick(['07:00', '23:59', '24:00', '00:00', '7:60', '-1:00']), weight: 4 }, ...common);
  if (/email/i.test(name)) return fc.oneof({ arbitrary: fc.emailAddress(), weight: 6 }, ...common);
  if (/password/i.test(name)) return fc.oneof({ arbitrary: pick(['Correct#Horse9', 'short', 'Fuzz#Passw0rd-2026']), weight: 6 }, ...common);
  return fc.oneof(...common);
}

function intFor(name: string): fc.Arbitrary<number> {
  const sizes = /^(first|last|limit)$/i.test(name);
  return fc.oneof(
    { arbitrary: fc.integer({ min: sizes ? -5 : -10, max: sizes ? 120 : 100 }), weight: 6 },
    { arbitrary: pick(BOUNDARY_INTS), weight: 4 },
    { arbitrary: fc.integer(), weight: 1 },
  );
}

function scalarFor(type: Named, name: string, drawing: Drawing): fc.Arbitrary<unknown> {
  switch (type.name) {
    case 'ID':
      return fc.oneof(
        { arbitrary: pick(idsFor(name, drawing.operation, drawing.pools)), weight: 8 },
        { arbitrary: pick(Object.values(drawing.pools.idsByTable).flat()), weight: 2 },
        { arbitrary: pick(MALFORMED_IDS), weight: 3 },
        { arbitrary: fc.uuid(), weight: 1 },
        { arbitrary: pick(HOSTILE_STRINGS), weight: 1 },
      );
    case 'String':
      return stringFor(name, drawing.pools);
    case 'Int':
      return intFor(name);
    case 'Float':
      return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), pick([0, -0, 0.5, -1, 1e308, -1e308, 5e-324]));
    case 'Boolean':
      return fc.boolean();
    case 'DateTimeISO':
      return fc.oneof(
        { arbitrary: fc.integer({ min: -400, max: 400 }).map((days) => new Date(Date.now() + days * DAY).toISOString()), weight: 6 },
        { arbitrary: pick(DATE_TIME_STRINGS), weight: 3 },
        { arbitrary: pick(DATE_STRINGS), weight: 1 },
      );
    case 'JSONObject':
      return fc.oneof(fc.constant({}), fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }));
    default:
      return fc.oneof(fc.string({ maxLength: 16 }), pick(HOSTILE_STRINGS));
  }
}

/**
 * Mostly well-typed values, so inputs reach the resolvers, plus a few the transport must refuse:
 * a value of the wrong JSON type, a required field left out, a field the input does not declare.
 */
function arbitraryOf(type: GraphQLInputType, name: string, drawing: Drawing, depth = 0): fc.Arbitrary<unknown> {
  if (isNonNullType(type)) return wellTypedOf(type.ofType, name, drawing, depth);
  return fc.oneof({ arbitrary: wellTypedOf(getNullableType(type), name, drawing, depth), weight: 4 }, { arbitrary: fc.constant(null), weight: 1 });
}

function wellTypedOf(type: GraphQLInputType, name: string, drawing: Drawing, depth: number): fc.Arbitrary<unknown> {
  const value = valueOf(type, name, drawing, depth);
  return depth === 0 ? fc.oneof({ arbitrary: value, weight: 30 }, { arbitrary: pick(WRONG_TYPE_VALUES), weight: 1 }) : value;
}

function valueOf(type: GraphQLInputType, name: string, drawing: Drawing, depth: number): fc.Arbitrary<unknown> {
  if (isListType(type)) {
    const item = arbitraryOf(type.ofType as GraphQLInputType, name, drawing, depth + 1);
    return fc.oneof({ arbitrary: fc.array(item, { maxLength: 4 }), weight: 12 }, { arbitrary: fc.array(item, { minLength: 200, maxLength: 300 }), weight: 1 });
  }
  if (isEnumType(type)) {
    const values = type.getValues().map((value) => value.name);
    return fc.oneof({ arbitrary: pick(values), weight: 12 }, { arbitrary: pick(['NOT_A_VALUE', values[0]!.toLowerCase(), '']), weight: 1 });
  }
  if (isScalarType(type)) return scalarFor(type, name, drawing);
  if (isInputObjectType(type)) return inputObjectOf(Object.values(type.getFields()), drawing, depth);
  throw new Error(`no arbitrary for input type ${String(type)}`);
}

function inputObjectOf(fields: readonly GraphQLInputField[], drawing: Drawing, depth: number): fc.Arbitrary<unknown> {
  if (depth > DEPTH_LIMIT) return fc.constant({});
  const model = Object.fromEntries(fields.map((field) => [field.name, arbitraryOf(field.type, field.name, drawing, depth + 1)]));
  const required = fields.filter((field) => isNonNullType(field.type) && field.defaultValue === undefined).map((field) => field.name);
  const record = fc.record(model, { requiredKeys: required });
  return fc.tuple(record, fc.nat(39)).map(([value, dice]) => {
    const object = value as Record<string, unknown>;
    if (dice === 0 && required.length > 0) {
      const { [required[0]!]: _dropped, ...rest } = object;
      return rest;
    }
    if (dice === 1) return { ...object, notAField: 'extra' };
    return object;
  });
}

/** Variables for every argument of an operation; optional ones are sometimes left out. */
export function argumentsOf(operation: string, args: readonly GraphQLArgument[], pools: FuzzPools): fc.Arbitrary<Record<string, unknown>> {
  const drawing = { pools, operation };
  const model = Object.fromEntries(args.map((arg) => [arg.name, arbitraryOf(arg.type, arg.name, drawing)]));
  const required = args.filter((arg) => isNonNullType(arg.type) && arg.defaultValue === undefined).map((arg) => arg.name);
  return fc.record(model, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}
