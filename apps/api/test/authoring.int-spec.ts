import { readCourseFolder, serializeCourse } from '@sankofa/curriculum';
import { DATABASE_KINDS } from '@sankofa/testing';
import * as path from 'node:path';
import { Account, ApiUnderTest, errorCode } from './support/api-under-test';
import { uniqueSlug } from './support/course-fixtures';

const DRAFT_FIELDS = `course { slug status title latestVersion owners } files { path content encoding size } issues { file line field message } publishable`;
const CREATE = `mutation($input: CreateCourseInput!) { createCourse(input: $input) { ${DRAFT_FIELDS} } }`;
const SAVE = `mutation($slug: String!, $files: [CourseFileInput!]!) { saveCourseDraft(slug: $slug, files: $files) { ${DRAFT_FIELDS} } }`;
const DRAFT = `query($slug: String!) { courseDraft(slug: $slug) { ${DRAFT_FIELDS} } }`;
const MINE = `query { myCourses { slug status title latestVersion owners } }`;
const PUBLISH = `mutation($slug: String!, $changelog: String!) { publishCourse(slug: $slug, changelog: $changelog) { version incompatibleChanges { exercise change } course { status latestVersion } } }`;
const ARCHIVE = `mutation($slug: String!, $archived: Boolean) { archiveCourse(slug: $slug, archived: $archived) { status } }`;
const PREVIEW = `query($markdown: String!) { previewMarkdown(markdown: $markdown) { html problems } }`;

type Data = any;

/** The files of a real shipped course, renamed, as the editor would send them. */
async function courseFiles(slug: string): Promise<Array<{ path: string; content: string; encoding: string }>> {
  const { document } = await readCourseFolder(path.resolve(__dirname, '../../../curricula/courses/numbers-for-ml'));
  const files = serializeCourse({ ...document, slug, instructors: [] });
  return [...files].map(([p, bytes]) => ({ path: p, content: Buffer.from(bytes).toString('utf8'), encoding: 'utf8' }));
}

