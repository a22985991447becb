/**
 * The curricula shipped in `curricula/` must validate, be in canonical form and have worked
 * examples that run. Iterates whatever courses exist, so a new course is covered on arrival.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { runWorkedExample, workedExamples } from './examples';
import { formatIssue } from './issues';
import { crossCourseIssues, readCourseFiles, readCourseFolder, readTrackFile } from './read';
import { findNonCanonicalFiles } from './write';

const ROOT = path.resolve(__dirname, '../../../../curricula');
const COURSES = path.join(ROOT, 'courses');
const TRACKS = path.join(ROOT, 'tracks');

const dirs = (dir: string) => {
  try {
    return readdirSync(dir).filter((name) => statSync(path.join(dir, name)).isDirectory()).sort();
  } catch {
    return [];
  }
};
const courseNames = dirs(COURSES);
const trackFiles = (() => {
  try {
    return readdirSync(TRACKS).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
})();

function filesOf(dir: string, rel = '', out = new Map<string, Uint8Array>()): Map<string, Uint8Array> {
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const child = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, child)).isDirectory()) filesOf(dir, child, out);
    else out.set(child, new Uint8Array(readFileSync(path.join(dir, child))));
  }
  return out;
}

// Worked examples are collected when the file loads so each gets its own named test.
const examples = courseNames.flatMap((course) => {
  const { document } = readCourseFiles(course, filesOf(path.join(COURSES, course)));
  return workedExamples(document).map((ex) => ({ ...ex, course, name: `${course}/${ex.file} example ${ex.index} (body line ${ex.bodyLine})` }));
});

const courseCases = courseNames.length ? courseNames : ['(no course yet)'];

describe('shipped curricula', () => {
  it.each(courseCases)('%s validates against the format', async (course) => {
    if (!courseNames.length) return;
    const { issues } = await readCourseFolder(path.join(COURSES, course));
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it.each(courseCases)('%s is in canonical form (export it to fix formatting)', async (course) => {
    if (!courseNames.length) return;
    const dir = path.join(COURSES, course);
    const { document, issues } = await readCourseFolder(dir);
    if (issues.length) return; // reported by the validation test; canonical form needs a valid course
    const nonCanonical = await findNonCanonicalFiles(dir, document);
    // Shipped folders are kept canonical (`cli course:format DIR`), so an export never rewrites them.
    expect(nonCanonical).toEqual([]);
  });

  it('tracks, cross-course prerequisites and translations resolve', async () => {
    const courses = await Promise.all(courseNames.map(async (c) => (await readCourseFolder(path.join(COURSES, c))).document));
    const tracks = [];
    const issues = [];
    for (const file of trackFiles) {
      const result = await readTrackFile(path.join(TRACKS, file), ROOT);
      tracks.push(result.document);
      issues.push(...result.issues);
    }
    issues.push(...crossCourseIssues(courses, tracks));
    expect(issues.map(formatIssue)).toEqual([]);
  });
});

describe('worked examples of shipped lessons run with /usr/bin/python3', () => {
  const cases = examples.length ? examples : [{ name: '(no worked example yet)', code: '', course: '' }];
  it.each(cases)('$name', async (ex) => {
    if (!examples.length) return;
    const run = await runWorkedExample(ex.code, { dataDir: path.join(COURSES, ex.course, 'data'), timeoutMs: 10000 });
    if (run.timedOut || run.exitCode !== 0) {
      throw new Error(`${ex.name} ${run.timedOut ? 'ran longer than 10 s' : `exited with ${run.exitCode}`}\n${run.stderr.slice(-2000)}`);
    }
  }, 20000);
});
