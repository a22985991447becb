import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';

import { renderInline, renderMarkdown } from '../index';
import { sanitizeRenderedHtml } from './sanitize';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/**
 * Hostile inputs in the style of the OWASP XSS filter evasion cheat sheet, written as lesson
 * Markdown: raw HTML (which must come out as text), Markdown links and images with dangerous
 * schemes hidden by case, entities, whitespace and encoding, MathML and SVG vectors, KaTeX
 * commands that make links, style attributes and comments.
 */
const CORPUS: string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://xss.example/xss.js></SCRIPT>',
  '<scr<script>ipt>alert(1)</scr</script>ipt>',
  '<img src=x onerror=alert(1)>',
  '<IMG SRC="javascript:alert(\'XSS\');">',
  '<IMG SRC=JaVaScRiPt:alert(1)>',
  '<IMG SRC=&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;&#97;&#108;&#101;&#114;&#116;&#40;&#39;&#88;&#83;&#83;&#39;&#41;>',
  '<IMG SRC="jav\tascript:alert(1);">',
  '<a href="javascript:alert(1)">x</a>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<body onload=alert(1)>',
  '<div style="background-image: url(javascript:alert(1))">x</div>',
  '<style>@import "https://xss.example/x.css";</style>',
  '<!--<script>alert(1)</script>-->',
  '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">click</maction></math>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<object data="javascript:alert(1)"></object>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '[x](javascript:alert(1))',
  '[x](JAVASCRIPT:alert(1))',
  '[x](java\tscript:alert(1))',
  '[x](&#106;avascript:alert(1))',
  '[x](javascript&#58;alert(1))',
  '[x](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))',
  '[x](%6Aavascript:alert(1))',
  '[x]( javascript:alert(1) )',
  '[x](<javascript:alert(1)>)',
  '[x](vbscript:msgbox(1))',
  '[x](VBScript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[x](file:///etc/passwd)',
  '[x](//evil.example/phish)',
  '[x](\\\\evil.example/phish)',
  '[x][ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '![x](javascript:alert(1))',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '![x" onerror="alert(1)](https://example.org/a.png)',
  '[x](https://example.org/" onmouseover="alert(1))',
  '[x](https://example.org "title\\" onmouseover=\\"alert(1)")',
  '$\\href{javascript:alert(1)}{click}$',
  '$$\\href{javascript:alert(1)}{click}$$',
  '$\\url{javascript:alert(1)}$',
  '$\\includegraphics{javascript:alert(1)}$',
  '$\\htmlStyle{color:red}{x}$ $\\htmlClass{x}{y}$ $\\htmlId{root}{z}$ $\\htmlData{foo=bar}{w}$',
  '$\\text{<script>alert(1)</script>}$',
  '$</math><img src=x onerror=alert(1)>$',
  '$\\color{red" onload="alert(1)}{x}$',
  '```python" onmouseover="alert(1)\nprint(1)\n```',
  '```<script>alert(1)</script>\nx\n```',
  '`<script>alert(1)</script>`',
  '# <img src=x onerror=alert(1)>',
  '| <script>alert(1)</script> | b |\n|---|---|\n| <img src=x onerror=alert(1)> | [x](javascript:alert(1)) |',
  '> <a href="javascript:alert(1)">quoted</a>',
  'https://example.org/"><script>alert(1)</script>',
  '<a href="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058alert(1)">x</a>',
  '<img """><script>alert(1)</script>">',
  '<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
  '<IMG SRC="javascript:alert(1)"\n',
  '<BR SIZE="&{alert(1)}">',
  '<LINK REL="stylesheet" HREF="javascript:alert(1);">',
  '<TABLE BACKGROUND="javascript:alert(1)">',
  '<form><button formaction=javascript:alert(1)>x</button></form>',
];

const ALLOWED_ELEMENTS = new Set([
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'pre', 'code', 'span', 'a', 'img', 'blockquote', 'em', 'strong', 'del', 'hr', 'br',
  'math', 'mrow', 'mi', 'mn', 'mo', 'ms', 'mtext', 'mspace', 'msup', 'msub', 'msubsup', 'mfrac', 'msqrt', 'mroot',
  'mover', 'munder', 'munderover', 'mtable', 'mtr', 'mtd', 'mlabeledtr', 'mstyle', 'mpadded', 'mphantom', 'menclose',
]);

const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'background', 'cite', 'data', 'poster']);

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node as Element;
  if ('childNodes' in node) {
    for (const child of node.childNodes) yield* elements(child);
  }
}

