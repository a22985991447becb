import { readStored, writeStored } from '../../../shared/storage';
import { COMPARE_MAX } from '../model-paths';

const KEY = 'sankofa.models.compare';

/** The models ticked for comparison, kept while the reader opens model pages and comes back. */
export function readCompareSelection(): string[] {
  try {
    const value = JSON.parse(readStored(KEY) ?? '[]') as unknown;
    return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string').slice(0, COMPARE_MAX) : [];
  } catch {
    return [];
  }
}

export function keepCompareSelection(slugs: readonly string[]): void {
  writeStored(KEY, slugs.length ? JSON.stringify(slugs) : null);
}

/** Ticks or unticks a model; a fifth one is refused (the comparison shows at most four). */
export function toggleCompare(selection: readonly string[], slug: string): string[] {
  if (selection.includes(slug)) return selection.filter((s) => s !== slug);
  return selection.length >= COMPARE_MAX ? [...selection] : [...selection, slug];
}
