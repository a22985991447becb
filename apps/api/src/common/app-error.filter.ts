import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import { AppError } from './app-error';

/**
 * Errors raised on purpose (bad input, sign-in needed, rate limits) are answers, not faults:
 * hand them to GraphQL's error mapping without Nest logging each one as an ERROR with a stack.
 */
@Catch(AppError)
export class AppErrorFilter implements GqlExceptionFilter {
  catch(error: AppError, _host: ArgumentsHost): AppError {
    return error;
  }
}
