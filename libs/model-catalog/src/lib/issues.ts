/** One problem found in a catalog file: which file, which line, which field, what is wrong. */
export interface CatalogIssue {
  /** Path relative to the catalog root's folder (`catalog/models/gemma-2-2b-it.yaml`), or the file name given. */
  file: string;
  /** 1-based line in the file, where known. */
  line?: number;
  /** Field path inside the file (`architecture.kvHeads`, `languages[2].code`); '' for the whole file. */
  path: string;
  message: string;
}

// Field paths are written as in course files: `languages[2].code`.
export { type FieldPath, formatFieldPath } from '@sankofa/curriculum';

/** `file:line path: message`, the form printed by the command-line tools and tests. */
export function formatCatalogIssue(issue: CatalogIssue): string {
  const where = issue.line ? `${issue.file}:${issue.line}` : issue.file;
  return issue.path ? `${where} ${issue.path}: ${issue.message}` : `${where}: ${issue.message}`;
}

/** Thrown by the functions that need a valid file, carrying every problem found. */
export class CatalogValidationError extends Error {
  constructor(readonly issues: CatalogIssue[]) {
    super(`${issues.length} problem(s) in the catalog:\n${issues.map(formatCatalogIssue).join('\n')}`);
    this.name = 'CatalogValidationError';
  }
}
