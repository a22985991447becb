import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { Module } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { SETTINGS, Settings } from '@sankofa/config';
import { GraphQLError, GraphQLSchema } from 'graphql';
import type { Context } from 'graphql-ws';
import { AccessTokenService } from '../auth/access-token.service';
import { AuthModule } from '../auth/auth.module';
import { buildRequestContext } from '../auth/request-context';
import { ComplexityPlugin } from './complexity.plugin';
import { formatGraphQLError } from './format-error';
import { depthLimitRule, validateOperation } from './query-limits';

/**
 * Apollo Server settings, and the graphql-ws server's: subscriptions bypass Apollo entirely,
 * so authentication, the same validation limits and the error mapping are applied there too.
 */
@Module({
  imports: [
    GraphQLModule.forRootAsync<ApolloDriverConfig>({
      driver: ApolloDriver,
      imports: [AuthModule],
      inject: [SETTINGS, AccessTokenService],
      useFactory: (settings: Settings, tokens: AccessTokenService): ApolloDriverConfig => {
        // This application's schema (several may run in one process, as in tests), for its sockets.
        let schemaForSockets: GraphQLSchema | undefined;
        return {
          // The schema is built in memory; apps/api/schema.gql is written and checked by a test.
          autoSchemaFile: true,
          sortSchema: true,
          path: '/graphql',
          playground: false,
          introspection: !settings.production,
          includeStacktraceInErrorResponses: false,
          csrfPrevention: true,
          validationRules: [depthLimitRule()],
          formatError: formatGraphQLError,
          transformSchema: (schema: GraphQLSchema) => {
            schemaForSockets = schema;
            return schema;
          },
          context: buildRequestContext,
          subscriptions: {
            'graphql-ws': {
              path: '/graphql',
              connectionInitWaitTimeout: 10_000,
              // Refuse the socket unless it carries a valid access token (closes with 4403).
              onConnect: async (ctx: Context<Record<string, unknown>>) => {
                const authorization = ctx.connectionParams?.['authorization'];
                return (await tokens.verify(typeof authorization === 'string' ? authorization : undefined)) !== null;
              },
              onSubscribe: (_ctx: Context, _id: string, payload: { query: string; variables?: Record<string, unknown> | null; operationName?: string | null }) => {
                if (!schemaForSockets) return [new GraphQLError('The server is starting; try again shortly.')];
                const { document, errors } = validateOperation(schemaForSockets, payload.query, payload.variables, payload.operationName);
                if (errors.length) return errors.map(toFormattedGraphQLError);
                // Checked already: graphql-ws runs these as they are, without parsing and validating again.
                return { schema: schemaForSockets, document, variableValues: payload.variables, operationName: payload.operationName };
              },
              onNext: (_ctx: Context, _id: string, _payload: unknown, _args: unknown, result: { data?: unknown; errors?: readonly GraphQLError[] }) =>
                result.errors?.length ? { ...result, errors: result.errors.map((e) => formatGraphQLError(e.toJSON(), e)) } : undefined,
            } as Record<string, unknown>,
          },
        };
      },
    }),
  ],
  providers: [ComplexityPlugin],
})
export class GraphQLConfigModule {}

/** graphql-ws sends the errors returned by onSubscribe as they are: map them like HTTP errors. */
function toFormattedGraphQLError(error: GraphQLError): GraphQLError {
  const formatted = formatGraphQLError(error.toJSON(), error);
  return new GraphQLError(formatted.message, { extensions: formatted.extensions });
}
