import type MarkdownIt from 'markdown-it';

import { MATH_INLINE, MATH_INLINE_DISPLAY } from './math';

type Token = MarkdownIt.Token;

/**
 * Plain text of an inline token's children. Formulas appear as their TeX source when
 * `withMath` is set (heading text for an outline), and are left out otherwise (prose for word
 * counts). Images are left out: their alt text is not read as part of the flow.
 */
export function inlineText(children: Token[] | null, withMath: boolean): string {
  let text = '';
  for (const child of children ?? []) {
    switch (child.type) {
      case 'text':
      case 'code_inline':
        text += child.content;
        break;
      case 'softbreak':
      case 'hardbreak':
        text += ' ';
        break;
      case MATH_INLINE:
      case MATH_INLINE_DISPLAY:
        if (withMath) text += child.content;
        break;
      default:
        break;
    }
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * A heading id: lower case, letters (any script, with their combining marks, so Yoruba tone
 * marks stay) and digits kept, every other run of characters turned into one hyphen, at most
 * 64 characters. Empty results become `section`.
 */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  const limited = Array.from(slug).slice(0, 64).join('').replace(/-+$/, '');
  return limited || 'section';
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(language: string): Intl.Segmenter {
  let segmenter = segmenters.get(language);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(language, { granularity: 'word' });
    } catch {
      // A malformed language tag must not stop rendering; word boundaries barely differ.
      segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    }
    segmenters.set(language, segmenter);
  }
  return segmenter;
}

// Scripts written without spaces between words need a dictionary-based segmenter.
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// A word: letters (with combining marks, so tone marks stay inside) and digits, joined by
// apostrophes or hyphens ("n'est", "well-known").
const SPACED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Words of the text. Space-separated scripts (Latin, Arabic, Ethiopic …) are counted with a
 * regular expression; Intl.Segmenter is used only for scripts without spaces, since it costs
 * about 25 ms per 1,500 words, more than the whole rest of the rendering.
 */
export function countWords(text: string, language: string): number {
  if (!UNSPACED_SCRIPT.test(text)) return text.match(SPACED_WORD)?.length ?? 0;
  let words = 0;
  for (const segment of segmenterFor(language).segment(text)) {
    if (segment.isWordLike) words += 1;
  }
  return words;
}

/** Reading rates for the estimate; many learners read in their second or third language. */
export const READING_RATES = {
  /** prose words per minute */
  wordsPerMinute: 180,
  /** code lines read and understood per minute */
  codeLinesPerMinute: 10,
  /** formulas read per minute */
  formulasPerMinute: 6,
} as const;

export function estimateReadingMinutes(words: number, codeLines: number, formulas: number): number {
  const minutes =
    words / READING_RATES.wordsPerMinute +
    codeLines / READING_RATES.codeLinesPerMinute +
    formulas / READING_RATES.formulasPerMinute;
  return Math.max(1, Math.ceil(minutes));
}
