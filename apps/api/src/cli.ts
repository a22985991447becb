import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadSettingsOrExit, Settings } from '@sankofa/config';
import { dataSourceOptions } from '@sankofa/db';
import { passwordProblem, Role } from '@sankofa/domain';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { CliModule } from './cli/cli.module';
import { DemoAccounts } from './cli/demo-accounts';
import { AppError } from './common/app-error';
import { UsersService } from './users/users.service';

const USAGE = `Usage: cli <command>
  migrate                         apply pending database migrations
  migrate:revert                  revert the last migration
  seed-demo                       create the demo accounts (embedded mode only)
  create-admin --email E --name N create an admin, or make an existing account admin
                                  (password from SANKOFA_ADMIN_PASSWORD or standard input)`;

async function migrate(settings: Settings, revert: boolean): Promise<void> {
  const dataSource = await new DataSource(dataSourceOptions(settings.database)).initialize();
  try {
    if (revert) {
      await dataSource.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration.');
    } else {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}` : 'Database schema is up to date.');
    }
  } finally {
    await dataSource.destroy();
  }
}

async function withAccounts<T>(settings: Settings, work: (app: Awaited<ReturnType<typeof NestFactory.createApplicationContext>>) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(settings), { logger: ['error', 'warn'] });
  try {
    if (await app.get(DataSource).showMigrations()) {
      throw new CliError('the database is not up to date: run the "migrate" command first');
    }
    return await work(app);
  } finally {
    await app.close();
  }
}

async function seedDemo(settings: Settings): Promise<void> {
  await withAccounts(settings, async (app) => {
    const demo = app.get(DemoAccounts);
    const created = await demo.seed();
    if (!created.length) {
      console.log(`Demo accounts: sign-in details are kept in ${demo.file}`);
      return;
    }
    console.log('Demo accounts created (passwords are shown once; they are also kept in ' + demo.file + '):');
    for (const a of created) console.log(`  ${a.role.padEnd(10)} ${a.email.padEnd(32)} ${a.password}`);
  });
}

async function readPassword(): Promise<string> {
  if (process.env['SANKOFA_ADMIN_PASSWORD']) return process.env['SANKOFA_ADMIN_PASSWORD'];
  if (process.stdin.isTTY) process.stderr.write('Password for the new admin (at least 10 characters): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

async function createAdmin(settings: Settings, args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { email: { type: 'string' }, name: { type: 'string' } } });
  const email = values.email;
  if (!email) throw new UsageError('create-admin needs --email');
  await withAccounts(settings, async (app) => {
    const users = app.get(UsersService);
    const existing = await users.findByEmail(email);
    if (existing) {
      await users.promoteToAdmin(existing);
      console.log(`${existing.email} already had an account; it is now an admin (password unchanged).`);
      return;
    }
    if (!values.name) throw new UsageError('create-admin needs --name for a new account');
    const password = await readPassword();
    const problem = passwordProblem(password);
    if (problem) throw new CliError(`password: ${problem === 'PASSWORD_TOO_SHORT' ? 'use at least 10 characters' : problem.toLowerCase()}`);
    const user = await users.create({ email, displayName: values.name, password, role: Role.ADMIN });
    console.log(`Created admin ${user.email}.`);
  });
}

/** A failure the operator can fix, reported in one line. */
class CliError extends Error {}
/** A command line that does not parse: reported with the usage. */
class UsageError extends CliError {}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  const settings = loadSettingsOrExit();
  switch (command) {
    case 'migrate':
      return migrate(settings, false);
    case 'migrate:revert':
      return migrate(settings, true);
    case 'seed-demo':
      return seedDemo(settings);
    case 'create-admin':
      return createAdmin(settings, rest);
    default:
      throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  }
}

main(process.argv.slice(2)).catch((err: Error) => {
  if (err instanceof UsageError) process.stderr.write(`${err.message}\n${USAGE}\n`);
  else if (err instanceof CliError) process.stderr.write(`${err.message}\n`);
  else if (err instanceof AppError) process.stderr.write(`${err.message}${err.details['field'] ? ` (${String(err.details['field'])})` : ''}\n`);
  else process.stderr.write(`Failed: ${err.message}\n`);
  process.exit(1);
});
