/** Where each part of a course lives in its folder (format.md), relative to the course folder. */
export const COURSE_FILE = 'course.yaml';
export const DATA_DIR = 'data';
export const DATA_SOURCE_FILE = 'data/SOURCE.md';

export const lessonFile = (slug: string) => `lessons/${slug}.md`;
export const exerciseDir = (slug: string) => `exercises/${slug}`;
export const exerciseFile = (slug: string, name: string) => `exercises/${slug}/${name}`;
export const dataFile = (name: string) => `${DATA_DIR}/${name}`;

/** Files of an exercise folder by kind; any other file in the folder is an error. */
export const EXERCISE_FILES = {
  quiz: ['exercise.yaml', 'prompt.md', 'solution.yaml', 'wrong.yaml'],
  python: ['exercise.yaml', 'prompt.md', 'starter.py', 'solution.py', 'wrong.py', 'cases.yaml', 'checks.py'],
  prediction: ['exercise.yaml', 'prompt.md', 'train.csv', 'test.csv', 'labels.csv', 'solution.csv', 'wrong.csv'],
} as const;

/** Optional files; every other file listed above is required. */
export const OPTIONAL_EXERCISE_FILES = new Set(['checks.py']);
