import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadSettingsOrExit, Settings } from '@sankofa/config';
import { dataSourceOptions } from '@sankofa/db';
import { passwordProblem, Role } from '@sankofa/domain';
import { INestApplicationContext } from '@nestjs/common';
import { findNonCanonicalFiles, formatIssue, readCourseFolder, writeCourseFolder } from '@sankofa/curriculum';
import type { UserEntity } from '@sankofa/db';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { CourseStore, IncompatibleChange } from './authoring/course-store.service';
import { CliModule } from './cli/cli.module';
import { CurriculaSeeder } from './cli/curricula-seeder';
import { DemoAccounts } from './cli/demo-accounts';
import { AppError } from './common/app-error';
import { UsersService } from './users/users.service';
import { CatalogFolderInvalidError } from './open-models/open-model.errors';
import { CatalogImportReport, OpenModelStore, readCatalogAt } from './open-models/open-model-store.service';
import { findCatalogRoot, formatCatalogIssue } from '@sankofa/model-catalog';
import * as fs from 'node:fs';

const USAGE = `Usage: cli <command>
  migrate                         apply pending database migrations
  migrate:revert                  revert the last migration
  seed-demo                       create the demo accounts (embedded mode only)
  seed-curricula [DIR]            publish the shipped curricula on a database without courses
                                  (embedded mode only; DIR defaults to ./curricula)
  create-admin --email E --name N create an admin, or make an existing account admin
                                  (password from SANKOFA_ADMIN_PASSWORD or standard input)
  course:validate DIR             check a course folder; every problem with file, line and field
  course:format DIR               rewrite a course folder in the canonical form
  course:import DIR --as EMAIL [--publish "what changed"]
                                  create the course, or replace its draft; optionally publish it
  course:publish SLUG --as EMAIL --changelog "what changed"
  course:export SLUG DIR [--version N|draft]
                                  write a course version (default: the published one) as a folder
  curricula:import DIR --as EMAIL [--publish "what changed"]
                                  import every course and track of a curricula folder
  catalog:validate [DIR]          check an open-model catalog folder (licences/ and models/;
                                  default ./catalog); every problem with file, line and field
  catalog:import [DIR] [--overwrite-edits]
                                  import a catalog folder (default ./catalog) in one transaction;
                                  models edited in the app since their last import are kept and
                                  listed unless --overwrite-edits
  catalog:export DIR              write every licence and model as canonical files into DIR`;

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

const COURSE_OPTIONS = { as: { type: 'string' }, publish: { type: 'string' }, changelog: { type: 'string' }, version: { type: 'string' } } as const;

