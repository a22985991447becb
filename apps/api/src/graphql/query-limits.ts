import { ErrorCode, InputErrorReason } from '@sankofa/domain';
import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  parse,
  specifiedRules,
  validate,
  ValidationContext,
  ValidationRule,
  visit,
} from 'graphql';
import depthLimit from 'graphql-depth-limit';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';

/** Limits every operation must respect, over HTTP and over WebSocket alike. */
export const MAX_QUERY_DEPTH = 10;
export const MAX_QUERY_COMPLEXITY = 5000;

/**
 * graphql-depth-limit throws (and logs) rather than reporting on an unknown fragment; unwrapped,
 * Apollo would answer 500. The standard rules report that fragment properly, so such documents
 * are left to them.
 */
export function depthLimitRule(maxDepth = MAX_QUERY_DEPTH): ValidationRule {
  const rule = depthLimit(maxDepth) as unknown as ValidationRule;
  return (context: ValidationContext) => {
    if (hasUnknownFragment(context.getDocument())) return {};
    try {
      return rule(context);
    } catch {
      return {};
    }
  };
}

function hasUnknownFragment(document: DocumentNode): boolean {
  const defined = new Set(document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [d.name.value] : [])));
  let unknown = false;
  visit(document, {
    FragmentSpread(node) {
      if (!defined.has(node.name.value)) unknown = true;
    },
  });
  return unknown;
}

export function queryComplexity(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string): number {
  return getComplexity({
    schema,
    query: document,
    variables,
    operationName,
    estimators: [fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })],
  });
}

export function tooComplexError(complexity: number): GraphQLError {
  return new GraphQLError(`This query is too complex (${complexity}; the limit is ${MAX_QUERY_COMPLEXITY}). Ask for fewer fields or a smaller page.`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, reason: InputErrorReason.QUERY_TOO_COMPLEX, http: { status: 400 } },
  });
}

/**
 * Validation for operations that bypass Apollo Server (graphql-ws subscriptions): the same
 * rules, depth limit and cost limit as HTTP operations.
 */
export function validateOperation(
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown> | null | undefined,
  operationName: string | null | undefined,
): { document: DocumentNode; errors: readonly GraphQLError[] } {
  const { document, errors } = checkedDocument(schema, query);
  if (errors.length) return { document, errors };
  try {
    const complexity = queryComplexity(schema, document, variables ?? {}, operationName ?? undefined);
    if (complexity > MAX_QUERY_COMPLEXITY) return { document, errors: [tooComplexError(complexity)] };
  } catch (err) {
    return { document, errors: [asBadInput(err as GraphQLError)] };
  }
  return { document, errors: [] };
}

type CheckedDocument = { document: DocumentNode; errors: readonly GraphQLError[] };
/** Parsed and validated documents per schema, by their text: clients send the same few again and again. */
const checkedDocuments = new WeakMap<GraphQLSchema, LRUCache<string, CheckedDocument>>();

/** The document of `query` and what the rules and the depth limit say of it (both independent of variables). */
function checkedDocument(schema: GraphQLSchema, query: string): CheckedDocument {
  let cache = checkedDocuments.get(schema);
  if (!cache) checkedDocuments.set(schema, (cache = new LRUCache({ max: 1000, maxSize: 5_000_000, sizeCalculation: (_value, key) => key.length + 1 })));
  let checked = cache.get(query);
  if (!checked) {
    checked = parseAndValidate(schema, query);
    cache.set(query, checked);
  }
  return checked;
}

function parseAndValidate(schema: GraphQLSchema, query: string): CheckedDocument {
  let document: DocumentNode;
  try {
    document = parse(query, { maxTokens: 20_000 });
  } catch (err) {
    return { document: { kind: 'Document', definitions: [] } as unknown as DocumentNode, errors: [asBadInput(err as GraphQLError)] };
  }
  return { document, errors: validate(schema, document, [...specifiedRules, depthLimitRule()]).map(asBadInput) };
}

function asBadInput(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.BAD_USER_INPUT } });
}
