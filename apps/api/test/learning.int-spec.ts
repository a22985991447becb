import { CourseLevel, CourseStatus } from '@sankofa/domain';
import { DATABASE_KINDS } from '@sankofa/testing';
import { DataSource } from 'typeorm';
import { Account, ApiUnderTest, errorCode, GraphQLResponse } from './support/api-under-test';
import { CourseFixture, storeCourse, storeTrack, uniqueSlug } from './support/course-fixtures';

const COURSES = `query Courses($first: Int, $after: String, $search: String, $language: String, $level: CourseLevel, $track: String) {
  courses(first: $first, after: $after, search: $search, language: $language, level: $level, track: $track) {
    totalCount edges { node { slug title language level enrolled lessonCount exerciseCount } } pageInfo { endCursor hasNextPage }
  }
}`;
const COURSE = `query Course($slug: String!) {
  course(slug: $slug) {
    slug title version enrolled translations { slug language } translationOf { slug }
    modules { slug title items { type slug title minutes exerciseKind completed } }
    progress { lessonsCompleted lessonsTotal exercisesPassed exercisesTotal percent }
  }
}`;
const LESSON = `query Lesson($courseSlug: String!, $slug: String!) {
  lesson(courseSlug: $courseSlug, slug: $slug) { slug title minutes objectives html check { question answer } summary glossary { term definition } completed previous { type slug } next { type slug title } }
}`;
const EXERCISE = `query Exercise($courseSlug: String!, $slug: String!) {
  exercise(courseSlug: $courseSlug, slug: $slug) {
    id slug kind title promptHtml starterCode timeLimitSeconds
    questions { id type promptHtml points options { id html } }
    prediction { metric idColumn targetColumn baselineScore baselineMethod deadline files { name size sha256 } }
    previous { slug } next { slug }
  }
}`;
const ENROLL = `mutation Enroll($courseSlug: String!) { enroll(courseSlug: $courseSlug) { slug enrolled progress { lessonsCompleted lessonsTotal percent } } }`;
const UNENROLL = `mutation Unenroll($courseSlug: String!) { unenroll(courseSlug: $courseSlug) }`;
const COMPLETE = `mutation Complete($courseSlug: String!, $lessonSlug: String!) { completeLesson(courseSlug: $courseSlug, lessonSlug: $lessonSlug) { lessonsCompleted lessonsTotal exercisesTotal percent } }`;
const TRACKS = `query { tracks { slug title courses { slug } } }`;

type Data = any;

