import type MarkdownIt from 'markdown-it';

import { MATH_BLOCK, MATH_INLINE, MATH_INLINE_DISPLAY } from './math';
import { isRenderEnv } from './render-env';
import { inlineText, slugify } from './text';

type Token = MarkdownIt.Token;

const ALIGNMENT = /^text-align:(left|center|right)$/;

function countLines(code: string): number {
  if (code === '') return 0;
  return code.endsWith('\n') ? code.split('\n').length - 1 : code.split('\n').length;
}

/** Table alignment as a class: markdown-it writes a style attribute, and no CSS survives. */
function alignmentToClass(token: Token): void {
  const match = ALIGNMENT.exec(String(token.attrGet('style') ?? ''));
  token.attrs = (token.attrs ?? []).filter(([name]) => name !== 'style');
  if (token.attrs.length === 0) token.attrs = null;
  if (match) token.attrJoin('class', `align-${match[1]}`);
}

/**
 * Heading ids carry a prefix so a heading can never take the id of an element of the app
 * around the lesson (DOM clobbering); an author's `[see](#slug)` link is rewritten to match.
 */
function linkFragmentsToIds(md: MarkdownIt.MarkdownIt, tokens: Token[], ids: Map<string, string>): void {
  for (const token of tokens) {
    if (token.type !== 'inline') continue;
    for (const child of token.children ?? []) {
      if (child.type !== 'link_open') continue;
      const href = String(child.attrGet('href') ?? '');
      if (!href.startsWith('#')) continue;
      let fragment: string;
      try {
        fragment = decodeURIComponent(href.slice(1)).normalize('NFC');
      } catch {
        continue;
      }
      const id = ids.get(fragment);
      if (id) child.attrSet('href', md.normalizeLink(`#${id}`));
    }
  }
}

/**
 * Core rule that reads the parsed document once: heading ids and outline, code blocks, prose
 * for the word count, formula count, and the source line of inline formulas.
 */
export function analysisPlugin(md: MarkdownIt.MarkdownIt): void {
  md.core.ruler.push('sankofa_analysis', (state) => {
    const env = state.env;
    if (!isRenderEnv(env)) return;
    const tokens = state.tokens;
    const idsBySlug = new Map<string, string>();
    const used = new Set<string>();

    for (let index = 0; index < tokens.length; index += 1) {
      const token = tokens[index];
      switch (token.type) {
        case 'heading_open': {
          const text = inlineText(tokens[index + 1]?.children ?? null, true);
          const base = slugify(text);
          let slug = base;
          for (let n = 2; used.has(slug); n += 1) slug = `${base}-${n}`;
          used.add(slug);
          const id = env.idPrefix + slug;
          idsBySlug.set(slug, id);
          token.attrSet('id', id);
          env.outline.push({ level: Number(token.tag.slice(1)), text, id });
          break;
        }
        case 'fence': {
          const info = token.info.trim();
          env.codeBlocks.push({
            info,
            language: (info.split(/\s+/)[0] ?? '').toLowerCase(),
            example: info === 'python example',
            source: token.content,
            line: (token.map?.[0] ?? 0) + 1,
          });
          env.codeLines += countLines(token.content);
          break;
        }
        case 'code_block':
          env.codeLines += countLines(token.content);
          break;
        case MATH_BLOCK:
          env.formulas += 1;
          break;
        case 'th_open':
        case 'td_open':
          alignmentToClass(token);
          break;
        case 'inline': {
          const line = token.map ? token.map[0] + 1 : undefined;
          for (const child of token.children ?? []) {
            if (child.type === MATH_INLINE || child.type === MATH_INLINE_DISPLAY) {
              env.formulas += 1;
              if (line) child.meta = { line };
            }
          }
          const prose = inlineText(token.children, false);
          if (prose) env.proseParts.push(prose);
          break;
        }
        default:
          break;
      }
    }
    linkFragmentsToIds(md, tokens, idsBySlug);
  });
}
