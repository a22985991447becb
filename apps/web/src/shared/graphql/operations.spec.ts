import { stringifyDocument, type TypedDocumentNode } from '@urql/core';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
// The API's generated schema is read as text to check this app's operations against it; no
// code crosses the boundary.
// eslint-disable-next-line @nx/enforce-module-boundaries
import schemaSdl from '../../../../api/schema.gql?raw';

// Every operation the web app sends, checked against the schema the API generates and commits:
// a renamed field or argument fails here instead of in a learner's browser.
const modules = import.meta.glob<Record<string, unknown>>('../../features/**/graphql/*.{query,mutation,subscription}.ts', { eager: true });

const operations = Object.entries(modules).flatMap(([file, exports]) =>
  Object.entries(exports)
    .filter(([, value]) => typeof value === 'object' && value !== null && (value as { kind?: string }).kind === 'Document')
    .map(([name, document]) => [`${file.replace(/^.*features\//, '')} ${name}`, document as TypedDocumentNode] as const),
);

describe('GraphQL operations', () => {
  const schema = buildSchema(schemaSdl);

  it('finds the operations', () => {
    expect(operations.length).toBeGreaterThanOrEqual(6);
  });

  it.each(operations)('%s is valid against apps/api/schema.gql', (_name, document) => {
    const errors = validate(schema, parse(stringifyDocument(document)));
    expect(errors.map((e) => e.message)).toEqual([]);
  });

  it('names each file after its one operation', () => {
    for (const [name, document] of operations) {
      const definitions = parse(stringifyDocument(document)).definitions.filter((d) => d.kind === 'OperationDefinition');
      expect(definitions, name).toHaveLength(1);
    }
  });
});
