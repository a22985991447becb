import sanitizeHtml from 'sanitize-html';

import { isSafeUrl } from './url';

/** MathML elements KaTeX emits in `output: 'mathml'` mode (without `semantics`/`annotation`, which are stripped). */
export const MATHML_TAGS = [
  'math',
  'mrow',
  'mi',
  'mn',
  'mo',
  'ms',
  'mtext',
  'mspace',
  'msup',
  'msub',
  'msubsup',
  'mfrac',
  'msqrt',
  'mroot',
  'mover',
  'munder',
  'munderover',
  'mtable',
  'mtr',
  'mtd',
  'mlabeledtr',
  'mstyle',
  'mpadded',
  'mphantom',
  'menclose',
] as const;

/**
 * Presentation attributes KaTeX sets on MathML elements. None takes a URL or CSS: `href`,
 * `xlink:href`, `src` (mglyph), `actiontype` (maction) and `style` are deliberately absent.
 */
export const MATHML_ATTRIBUTES = [
  'mathvariant',
  'mathcolor',
  'mathbackground',
  'mathsize',
  'stretchy',
  'fence',
  'separator',
  'lspace',
  'rspace',
  'minsize',
  'maxsize',
  'symmetric',
  'largeop',
  'movablelimits',
  'accent',
  'accentunder',
  'linethickness',
  'columnalign',
  'columnspacing',
  'columnlines',
  'rowalign',
  'rowspacing',
  'rowlines',
  'width',
  'height',
  'depth',
  'voffset',
  'scriptlevel',
  'displaystyle',
  'notation',
] as const;

const TEXT_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'ul',
  'ol',
  'li',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'pre',
  'code',
  'span',
  'a',
  'img',
  'blockquote',
  'em',
  'strong',
  'del',
  'hr',
  'br',
];

const ABSOLUTE_HTTP = /^https?:/i;
const UNWRAP = 'sankofa-unwrap';

const mathAttributes: Record<string, string[]> = Object.fromEntries(
  MATHML_TAGS.map((tag) => [tag, [...MATHML_ATTRIBUTES]]),
);
mathAttributes['math'] = [...MATHML_ATTRIBUTES, 'display'];

/** The allow-list; everything else is dropped (the tag, and for script-like tags its content). */
export const SANITIZE_OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: [...TEXT_TAGS, ...MATHML_TAGS],
  allowedAttributes: {
    ...mathAttributes,
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title', 'loading', 'decoding'],
    ol: ['start'],
    th: ['class'],
    td: ['class'],
    pre: ['data-example'],
    code: ['class'],
    span: ['class', 'title'],
  },
  allowedClasses: {
    th: ['align-left', 'align-center', 'align-right'],
    td: ['align-left', 'align-center', 'align-right'],
    code: ['language-*'],
    // highlight.js scopes (`hljs-title`) and their sub-scopes (`function_`), KaTeX's error span.
    span: ['hljs-*', /^[a-z]+_+$/, 'katex-error'],
  },
  allowedStyles: {},
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  // `//host` and `\\host` leave the site without saying so; authors write the scheme.
  allowProtocolRelative: false,
  allowVulnerableTags: false,
  disallowedTagsMode: 'discard',
  // Dropped together with their content, not just unwrapped.
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'title', 'annotation', 'annotation-xml', 'svg', 'iframe'],
  transformTags: {
    s: 'del',
    a: (tagName, attribs) => {
      const { rel: _ignored, ...rest } = attribs;
      const href = (rest['href'] ?? '').trim();
      // A link without a usable target keeps its text: the unknown tag name is unwrapped.
      if (!href || !isSafeUrl(href)) return { tagName: UNWRAP, attribs: {} };
      return {
        tagName,
        attribs: ABSOLUTE_HTTP.test(href) ? { ...rest, rel: 'noopener noreferrer' } : rest,
      };
    },
    img: (tagName, attribs) => ({
      tagName,
      // alt is required by the format (empty for decoration); images load only when scrolled to.
      attribs: { ...attribs, alt: attribs['alt'] ?? '', loading: 'lazy', decoding: 'async' },
    }),
  },
  // An image whose src did not survive the scheme check is a broken image: drop it.
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs['src'],
};

/** Sanitizes HTML produced by the renderer (defence in depth behind markdown-it's `html: false`). */
export function sanitizeRenderedHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE_OPTIONS);
}
