import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Plugin } from '@nestjs/apollo';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { MAX_QUERY_COMPLEXITY, queryComplexity, tooComplexError } from './query-limits';

/** Refuses HTTP operations whose estimated cost exceeds the limit, before any resolver runs. */
@Plugin()
export class ComplexityPlugin implements ApolloServerPlugin {
  constructor(private readonly schemaHost: GraphQLSchemaHost) {}

  async requestDidStart(): Promise<GraphQLRequestListener<object>> {
    const { schema } = this.schemaHost;
    return {
      async didResolveOperation({ request, document }) {
        let complexity: number;
        try {
          complexity = queryComplexity(schema, document, request.variables ?? {}, request.operationName ?? undefined);
        } catch {
          // Variables that do not coerce: execution reports them as BAD_USER_INPUT right after.
          return;
        }
        if (complexity > MAX_QUERY_COMPLEXITY) throw tooComplexError(complexity);
      },
    };
  }
}
