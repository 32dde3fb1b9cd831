import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectedFieldsAt } from '../selected-fields.js';

const schema = buildSchema(`
  type Query { page: Page }
  type Page { edges: [Edge!]!, total: Int }
  type Edge { node: Item! }
  type Item { id: ID!, name: String, size: Int, tags: [String!] }
`);

function fieldsSelected(query: string, path: string[]): Set<string> {
  let seen: Set<string> | undefined;
  schema.getQueryType()!.getFields().page!.resolve = (_source: unknown, _args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
    seen = selectedFieldsAt(info, path);
    return null;
  };
  execute({ schema, document: parse(query) });
  return seen!;
}

describe('selectedFieldsAt', () => {
  it('collects fields through named and inline fragments at the path', () => {
    const query = `{ page { total edges { node { id ...Named ... on Item { size } } } } }
      fragment Named on Item { name ... on Item { tags } }`;
    expect(fieldsSelected(query, ['edges', 'node'])).toEqual(new Set(['id', 'name', 'size', 'tags']));
    expect(fieldsSelected(query, [])).toEqual(new Set(['total', 'edges']));
  });

  it('merges a path selected twice, and is empty where nothing is selected', () => {
    expect(fieldsSelected('{ page { edges { node { id } } edges { node { name } } } }', ['edges', 'node'])).toEqual(new Set(['id', 'name']));
    expect(fieldsSelected('{ page { total } }', ['edges', 'node'])).toEqual(new Set());
  });
});
