import MarkdownIt from 'markdown-it';

import { analysisPlugin } from './analysis';
import { canonicalLanguage, escapeHtml, highlightCode } from './highlight';
import { mathPlugin } from './math';
import { createRenderEnv, type CodeBlock, type MathError, type OutlineEntry, type TextStats } from './render-env';
import { sanitizeRenderedHtml } from './sanitize';
import { isSafeUrl } from './url';
import { countWords, estimateReadingMinutes } from './text';

export interface RenderOptions {
  /** BCP 47 tag of the text, for word segmentation; default `en`. */
  language?: string;
  /** Prefix of heading ids (see README: keeps them apart from the app's own ids); default `sec-`. */
  idPrefix?: string;
}

export interface RenderedMarkdown {
  /** Sanitized HTML, ready to store and serve as is. */
  html: string;
  outline: OutlineEntry[];
  codeBlocks: CodeBlock[];
  stats: TextStats;
  /** Formulas KaTeX could not parse; curriculum validation should report them. */
  mathErrors: MathError[];
}

export const DEFAULT_ID_PREFIX = 'sec-';

const SAFE_LANGUAGE_CLASS = /^[a-z0-9][a-z0-9+#_-]{0,31}$/;

function fenceRenderer(tokens: MarkdownIt.Token[], idx: number): string {
  const token = tokens[idx];
  const info = token.info.trim();
  const language = (info.split(/\s+/)[0] ?? '').toLowerCase();
  const canonical = canonicalLanguage(language);
  const classLanguage = canonical ?? (SAFE_LANGUAGE_CLASS.test(language) ? language : undefined);
  const codeClass = classLanguage && classLanguage !== 'plaintext' ? ` class="language-${classLanguage}"` : '';
  // The web app labels worked examples ("Worked example") from this attribute.
  const example = info === 'python example' ? ' data-example=""' : '';
  return `<pre${example}><code${codeClass}>${highlightCode(token.content, language)}</code></pre>\n`;
}

function createMarkdown(): MarkdownIt.MarkdownIt {
  const md = new MarkdownIt('default', {
    html: false,
    linkify: true,
    typographer: false,
  });
  // Only links with a scheme: fuzzy matching turns `main.py` and `README.md` into links to
  // Paraguayan and Moldovan domains.
  md.linkify.set({ fuzzyLink: false, fuzzyIP: false });
  // Stricter than markdown-it's own check, which lets `data:image/*` through.
  md.validateLink = isSafeUrl;
  md.use(mathPlugin).use(analysisPlugin);
  md.renderer.rules['fence'] = fenceRenderer;
  md.renderer.rules['code_block'] = (tokens, idx) => `<pre><code>${escapeHtml(tokens[idx].content)}</code></pre>\n`;
  return md;
}

// One parser for the process: markdown-it instances are reusable and rendering is synchronous.
const markdown = createMarkdown();

function normalize(source: string): string {
  return source.replace(/^\uFEFF/, '').normalize('NFC');
}

/**
 * Renders a lesson body or exercise prompt (Markdown without front matter) to sanitized HTML,
 * with what publishing needs to know about it.
 */
export function renderMarkdown(source: string, options: RenderOptions = {}): RenderedMarkdown {
  const env = createRenderEnv(options.idPrefix ?? DEFAULT_ID_PREFIX);
  const html = sanitizeRenderedHtml(markdown.render(normalize(source), env));
  const prose = env.proseParts.join('\n');
  const words = countWords(prose, options.language ?? 'en');
  return {
    html,
    outline: env.outline,
    codeBlocks: env.codeBlocks,
    mathErrors: env.mathErrors,
    stats: {
      characters: Array.from(prose.replace(/\s+/g, ' ')).length,
      words,
      codeLines: env.codeLines,
      formulas: env.formulas,
      readingMinutes: estimateReadingMinutes(words, env.codeLines, env.formulas),
    },
  };
}

/**
 * Renders a one-line Markdown string (a glossary definition, a quiz feedback, a check answer)
 * to sanitized inline HTML: no paragraph around it, same math, links and sanitizer.
 */
export function renderInline(source: string): string {
  const env = createRenderEnv(DEFAULT_ID_PREFIX);
  return sanitizeRenderedHtml(markdown.renderInline(normalize(source), env));
}
