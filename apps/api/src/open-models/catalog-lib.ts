import { devicePreset as findPreset, DevicePreset, expandLanguageMatch, isAfricanLanguage, languageName, normalizeLanguageCode } from '@sankofa/model-catalog';

/** Largest context the API accepts for memory figures (2^20 tokens). */
export const MAX_CONTEXT_LENGTH = 1_048_576;

/** The ISO 639-3 codes a language query matches (sw, swa and swh all match swa, swc and swh). */
export function languageMatches(input: string): { ok: true; codes: string[] } | { ok: false; error: string } {
  const normalized = normalizeLanguageCode(input);
  if (!normalized.ok) return normalized;
  return { ok: true, codes: expandLanguageMatch(normalized.code) };
}

export function languageLabel(code: string): string {
  return languageName(code) ?? code;
}

export function languageView(code: string): { code: string; name: string; african: boolean } {
  return { code, name: languageLabel(code), african: isAfricanLanguage(code) };
}

/** "text-generation" → "Text generation". */
export function taskLabel(task: string): string {
  const words = task.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function devicePreset(id: string): DevicePreset | undefined {
  return findPreset(id);
}