describe.each(DATABASE_KINDS)('learning on %s', (kind) => {
  let api: ApiUnderTest;
  let db: DataSource;
  let learner: Account;
  let other: Account;
  let published: CourseFixture;
  let draft: CourseFixture;
  const responses: GraphQLResponse[] = [];
  const call = async (query: string, variables: Record<string, unknown>, account: Account | null = learner): Promise<GraphQLResponse<Data>> => {
    const res = await api.gql<Data>(query, variables, account ? { token: account.token } : {});
    responses.push(res);
    return res;
  };

  beforeAll(async () => {
    api = await ApiUnderTest.start(kind);
    db = api.app.get(DataSource);
    learner = await api.signUp();
    other = await api.signUp();
    published = await storeCourse(db, { tags: ['numpy', 'statistics'] });
    draft = await storeCourse(db, { status: CourseStatus.DRAFT });
  });
  afterAll(() => api.stop());

  describe('catalog', () => {
    it('needs a signed-in user', async () => {
      expect(errorCode(await call(TRACKS, {}, null))).toBe('UNAUTHENTICATED');
      expect(errorCode(await call(COURSES, {}, null))).toBe('UNAUTHENTICATED');
      expect(errorCode(await call(COURSE, { slug: published.course.slug }, null))).toBe('UNAUTHENTICATED');
    });

    it('lists tracks with their published courses in order, never drafts', async () => {
      const second = await storeCourse(db);
      const track = await storeTrack(db, [second.course.id, draft.course.id, published.course.id]);
      const res = await call(TRACKS, {});
      const found = res.data.tracks.find((t: Data) => t.slug === track.slug);
      expect(found.courses.map((c: Data) => c.slug)).toEqual([second.course.slug, published.course.slug]);
    });

    it('filters by language (a language matches its regional tags), level, track and words, and never lists drafts', async () => {
      const tag = uniqueSlug('filter');
      const fr = await storeCourse(db, { language: 'fr-SN', level: CourseLevel.ADVANCED, tags: [tag] });
      const en = await storeCourse(db, { language: 'en', level: CourseLevel.BEGINNER, tags: [tag] });
      await storeCourse(db, { language: 'fr', status: CourseStatus.DRAFT, tags: [tag] });
      const slugs = async (vars: Record<string, unknown>) => (await call(COURSES, { search: tag, ...vars })).data.courses.edges.map((e: Data) => e.node.slug);
      expect((await slugs({})).sort()).toEqual([fr.course.slug, en.course.slug].sort());
      expect(await slugs({ language: 'fr' })).toEqual([fr.course.slug]);
      expect(await slugs({ level: 'BEGINNER' })).toEqual([en.course.slug]);
      const track = await storeTrack(db, [en.course.id]);
      expect(await slugs({ track: track.slug })).toEqual([en.course.slug]);
      expect(await slugs({ search: `${tag.toUpperCase()}` })).toHaveLength(2);
    });

    it('pages with cursors and counts', async () => {
      const tag = uniqueSlug('paging');
      for (let i = 0; i < 3; i++) await storeCourse(db, { tags: [tag] });
      const first = await call(COURSES, { search: tag, first: 2 });
      expect(first.data.courses.totalCount).toBe(3);
      expect(first.data.courses.edges).toHaveLength(2);
      const rest = await call(COURSES, { search: tag, first: 2, after: first.data.courses.pageInfo.endCursor });
      expect(rest.data.courses.edges).toHaveLength(1);
      expect(rest.data.courses.pageInfo.hasNextPage).toBe(false);
    });

    it('rejects bad page sizes, cursors and levels', async () => {
      expect((await call(COURSES, { first: 0 })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      expect((await call(COURSES, { after: '!!' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      expect(errorCode(await call(COURSES, { level: 'EXPERT' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('a course', () => {
    it('shows the outline in module order with counts; drafts and unknown slugs are NOT_FOUND', async () => {
      const res = await call(COURSE, { slug: published.course.slug });
      expect(res.data.course).toMatchObject({ slug: published.course.slug, version: 1, enrolled: false, progress: null });
      expect(res.data.course.modules.map((m: Data) => m.items.map((i: Data) => `${i.type}:${i.slug}`))).toEqual([
        ['lesson:welcome', 'exercise:warm-up-quiz'],
        ['lesson:arrays', 'exercise:mean-function', 'exercise:predict-species'],
      ]);
      expect(errorCode(await call(COURSE, { slug: draft.course.slug }))).toBe('NOT_FOUND');
      expect(errorCode(await call(COURSE, { slug: 'no-such-course' }))).toBe('NOT_FOUND');
    });

    it('links translations both ways', async () => {
      const translation = await storeCourse(db, { language: 'fr', translationOfId: published.course.id });
      const original = await call(COURSE, { slug: published.course.slug });
      expect(original.data.course.translations).toEqual([{ slug: translation.course.slug, language: 'fr' }]);
      const translated = await call(COURSE, { slug: translation.course.slug });
      expect(translated.data.course.translationOf).toEqual({ slug: published.course.slug });
    });
  });

  describe('enrollment and progress', () => {
    it('enrolls once, however often asked; drafts refuse', async () => {
      const course = await storeCourse(db);
      const first = await call(ENROLL, { courseSlug: course.course.slug });
      expect(first.data.enroll).toMatchObject({ enrolled: true, progress: { lessonsCompleted: 0, lessonsTotal: 2, percent: 0 } });
      expect((await call(ENROLL, { courseSlug: course.course.slug })).errors).toBeUndefined();
      expect(errorCode(await call(ENROLL, { courseSlug: draft.course.slug }))).toBe('NOT_FOUND');
      expect(errorCode(await call(ENROLL, { courseSlug: course.course.slug }, null))).toBe('UNAUTHENTICATED');
    });

    it('records completed lessons for enrolled learners only, per learner', async () => {
      const course = await storeCourse(db);
      const slug = course.course.slug;
      expect(errorCode(await call(COMPLETE, { courseSlug: slug, lessonSlug: 'welcome' }))).toBe('FORBIDDEN');
      await call(ENROLL, { courseSlug: slug });
      const progress = await call(COMPLETE, { courseSlug: slug, lessonSlug: 'welcome' });
      expect(progress.data.completeLesson).toEqual({ lessonsCompleted: 1, lessonsTotal: 2, exercisesTotal: 3, percent: 20 });
      expect((await call(COMPLETE, { courseSlug: slug, lessonSlug: 'welcome' })).data.completeLesson.lessonsCompleted).toBe(1);
      expect(errorCode(await call(COMPLETE, { courseSlug: slug, lessonSlug: 'no-such-lesson' }))).toBe('NOT_FOUND');
      // Someone else's progress is their own.
      await call(ENROLL, { courseSlug: slug }, other);
      const theirs = await call(COURSE, { slug }, other);
      expect(theirs.data.course.progress.lessonsCompleted).toBe(0);
      const mine = await call(COURSE, { slug });
      expect(mine.data.course.modules[0].items[0]).toMatchObject({ slug: 'welcome', completed: true });
    });

    it('lists the learner’s own enrolled courses with progress, latest first', async () => {
      const fresh = await api.signUp();
      const ENROLLED = `query { enrolledCourses { slug enrolled progress { lessonsCompleted lessonsTotal percent } } }`;
      expect(errorCode(await call(ENROLLED, {}, null))).toBe('UNAUTHENTICATED');
      expect((await call(ENROLLED, {}, fresh)).data.enrolledCourses).toEqual([]);
      const first = await storeCourse(db);
      const second = await storeCourse(db);
      await call(ENROLL, { courseSlug: first.course.slug }, fresh);
      await new Promise((r) => setTimeout(r, 1100)); // SQLite keeps whole seconds
      await call(ENROLL, { courseSlug: second.course.slug }, fresh);
      await call(COMPLETE, { courseSlug: first.course.slug, lessonSlug: 'welcome' }, fresh);
      const mine = (await call(ENROLLED, {}, fresh)).data.enrolledCourses;
      expect(mine.map((c: Data) => c.slug)).toEqual([second.course.slug, first.course.slug]);
      expect(mine[1].progress).toEqual({ lessonsCompleted: 1, lessonsTotal: 2, percent: 20 });
      // Nobody else's enrollments show.
      expect((await call(ENROLLED, {}, other)).data.enrolledCourses.map((c: Data) => c.slug)).not.toContain(first.course.slug);
    });

    it('keeps progress across unenroll and re-enroll', async () => {
      const course = await storeCourse(db);
      const slug = course.course.slug;
      await call(ENROLL, { courseSlug: slug });
      await call(COMPLETE, { courseSlug: slug, lessonSlug: 'arrays' });
      expect((await call(UNENROLL, { courseSlug: slug })).data.unenroll).toBe(true);
      expect((await call(COURSE, { slug })).data.course).toMatchObject({ enrolled: false, progress: null });
      expect(errorCode(await call(COMPLETE, { courseSlug: slug, lessonSlug: 'welcome' }))).toBe('FORBIDDEN');
      const back = await call(ENROLL, { courseSlug: slug });
      expect(back.data.enroll.progress.lessonsCompleted).toBe(1);
    });
  });

  describe('lessons and exercises', () => {
    it('reads a lesson with its front matter and previous/next across modules', async () => {
      const res = await call(LESSON, { courseSlug: published.course.slug, slug: 'arrays' });
      expect(res.data.lesson).toMatchObject({
        slug: 'arrays',
        title: 'Arrays',
        html: '<h1>Arrays</h1>',
        check: { question: 'What is 2 + 2?', answer: '4' },
        summary: ['One.', 'Two.', 'Three.'],
        previous: { type: 'exercise', slug: 'warm-up-quiz' },
        next: { type: 'exercise', slug: 'mean-function', title: 'Write mean()' },
      });
      expect(errorCode(await call(LESSON, { courseSlug: published.course.slug, slug: 'missing' }))).toBe('NOT_FOUND');
      expect(errorCode(await call(LESSON, { courseSlug: draft.course.slug, slug: 'welcome' }))).toBe('NOT_FOUND');
    });

    it('shows each kind of exercise without its hidden parts', async () => {
      const quiz = await call(EXERCISE, { courseSlug: published.course.slug, slug: 'warm-up-quiz' });
      expect(quiz.data.exercise).toMatchObject({ kind: 'QUIZ', starterCode: null, prediction: null, questions: [{ id: 'q1', options: [{ id: 'a' }, { id: 'b' }] }] });
      const python = await call(EXERCISE, { courseSlug: published.course.slug, slug: 'mean-function' });
      expect(python.data.exercise).toMatchObject({ kind: 'PYTHON', starterCode: 'def mean(xs):\n    pass\n', timeLimitSeconds: 5, questions: null });
      const prediction = await call(EXERCISE, { courseSlug: published.course.slug, slug: 'predict-species' });
      expect(prediction.data.exercise.prediction).toMatchObject({ metric: 'macro_f1', targetColumn: 'species', baselineScore: 0.41 });
      expect(prediction.data.exercise.prediction.files.map((f: Data) => f.name)).toEqual([
        'exercises/predict-species/train.csv',
        'exercises/predict-species/test.csv',
      ]);
      expect(errorCode(await call(EXERCISE, { courseSlug: published.course.slug, slug: 'missing' }))).toBe('NOT_FOUND');
    });

    it('serves public data files at content-addressed URLs with an ETag, and never hidden or draft files', async () => {
      const res = await call(`query($c: String!, $s: String!) { exercise(courseSlug: $c, slug: $s) { prediction { files { name sha256 url } } } }`, { c: published.course.slug, s: 'predict-species' });
      const train = res.data.exercise.prediction.files[0];
      expect(train.url).toBe(`/files/${train.sha256}/train.csv`);
      const download = await fetch(`${api.url}${train.url}`);
      expect(download.status).toBe(200);
      expect(download.headers.get('etag')).toBe(`"${train.sha256}"`);
      expect(download.headers.get('cache-control')).toContain('immutable');
      expect(await download.text()).toBe('id,bill,species\n1,39.1,Adelie\n');
      expect((await fetch(`${api.url}${train.url}`, { headers: { 'if-none-match': `"${train.sha256}"` } })).status).toBe(304);
      const hidden = await db.query(`SELECT sha256 FROM course_files WHERE path = 'exercises/predict-species/labels.csv' AND version_id = ${kind === 'postgres' ? '$1' : '?'}`, [published.version.id]);
      expect((await fetch(`${api.url}/files/${hidden[0].sha256}/labels.csv`)).status).toBe(404);
      expect((await fetch(`${api.url}/files/${train.sha256}/other-name.csv`)).status).toBe(404);
      expect((await fetch(`${api.url}/files/not-a-hash/train.csv`)).status).toBe(404);
      const draftFile = await db.query(`SELECT sha256 FROM course_files WHERE path = 'exercises/predict-species/train.csv' AND version_id = ${kind === 'postgres' ? '$1' : '?'}`, [draft.version.id]);
      // The same bytes in a draft are served only because a published version holds them too.
      expect(draftFile[0].sha256).toBe(train.sha256);
    });

    it('never puts a hidden answer, case, label or solution in any response a learner got', () => {
      expect(responses.length).toBeGreaterThan(20);
      for (const res of responses) expect(res.raw).not.toContain('HIDDEN-');
    });
  });
});
