import { INestApplication, Logger, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ServerLogger, Settings } from '@sankofa/config';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { jsonBodyWithLimits } from './web/body-limits';
import { rejectUnreadableBody } from './web/reject-unreadable-body';
import { AppModule } from './app.module';
import { serveWebApp } from './web/serve-web-app';

/** Creates the configured API application (used by main.ts and by the integration tests). */
export async function createApiApp(settings: Settings, options: { logger?: LogLevel[] | false } = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(settings), {
    bodyParser: false,
    logger: options.logger ?? new ServerLogger(),
  });
  app.set('trust proxy', settings.trustProxyHops);
  app.disable('x-powered-by');
  app.use(...jsonBodyWithLimits(settings.bodyLimitBytes));
  app.use(rejectUnreadableBody);
  app.use(compression());
  app.use(cookieParser());
  serveWebApp(app, settings.webDistDir);
  app.enableShutdownHooks();
  return app;
}

/**
 * Keeps idle keep-alive connections open longer than clients and proxies keep them (Node closes
 * them after 5 s): otherwise a client may send on a socket the server is closing, and the
 * request fails with a connection reset.
 */
export function keepConnectionsAlive(app: INestApplication): void {
  const server = app.getHttpServer() as import('node:http').Server;
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
}

export async function startApi(settings: Settings): Promise<INestApplication> {
  const app = await createApiApp(settings);
  keepConnectionsAlive(app);
  await app.listen(settings.port, '0.0.0.0');
  new Logger('Sankofa').log(`API listening on http://localhost:${settings.port}/graphql`);
  return app;
}
