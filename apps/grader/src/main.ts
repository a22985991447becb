import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { loadSettingsOrExit, ServerLogger } from '@sankofa/config';
import { GraderModule } from './grader.module';

/** The grader: a Nest application context with no HTTP server, consuming the grading queue. */
async function main(): Promise<void> {
  const app = await NestFactory.createApplicationContext(GraderModule.forRoot(loadSettingsOrExit()), { logger: new ServerLogger() });
  app.enableShutdownHooks();
  new Logger('Sankofa').log('grader started');
}

main().catch((err: Error) => {
  process.stderr.write(`The grader could not start: ${err.message}\n`);
  process.exit(1);
});
