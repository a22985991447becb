import { readCurriculaFolder, serializeCourse, CourseDocument } from '@sankofa/curriculum';
import { UserEntity } from '@sankofa/db';
import { DATABASE_KINDS } from '@sankofa/testing';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { OpenModelStore } from '../src/open-models/open-model-store.service';
import { CourseStore } from '../src/authoring/course-store.service';
import { Account, ApiUnderTest, GraphQLResponse } from './support/api-under-test';

const CURRICULA = path.resolve(__dirname, '../../../curricula');

function sameFolder(a: CourseDocument, b: CourseDocument): void {
  const left = serializeCourse(a);
  const right = serializeCourse(b);
  expect([...right.keys()].sort()).toEqual([...left.keys()].sort());
  for (const [file, bytes] of left) expect({ file, same: Buffer.from(bytes).equals(Buffer.from(right.get(file)!)) }).toEqual({ file, same: true });
}

describe.each(DATABASE_KINDS)('course store on %s', (kind) => {
  let api: ApiUnderTest;
  let store: CourseStore;
  let admin: UserEntity;
  let owner: UserEntity;
  let otherInstructor: UserEntity;
  let learnerAccount: Account;
  let courses: CourseDocument[];

  beforeAll(async () => {
    api = await ApiUnderTest.start(kind);
    store = api.app.get(CourseStore);
    const users = api.app.get(DataSource).getRepository(UserEntity);
    const load = async (a: Account) => users.findOneByOrFail({ id: a.id });
    admin = await load(await api.account('ADMIN'));
    owner = await load(await api.account('INSTRUCTOR'));
    otherInstructor = await load(await api.account('INSTRUCTOR'));
    learnerAccount = await api.signUp();
    // Lessons name catalog models, and publication checks that they exist.
    await api.app.get(OpenModelStore).importFolder(path.resolve(CURRICULA, '../catalog'));
    ({ courses } = await readCurriculaFolder(CURRICULA));
    // Unique slugs per run: the PostgreSQL database is shared by the suites of one run.
    const suffix = `-${kind}-${Date.now().toString(36)}`;
    const renamed = new Map(courses.map((c) => [c.slug, `${c.slug}${suffix}`.slice(0, 64)]));
    courses = courses.map((c) => ({ ...c, slug: renamed.get(c.slug)!, ...(c.translationOf ? { translationOf: renamed.get(c.translationOf)! } : {}) }));
  });
  afterAll(() => api.stop());

  it('imports, publishes and exports every shipped course byte for byte', async () => {
    for (const doc of [...courses].sort((a, b) => Number(Boolean(a.translationOf)) - Number(Boolean(b.translationOf)))) {
      await store.saveDraft(doc, admin);
      sameFolder(doc, await store.exportCourse(doc.slug, 'draft'));
      const published = await store.publish(doc.slug, 'First version', admin);
      expect(published.version.number).toBe(1);
      const exported = await store.exportCourse(doc.slug);
      sameFolder(doc, exported);
      // export(import(export(x))) = export(x), and the records are equal.
      await store.saveDraft(exported, admin);
      sameFolder(exported, await store.exportCourse(doc.slug, 'draft'));
    }
  });

  it('numbers publications, keeps every version, and flags incompatible exercise changes', async () => {
    const original = courses.find((c) => c.exercises.some((e) => e.kind === 'python'))!;
    const slug = `${original.slug.slice(0, 50)}-v`;
    const doc = { ...original, slug, translationOf: undefined, translation: undefined };
    delete (doc as Partial<CourseDocument>).translationOf;
    delete (doc as Partial<CourseDocument>).translation;
    await store.saveDraft(doc, owner);
    expect((await store.publish(slug, 'First version', owner)).incompatibleChanges).toEqual([]);
    const python = doc.exercises.find((e) => e.kind === 'python')!;
    if (python.kind !== 'python') throw new Error('python exercise expected');
    const changed: CourseDocument = {
      ...doc,
      title: `${doc.title} (revised)`,
      exercises: doc.exercises.map((e) => (e === python ? { ...python, hidden: { ...python.hidden, cases: python.hidden.cases.slice(0, -1) } } : e)),
    };
    await store.saveDraft(changed, owner);
    const second = await store.publish(slug, 'Drop a case', owner);
    expect(second.version.number).toBe(2);
    expect(second.incompatibleChanges).toEqual([{ exercise: python.slug, change: 'hidden cases changed' }]);
    expect((await store.exportCourse(slug, 1)).title).toBe(doc.title);
    expect((await store.exportCourse(slug, 2)).title).toBe(changed.title);
    expect((await store.exportCourse(slug)).title).toBe(changed.title);
  });

  it('lets only owners and admins change a course, and only instructors and admins create one', async () => {
    const doc = { ...courses[0], slug: `${courses[0].slug.slice(0, 50)}-own` };
    delete (doc as Partial<CourseDocument>).translationOf;
    delete (doc as Partial<CourseDocument>).translation;
    const learner = await api.app.get(DataSource).getRepository(UserEntity).findOneByOrFail({ id: learnerAccount.id });
    await expect(store.saveDraft(doc, learner)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await store.saveDraft(doc, owner);
    await expect(store.saveDraft(doc, otherInstructor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(store.publish(doc.slug, 'Not mine', otherInstructor)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(store.publish(doc.slug, 'Admin may', admin)).resolves.toMatchObject({ version: { number: 1 } });
  });

  it('refuses invalid content and empty changelogs with every issue, storing nothing', async () => {
    const doc = { ...courses[0], slug: `${courses[0].slug.slice(0, 50)}-bad`, title: '', lessons: courses[0].lessons.map((l) => ({ ...l, objectives: [] })) };
    delete (doc as Partial<CourseDocument>).translationOf;
    delete (doc as Partial<CourseDocument>).translation;
    const error = await store.saveDraft(doc, admin).catch((e) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'INVALID_COURSE' } });
    expect(error.details.issues.length).toBeGreaterThan(1);
    await expect(store.exportCourse(doc.slug, 'draft')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const good = { ...doc, title: 'Valid', lessons: courses[0].lessons };
    await store.saveDraft(good, admin);
    await expect(store.publish(good.slug, '   ', admin)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'changelog' } });
  });

  it('serves learners the published courses, and no hidden part of any of them in any response', async () => {
    const token = learnerAccount.token;
    const responses: GraphQLResponse<any>[] = [];
    const ask = async (query: string, variables: Record<string, unknown> = {}) => {
      const res = await api.gql<any>(query, variables, { token });
      expect(res.errors).toBeUndefined();
      responses.push(res);
      return res.data;
    };
    for (const doc of courses) {
      const { course } = await ask(`query($slug: String!) { course(slug: $slug) { slug title summary tags modules { items { type slug title } } } }`, { slug: doc.slug });
      await ask(`mutation($s: String!) { enroll(courseSlug: $s) { slug } }`, { s: doc.slug });
      for (const item of course.modules.flatMap((m: any) => m.items)) {
        if (item.type === 'lesson') {
          await ask(`query($c: String!, $s: String!) { lesson(courseSlug: $c, slug: $s) { title html objectives glossary { term definition } check { question answer } summary models { slug } prerequisites } }`, { c: doc.slug, s: item.slug });
        } else {
          await ask(
            `query($c: String!, $s: String!) { exercise(courseSlug: $c, slug: $s) { title promptHtml starterCode questions { id type promptHtml options { id html } } prediction { metric idColumn targetColumn baselineScore baselineMethod files { name size sha256 } } } }`,
            { c: doc.slug, s: item.slug },
          );
        }
      }
    }
    const everything = responses.map((r) => r.raw).join('\n');
    for (const doc of courses) {
      // What authors made public anyway (a solution line a lesson also teaches is no leak).
      const published = [...doc.lessons.map((l) => l.body), ...doc.exercises.flatMap((e) => [e.public.prompt, e.kind === 'python' ? e.public.starter : ''])].join('\n');
      for (const exercise of doc.exercises) {
        if (exercise.kind === 'python') {
          for (const line of exercise.hidden.solution.split('\n').filter((l) => l.trim().length > 25 && !published.includes(l.trim()))) {
            expect({ exercise: exercise.slug, line, leaked: everything.includes(JSON.stringify(line).slice(1, -1)) }).toEqual({ exercise: exercise.slug, line, leaked: false });
          }
          for (const c of exercise.hidden.cases) if (c.hint && c.hint.length > 20) expect({ exercise: exercise.slug, hint: everything.includes(c.hint) }).toEqual({ exercise: exercise.slug, hint: false });
        }
        if (exercise.kind === 'quiz') {
          for (const q of exercise.hidden.questions) for (const o of q.options ?? []) expect({ q: q.id, feedback: everything.includes(JSON.stringify(o.feedback).slice(1, -1)) }).toEqual({ q: q.id, feedback: false });
        }
        if (exercise.kind === 'prediction') {
          expect(everything).not.toContain(exercise.hidden.labels.sha256);
          const labelRows = Buffer.from(exercise.hidden.labels.bytes).toString('utf8').split('\n').slice(1, 4).filter(Boolean);
          // A whole label row, not a prefix of another value (`p1,0` inside `p1,0.41`).
          for (const row of labelRows) expect(everything).not.toMatch(new RegExp(`${row.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\d.])`));
        }
      }
    }
  });
});
