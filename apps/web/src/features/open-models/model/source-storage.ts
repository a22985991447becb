import { readStored, writeStored } from '../../../shared/storage';

/** Unsaved edits of one model file (a new one is kept under `new`), so nothing typed is lost. */
export interface KeptSource {
  source: string;
  /** ISO 8601. */
  keptAt: string;
}

const key = (slug: string | null) => `sankofa.models.unsaved.${slug ?? 'new'}`;

export function readKeptSource(slug: string | null): KeptSource | null {
  const raw = readStored(key(slug));
  if (!raw) return null;
  try {
    const value = JSON.parse(raw) as Partial<KeptSource>;
    return typeof value.source === 'string' && typeof value.keptAt === 'string' ? { source: value.source, keptAt: value.keptAt } : null;
  } catch {
    return null;
  }
}

export function keepSource(slug: string | null, source: string, now = new Date()): void {
  writeStored(key(slug), JSON.stringify({ source, keptAt: now.toISOString() } satisfies KeptSource));
}

export function forgetSource(slug: string | null): void {
  writeStored(key(slug), null);
}
