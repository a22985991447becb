/** One problem found in a course: which file, where, which field, what is wrong. */
export interface ValidationIssue {
  /** Path relative to the course folder (`exercises/mean/cases.yaml`), or to the curricula root. */
  file: string;
  /** 1-based line in the file; absent for content that did not come from a file. */
  line?: number;
  /** Field path inside the file (`[2].expect.tolerance`, `questions[0].options`); '' for the whole file. */
  field: string;
  message: string;
}

export type FieldPath = ReadonlyArray<string | number>;

export function formatFieldPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += out ? `.${segment}` : segment;
  }
  return out;
}

/** `file:line field: message`, the form printed by the command-line tools. */
export function formatIssue(issue: ValidationIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return issue.field ? `${where} ${issue.field}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Thrown by the functions that need valid content, carrying every issue found. */
export class CurriculumValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(`${issues.length} problem(s) in the course:\n${issues.map(formatIssue).join('\n')}`);
    this.name = 'CurriculumValidationError';
  }
}

/** Collects issues for one file; field paths are arrays so a reader can map them to lines. */
export interface IssueSink {
  add(file: string, path: FieldPath, message: string, bodyLine?: number): void;
}

export interface RawIssue {
  file: string;
  path: FieldPath;
  message: string;
  /** For Markdown text: the 1-based line inside the text (after any front matter). */
  bodyLine?: number;
}

export class IssueList implements IssueSink {
  readonly items: RawIssue[] = [];
  add(file: string, path: FieldPath, message: string, bodyLine?: number): void {
    this.items.push(bodyLine === undefined ? { file, path: [...path], message } : { file, path: [...path], message, bodyLine });
  }
}
