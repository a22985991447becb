import type { CourseCardData } from '../../catalog/graphql/course-card.fragment';
import type { CourseDetail } from '../../course/graphql/course-detail.fragment';
import type { LessonData } from '../../lesson/graphql/lesson.query';

/** Learner-side API answers for component tests, shaped like the real schema's. */
export function courseCard(overrides: Partial<CourseCardData> = {}): CourseCardData {
  return {
    id: 'c0a80101-0000-4000-8000-00000000c001',
    slug: 'python-for-data',
    title: 'Python for Data Work',
    summary: 'Arrays, tables and plots for data work.',
    level: 'BEGINNER',
    language: 'en',
    estimatedHours: 6,
    lessonCount: 5,
    exerciseCount: 3,
    enrolled: false,
    ...overrides,
  };
}

export function courseDetail(overrides: Partial<CourseDetail> = {}): CourseDetail {
  return {
    id: 'c0a80101-0000-4000-8000-00000000c001',
    slug: 'python-for-data',
    title: 'Python for Data Work',
    summary: 'Arrays, tables and plots for data work.',
    level: 'BEGINNER',
    language: 'en',
    licence: 'CC-BY-SA-4.0',
    version: 2,
    estimatedHours: 6,
    lessonCount: 3,
    exerciseCount: 2,
    enrolled: false,
    translationOf: null,
    translations: [{ slug: 'python-pour-les-donnees', title: 'Python pour les données', language: 'fr' }],
    modules: [
      {
        slug: 'arrays',
        title: 'Arrays and tables',
        items: [
          { type: 'lesson', slug: 'numpy-arrays', title: 'NumPy arrays', minutes: 15, completed: false, exerciseKind: null },
          { type: 'exercise', slug: 'mean-and-spread', title: 'Mean and spread', minutes: null, completed: false, exerciseKind: 'PYTHON' },
        ],
      },
      {
        slug: 'tables',
        title: 'Tables',
        items: [
          { type: 'lesson', slug: 'pandas-basics', title: 'Pandas basics', minutes: 20, completed: false, exerciseKind: null },
          { type: 'lesson', slug: 'group-by', title: 'Group by', minutes: 10, completed: false, exerciseKind: null },
          { type: 'exercise', slug: 'tables-quiz', title: 'Tables quiz', minutes: null, completed: false, exerciseKind: 'QUIZ' },
        ],
      },
    ],
    progress: null,
    ...overrides,
  };
}

export const noProgress = { percent: 0, lessonsCompleted: 0, lessonsTotal: 3, exercisesPassed: 0, exercisesTotal: 2 };

export function lessonData(overrides: { lesson?: Partial<LessonData['lesson']>; course?: Partial<LessonData['course']> } = {}): LessonData {
  return {
    lesson: {
      id: 'c0a80101-0000-4000-8000-00000000l001',
      slug: 'numpy-arrays',
      courseSlug: 'python-for-data',
      title: 'NumPy arrays',
      minutes: 15,
      objectives: ['Create arrays from Python lists', 'Compute a column mean without a loop'],
      html: '<h2 id="sec-shapes">Shapes</h2><p>An array has a shape.</p><pre data-example=""><code class="language-python"><span class="hljs-built_in">print</span>(1)</code></pre><pre><code>plain</code></pre>',
      glossary: [{ term: 'dtype', definition: 'The type of every element of an array.' }],
      check: { question: 'What is the shape of np.zeros((3, 2)).T?', answer: '(2, 3) — transposing swaps the axes.' },
      summary: ['An array holds values of one dtype.', 'Operations apply to every element.', 'Axis 0 runs down the rows.'],
      models: [],
      completed: false,
      previous: null,
      next: { type: 'exercise', slug: 'mean-and-spread', title: 'Mean and spread' },
      ...overrides.lesson,
    },
    course: { id: 'c0a80101-0000-4000-8000-00000000c001', slug: 'python-for-data', title: 'Python for Data Work', language: 'en', enrolled: true, ...overrides.course },
  };
}
