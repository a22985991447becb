import { renderInline, renderMarkdown } from '../index';
import { compactMathMl } from './math';

describe('math', () => {
  it('renders inline $…$ as MathML without KaTeX wrappers, annotation or namespace', () => {
    const { html } = renderMarkdown('The mean is $\\bar{x} = \\frac{1}{n}\\sum_i x_i$ here.');
    expect(html).toContain('<math><mrow><mover accent="true"><mi>x</mi>');
    expect(html).toContain('<mfrac><mn>1</mn><mi>n</mi></mfrac>');
    expect(html).not.toMatch(/katex|annotation|semantics|xmlns|application\/x-tex/);
  });

  it('renders a $$ block over several lines as display math', () => {
    const { html, stats } = renderMarkdown('Before.\n\n$$\n\\sigma^2 = \\frac{1}{n}\n  \\sum_i (x_i - \\mu)^2\n$$\n\nAfter.');
    expect(html).toContain('<math display="block"><mrow><msup><mi>σ</mi><mn>2</mn></msup>');
    expect(html).toContain('<p>After.</p>');
    expect(stats.formulas).toBe(1);
  });

  it('renders $$…$$ on one line, and inside a paragraph, as display math', () => {
    expect(renderMarkdown('$$a^2 + b^2 = c^2$$').html).toMatch(/^<math display="block">/);
    expect(renderMarkdown('so $$e^{i\\pi} + 1 = 0$$ holds').html).toMatch(/^<p>so <math display="block">.*<\/math> holds<\/p>/);
  });

  it('keeps prices and lone dollars as text', () => {
    expect(renderMarkdown('It costs $5 and $10 per month.').html).toBe('<p>It costs $5 and $10 per month.</p>\n');
    expect(renderMarkdown('Between $20,000 and $30,000.').html).not.toContain('<math');
    expect(renderMarkdown('A $ sign, and $ x$ is not math.').html).not.toContain('<math');
    expect(renderMarkdown('Escaped \\$x\\$ is text.').html).toBe('<p>Escaped $x$ is text.</p>\n');
  });

  it('finds a formula after prices in the same paragraph', () => {
    const { html } = renderMarkdown('Costs $5 and $10, while $x^2$ grows.');
    expect(html).toContain('Costs $5 and $10, while <math><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow></math> grows.');
  });

  it('does not let Markdown emphasis or escapes touch TeX', () => {
    const { html } = renderMarkdown('$a_1 * b_2 * c_{*}$ and $\\{x\\}$');
    expect(html).not.toContain('<em>');
    expect(html).toContain('<msub><mi>a</mi><mn>1</mn></msub>');
    expect(html).toContain('<mo stretchy="false">{</mo>');
  });

  it('allows an escaped dollar inside a formula', () => {
    expect(renderMarkdown('$\\$5 + x$').html).toContain('<mi mathvariant="normal">$</mi>');
  });

  it('reports TeX errors with their line and shows the source', () => {
    const result = renderMarkdown('Intro.\n\nBad $\\frac{1}{$ formula.\n\n$$\n\\begin{matrix}\n$$');
    expect(result.mathErrors).toEqual([
      expect.objectContaining({ tex: '\\frac{1}{', line: 3 }),
      expect.objectContaining({ tex: '\\begin{matrix}', line: 5 }),
    ]);
    expect(result.mathErrors[0].message).toMatch(/KaTeX parse error/);
    expect(result.html).toContain('<span class="katex-error" title="ParseError: KaTeX parse error');
    expect(result.html).toContain('>\\frac{1}{</span>');
    expect(result.html).not.toContain('style=');
  });

  it('leaves an unterminated $$ block as text instead of swallowing the lesson', () => {
    const { html } = renderMarkdown('$$\nx + y\n\n## Next section\n\nText.');
    expect(html).toContain('<h2 id="sec-next-section">Next section</h2>');
    expect(html).not.toContain('<math display="block">');
  });

  it('does not treat $$ followed by text on the same line as a block', () => {
    const { html } = renderMarkdown('$$x$$ is a formula');
    expect(html).toMatch(/^<p><math display="block">.*<\/math> is a formula<\/p>/);
  });

  it('supports math inside lists and block quotes', () => {
    const { html } = renderMarkdown('- item $x$\n- block:\n\n  $$\n  y = 2\n  $$\n\n> quote $z$');
    expect(html.match(/<math/g)).toHaveLength(3);
    expect(html).toContain('<blockquote>\n<p>quote <math>');
  });

  it('never honours \\href, \\url or \\includegraphics (trust: false)', () => {
    const { html } = renderMarkdown('$\\href{https://example.org}{x}$ $\\url{https://example.org}$ $\\includegraphics{a.png}$');
    expect(html).not.toContain('href=');
    expect(html).not.toContain('<mglyph');
    expect(html).toContain('<mtext>\\href</mtext>');
  });

  it('bounds macro expansion', () => {
    const bomb = '\\def\\a{xxxxxxxxxx}\\def\\b{\\a\\a\\a\\a\\a\\a\\a\\a\\a\\a}\\def\\c{\\b\\b\\b\\b\\b\\b\\b\\b\\b\\b}\\c\\c\\c\\c\\c\\c';
    const result = renderMarkdown(`$$${bomb}$$`);
    expect(result.mathErrors[0].message).toMatch(/Too many expansions/);
  });

  it('renders math in renderInline', () => {
    expect(renderInline('precision $\\frac{TP}{TP+FP}$')).toMatch(/^precision <math><mrow><mfrac>/);
  });

  it('expands self-closing MathML tags, which HTML does not know', () => {
    expect(compactMathMl('<span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML"><semantics><mrow><mspace width="1em"/></mrow><annotation encoding="application/x-tex">\\quad</annotation></semantics></math></span>')).toBe(
      '<math><mrow><mspace width="1em"></mspace></mrow></math>',
    );
  });
});
