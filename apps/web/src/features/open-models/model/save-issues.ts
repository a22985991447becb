import type { CombinedError } from '@urql/core';

/** One reason the API refused a model file, by field path (`parameters.count`, `languages[2].code`). */
export interface SourceIssue {
  path: string;
  message: string;
}

/** The `extensions.issues` of a refused `saveOpenModel`, or null when the refusal has none. */
export function sourceIssues(error: CombinedError | undefined): SourceIssue[] | null {
  for (const graphqlError of error?.graphQLErrors ?? []) {
    const issues = (graphqlError.extensions as Record<string, unknown> | undefined)?.['issues'];
    if (Array.isArray(issues)) {
      return issues
        .filter((i): i is Record<string, unknown> => typeof i === 'object' && i !== null)
        .map((i) => ({ path: typeof i['path'] === 'string' ? i['path'] : '', message: String(i['message'] ?? '') }));
    }
  }
  return null;
}
