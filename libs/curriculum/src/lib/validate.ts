import { createHash } from 'node:crypto';
import { CsvError, parseCsv, type CsvTable } from './csv';
import { FieldChecker } from './fields';
import { formatFieldPath, IssueList, type RawIssue, type ValidationIssue } from './issues';
import { pythonExamples, rawHtmlLines } from './markdown';
import type { CourseDocument, DataFile, ExerciseDocument, LessonDocument, PredictionExercise, PythonExercise, QuizExercise, QuizResponses, TrackDocument } from './model';
import { COURSE_LEVELS, PREDICTION_METRICS, QUESTION_TYPES } from './model';
import { COURSE_FILE, DATA_SOURCE_FILE, dataFile, exerciseFile, lessonFile } from './paths';
import * as R from './rules';
import { scoreQuiz } from './scoring';

/**
 * Checks a course model against the format. Issues name the file of the course folder the
 * value belongs to and the field path inside it (no line: the model may not come from files).
 */
export function validateCourseDocument(doc: CourseDocument): ValidationIssue[] {
  return collectCourseIssues(doc).map(toIssue);
}

export function validateTrackDocument(track: TrackDocument, file = `${track.slug}.yaml`): ValidationIssue[] {
  const issues = new IssueList();
  checkTrack(track, new FieldChecker(issues, file));
  return issues.items.map(toIssue);
}

function toIssue(raw: RawIssue): ValidationIssue {
  return { file: raw.file, field: formatFieldPath(raw.path), message: raw.message };
}

/** Field-path issues, for the reader to attach lines to. */
export function collectCourseIssues(doc: CourseDocument): RawIssue[] {
  const issues = new IssueList();
  const c = new FieldChecker(issues, COURSE_FILE);
  checkCourseMeta(doc, c);
  const lessons = Array.isArray(doc.lessons) ? doc.lessons : [];
  const exercises = Array.isArray(doc.exercises) ? doc.exercises : [];
  const lessonSlugs = new Set(lessons.map((l) => l.slug));
  const exerciseSlugs = new Set(exercises.map((e) => e.slug));
  checkModules(doc, c, lessonSlugs, exerciseSlugs);
  c.unique(lessons, (l) => l.slug, (i) => ['lessons', i], 'lesson slug');
  c.unique(exercises, (e) => e.slug, (i) => ['exercises', i], 'exercise slug');
  for (const lesson of lessons) checkLesson(lesson, c.at(lessonFile(lesson.slug)), lessonSlugs);
  for (const exercise of exercises) {
    if (lessonSlugs.has(exercise.slug)) c.at(exerciseFile(exercise.slug, 'exercise.yaml')).fail([], `the lesson ${lessonFile(exercise.slug)} has the same slug`);
    checkExercise(exercise, c);
  }
  checkData(doc, c);
  return issues.items;
}

function checkSlug(c: FieldChecker, value: unknown, path: (string | number)[]): boolean {
  if (!c.pattern(value, path, R.SLUG_PATTERN, 'a lower-case kebab-case slug such as "python-for-data"')) return false;
  const length = (value as string).length;
  if (length < R.SLUG_MIN || length > R.SLUG_MAX) return c.fail(path, `must be ${R.SLUG_MIN}–${R.SLUG_MAX} characters (has ${length})`);
  return true;
}

