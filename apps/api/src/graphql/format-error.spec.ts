import { Logger } from '@nestjs/common';
import { InputErrorReason } from '@sankofa/domain';
import { GraphQLError } from 'graphql';
import { BadInputError, RateLimitedError } from '../common/app-error';
import { formatGraphQLError } from './format-error';

function wrapped(original: Error): GraphQLError {
  return new GraphQLError(original.message, { originalError: original, path: ['signUp'] });
}

describe('formatGraphQLError', () => {
  beforeAll(() => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined));

  it('maps the API’s own errors to their code and details', () => {
    const error = wrapped(new BadInputError('email', InputErrorReason.EMAIL_TAKEN, 'Taken.'));
    expect(formatGraphQLError(error.toJSON(), error)).toMatchObject({ message: 'Taken.', extensions: { code: 'BAD_USER_INPUT', field: 'email', reason: 'EMAIL_TAKEN' } });
    const limited = wrapped(new RateLimitedError(30));
    expect(formatGraphQLError(limited.toJSON(), limited).extensions).toEqual({ code: 'RATE_LIMITED', retryAfterSeconds: 30 });
  });

  it('hides unexpected errors: no message, stack or SQL reaches the client', () => {
    const error = wrapped(new Error('duplicate key value violates unique constraint "UQ_x" at SELECT * FROM users'));
    const formatted = formatGraphQLError({ ...error.toJSON(), extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, error);
    expect(formatted.extensions).toEqual({ code: 'INTERNAL' });
    expect(JSON.stringify(formatted)).not.toMatch(/SELECT|UQ_x|stacktrace|at x/);
  });

  it('maps malformed requests to BAD_USER_INPUT', () => {
    const error = new GraphQLError('Syntax Error: Expected Name, found <EOF>.', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    expect(formatGraphQLError(error.toJSON(), error).extensions).toEqual({ code: 'BAD_USER_INPUT' });
  });

  it('does not trust a code on an error that wraps a foreign failure', () => {
    const error = new GraphQLError('boom', { originalError: new TypeError('x is undefined'), extensions: { code: 'BAD_USER_INPUT' } });
    expect(formatGraphQLError(error.toJSON(), error).extensions).toEqual({ code: 'INTERNAL' });
  });
});
