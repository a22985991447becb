import { ConsoleLogger, LogLevel } from '@nestjs/common';

// Nest's own start-up chatter: one line per module, route and step.
const START_UP_CONTEXTS = new Set(['InstanceLoader', 'RoutesResolver', 'RouterExplorer', 'NestFactory', 'NestApplication', 'GraphQLModule']);

/**
 * The logger of the server processes: our own messages, warnings and errors, without Nest's
 * start-up listing (set SANKOFA_LOG_LEVEL=debug to see everything, including that).
 */
export class ServerLogger extends ConsoleLogger {
  private readonly verbose_: boolean;

  constructor(env: NodeJS.ProcessEnv = process.env) {
    const debug = env['SANKOFA_LOG_LEVEL'] === 'debug';
    const levels: LogLevel[] = debug ? ['log', 'warn', 'error', 'debug', 'verbose', 'fatal'] : ['log', 'warn', 'error', 'fatal'];
    super('Sankofa', { logLevels: levels, colors: !env['NO_COLOR'] && process.stdout.isTTY });
    this.verbose_ = debug;
  }

  override log(message: unknown, context?: string): void {
    if (!this.verbose_ && context && START_UP_CONTEXTS.has(context)) return;
    super.log(message, context);
  }
}
