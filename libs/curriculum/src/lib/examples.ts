import { spawn } from 'node:child_process';
import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pythonExamples } from './markdown';
import type { CourseDocument } from './model';
import { lessonFile } from './paths';

export interface WorkedExample {
  lesson: string;
  /** `lessons/<slug>.md` */
  file: string;
  /** 1-based position among the lesson's worked examples. */
  index: number;
  /** Line of the opening fence inside the lesson body. */
  bodyLine: number;
  code: string;
}

/** Every `python example` block of the course's lessons, in lesson order. */
export function workedExamples(doc: CourseDocument): WorkedExample[] {
  return doc.lessons.flatMap((lesson) =>
    pythonExamples(lesson.body).map((block, i) => ({ lesson: lesson.slug, file: lessonFile(lesson.slug), index: i + 1, bodyLine: block.line, code: block.code })),
  );
}

export interface ExampleRun {
  exitCode: number | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * Runs one worked example as CI does: `/usr/bin/python3` in a temporary copy of the course's
 * data folder (so examples may read the course data but cannot change it), with a time limit.
 */
export async function runWorkedExample(code: string, options: { dataDir?: string; timeoutMs?: number; python?: string } = {}): Promise<ExampleRun> {
  const work = await mkdtemp(path.join(tmpdir(), 'sankofa-example-'));
  try {
    if (options.dataDir && (await stat(options.dataDir).catch(() => null))?.isDirectory()) await cp(options.dataDir, work, { recursive: true });
    const script = path.join(work, '__worked_example__.py');
    await writeFile(script, code);
    const started = Date.now();
    return await new Promise<ExampleRun>((resolve, reject) => {
      const child = spawn(options.python ?? '/usr/bin/python3', ['-I', script], {
        cwd: work,
        // No inherited environment: examples must not depend on the machine that runs them.
        env: { PATH: '/usr/bin:/bin', LANG: 'C.UTF-8', PYTHONHASHSEED: '0', OPENBLAS_NUM_THREADS: '1', MPLBACKEND: 'Agg' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      let timedOut = false;
      child.stdout.on('data', (d: Buffer) => (stdout = (stdout + d.toString()).slice(-20000)));
      child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-20000)));
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, options.timeoutMs ?? 10000);
      child.on('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      child.on('close', (exitCode) => {
        clearTimeout(timer);
        resolve({ exitCode, timedOut, stdout, stderr, ms: Date.now() - started });
      });
    });
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