describe.each(DATABASE_KINDS)('authoring on %s', (kind) => {
  let api: ApiUnderTest;
  let owner: Account;
  let other: Account;
  let admin: Account;
  let learner: Account;
  const create = (account: Account, slug: string, overrides: Record<string, unknown> = {}) =>
    api.gql<Data>(CREATE, { input: { slug, title: 'Data for farmers', summary: 'Crop data on a laptop.', language: 'sw', level: 'BEGINNER', ...overrides } }, { token: account.token });

  beforeAll(async () => {
    api = await ApiUnderTest.start(kind);
    owner = await api.account('INSTRUCTOR');
    other = await api.account('INSTRUCTOR');
    admin = await api.account('ADMIN');
    learner = await api.signUp();
  });
  afterAll(() => api.stop());

  it('is for instructors and admins only', async () => {
    for (const [query, variables] of [
      [MINE, {}],
      [DRAFT, { slug: 'anything' }],
      [PREVIEW, { markdown: '# Hi' }],
      [PUBLISH, { slug: 'anything', changelog: 'x' }],
    ] as const) {
      expect(errorCode(await api.gql(query, variables))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.gql(query, variables, { token: learner.token }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await create(learner, uniqueSlug('nope')))).toBe('FORBIDDEN');
  });

  it('creates a course whose draft holds its course.yaml, listed for its owner only', async () => {
    const slug = uniqueSlug('farm-data');
    const res = await create(owner, slug);
    expect(res.errors).toBeUndefined();
    const draft = res.data.createCourse;
    expect(draft.course).toMatchObject({ slug, status: 'DRAFT', title: 'Data for farmers', latestVersion: 0, owners: [owner.email] });
    expect(draft.files.map((f: Data) => f.path)).toEqual(['course.yaml']);
    expect(draft.files[0].content).toContain(`slug: ${slug}`);
    expect(draft.publishable).toBe(false);
    expect(draft.issues.some((i: Data) => i.file === 'course.yaml' && i.field === 'modules')).toBe(true);
    const mine = (await api.gql<Data>(MINE, {}, { token: owner.token })).data.myCourses.map((c: Data) => c.slug);
    expect(mine).toContain(slug);
    const theirs = (await api.gql<Data>(MINE, {}, { token: other.token })).data.myCourses.map((c: Data) => c.slug);
    expect(theirs).not.toContain(slug);
    const all = (await api.gql<Data>(MINE, {}, { token: admin.token })).data.myCourses.map((c: Data) => c.slug);
    expect(all).toContain(slug);
  });

  it('refuses bad creation input with the field', async () => {
    const taken = uniqueSlug('taken');
    await create(owner, taken);
    expect((await create(owner, taken)).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    expect((await create(owner, 'Not A Slug')).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'slug' });
    expect(errorCode(await create(owner, uniqueSlug('lvl'), { level: 'GURU' }))).toBe('BAD_USER_INPUT');
  });

  it('saves drafts with issues by file and line, publishes valid ones as numbered versions', async () => {
    const slug = uniqueSlug('numbers');
    await create(owner, slug);
    const files = await courseFiles(slug);
    const broken = files.map((f) => (f.path.startsWith('lessons/') ? { ...f, content: f.content.replace(/^minutes: \d+$/m, 'minutes: lots') } : f));
    const saved = (await api.gql<Data>(SAVE, { slug, files: broken }, { token: owner.token })).data.saveCourseDraft;
    expect(saved.publishable).toBe(false);
    expect(saved.issues[0]).toMatchObject({ file: expect.stringMatching(/^lessons\/.*\.md$/), line: expect.any(Number), field: 'minutes' });
    const refused = await api.gql<Data>(PUBLISH, { slug, changelog: 'First version' }, { token: owner.token });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_COURSE' });
    // Nothing is lost: the broken draft is there to fix.
    const kept = (await api.gql<Data>(DRAFT, { slug }, { token: owner.token })).data.courseDraft;
    expect(kept.files.length).toBe(files.length);

    const fixed = (await api.gql<Data>(SAVE, { slug, files }, { token: owner.token })).data.saveCourseDraft;
    expect(fixed.issues).toEqual([]);
    expect(fixed.publishable).toBe(true);
    expect((await api.gql<Data>(PUBLISH, { slug, changelog: '  ' }, { token: owner.token })).errors?.[0]?.extensions).toMatchObject({ field: 'changelog' });
    const published = (await api.gql<Data>(PUBLISH, { slug, changelog: 'First version' }, { token: owner.token })).data.publishCourse;
    expect(published).toMatchObject({ version: 1, incompatibleChanges: [], course: { status: 'PUBLISHED', latestVersion: 1 } });
    // A learner's progress, keyed by lesson slug, survives the next version.
    const lessonSlug = files.find((f) => f.path.startsWith('lessons/'))!.path.slice('lessons/'.length, -'.md'.length);
    await api.gql(`mutation($s: String!) { enroll(courseSlug: $s) { slug } }`, { s: slug }, { token: learner.token });
    await api.gql(`mutation($s: String!, $l: String!) { completeLesson(courseSlug: $s, lessonSlug: $l) { lessonsCompleted } }`, { s: slug, l: lessonSlug }, { token: learner.token });
    const again = (await api.gql<Data>(PUBLISH, { slug, changelog: 'Same again' }, { token: owner.token })).data.publishCourse;
    expect(again.version).toBe(2);
    const seen = await api.gql<Data>(`query($slug: String!) { course(slug: $slug) { version title progress { lessonsCompleted } } }`, { slug }, { token: learner.token });
    expect(seen.data.course).toMatchObject({ version: 2, progress: { lessonsCompleted: 1 } });
  });

  it('keeps other instructors out of a course they do not own; admins may edit it', async () => {
    const slug = uniqueSlug('owned');
    await create(owner, slug);
    const files = await courseFiles(slug);
    expect(errorCode(await api.gql(DRAFT, { slug }, { token: other.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(SAVE, { slug, files }, { token: other.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(PUBLISH, { slug, changelog: 'x' }, { token: other.token }))).toBe('FORBIDDEN');
    expect(errorCode(await api.gql(ARCHIVE, { slug }, { token: other.token }))).toBe('FORBIDDEN');
    expect((await api.gql<Data>(SAVE, { slug, files }, { token: admin.token })).data.saveCourseDraft.publishable).toBe(true);
    expect(errorCode(await api.gql(DRAFT, { slug: 'no-such-course' }, { token: owner.token }))).toBe('NOT_FOUND');
  });

  it('refuses file paths outside the folder, duplicates and bad encodings', async () => {
    const slug = uniqueSlug('paths');
    await create(owner, slug);
    for (const files of [
      [{ path: '../escape.md', content: 'x', encoding: 'utf8' }],
      [{ path: '/etc/passwd', content: 'x', encoding: 'utf8' }],
      [
        { path: 'course.yaml', content: 'a', encoding: 'utf8' },
        { path: 'course.yaml', content: 'b', encoding: 'utf8' },
      ],
      [{ path: 'course.yaml', content: 'x', encoding: 'latin1' }],
    ]) {
      const res = await api.gql(SAVE, { slug, files }, { token: owner.token });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'files' });
    }
    const draft = (await api.gql<Data>(DRAFT, { slug }, { token: owner.token })).data.courseDraft;
    expect(draft.files.map((f: Data) => f.path)).toEqual(['course.yaml']);
  });

  it('archives a course out of the catalog and restores it', async () => {
    const slug = uniqueSlug('archive');
    await create(owner, slug);
    await api.gql(SAVE, { slug, files: await courseFiles(slug) }, { token: owner.token });
    await api.gql(PUBLISH, { slug, changelog: 'First version' }, { token: owner.token });
    expect((await api.gql<Data>(ARCHIVE, { slug }, { token: owner.token })).data.archiveCourse.status).toBe('ARCHIVED');
    expect(errorCode(await api.gql(`query($slug: String!) { course(slug: $slug) { slug } }`, { slug }, { token: learner.token }))).toBe('NOT_FOUND');
    expect((await api.gql<Data>(ARCHIVE, { slug, archived: false }, { token: owner.token })).data.archiveCourse.status).toBe('PUBLISHED');
  });

  it('previews Markdown exactly as publication renders it, sanitized', async () => {
    const res = await api.gql<Data>(PREVIEW, { markdown: '# Title\n\n$x^2$ and <script>alert(1)</script> [x](javascript:alert(1))' }, { token: owner.token });
    expect(res.data.previewMarkdown.html).toContain('<math');
    expect(res.data.previewMarkdown.html).not.toMatch(/<script|href="javascript:/);
    expect(res.data.previewMarkdown.html).toContain('&lt;script&gt;');
    const big = await api.gql(PREVIEW, { markdown: 'x'.repeat(201 * 1024) }, { token: owner.token });
    expect(big.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'markdown' });
  });
});
