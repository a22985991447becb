import { readStored, writeStored } from '../../../shared/storage';
import type { CourseFileInput } from '../graphql/save-course-draft.mutation';

/** Unsaved edits of one course, kept so a crash or a dropped connection loses nothing. */
export interface StoredEdits {
  files: CourseFileInput[];
  /** When the edits were last kept (ISO 8601). */
  keptAt: string;
}

const key = (slug: string) => `sankofa.authoring.unsaved.${slug}`;

export function readEdits(slug: string): StoredEdits | null {
  const raw = readStored(key(slug));
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<StoredEdits>;
    const valid =
      Array.isArray(value.files) &&
      typeof value.keptAt === 'string' &&
      value.files.every((f) => typeof f?.path === 'string' && typeof f.content === 'string' && typeof f.encoding === 'string');
    return valid ? { files: value.files as CourseFileInput[], keptAt: value.keptAt as string } : null;
  } catch {
    return null;
  }
}

export function keepEdits(slug: string, files: CourseFileInput[], now = new Date()): void {
  writeStored(key(slug), JSON.stringify({ files, keptAt: now.toISOString() } satisfies StoredEdits));
}

export function forgetEdits(slug: string): void {
  writeStored(key(slug), null);
}

/** Whether two sets of files hold the same paths with the same contents. */
export function sameFiles(a: readonly CourseFileInput[], b: readonly CourseFileInput[]): boolean {
  if (a.length !== b.length) return false;
  const byPath = new Map(b.map((f) => [f.path, f]));
  return a.every((f) => {
    const other = byPath.get(f.path);
    return !!other && other.content === f.content && other.encoding === f.encoding;
  });
}