function checkCourseMeta(doc: CourseDocument, c: FieldChecker): void {
  checkSlug(c, doc.slug, ['slug']);
  c.text(doc.title, ['title'], { max: R.TITLE_MAX, singleLine: true });
  c.text(doc.summary, ['summary'], { max: R.SUMMARY_MAX });
  c.pattern(doc.language, ['language'], R.BCP47_PATTERN, 'a BCP 47 language tag such as en, fr, sw or pt-BR');
  c.oneOf(doc.level, ['level'], COURSE_LEVELS);
  c.number(doc.estimatedHours, ['estimatedHours'], { min: R.HOURS_MIN, max: R.HOURS_MAX });
  if (c.list(doc.tags, ['tags'], { max: R.TAGS_MAX })) {
    doc.tags.forEach((tag, i) => c.pattern(tag, ['tags', i], R.KEBAB_PATTERN, 'a kebab-case tag'));
    c.unique(doc.tags, (t) => t, (i) => ['tags', i], 'tag');
  }
  if (c.list(doc.instructors, ['instructors'], { required: false })) {
    doc.instructors.forEach((email, i) => c.pattern(email, ['instructors', i], R.EMAIL_PATTERN, 'an e-mail address'));
    c.unique(doc.instructors, (e) => (typeof e === 'string' ? e.toLowerCase() : e), (i) => ['instructors', i], 'instructor');
  }
  c.pattern(doc.licence, ['licence'], R.SPDX_PATTERN, 'an SPDX licence id such as CC-BY-SA-4.0');
  const hasOriginal = doc.translationOf !== undefined && doc.translationOf !== null;
  const hasTranslation = doc.translation !== undefined && doc.translation !== null;
  if (hasOriginal && checkSlug(c, doc.translationOf, ['translationOf']) && doc.translationOf === doc.slug) {
    c.fail(['translationOf'], 'a course cannot be a translation of itself');
  }
  if (hasOriginal && !hasTranslation) c.fail(['translation'], 'is required when translationOf is set (who translated it, and whether it was reviewed)');
  if (!hasOriginal && hasTranslation) c.fail(['translation'], 'is allowed only with translationOf');
  if (hasTranslation && c.map(doc.translation, ['translation'])) {
    c.text(doc.translation.by, ['translation', 'by'], { singleLine: true });
    c.boolean(doc.translation.reviewed, ['translation', 'reviewed']);
  }
}

function checkModules(doc: CourseDocument, c: FieldChecker, lessonSlugs: Set<string>, exerciseSlugs: Set<string>): void {
  const listed = new Map<string, number>();
  if (c.list(doc.modules, ['modules'], { min: 1 })) {
    doc.modules.forEach((mod, m) => {
      if (!c.map(mod, ['modules', m])) return;
      checkSlug(c, mod.slug, ['modules', m, 'slug']);
      c.text(mod.title, ['modules', m, 'title'], { max: R.TITLE_MAX, singleLine: true });
      if (!c.list(mod.items, ['modules', m, 'items'], { min: 1 })) return;
      mod.items.forEach((item, i) => {
        const path = ['modules', m, 'items', i];
        if (!c.map(item, path)) return;
        const keys = Object.keys(item);
        if (keys.length !== 1 || !['lesson', 'exercise'].includes(keys[0])) {
          c.fail(path, 'must be exactly one of "lesson: <slug>" or "exercise: <slug>"');
          return;
        }
        const kind = keys[0] as 'lesson' | 'exercise';
        const slug = (item as Record<string, unknown>)[kind];
        if (typeof slug !== 'string') {
          c.fail([...path, kind], 'must be a slug');
          return;
        }
        const exists = kind === 'lesson' ? lessonSlugs.has(slug) : exerciseSlugs.has(slug);
        if (!exists) {
          c.fail([...path, kind], kind === 'lesson' ? `no lesson ${lessonFile(slug)}` : `no exercise folder exercises/${slug}/`);
          return;
        }
        const key = `${kind}:${slug}`;
        if (listed.has(key)) c.fail([...path, kind], `the ${kind} "${slug}" is listed more than once`);
        listed.set(key, (listed.get(key) ?? 0) + 1);
      });
    });
    c.unique(doc.modules.filter((m) => m && typeof m === 'object'), (m) => m.slug, (i) => ['modules', i, 'slug'], 'module slug');
  }
  for (const slug of lessonSlugs) if (!listed.has(`lesson:${slug}`)) c.at(lessonFile(slug)).fail([], 'the lesson is not listed in the modules of course.yaml');
  for (const slug of exerciseSlugs) if (!listed.has(`exercise:${slug}`)) c.at(exerciseFile(slug, 'exercise.yaml')).fail([], 'the exercise is not listed in the modules of course.yaml');
}

