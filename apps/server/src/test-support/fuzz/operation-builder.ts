import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isInterfaceType,
  isLeafType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLOutputType,
} from 'graphql';

export type OperationKind = 'query' | 'mutation';

/**
 * The smallest selection that still runs the type's own field resolvers: its scalar and enum
 * fields that take no required argument. Unions and interfaces answer with their typename.
 */
export function scalarSelectionOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return '';
  if (isUnionType(named) || isInterfaceType(named)) return '{ __typename }';
  if (!isObjectType(named)) return '';
  const leaves = Object.values(named.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)))
    .filter((field) => field.args.every((arg) => !isNonNullType(arg.type) || arg.defaultValue !== undefined))
    .map((field) => field.name);
  return `{ __typename ${leaves.join(' ')} }`;
}

/**
 * A JSON value written as a GraphQL literal of `type`: a string in an enum position is written
 * bare when it could be an enum value, so a wrong one reaches validation as a wrong enum value.
 */
export function literalOf(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    const item = isListType(nullable) ? (nullable.ofType as GraphQLInputType) : nullable;
    return `[${value.map((element) => literalOf(element, item)).join(', ')}]`;
  }
  if (typeof value === 'object') {
    const fields = isInputObjectType(nullable) ? nullable.getFields() : {};
    const entries = Object.entries(value).map(([key, item]) => `${key}: ${literalOf(item, fields[key]?.type ?? nullable)}`);
    return `{${entries.join(', ')}}`;
  }
  if (typeof value === 'string' && isEnumType(nullable) && /^[_A-Za-z][_0-9A-Za-z]*$/.test(value)) return value;
  return JSON.stringify(value);
}

export interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

/**
 * One operation on `field` with the arguments given, as variables or, with `inline`, as literals
 * in the document (a separate path through the server: literal validation instead of variable
 * coercion). Arguments left out are left out of the document too, so the server's defaults apply
 * and a missing required one is refused by validation as it would be for any client.
 */
export function operationFor(kind: OperationKind, field: GraphQLField<unknown, unknown>, values: Record<string, unknown>, inline = false): Operation {
  const args = field.args.filter((arg) => arg.name in values);
  const selection = `${scalarSelectionOf(field.type)}`;
  if (inline) {
    const passed = args.map((arg) => `${arg.name}: ${literalOf(values[arg.name], arg.type)}`).join(', ');
    return { query: `${kind} Fuzz { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`, variables: {} };
  }
  const declarations = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  return { query: `${kind} Fuzz${declarations ? `(${declarations})` : ''} { ${field.name}${passed ? `(${passed})` : ''} ${selection} }`, variables: values };
}
