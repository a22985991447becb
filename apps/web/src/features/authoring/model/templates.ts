import type { CourseFileInput } from '../graphql/save-course-draft.mutation';

export type ExerciseKind = 'quiz' | 'python' | 'prediction';
export const EXERCISE_KINDS: readonly ExerciseKind[] = ['quiz', 'python', 'prediction'];

const text = (path: string, content: string): CourseFileInput => ({ path, content, encoding: 'utf8' });

/**
 * A new lesson: every front-matter key of the format with an empty value, so the validator
 * names each one still to fill instead of the author having to remember them.
 */
export function lessonTemplate(slug: string): CourseFileInput[] {
  return [
    text(
      `lessons/${slug}.md`,
      [
        '---',
        'title:',
        'objectives:',
        '  -',
        '  -',
        'minutes:',
        'prerequisites: []',
        'models: []',
        'glossary: []',
        'check:',
        '  question:',
        '  answer:',
        'summary:',
        '  -',
        '  -',
        '  -',
        '---',
        '',
        '## ',
        '',
        '```python example',
        '```',
        '',
      ].join('\n'),
    ),
  ];
}

/** A new exercise of one kind: its files, with the keys of the format left to fill. */
export function exerciseTemplate(slug: string, kind: ExerciseKind): CourseFileInput[] {
  const dir = `exercises/${slug}`;
  const prompt = text(`${dir}/prompt.md`, '\n');
  switch (kind) {
    case 'quiz':
      return [
        text(
          `${dir}/exercise.yaml`,
          [
            'title:',
            'kind: quiz',
            'passScore: 0.7',
            'questions:',
            '  - id: q1',
            '    type: single',
            '    prompt:',
            '    options:',
            '      - id: a',
            '        text:',
            '        correct: true',
            '        feedback:',
            '      - id: b',
            '        text:',
            '        correct: false',
            '        feedback:',
            '',
          ].join('\n'),
        ),
        prompt,
        text(`${dir}/solution.yaml`, 'q1: a\n'),
        text(`${dir}/wrong.yaml`, 'q1: b\n'),
      ];
    case 'python':
      return [
        text(`${dir}/exercise.yaml`, ['title:', 'kind: python', 'passScore: 1.0', 'timeLimitSeconds: 5', 'memoryMb: 256', ''].join('\n')),
        prompt,
        text(`${dir}/starter.py`, '\n'),
        text(`${dir}/solution.py`, '\n'),
        text(`${dir}/wrong.py`, '\n'),
        text(`${dir}/cases.yaml`, ['- name:', '  call:', '  args: []', '  expect:', '    value:', '  hint:', ''].join('\n')),
      ];
    case 'prediction':
      return [
        text(
          `${dir}/exercise.yaml`,
          [
            'title:',
            'kind: prediction',
            'metric:',
            'idColumn: id',
            'targetColumn:',
            'publicFraction: 0.3',
            'baseline:',
            '  score:',
            '  method:',
            'passScore:',
            '',
          ].join('\n'),
        ),
        prompt,
        ...['train.csv', 'test.csv', 'labels.csv', 'solution.csv', 'wrong.csv'].map((name) => text(`${dir}/${name}`, '\n')),
      ];
    default: {
      const unknown: never = kind;
      throw new Error(`Unknown exercise kind ${String(unknown)}`);
    }
  }
}
