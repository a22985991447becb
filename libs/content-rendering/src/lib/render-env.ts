import type MarkdownIt from 'markdown-it';

/** A heading of the rendered document, for a table of contents and in-page links. */
export interface OutlineEntry {
  /** 1–6 */
  level: number;
  /** The heading as plain text (inline Markdown removed, formulas as their TeX source). */
  text: string;
  /** The `id` attribute of the heading in the HTML, unique within the document. */
  id: string;
}

/** A fenced code block, in document order. */
export interface CodeBlock {
  /** The info string as written after the opening fence, trimmed (`python example`). */
  info: string;
  /** The first word of the info string, lower-cased (`python`); empty when there is none. */
  language: string;
  /** True when the info string is exactly `python example`: a worked example CI runs. */
  example: boolean;
  /** The code, ending with a newline as in the source. */
  source: string;
  /** 1-based line of the opening fence in the rendered Markdown. */
  line: number;
}

/** A formula KaTeX could not parse; it is shown as its source in a `span.katex-error`. */
export interface MathError {
  tex: string;
  message: string;
  /** 1-based line of the block or paragraph holding the formula. */
  line?: number;
}

export interface TextStats {
  /** Characters (Unicode code points) of the prose, without code blocks and formulas. */
  characters: number;
  /** Words of the prose, segmented for the document's language. */
  words: number;
  /** Fenced and indented code lines. */
  codeLines: number;
  /** Inline and display formulas. */
  formulas: number;
  /** Estimated minutes to study the text, at least 1 (see README for the reading rates). */
  readingMinutes: number;
}

/** What the markdown-it rules collect while one document is parsed and rendered. */
export interface RenderEnv extends MarkdownIt.Env {
  idPrefix: string;
  outline: OutlineEntry[];
  codeBlocks: CodeBlock[];
  mathErrors: MathError[];
  proseParts: string[];
  codeLines: number;
  formulas: number;
}

export function createRenderEnv(idPrefix: string): RenderEnv {
  return { idPrefix, outline: [], codeBlocks: [], mathErrors: [], proseParts: [], codeLines: 0, formulas: 0 };
}

/** markdown-it hands rules an untyped env; only ours carries the collections. */
export function isRenderEnv(env: unknown): env is RenderEnv {
  return typeof env === 'object' && env !== null && Array.isArray((env as RenderEnv).outline);
}
