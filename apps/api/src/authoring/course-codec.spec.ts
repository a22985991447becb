import { readCurriculaFolder, serializeCourse } from '@sankofa/curriculum';
import * as path from 'node:path';
import { courseToRows, CourseRows, rowsToCourse } from './course-codec';

const CURRICULA = path.resolve(__dirname, '../../../../curricula');

/** What the database gives back: JSON columns lose `undefined`, text stays text. */
function throughDatabase(rows: CourseRows): CourseRows {
  return JSON.parse(JSON.stringify(rows));
}

describe('course codec', () => {
  let courses: Awaited<ReturnType<typeof readCurriculaFolder>>['courses'];

  beforeAll(async () => {
    ({ courses } = await readCurriculaFolder(CURRICULA));
  });

  it('reads the shipped courses', () => {
    expect(courses.length).toBeGreaterThanOrEqual(6);
  });

  it('stores every shipped course losslessly: the exported folder is byte-identical', () => {
    for (const doc of courses) {
      const back = rowsToCourse(doc.slug, throughDatabase(courseToRows(doc)));
      const expected = serializeCourse(doc);
      const actual = serializeCourse(back);
      expect([...actual.keys()].sort()).toEqual([...expected.keys()].sort());
      for (const [file, bytes] of expected) expect({ file, text: Buffer.from(actual.get(file)!).toString('utf8') }).toEqual({ file, text: Buffer.from(bytes).toString('utf8') });
    }
  });

  it('keeps every hidden part out of what learners are served', () => {
    for (const doc of courses) {
      const rows = courseToRows(doc);
      const learnerView = JSON.stringify({
        lessons: rows.lessons,
        exercises: rows.exercises.map(({ hiddenSpec: _hidden, ...rest }) => rest),
        files: rows.files.filter((f) => !f.hidden).map((f) => f.path),
      });
      for (const exercise of doc.exercises) {
        if (exercise.kind === 'python') {
          for (const c of exercise.hidden.cases) expect(learnerView).not.toContain(JSON.stringify(c.expect));
          expect(learnerView).not.toContain(JSON.stringify(exercise.hidden.solution));
        }
        if (exercise.kind === 'quiz') expect(learnerView).not.toMatch(/"correct":\s*(true|false)/);
        if (exercise.kind === 'prediction') expect(learnerView).not.toMatch(/labels\.csv|solution\.csv|wrong\.csv/);
      }
    }
  });

  it('renders lessons and prompts to sanitized HTML once, when stored', () => {
    const rows = courseToRows(courses[0]);
    for (const lesson of rows.lessons) {
      expect(lesson.bodyHtml.length).toBeGreaterThan(0);
      expect(lesson.bodyHtml).not.toMatch(/<script|javascript:/i);
    }
    expect(rows.exercises.every((e) => e.promptHtml.startsWith('<'))).toBe(true);
  });
});