function checkMarkdown(c: FieldChecker, text: unknown, path: (string | number)[]): text is string {
  if (!c.text(text, path)) return false;
  for (const line of rawHtmlLines(text as string)) c.fail(path, `raw HTML is not allowed (line ${line} of the text); use Markdown`, line);
  return true;
}

function checkLesson(lesson: LessonDocument, c: FieldChecker, lessonSlugs: Set<string>): void {
  checkSlug(c, lesson.slug, ['slug']);
  c.text(lesson.title, ['title'], { max: R.TITLE_MAX, singleLine: true });
  if (c.list(lesson.objectives, ['objectives'], { min: R.OBJECTIVES_MIN, max: R.OBJECTIVES_MAX })) {
    lesson.objectives.forEach((o, i) => c.text(o, ['objectives', i], { singleLine: true }));
  }
  c.number(lesson.minutes, ['minutes'], { min: R.MINUTES_MIN, max: R.MINUTES_MAX });
  if (c.list(lesson.prerequisites, ['prerequisites'], { required: false })) {
    lesson.prerequisites.forEach((p, i) => {
      const path = ['prerequisites', i];
      if (!c.text(p, path)) return;
      const parts = p.split('/');
      if (parts.length > 2 || !parts.every((s) => R.SLUG_PATTERN.test(s))) {
        c.fail(path, `must be a lesson slug of this course or <course-slug>/<lesson-slug> (got "${p}")`);
      } else if (parts.length === 1 && p === lesson.slug) {
        c.fail(path, 'a lesson cannot be its own prerequisite');
      } else if (parts.length === 1 && !lessonSlugs.has(p)) {
        c.fail(path, `no lesson "${p}" in this course (use <course-slug>/<lesson-slug> for another course)`);
      }
    });
    c.unique(lesson.prerequisites, (p) => p, (i) => ['prerequisites', i], 'prerequisite');
  }
  if (c.list(lesson.models, ['models'], { required: false })) {
    lesson.models.forEach((m, i) => c.pattern(m, ['models', i], R.KEBAB_PATTERN, 'a model catalog slug (kebab-case)'));
  }
  if (c.list(lesson.glossary, ['glossary'], { required: false })) {
    lesson.glossary.forEach((g, i) => {
      if (!c.map(g, ['glossary', i])) return;
      c.text(g.term, ['glossary', i, 'term'], { singleLine: true });
      c.text(g.definition, ['glossary', i, 'definition']);
    });
    c.unique(lesson.glossary, (g) => (typeof g?.term === 'string' ? g.term.toLowerCase() : undefined), (i) => ['glossary', i, 'term'], 'glossary term');
  }
  if (c.map(lesson.check, ['check'])) {
    c.text(lesson.check.question, ['check', 'question']);
    c.text(lesson.check.answer, ['check', 'answer']);
  }
  if (c.list(lesson.summary, ['summary'], { min: R.SUMMARY_LINES, max: R.SUMMARY_LINES })) {
    lesson.summary.forEach((s, i) => c.text(s, ['summary', i], { singleLine: true }));
  }
  if (checkMarkdown(c, lesson.body, ['body']) && pythonExamples(lesson.body).length === 0) {
    c.fail(['body'], 'needs at least one worked example in a fenced block whose info string is exactly "python example"');
  }
}

function checkExercise(exercise: ExerciseDocument, root: FieldChecker): void {
  const slug = exercise.slug;
  const c = root.at(exerciseFile(slug, 'exercise.yaml'));
  if (!checkSlug(c, slug, ['slug'])) return;
  if (!c.map(exercise.public, ['public']) || !c.map(exercise.hidden, ['hidden'])) return;
  c.text(exercise.public.title, ['title'], { max: R.TITLE_MAX, singleLine: true });
  checkMarkdown(root.at(exerciseFile(slug, 'prompt.md')), exercise.public.prompt, []);
  switch (exercise.kind) {
    case 'quiz':
      return checkQuiz(exercise, c, root);
    case 'python':
      return checkPython(exercise, c, root);
    case 'prediction':
      return checkPrediction(exercise, c, root);
    default:
      c.oneOf((exercise as { kind: unknown }).kind, ['kind'], ['quiz', 'python', 'prediction']);
  }
}

