import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectedFieldNames } from './selected-fields';

describe('selectedFieldNames', () => {
  const schema = buildSchema('type Thing { id: ID! status: String score: Float runs: [Run!]! } type Run { n: Int } type Query { thing: Thing }');

  function selectionOf(query: string): Set<string> {
    let seen = new Set<string>();
    execute({
      schema,
      document: parse(query),
      rootValue: {
        thing: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
          seen = selectedFieldNames(info);
          return null;
        },
      },
    });
    return seen;
  }

  it('lists the fields selected directly, in fragments and in inline fragments, one level deep', () => {
    expect(selectionOf('{ thing { id ...F ... on Thing { score } } } fragment F on Thing { status runs { n } }')).toEqual(new Set(['id', 'status', 'runs', 'score']));
  });

  it('counts __typename like any other field', () => {
    expect(selectionOf('{ thing { __typename id } }')).toEqual(new Set(['__typename', 'id']));
  });
});
