import { CourseEntity, CourseFileEntity, CourseVersionEntity, ExerciseEntity, LessonEntity, TrackCourseEntity, TrackEntity } from '@sankofa/db';
import { CourseLevel, CourseStatus, ExerciseKind } from '@sankofa/domain';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';

export interface CourseFixture {
  course: CourseEntity;
  version: CourseVersionEntity;
  /** A string planted in every hidden part; no learner-visible response may contain it. */
  secret: string;
}

export function uniqueSlug(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString('hex')}`;
}

/**
 * Stores a course the way publication does (course, version, lessons, exercises, files), so
 * learner-side tests can run without the import pipeline.
 */
export async function storeCourse(
  db: DataSource,
  options: { slug?: string; title?: string; language?: string; level?: CourseLevel; status?: CourseStatus; tags?: string[]; translationOfId?: string } = {},
): Promise<CourseFixture> {
  const slug = options.slug ?? uniqueSlug('course');
  const secret = `HIDDEN-${randomBytes(6).toString('hex')}`;
  const status = options.status ?? CourseStatus.PUBLISHED;
  const course = await db.getRepository(CourseEntity).save({ slug, status, publishedVersionId: null as string | null, latestVersionNumber: 0, translationOfId: options.translationOfId ?? null });
  const version = await db.getRepository(CourseVersionEntity).save({
    courseId: course.id,
    number: status === CourseStatus.DRAFT ? null : 1,
    changelog: status === CourseStatus.DRAFT ? null : ('First version' as string | null),
    publishedAt: status === CourseStatus.DRAFT ? null : new Date(),
    publishedById: null,
    title: options.title ?? `Course ${slug}`,
    summary: 'A course made for a test.',
    language: options.language ?? 'en',
    level: options.level ?? CourseLevel.BEGINNER,
    estimatedHours: 3,
    tags: options.tags ?? ['testing'],
    licence: 'CC-BY-SA-4.0',
    instructors: null,
    translationOfSlug: null,
    translation: null,
    modules: [
      { slug: 'first-steps', title: 'First steps', items: [{ kind: 'lesson', slug: 'welcome' }, { kind: 'exercise', slug: 'warm-up-quiz' }] },
      { slug: 'practice', title: 'Practice', items: [{ kind: 'lesson', slug: 'arrays' }, { kind: 'exercise', slug: 'mean-function' }, { kind: 'exercise', slug: 'predict-species' }] },
    ],
  });
  if (status !== CourseStatus.DRAFT) {
    await db.getRepository(CourseEntity).update(course.id, { publishedVersionId: version.id, latestVersionNumber: 1 });
    course.publishedVersionId = version.id;
  }
  const lesson = (s: string, title: string) => ({
    versionId: version.id,
    slug: s,
    title,
    minutes: 10,
    frontMatter: {
      objectives: ['Read a lesson', 'Answer a question'],
      prerequisites: [],
      models: [],
      glossary: [{ term: 'array', definition: 'Values of one type in a shape.' }],
      check: { question: 'What is 2 + 2?', answer: '4' },
      summary: ['One.', 'Two.', 'Three.'],
    },
    bodyMarkdown: `# ${title}\n`,
    bodyHtml: `<h1>${title}</h1>`,
  });
  await db.getRepository(LessonEntity).save([lesson('welcome', 'Welcome'), lesson('arrays', 'Arrays')]);
  const file = (path: string, content: string, hidden: boolean) => ({
    versionId: version.id,
    path,
    content,
    hidden,
    encoding: 'utf8' as const,
    size: Buffer.byteLength(content),
    sha256: createHash('sha256').update(content).digest('hex'),
  });
  await db.getRepository(CourseFileEntity).save([
    file('exercises/predict-species/train.csv', 'id,bill,species\n1,39.1,Adelie\n', false),
    file('exercises/predict-species/test.csv', 'id,bill\n2,46.5\n', false),
    file('exercises/predict-species/labels.csv', `id,species\n2,${secret}\n`, true),
  ]);
  await db.getRepository(ExerciseEntity).save([
    {
      versionId: version.id,
      slug: 'warm-up-quiz',
      kind: ExerciseKind.QUIZ,
      title: 'Warm-up quiz',
      promptMarkdown: 'Answer.',
      promptHtml: '<p>Answer.</p>',
      passScore: 0.7,
      publicSpec: { questions: [{ id: 'q1', type: 'single', promptHtml: '<p>Pick one</p>', points: 1, options: [{ id: 'a', html: 'A' }, { id: 'b', html: 'B' }] }] },
      hiddenSpec: { answers: { q1: { correct: ['b'], feedback: secret } } },
    },
    {
      versionId: version.id,
      slug: 'mean-function',
      kind: ExerciseKind.PYTHON,
      title: 'Write mean()',
      promptMarkdown: 'Write `mean`.',
      promptHtml: '<p>Write <code>mean</code>.</p>',
      passScore: 1,
      publicSpec: { starterCode: 'def mean(xs):\n    pass\n', timeLimitSeconds: 5 },
      hiddenSpec: { cases: [{ name: 'three', call: 'mean', args: [[1, 2, 3]], expect: { value: 2 }, hint: secret }], solution: `def mean(xs):  # ${secret}\n    return sum(xs) / len(xs)\n` },
    },
    {
      versionId: version.id,
      slug: 'predict-species',
      kind: ExerciseKind.PREDICTION,
      title: 'Predict the species',
      promptMarkdown: 'Predict.',
      promptHtml: '<p>Predict.</p>',
      passScore: 0.8,
      publicSpec: {
        metric: 'macro_f1',
        idColumn: 'id',
        targetColumn: 'species',
        baseline: { score: 0.41, method: 'most frequent species' },
        files: ['exercises/predict-species/train.csv', 'exercises/predict-species/test.csv'],
      },
      hiddenSpec: { labelsFile: 'exercises/predict-species/labels.csv', note: secret },
    },
  ]);
  return { course, version, secret };
}

export async function storeTrack(db: DataSource, courseIds: string[], slug = uniqueSlug('track')): Promise<TrackEntity> {
  const track = await db.getRepository(TrackEntity).save({ slug, title: `Track ${slug}`, summary: 'A track for a test.', language: 'en' });
  await db.getRepository(TrackCourseEntity).save(courseIds.map((courseId, position) => ({ trackId: track.id, courseId, position })));
  return track;
}
