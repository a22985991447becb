import katex from 'katex';
import type MarkdownIt from 'markdown-it';

import { isRenderEnv, type RenderEnv } from './render-env';

/** Token types produced by the math rules. */
export const MATH_INLINE = 'math_inline';
export const MATH_INLINE_DISPLAY = 'math_inline_display';
export const MATH_BLOCK = 'math_block';

const DOLLAR = 0x24;
const BACKSLASH = 0x5c;

// KaTeX limits: a hostile or careless formula must not blow up publish time or page size.
const KATEX_OPTIONS = {
  output: 'mathml',
  throwOnError: false,
  trust: false,
  strict: 'ignore',
  maxSize: 20,
  maxExpand: 500,
} as const;

function isWhitespace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * Inline `$…$` (and `$$…$$` inside a paragraph, rendered as display math). Pandoc's rule keeps
 * prices as text: the opening `$` is followed by a non-space, the closing one follows a
 * non-space and is not followed by a digit. A `$` after a space ends the search, so "costs $5
 * and $10, while $x$ …" keeps its prices and still finds `$x$`.
 */
function mathInlineRule(state: MarkdownIt.StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src.charCodeAt(start) !== DOLLAR) return false;
  const display = src.charCodeAt(start + 1) === DOLLAR;
  const open = display ? 2 : 1;
  const first = start + open;
  if (first >= state.posMax) return false;
  if (!display && isWhitespace(src.charCodeAt(first))) return false;

  let pos = first;
  let close = -1;
  while (pos < state.posMax) {
    const code = src.charCodeAt(pos);
    if (code === BACKSLASH) {
      pos += 2; // `\$` is a literal dollar inside TeX
      continue;
    }
    if (code === DOLLAR) {
      if (display) {
        if (src.charCodeAt(pos + 1) === DOLLAR) {
          close = pos;
          break;
        }
      } else if (isWhitespace(src.charCodeAt(pos - 1))) {
        // ` $` can only open a formula, so this opener had no closer ("$5 and $10").
        return false;
      } else if (!isDigit(src.charCodeAt(pos + 1))) {
        close = pos;
        break;
      }
    }
    pos += 1;
  }
  if (close < 0 || close === first) return false;
  const content = src.slice(first, close);
  if (content.trim() === '') return false;

  if (!silent) {
    const token = state.push(display ? MATH_INLINE_DISPLAY : MATH_INLINE, 'math', 0);
    token.content = content;
    token.markup = display ? '$$' : '$';
  }
  state.pos = close + open;
  return true;
}

/**
 * Display math as a block: a line opening with `$$`, up to a line ending with `$$` (or both on
 * one line). A blank line before the closing `$$` means it was never closed: the lines stay a
 * paragraph, so a stray `$$` cannot swallow the rest of a lesson.
 */
function mathBlockRule(state: MarkdownIt.StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] - state.blkIndent >= 4) return false;
  const begin = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  if (begin + 2 > max || state.src.charCodeAt(begin) !== DOLLAR || state.src.charCodeAt(begin + 1) !== DOLLAR) {
    return false;
  }
  const firstLine = state.src.slice(begin + 2, max).trimEnd();

  let lines: string[];
  let last = startLine;
  const closing = firstLine.indexOf('$$');
  if (closing >= 0) {
    // `$$…$$` on one line; anything after the closing `$$` makes it inline math in a paragraph.
    if (closing !== firstLine.length - 2) return false;
    lines = [firstLine.slice(0, -2)];
  } else {
    lines = [firstLine];
    let found = false;
    for (let line = startLine + 1; line < endLine; line += 1) {
      const lineStart = state.bMarks[line] + state.tShift[line];
      const lineEnd = state.eMarks[line];
      if (lineStart >= lineEnd) return false; // blank line: unterminated
      if (state.sCount[line] < state.blkIndent) return false; // left the enclosing list item
      const text = state.src.slice(lineStart, lineEnd).trimEnd();
      if (text.endsWith('$$')) {
        lines.push(text.slice(0, -2));
        last = line;
        found = true;
        break;
      }
      lines.push(text);
    }
    if (!found) return false;
  }
  if (silent) return true;

  const token = state.push(MATH_BLOCK, 'math', 0);
  token.block = true;
  token.content = lines.join('\n').trim();
  token.markup = '$$';
  token.map = [startLine, last + 1];
  state.line = last + 1;
  return true;
}

/**
 * KaTeX's MathML with the parts a browser does not need removed: the `span.katex` wrapper, the
 * `semantics` wrapper and the TeX `annotation` (it repeats the source and roughly doubles the
 * bytes), and the `xmlns` attribute (HTML parsers place `<math>` in the MathML namespace
 * themselves). Self-closing tags are expanded because HTML only knows void elements.
 */
export function compactMathMl(katexHtml: string): string {
  const start = katexHtml.indexOf('<math');
  const end = katexHtml.lastIndexOf('</math>');
  if (start < 0 || end < 0) return katexHtml;
  return katexHtml
    .slice(start, end + '</math>'.length)
    .replace(' xmlns="http://www.w3.org/1998/Math/MathML"', '')
    .replace('<semantics>', '')
    .replace(/<annotation encoding="application\/x-tex">[\s\S]*?<\/annotation><\/semantics>/, '')
    .replace(/<([a-z]+)((?:\s[^<>]*?)?)\/>/g, '<$1$2></$1>');
}

/** Renders one formula; a TeX error is recorded in `env` and shown as KaTeX's error span. */
export function renderTex(tex: string, displayMode: boolean, env: RenderEnv | undefined, line?: number): string {
  try {
    return compactMathMl(katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode, throwOnError: true }));
  } catch (error) {
    env?.mathErrors.push({ tex, message: error instanceof Error ? error.message : String(error), ...(line ? { line } : {}) });
    // throwOnError: false renders the source in a `span.katex-error` with the message as title.
    return katex.renderToString(tex, { ...KATEX_OPTIONS, displayMode });
  }
}

function asRenderEnv(env: unknown): RenderEnv | undefined {
  return isRenderEnv(env) ? env : undefined;
}

/** markdown-it plugin: `$…$` inline and `$$…$$` display math rendered to MathML by KaTeX. */
export function mathPlugin(md: MarkdownIt.MarkdownIt): void {
  md.inline.ruler.after('escape', 'math_inline', mathInlineRule);
  md.block.ruler.before('fence', 'math_block', mathBlockRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  // Inline math tokens carry no source map of their own; the document analysis copies the
  // paragraph's line into `meta.line` so TeX errors can name it.
  const lineOf = (token: MarkdownIt.Token): number | undefined =>
    token.map ? token.map[0] + 1 : (token.meta as { line?: number } | null)?.line;
  md.renderer.rules[MATH_INLINE] = (tokens, idx, _options, env) =>
    renderTex(tokens[idx].content, false, asRenderEnv(env), lineOf(tokens[idx]));
  md.renderer.rules[MATH_INLINE_DISPLAY] = (tokens, idx, _options, env) =>
    renderTex(tokens[idx].content, true, asRenderEnv(env), lineOf(tokens[idx]));
  md.renderer.rules[MATH_BLOCK] = (tokens, idx, _options, env) =>
    renderTex(tokens[idx].content, true, asRenderEnv(env), lineOf(tokens[idx])) + '\n';
}
