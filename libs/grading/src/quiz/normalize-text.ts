/**
 * Normalizes a short text answer so that typing differences a reader would not notice do not
 * decide the grade: Unicode NFC, case-folded, trimmed, inner whitespace collapsed to one space.
 *
 * Case folding is `toUpperCase().toLowerCase()`, which folds like Unicode full case folding for
 * the cases that matter here (`ß` and `ẞ` become `ss`, `ﬁ` becomes `fi`), unlike `toLowerCase()`.
 *
 * With `keepDiacritics: false` the text is decomposed (NFD) and its non-spacing combining marks
 * (`\p{Mn}`: accents, tone marks, cedillas) are removed. Spacing marks (`\p{Mc}`, e.g. most
 * Devanagari vowel signs) stay: they are letters of their script, not diacritics.
 */
export function normalizeTextAnswer(text: string, options: { keepDiacritics?: boolean } = {}): string {
  let folded = text.normalize('NFC').toUpperCase().toLowerCase().normalize('NFC');
  if (options.keepDiacritics === false) {
    folded = folded.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
  }
  return folded.replace(/\s+/gu, ' ').trim();
}
