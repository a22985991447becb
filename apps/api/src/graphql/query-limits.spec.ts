import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { depthLimitRule, MAX_QUERY_COMPLEXITY, MAX_QUERY_DEPTH, queryComplexity, validateOperation } from './query-limits';

// A recursive schema, so depth has no natural bound.
const schema = buildSchema(`
  type Node { name: String child: Node children(first: Int): [Node] }
  type Query { root: Node }
  type Subscription { changed: Node }
`);

function nested(depth: number): string {
  let selection = 'name';
  for (let i = 0; i < depth - 1; i++) selection = `child { ${selection} }`;
  return `{ root { ${selection} } }`;
}

describe('query limits', () => {
  it(`accepts ${MAX_QUERY_DEPTH} levels and refuses ${MAX_QUERY_DEPTH + 1}`, () => {
    const rules = [...specifiedRules, depthLimitRule()];
    expect(validate(schema, parse(nested(MAX_QUERY_DEPTH - 1)), rules)).toEqual([]);
    const errors = validate(schema, parse(nested(MAX_QUERY_DEPTH + 1)), rules);
    expect(errors.map((e) => e.message).join()).toMatch(/exceeds maximum operation depth/);
  });

  it('counts depth through fragments', () => {
    const fragments = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Node { child { ...F${i + 1} } }`).join('\n');
    const errors = validate(schema, parse(`{ root { ...F0 } } ${fragments} fragment F12 on Node { name }`), [...specifiedRules, depthLimitRule()]);
    expect(errors.length).toBeGreaterThan(0);
  });

  it('reports an unknown fragment instead of throwing', () => {
    const errors = validate(schema, parse(`{ root { ...Missing } }`), [...specifiedRules, depthLimitRule()]);
    expect(errors.map((e) => e.message).join()).toMatch(/Unknown fragment "Missing"/);
  });

  it('estimates cost from the fields asked for', () => {
    expect(queryComplexity(schema, parse(`{ root { name child { name } } }`))).toBe(4);
  });

  describe('validateOperation (operations outside Apollo: subscriptions)', () => {
    it('accepts a valid operation', () => {
      expect(validateOperation(schema, `subscription { changed { name } }`, {}, null).errors).toEqual([]);
    });

    it.each([
      ['a syntax error', 'subscription {'],
      ['an unknown field', 'subscription { nothing }'],
      ['too much depth', nested(MAX_QUERY_DEPTH + 2).replace('{ root', 'subscription { changed')],
      ['too much cost', `subscription { changed { ${Array.from({ length: MAX_QUERY_COMPLEXITY + 1 }, (_, i) => `n${i}: name`).join(' ')} } }`],
    ])('refuses %s with BAD_USER_INPUT', (_label, query) => {
      const { errors } = validateOperation(schema, query, {}, null);
      expect(errors.length).toBeGreaterThan(0);
      expect(errors[0].extensions['code']).toBe('BAD_USER_INPUT');
    });
  });
});