/** Everything that would make the browser run code or fetch from an unexpected origin. */
function findViolations(html: string): string[] {
  const violations: string[] = [];
  if (/<script/i.test(html)) violations.push('literal <script');
  // A spec-compliant HTML parser sees what a browser sees, namespaces included.
  for (const element of elements(parseFragment(html))) {
    if (!ALLOWED_ELEMENTS.has(element.tagName)) violations.push(`element <${element.tagName}>`);
    if (element.namespaceURI === 'http://www.w3.org/2000/svg') violations.push(`SVG element <${element.tagName}>`);
    for (const { name, value } of element.attrs) {
      if (/^on/i.test(name)) violations.push(`event handler ${name}`);
      if (name === 'style') violations.push('style attribute');
      const compact = Array.from(value)
        .filter((char) => char.charCodeAt(0) > 0x20 && char.charCodeAt(0) !== 0x7f)
        .join('')
        .toLowerCase();
      if (/(?:javascript|vbscript|data):/.test(compact)) violations.push(`${name}="${value}"`);
      if (URL_ATTRIBUTES.has(name)) {
        const url = new URL(value, 'https://sankofa.example/lessons/a/');
        if (!['https:', 'http:', 'mailto:'].includes(url.protocol)) violations.push(`${name} scheme ${url.protocol}`);
        if (/^[/\\]{2}/.test(compact)) violations.push(`protocol-relative ${name}`);
        if (/^https?:/.test(compact) && element.tagName === 'a' && !/noopener/.test(attr(element, 'rel'))) {
          violations.push('external link without rel=noopener');
        }
      }
    }
  }
  return violations;
}

function attr(element: Element, name: string): string {
  return element.attrs.find((attribute) => attribute.name === name)?.value ?? '';
}

describe('XSS corpus', () => {
  it('has at least 40 hostile inputs', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CORPUS.map((input) => [JSON.stringify(input), input]))('%s renders harmless', (_title, input) => {
    const asDocument = renderMarkdown(input).html;
    const asInline = renderInline(input);
    const inAList = renderMarkdown(`- item\n\n  ${input.replace(/\n/g, '\n  ')}`).html;
    expect(findViolations(asDocument)).toEqual([]);
    expect(findViolations(asInline)).toEqual([]);
    expect(findViolations(inAList)).toEqual([]);
  });

  it('the checker itself catches what it looks for', () => {
    expect(findViolations('<img src=x onerror=alert(1)>')).toEqual(['event handler onerror']);
    expect(findViolations('<a href=" jav&#x09;ascript:alert(1)">x</a>')).toEqual(
      expect.arrayContaining(['href scheme javascript:']),
    );
    expect(findViolations('<p style="color:red">x</p>')).toEqual(['style attribute']);
    expect(findViolations('<a href="https://x.example">x</a>')).toEqual(['external link without rel=noopener']);
    expect(findViolations('<svg><script>alert(1)</script></svg>')).toEqual(
      expect.arrayContaining(['literal <script', 'element <svg>', 'SVG element <svg>', 'element <script>']),
    );
  });
});

describe('sanitizer on raw HTML', () => {
  // markdown-it never emits these (html: false); the sanitizer must still stop them, in case a
  // rule or plugin ever does.
  const RAW: string[] = [
    '<script>alert(1)</script><p>kept</p>',
    '<img src="x" onerror="alert(1)" alt="a">',
    '<img src="javascript:alert(1)" alt="a">',
    '<img src="data:image/png;base64,AAAA" alt="a">',
    '<img src="//evil.example/a.png" alt="a">',
    '<a href="javascript:alert(1)">x</a>',
    '<a href=" &#14;javascript:alert(1)">x</a>',
    '<a href="vbscript:msgbox(1)">x</a>',
    '<a href="//evil.example">x</a>',
    '<a href="https://example.org" target="_blank" rel="opener">x</a>',
    '<p style="position:fixed;top:0">x</p>',
    '<math><maction actiontype="statusline" xlink:href="javascript:alert(1)">y</maction></math>',
    '<math><mi href="javascript:alert(1)">x</mi><mglyph src="javascript:alert(1)"></mglyph></math>',
    '<math><semantics><mi>x</mi><annotation-xml encoding="text/html"><img src=x onerror=alert(1)></annotation-xml></semantics></math>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    '<code class="hljs language-python evil" onclick="alert(1)">x</code>',
    '<span class="katex-error" style="color:red" title="t">x</span>',
    '<h2 id="root" onclick="x">Heading</h2>',
    '<!-- <img src=x onerror=alert(1)> -->',
  ];

  it.each(RAW)('%s', (input) => {
    expect(findViolations(sanitizeRenderedHtml(input))).toEqual([]);
  });

  it('keeps what is allowed', () => {
    expect(sanitizeRenderedHtml('<a href="https://example.org" target="_blank" rel="opener">x</a>')).toBe(
      '<a href="https://example.org" rel="noopener noreferrer">x</a>',
    );
    expect(sanitizeRenderedHtml('<code class="hljs language-python evil">x</code>')).toBe('<code class="language-python">x</code>');
    expect(sanitizeRenderedHtml('<span class="katex-error" style="color:red" title="t">x</span>')).toBe(
      '<span class="katex-error" title="t">x</span>',
    );
    expect(sanitizeRenderedHtml('<a href="javascript:alert(1)">text stays</a>')).toBe('text stays');
    expect(sanitizeRenderedHtml('<img src="javascript:alert(1)" alt="a">')).toBe('');
    expect(sanitizeRenderedHtml('<img src="a.png">')).toBe('<img src="a.png" alt="" loading="lazy" decoding="async" />');
  });
});