async function readValidCourse(dir: string) {
  const { document, issues } = await readCourseFolder(path.resolve(dir));
  if (issues.length) throw new CliError(`${issues.length} problem(s) in ${dir}:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
  return document;
}

async function actorFor(app: INestApplicationContext, email: string | undefined): Promise<UserEntity> {
  if (!email) throw new UsageError('name the instructor or admin doing this with --as EMAIL');
  const user = await app.get(UsersService).findByEmail(email);
  if (!user) throw new CliError(`no account with the e-mail address ${email}`);
  return user;
}

function printChanges(slug: string, changes: IncompatibleChange[]): void {
  for (const c of changes) console.log(`  warning: ${slug}/${c.exercise}: ${c.change} — earlier submissions answered the previous version`);
}

async function courseCommand(settings: Settings | null, command: string, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: COURSE_OPTIONS, allowPositionals: true });
  const [target, dir] = positionals;
  if (!target) throw new UsageError(`${command} needs a ${command === 'course:publish' || command === 'course:export' ? 'course slug' : 'folder'}`);
  if (command === 'course:validate') {
    await readValidCourse(target);
    console.log(`${target}: valid`);
    return;
  }
  if (command === 'course:format') {
    const doc = await readValidCourse(target);
    const changed = await findNonCanonicalFiles(path.resolve(target), doc);
    await writeCourseFolder(doc, path.resolve(target));
    console.log(changed.length ? `${target}: rewrote ${changed.length} file(s) in canonical form` : `${target}: already canonical`);
    return;
  }
  if (!settings) throw new Error(`${command} needs settings`);
  await withAccounts(settings, async (app) => {
    const store = app.get(CourseStore);
    if (command === 'course:export') {
      if (!dir) throw new UsageError('course:export needs a destination folder');
      const which = values.version === undefined ? 'published' : values.version === 'draft' ? 'draft' : Number(values.version);
      if (typeof which === 'number' && !(Number.isInteger(which) && which > 0)) throw new UsageError('--version takes a version number or "draft"');
      await writeCourseFolder(await store.exportCourse(target, which), path.resolve(dir));
      console.log(`Exported ${target} to ${dir}.`);
      return;
    }
    const actor = await actorFor(app, values.as);
    if (command === 'course:publish') {
      const result = await store.publish(target, values.changelog ?? '', actor);
      console.log(`Published ${target} version ${result.version.number}.`);
      printChanges(target, result.incompatibleChanges);
      return;
    }
    if (command === 'course:import') {
      const doc = await readValidCourse(target);
      await store.saveDraft(doc, actor);
      console.log(`Saved the draft of ${doc.slug}.`);
      if (values.publish !== undefined) {
        const result = await store.publish(doc.slug, values.publish, actor);
        console.log(`Published ${doc.slug} version ${result.version.number}.`);
        printChanges(doc.slug, result.incompatibleChanges);
      }
      return;
    }
    if (command === 'curricula:import') {
      const report = await app.get(CurriculaSeeder).importFolder(path.resolve(target), actor, values.publish ?? null);
      for (const c of report.courses) {
        console.log(`  ${c.slug}${c.version ? ` version ${c.version}` : ' (draft)'}`);
        printChanges(c.slug, c.incompatibleChanges);
      }
      console.log(`Imported ${report.courses.length} course(s) and ${report.tracks.length} track(s).`);
    }
  });
}

/** The shipped catalog beside a curricula folder, else the repository's. */
function shippedCatalogFor(curricula: string): string {
  const sibling = path.join(path.dirname(curricula), 'catalog');
  return fs.existsSync(path.join(sibling, 'models')) ? sibling : path.join(findCatalogRoot(), 'catalog');
}

function printCatalogReport(report: CatalogImportReport, verb = 'Imported'): void {
  const { licences: l, models: m } = report;
  console.log(`${verb} the catalog: ${m.created} new and ${m.updated} changed model(s) (${m.unchanged} unchanged), ${l.created} new and ${l.updated} changed licence(s) (${l.unchanged} unchanged).`);
  for (const k of report.keptEdits) {
    console.log(`  kept ${k.slug} as ${k.by} edited it on ${k.at.toISOString().slice(0, 10)}: its file differs (catalog:import --overwrite-edits replaces the edit)`);
  }
}

async function catalogCommand(settings: Settings | null, command: string, args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { 'overwrite-edits': { type: 'boolean' } }, allowPositionals: true });
  const folder = path.resolve(positionals[0] ?? (command === 'catalog:export' ? '' : 'catalog'));
  if (command === 'catalog:export' && !positionals[0]) throw new UsageError('catalog:export needs a destination folder');
  if (command === 'catalog:validate') {
    const { models, licences, issues, warnings } = await readCatalogAt(folder);
    for (const w of warnings) console.log(`  warning: ${formatCatalogIssue(w)}`);
    if (issues.length) throw new CliError(`${issues.length} problem(s) in ${folder}:\n${issues.map((i) => `  ${formatCatalogIssue(i)}`).join('\n')}`);
    console.log(`${folder}: ${models.length} model(s) and ${licences.length} licence(s), valid`);
    return;
  }
  if (!settings) throw new Error(`${command} needs settings`);
  await withAccounts(settings, async (app) => {
    const store = app.get(OpenModelStore);
    if (command === 'catalog:export') {
      const written = await store.exportFolder(folder);
      console.log(`Exported ${written.models} model(s) and ${written.licences} licence(s) to ${folder}.`);
      return;
    }
    try {
      printCatalogReport(await store.importFolder(folder, { overwriteEdits: values['overwrite-edits'] ?? false }));
    } catch (err) {
      if (err instanceof CatalogFolderInvalidError) throw new CliError(err.message);
      throw err;
    }
  });
}

async function seedCurricula(settings: Settings, dir: string | undefined): Promise<void> {
  if (settings.production) throw new CliError('the shipped curricula are seeded in embedded mode only; use curricula:import in production');
  const root = path.resolve(dir ?? 'curricula');
  await withAccounts(settings, async (app) => {
    // The catalog first: publication checks that the models lessons name exist.
    printCatalogReport(await app.get(OpenModelStore).seed(shippedCatalogFor(root)), 'Seeded');
    const report = await app.get(CurriculaSeeder).seedIfEmpty(root);
    console.log(report ? `Published the shipped curricula: ${report.courses.length} course(s) in ${report.tracks.length} track(s).` : 'Curricula: courses already exist; nothing seeded.');
  });
}
/** A command line that does not parse: reported with the usage. */
class UsageError extends CliError {}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  // Checking and formatting a folder touch no database: no settings needed.
  if (command === 'course:validate' || command === 'course:format') return courseCommand(null, command, rest);
  if (command === 'catalog:validate') return catalogCommand(null, command, rest);
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
    case 'seed-curricula':
      return seedCurricula(settings, rest[0]);
    case 'course:import':
    case 'course:publish':
    case 'course:export':
    case 'curricula:import':
      return courseCommand(settings, command, rest);
    case 'catalog:import':
    case 'catalog:export':
      return catalogCommand(settings, command, rest);
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