function checkMaxAttempts(value: number | undefined, c: FieldChecker): void {
  c.number(value, ['maxAttempts'], { required: false, min: 1, max: R.MAX_ATTEMPTS_MAX, integer: true });
}

function checkQuiz(ex: QuizExercise, c: FieldChecker, root: FieldChecker): void {
  c.number(ex.public.passScore, ['passScore'], { required: false, min: 0, max: 1 });
  checkMaxAttempts(ex.public.maxAttempts, c);
  const questions = ex.public.questions;
  const keys = ex.hidden.questions;
  if (!c.list(questions, ['questions'], { min: 1 })) return;
  if (!Array.isArray(keys) || keys.length !== questions.length) {
    c.fail(['questions'], 'every question needs its answer key (hidden.questions must match questions one to one)');
    return;
  }
  questions.forEach((q, i) => {
    const path = ['questions', i];
    if (!c.map(q, path)) return;
    const key = keys[i] ?? { id: q.id };
    if (key.id !== q.id) c.fail([...path, 'id'], `the answer key at this position is for "${key.id}"`);
    c.pattern(q.id, [...path, 'id'], R.QUIZ_ID_PATTERN, 'an id of letters and digits such as q1');
    c.text(q.prompt, [...path, 'prompt']);
    c.number(q.points, [...path, 'points'], { required: false, min: 0, minExclusive: true });
    if (!c.oneOf(q.type, [...path, 'type'], QUESTION_TYPES)) return;
    const choice = q.type === 'single' || q.type === 'multiple';
    const extra = (field: string, allowed: boolean, value: unknown) => {
      if (!allowed && value !== undefined) c.fail([...path, field], `is not used by ${q.type} questions`);
    };
    extra('options', choice, q.options ?? key.options);
    extra('answer', q.type === 'numeric', key.answer);
    extra('tolerance', q.type === 'numeric', key.tolerance);
    extra('accept', q.type === 'text', key.accept);
    extra('keepDiacritics', q.type === 'text', key.keepDiacritics);
    extra('feedback', !choice, key.feedback);
    if (choice) {
      if (!c.list(q.options, [...path, 'options'], { min: R.OPTIONS_MIN, max: R.OPTIONS_MAX })) return;
      const optionKeys = key.options ?? [];
      let correct = 0;
      q.options.forEach((o, j) => {
        const op = [...path, 'options', j];
        if (!c.map(o, op)) return;
        c.pattern(o.id, [...op, 'id'], R.QUIZ_ID_PATTERN, 'an option id such as a');
        c.text(o.text, [...op, 'text']);
        const ok = optionKeys[j];
        if (!ok || ok.id !== o.id) {
          c.fail(op, 'has no answer key (correct, feedback)');
          return;
        }
        if (c.boolean(ok.correct, [...op, 'correct']) && ok.correct) correct++;
        c.text(ok.feedback, [...op, 'feedback']);
      });
      c.unique(q.options, (o) => o?.id, (j) => [...path, 'options', j, 'id'], 'option id');
      if (q.type === 'single' && correct !== 1) c.fail([...path, 'options'], `a single-choice question needs exactly one correct option (has ${correct})`);
      if (q.type === 'multiple' && correct < 1) c.fail([...path, 'options'], 'a multiple-choice question needs at least one correct option');
    } else if (q.type === 'numeric') {
      c.number(key.answer, [...path, 'answer']);
      c.number(key.tolerance, [...path, 'tolerance'], { required: false, min: 0 });
    } else {
      if (c.list(key.accept, [...path, 'accept'], { min: 1 })) key.accept.forEach((a, j) => c.text(a, [...path, 'accept', j]));
      c.boolean(key.keepDiacritics, [...path, 'keepDiacritics'], { required: false });
    }
    if (!choice && key.feedback !== undefined && c.map(key.feedback, [...path, 'feedback'])) {
      c.text(key.feedback.correct, [...path, 'feedback', 'correct'], { required: false });
      c.text(key.feedback.incorrect, [...path, 'feedback', 'incorrect'], { required: false });
    }
  });
  c.unique(questions, (q) => q?.id, (i) => ['questions', i, 'id'], 'question id');
  const passScore = ex.public.passScore ?? R.DEFAULT_QUIZ_PASS_SCORE;
  const solutionOk = checkResponses(ex, root.at(exerciseFile(ex.slug, 'solution.yaml')), ex.hidden.solution, true);
  const wrongOk = checkResponses(ex, root.at(exerciseFile(ex.slug, 'wrong.yaml')), ex.hidden.wrong, false);
  if (solutionOk && typeof passScore === 'number') {
    const s = scoreQuiz(ex, ex.hidden.solution);
    if (s.score < passScore) root.at(exerciseFile(ex.slug, 'solution.yaml')).fail([], `the solution scores ${round(s.score)}, below passScore ${passScore} (wrong: ${wrongIds(s.correct)})`);
  }
  if (wrongOk && typeof passScore === 'number') {
    const s = scoreQuiz(ex, ex.hidden.wrong);
    if (s.score >= passScore) root.at(exerciseFile(ex.slug, 'wrong.yaml')).fail([], `the wrong answer scores ${round(s.score)}, which passes (passScore ${passScore}); it must fail`);
  }
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const wrongIds = (correct: Record<string, boolean>) => Object.keys(correct).filter((k) => !correct[k]).join(', ') || 'none';

function checkResponses(ex: QuizExercise, c: FieldChecker, responses: QuizResponses, complete: boolean): boolean {
  if (!c.map(responses, [])) return false;
  let ok = true;
  const byId = new Map(ex.public.questions.map((q) => [q.id, q]));
  for (const [id, value] of Object.entries(responses)) {
    const q = byId.get(id);
    if (!q) {
      ok = c.fail([id], `no question "${id}" in exercise.yaml`);
      continue;
    }
    const optionIds = new Set((q.options ?? []).map((o) => o.id));
    if (q.type === 'single') {
      if (typeof value !== 'string' || !optionIds.has(value)) ok = c.fail([id], `must be one option id of ${q.id} (${[...optionIds].join(', ')})`);
    } else if (q.type === 'multiple') {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string' && optionIds.has(v))) ok = c.fail([id], `must be a list of option ids of ${q.id} (${[...optionIds].join(', ')})`);
    } else if (q.type === 'numeric') {
      if (typeof value !== 'number' || !Number.isFinite(value)) ok = c.fail([id], 'must be a number');
    } else if (typeof value !== 'string') {
      ok = c.fail([id], 'must be a text');
    }
  }
  if (complete) for (const q of ex.public.questions) if (responses[q.id] === undefined) ok = c.fail([q.id], 'the solution must answer every question');
  return ok;
}

/** Names defined at the top level of a Python file, by a `def <name>(` scan. */
export function pythonFunctionNames(source: string): Set<string> {
  const names = new Set<string>();
  for (const m of source.matchAll(/^(?:async\s+)?def\s+([A-Za-z_][A-Za-z0-9_]*)\s*\(/gm)) names.add(m[1]);
  return names;
}

function checkPython(ex: PythonExercise, c: FieldChecker, root: FieldChecker): void {
  const file = (name: string) => root.at(exerciseFile(ex.slug, name));
  c.number(ex.public.passScore, ['passScore'], { required: false, min: 0, max: 1 });
  checkMaxAttempts(ex.public.maxAttempts, c);
  c.number(ex.public.timeLimitSeconds, ['timeLimitSeconds'], { required: false, min: 0, minExclusive: true, max: R.TIME_LIMIT_MAX });
  c.number(ex.public.memoryMb, ['memoryMb'], { required: false, min: 16, max: R.MEMORY_MB_MAX, integer: true });
  file('starter.py').text(ex.public.starter, []);
  const solutionOk = file('solution.py').text(ex.hidden.solution, []);
  file('wrong.py').text(ex.hidden.wrong, []);
  const hasChecks = ex.hidden.checks !== undefined;
  if (hasChecks) file('checks.py').text(ex.hidden.checks, []);
  const defined = solutionOk ? pythonFunctionNames(ex.hidden.solution) : null;
  const checkers = typeof ex.hidden.checks === 'string' ? pythonFunctionNames(ex.hidden.checks) : new Set<string>();
  const cc = file('cases.yaml');
  if (!cc.list(ex.hidden.cases, [], { min: 1 })) return;
  let usesChecks = false;
  ex.hidden.cases.forEach((k, i) => {
    if (!cc.map(k, [i])) return;
    cc.text(k.name, [i, 'name'], { singleLine: true });
    if (cc.pattern(k.call, [i, 'call'], R.PYTHON_IDENTIFIER, 'a Python function name') && defined && !defined.has(k.call)) {
      cc.fail([i, 'call'], `solution.py defines no top-level function ${k.call}()`);
    }
    cc.list(k.args, [i, 'args'], { required: false });
    if (cc.map(k.kwargs, [i, 'kwargs'], { required: false })) {
      for (const name of Object.keys(k.kwargs)) if (!R.PYTHON_IDENTIFIER.test(name)) cc.fail([i, 'kwargs', name], 'must be a Python parameter name');
    }
    cc.text(k.hint, [i, 'hint'], { required: false });
    if (!cc.map(k.expect, [i, 'expect'])) return;
    const e = k.expect as Record<string, unknown>;
    const kinds = ['value', 'raises', 'check'].filter((f) => f in e && e[f] !== undefined);
    if (kinds.length !== 1) {
      cc.fail([i, 'expect'], `must have exactly one of value, raises or check (has ${kinds.length ? kinds.join(', ') : 'none'})`);
      return;
    }
    if (e.tolerance !== undefined) {
      if (kinds[0] !== 'value') cc.fail([i, 'expect', 'tolerance'], 'is allowed only with value');
      else cc.number(e.tolerance, [i, 'expect', 'tolerance'], { min: 0 });
    }
    if (kinds[0] === 'raises') cc.pattern(e.raises, [i, 'expect', 'raises'], R.PYTHON_EXCEPTION, 'a Python exception name such as ValueError');
    if (kinds[0] === 'check' && cc.pattern(e.check, [i, 'expect', 'check'], R.PYTHON_IDENTIFIER, 'a checker function name')) {
      usesChecks = true;
      if (!hasChecks) cc.fail([i, 'expect', 'check'], `names the checker ${String(e.check)} but the exercise has no checks.py`);
      else if (!checkers.has(e.check as string)) cc.fail([i, 'expect', 'check'], `checks.py defines no function ${String(e.check)}()`);
    }
  });
  cc.unique(ex.hidden.cases, (k) => k?.name, (i) => [i, 'name'], 'case name');
  if (hasChecks && !usesChecks) file('checks.py').fail([], 'no case names a checker from this file');
}

function readTable(c: FieldChecker, data: DataFile | undefined): CsvTable | null {
  if (!data || !(data.bytes instanceof Uint8Array)) {
    c.fail([], 'is required');
    return null;
  }
  try {
    return parseCsv(new TextDecoder('utf-8', { fatal: true }).decode(data.bytes));
  } catch (error) {
    c.fail([], error instanceof CsvError ? `is not a valid CSV file: ${error.message}` : 'is not valid UTF-8');
    return null;
  }
}

function checkPrediction(ex: PredictionExercise, c: FieldChecker, root: FieldChecker): void {
  const p = ex.public;
  const file = (name: string) => root.at(exerciseFile(ex.slug, name));
  const metricOk = c.oneOf(p.metric, ['metric'], PREDICTION_METRICS);
  const idOk = c.text(p.idColumn, ['idColumn'], { singleLine: true });
  const targetOk = c.text(p.targetColumn, ['targetColumn'], { singleLine: true });
  if (idOk && targetOk && p.idColumn === p.targetColumn) c.fail(['targetColumn'], 'must differ from idColumn');
  const probabilistic = metricOk && R.PROBABILITY_METRICS.has(p.metric);
  if (probabilistic) c.text(p.positiveLabel, ['positiveLabel'], { singleLine: true });
  else if (p.positiveLabel !== undefined) c.fail(['positiveLabel'], 'is used only by roc_auc and log_loss');
  c.number(p.publicFraction, ['publicFraction'], { min: 0, max: 1, minExclusive: true, maxExclusive: true });
  checkMaxAttempts(p.maxAttempts, c);
  let baselineScore: number | null = null;
  if (c.map(p.baseline, ['baseline'])) {
    if (c.number(p.baseline.score, ['baseline', 'score'])) baselineScore = p.baseline.score;
    c.text(p.baseline.method, ['baseline', 'method']);
  }
  if (c.number(p.passScore, ['passScore']) && metricOk && baselineScore !== null) {
    const lower = R.LOWER_IS_BETTER.has(p.metric);
    if (lower ? p.passScore >= baselineScore : p.passScore <= baselineScore) {
      c.fail(['passScore'], `must beat the baseline score ${baselineScore} (${p.metric}: ${lower ? 'lower' : 'higher'} is better)`);
    }
  }
  if (p.deadline !== undefined && c.pattern(p.deadline, ['deadline'], R.ISO_UTC_INSTANT, 'a UTC date and time such as 2027-06-30T23:59:59Z') && Number.isNaN(Date.parse(p.deadline))) {
    c.fail(['deadline'], `is not a real date (got "${p.deadline}")`);
  }
  const train = readTable(file('train.csv'), p.train);
  const test = readTable(file('test.csv'), p.test);
  const labels = readTable(file('labels.csv'), ex.hidden.labels);
  const solution = readTable(file('solution.csv'), ex.hidden.solution);
  readWrong(file('wrong.csv'), ex.hidden.wrong);
  if (!idOk || !targetOk) return;
  const col = (t: CsvTable, name: string) => t.header.indexOf(name);
  if (train && col(train, p.targetColumn) < 0) file('train.csv').fail(['header'], `has no target column "${p.targetColumn}" (columns: ${train.header.join(', ')})`);
  let testIds: string[] | null = null;
  if (test) {
    const idIndex = col(test, p.idColumn);
    if (idIndex < 0) file('test.csv').fail(['header'], `has no id column "${p.idColumn}" (columns: ${test.header.join(', ')})`);
    else testIds = test.rows.map((r) => r[idIndex]);
    if (col(test, p.targetColumn) >= 0) file('test.csv').fail(['header'], `must not contain the target column "${p.targetColumn}": it would reveal the labels`);
    if (testIds) {
      const dup = duplicate(testIds);
      if (dup !== null) file('test.csv').fail([], `the id "${dup}" appears more than once`);
      if (testIds.length === 0) file('test.csv').fail([], 'has no rows');
    }
  }
  const checkIds = (name: string, t: CsvTable | null, exactHeader: boolean) => {
    if (!t) return;
    const f = file(name);
    const idIndex = col(t, p.idColumn);
    const targetIndex = col(t, p.targetColumn);
    if (exactHeader ? t.header.length !== 2 || idIndex < 0 || targetIndex < 0 : idIndex < 0 || targetIndex < 0) {
      f.fail(['header'], `must be ${exactHeader ? 'exactly' : 'at least'} the columns ${p.idColumn},${p.targetColumn} (got ${t.header.join(',')})`);
      return;
    }
    const ids = t.rows.map((r) => r[idIndex]);
    const dup = duplicate(ids);
    if (dup !== null) f.fail([], `the id "${dup}" appears more than once`);
    if (testIds) {
      const want = new Set(testIds);
      const missing = testIds.filter((id) => !new Set(ids).has(id));
      const unknown = ids.filter((id) => !want.has(id));
      if (missing.length || unknown.length || ids.length !== testIds.length) {
        f.fail([], `must have one row per test.csv row (${ids.length} rows for ${testIds.length} test rows; missing ${missing.slice(0, 3).join(', ') || 'none'}; unknown ${unknown.slice(0, 3).join(', ') || 'none'})`);
      }
    }
    return t.rows.map((r) => r[targetIndex]);
  };
  const labelValues = checkIds('labels.csv', labels, true);
  checkIds('solution.csv', solution, false);
  if (probabilistic && labelValues && typeof p.positiveLabel === 'string') {
    const classes = new Set(labelValues);
    if (!classes.has(p.positiveLabel)) c.fail(['positiveLabel'], `"${p.positiveLabel}" is not a label in labels.csv (labels: ${[...classes].slice(0, 5).join(', ')})`);
    else if (classes.size !== 2) c.fail(['metric'], `${p.metric} needs a binary target; labels.csv has ${classes.size} classes`);
  }
}

function readWrong(c: FieldChecker, data: DataFile | undefined): void {
  // A wrong submission may be malformed on purpose (missing rows, wrong header); it must exist.
  if (!data || !(data.bytes instanceof Uint8Array)) c.fail([], 'is required');
}

function duplicate(values: string[]): string | null {
  const seen = new Set<string>();
  for (const v of values) {
    if (seen.has(v)) return v;
    seen.add(v);
  }
  return null;
}

/** Every data file of the course, by its path relative to the course folder. */
export function courseDataFiles(doc: CourseDocument): { path: string; file: DataFile }[] {
  const out: { path: string; file: DataFile }[] = [];
  for (const f of Array.isArray(doc.dataFiles) ? doc.dataFiles : []) out.push({ path: dataFile(f.name), file: f });
  for (const ex of Array.isArray(doc.exercises) ? doc.exercises : []) {
    if (ex.kind !== 'prediction' || !ex.public || !ex.hidden) continue;
    for (const f of [ex.public.train, ex.public.test, ex.hidden.labels, ex.hidden.solution, ex.hidden.wrong]) {
      if (f && f.bytes instanceof Uint8Array) out.push({ path: exerciseFile(ex.slug, f.name), file: f });
    }
  }
  return out;
}

/** Generator scripts and notes in data/ are documentation, not data. */
const isDocumentation = (name: string) => /\.(py|md)$/i.test(name);

function checkData(doc: CourseDocument, c: FieldChecker): void {
  const files = courseDataFiles(doc);
  const source = doc.dataSource;
  const listedData = files.filter((f) => !isDocumentation(f.file.name));
  if (listedData.length > 0 && (typeof source !== 'string' || source.trim() === '')) {
    c.at(DATA_SOURCE_FILE).fail([], `is required: the course ships data files (${listedData.map((f) => f.path).slice(0, 3).join(', ')})`);
  }
  for (const { path, file } of files) {
    const fc = c.at(path);
    if (file.bytes.length > R.DATA_FILE_MAX_BYTES) fc.fail([], `is ${file.bytes.length} bytes; data files must be at most 1 MB (${R.DATA_FILE_MAX_BYTES} bytes)`);
    if (file.sha256 !== sha256(file.bytes)) fc.fail(['sha256'], 'does not match the file bytes');
    if (typeof source === 'string' && !isDocumentation(file.name) && !isListed(source, path)) {
      fc.fail([], `is not listed in ${DATA_SOURCE_FILE} (name it as \`${path.replace(/^data\//, '')}\` with its source and licence)`);
    }
  }
}

/** A data file is listed when SOURCE.md names its path from the course folder or from data/. */
function isListed(source: string, path: string): boolean {
  const forms = path.startsWith('data/') ? [path, path.slice('data/'.length)] : [path, path.replace(/^exercises\//, '')];
  return forms.some((form) => new RegExp(`(^|[\\s\`'"(\\[/|*])${escapeRegExp(form)}($|[\\s\`'")\\],:;|*.])`, 'm').test(source));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function checkTrack(track: TrackDocument, c: FieldChecker): void {
  checkSlug(c, track.slug, ['slug']);
  c.text(track.title, ['title'], { max: R.TITLE_MAX, singleLine: true });
  c.text(track.summary, ['summary'], { max: R.SUMMARY_MAX });
  c.pattern(track.language, ['language'], R.BCP47_PATTERN, 'a BCP 47 language tag such as en, fr, sw or pt-BR');
  if (c.list(track.courses, ['courses'], { min: 1 })) {
    track.courses.forEach((s, i) => checkSlug(c, s, ['courses', i]));
    c.unique(track.courses, (s) => s, (i) => ['courses', i], 'course');
  }
}

export { checkTrack as collectTrackIssues };
