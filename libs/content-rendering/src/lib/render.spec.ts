import { renderInline, renderMarkdown } from '../index';

describe('renderMarkdown', () => {
  describe('headings', () => {
    it('gives headings unique, prefixed, slugified ids and returns the outline', () => {
      const { html, outline } = renderMarkdown(
        '# NumPy *arrays*\n\n## Shape & dtype\n\n## Shape & dtype\n\n### Shape dtype 2\n\n## `np.mean` of $x_i$\n\n## !!!\n',
      );
      expect(outline).toEqual([
        { level: 1, text: 'NumPy arrays', id: 'sec-numpy-arrays' },
        { level: 2, text: 'Shape & dtype', id: 'sec-shape-dtype' },
        { level: 2, text: 'Shape & dtype', id: 'sec-shape-dtype-2' },
        { level: 3, text: 'Shape dtype 2', id: 'sec-shape-dtype-2-2' },
        { level: 2, text: 'np.mean of x_i', id: 'sec-np-mean-of-x-i' },
        { level: 2, text: '!!!', id: 'sec-section' },
      ]);
      expect(html).toContain('<h1 id="sec-numpy-arrays">NumPy <em>arrays</em></h1>');
      expect(html).toContain('<h2 id="sec-shape-dtype-2">Shape &amp; dtype</h2>');
    });

    it('keeps letters of every script and their tone marks', () => {
      const { outline } = renderMarkdown('## Ọ̀rọ̀ Yorùbá\n\n## Kiswahili: maneno\n\n## اللغة العربية\n');
      expect(outline.map((entry) => entry.id)).toEqual(['sec-ọ̀rọ̀-yorùbá', 'sec-kiswahili-maneno', 'sec-اللغة-العربية']);
    });

    it('ids are stable across renders and honour a custom prefix', () => {
      const source = '## Recap\n\n## Recap\n';
      expect(renderMarkdown(source).outline).toEqual(renderMarkdown(source).outline);
      expect(renderMarkdown(source, { idPrefix: 'prompt-' }).outline.map((entry) => entry.id)).toEqual([
        'prompt-recap',
        'prompt-recap-2',
      ]);
    });

    it('rewrites in-page links to the prefixed ids, including non-ASCII ones', () => {
      const { html } = renderMarkdown('See [the recap](#recap), [Yorùbá](#yorùbá) and [elsewhere](#missing).\n\n## Recap\n\n## Yorùbá\n');
      expect(html).toContain('<a href="#sec-recap">the recap</a>');
      expect(html).toContain('<a href="#sec-yor%C3%B9b%C3%A1">Yorùbá</a>');
      expect(html).toContain('<a href="#missing">elsewhere</a>');
    });

    it('truncates very long slugs', () => {
      const { outline } = renderMarkdown(`## ${'word '.repeat(40)}`);
      expect(outline[0].id.length).toBeLessThanOrEqual('sec-'.length + 64);
      expect(outline[0].id).not.toMatch(/-$/);
    });
  });

  describe('code', () => {
    const lesson = [
      '```python example',
      'import numpy as np',
      'print(np.zeros((3, 2)).T.shape)',
      '```',
      '',
      '```python',
      'def f(x):',
      '    return x',
      '```',
      '',
      '```py',
      'x = 1',
      '```',
      '',
      '```cobol',
      'DISPLAY "<b>".',
      '```',
      '',
      '```',
      'no info',
      '```',
      '',
      '```text',
      'plain <text>',
      '```',
      '',
      '```python  example',
      'print(2)',
      '```',
    ].join('\n');

    it('lists fenced blocks with info string, language, source and line', () => {
      const { codeBlocks } = renderMarkdown(lesson);
      expect(codeBlocks.map(({ info, language, example, line }) => ({ info, language, example, line }))).toEqual([
        { info: 'python example', language: 'python', example: true, line: 1 },
        { info: 'python', language: 'python', example: false, line: 6 },
        { info: 'py', language: 'py', example: false, line: 11 },
        { info: 'cobol', language: 'cobol', example: false, line: 15 },
        { info: '', language: '', example: false, line: 19 },
        { info: 'text', language: 'text', example: false, line: 23 },
        { info: 'python  example', language: 'python', example: false, line: 27 },
      ]);
      expect(codeBlocks[0].source).toBe('import numpy as np\nprint(np.zeros((3, 2)).T.shape)\n');
    });

    it('highlights known languages with hljs classes and marks worked examples', () => {
      const { html } = renderMarkdown(lesson);
      expect(html).toContain(
        '<pre data-example><code class="language-python"><span class="hljs-keyword">import</span> numpy <span class="hljs-keyword">as</span> np',
      );
      expect(html).toContain('<span class="hljs-keyword">def</span> <span class="hljs-title function_">f</span>');
      expect(html).toContain('<code class="language-python">x = <span class="hljs-number">1</span>');
    });

    it('escapes unknown and plain-text languages without guessing', () => {
      const { html } = renderMarkdown(lesson);
      expect(html).toContain('<pre><code class="language-cobol">DISPLAY "&lt;b&gt;".\n</code></pre>');
      expect(html).toContain('<pre><code>no info\n</code></pre>');
      expect(html).toContain('<pre><code>plain &lt;text&gt;\n</code></pre>');
    });

    it('highlights bash, json, yaml and sql', () => {
      const html = renderMarkdown(
        '```bash\necho "hi" # c\n```\n\n```json\n{"a": 1}\n```\n\n```yaml\nkey: value\n```\n\n```sql\nSELECT 1;\n```',
      ).html;
      expect(html).toContain('<code class="language-bash"><span class="hljs-built_in">echo</span>');
      expect(html).toContain('<code class="language-json"><span class="hljs-punctuation">{</span><span class="hljs-attr">"a"</span>');
      expect(html).toContain('<code class="language-yaml"><span class="hljs-attr">key:</span>');
      expect(html).toContain('<code class="language-sql"><span class="hljs-keyword">SELECT</span>');
    });

    it('drops an info string that is not a plain language name from the class', () => {
      expect(renderMarkdown('```weird"<lang>\nx\n```').html).toBe('<pre><code>x\n</code></pre>\n');
    });

    it('renders indented code escaped, and inline code', () => {
      expect(renderMarkdown('    <b>x</b>\n').html).toBe('<pre><code>&lt;b&gt;x&lt;/b&gt;\n</code></pre>\n');
      expect(renderMarkdown('Call `np.mean(a, axis=0)`.').html).toBe('<p>Call <code>np.mean(a, axis=0)</code>.</p>\n');
    });
  });

  describe('links, images and tables', () => {
    it('adds rel="noopener noreferrer" to external links only', () => {
      const { html } = renderMarkdown('[a](https://example.org/x) [b](../lessons/other) [c](/tracks) [d](mailto:team@example.org) [e](#top)');
      expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer">a</a>');
      expect(html).toContain('<a href="../lessons/other">b</a>');
      expect(html).toContain('<a href="/tracks">c</a>');
      expect(html).toContain('<a href="mailto:team@example.org">d</a>');
      expect(html).toContain('<a href="#top">e</a>');
    });

    it('links bare URLs with a scheme but not file names', () => {
      const { html } = renderMarkdown('Read https://numpy.org/doc/ and save main.py next to README.md or www.example.org.');
      expect(html).toContain('<a href="https://numpy.org/doc/" rel="noopener noreferrer">https://numpy.org/doc/</a>');
      expect(html).toContain('save main.py next to README.md or www.example.org.');
    });

    it('renders images with alt, lazily, and refuses other schemes', () => {
      expect(renderMarkdown('![A bar chart](img/chart.svg "Counts")').html).toBe(
        '<p><img src="img/chart.svg" alt="A bar chart" title="Counts" loading="lazy" decoding="async" /></p>\n',
      );
      expect(renderMarkdown('![](https://example.org/a.png)').html).toBe(
        '<p><img src="https://example.org/a.png" alt="" loading="lazy" decoding="async" /></p>\n',
      );
      expect(renderMarkdown('![x](data:image/png;base64,AAAA)').html).not.toContain('<img');
    });

    it('renders GFM tables with alignment as classes, not styles', () => {
      const { html } = renderMarkdown('| crop | yield |\n|:--|--:|\n| maize | 1.8 |\n');
      expect(html).toContain('<th class="align-left">crop</th>');
      expect(html).toContain('<td class="align-right">1.8</td>');
      expect(html).not.toContain('style');
    });

    it('renders strike-through as del, and the rest of the basic elements', () => {
      const { html } = renderMarkdown('~~old~~ **bold** *em*  \nnext\n\n---\n\n> quote\n\n3. three\n4. four\n\n- a\n- b');
      expect(html).toContain('<del>old</del> <strong>bold</strong> <em>em</em><br />\nnext');
      expect(html).toContain('<hr />');
      expect(html).toContain('<blockquote>\n<p>quote</p>\n</blockquote>');
      expect(html).toContain('<ol start="3">');
      expect(html).toContain('<ul>\n<li>a</li>');
    });

    it('escapes raw HTML instead of rendering it', () => {
      expect(renderMarkdown('<b>bold</b> <div>x</div>').html).toBe('<p>&lt;b&gt;bold&lt;/b&gt; &lt;div&gt;x&lt;/div&gt;</p>\n');
    });
  });

  describe('text statistics', () => {
    it('counts prose words and characters, without code and formulas', () => {
      const { stats } = renderMarkdown('# Title here\n\nOne two three, four. $x^2$\n\n```python\nprint(1)\nprint(2)\n```\n\n    indented\n');
      expect(stats).toEqual({
        characters: 'Title here\nOne two three, four.'.length,
        words: 6,
        codeLines: 3,
        formulas: 1,
        readingMinutes: 1,
      });
    });

    it('estimates reading minutes from words, code lines and formulas', () => {
      const prose = `${'word '.repeat(1800)}\n`;
      expect(renderMarkdown(prose).stats.readingMinutes).toBe(10);
      const withCode = `${prose}\n\`\`\`python\n${'x = 1\n'.repeat(20)}\`\`\`\n\n${'$x$ '.repeat(12)}\n`;
      expect(renderMarkdown(withCode).stats).toMatchObject({ codeLines: 20, formulas: 12, readingMinutes: 10 + 2 + 2 });
    });

    it('segments words for the declared language and survives a malformed tag', () => {
      expect(renderMarkdown('Habari ya asubuhi, rafiki.', { language: 'sw' }).stats.words).toBe(4);
      expect(renderMarkdown('Ẹ káàárọ̀, ọ̀rẹ́.', { language: 'yo' }).stats.words).toBe(3);
      expect(renderMarkdown("L'apprentissage n'est pas well-known — trois fois.", { language: 'fr' }).stats.words).toBe(6);
      expect(renderMarkdown('我们学习机器学习', { language: 'zh' }).stats.words).toBeGreaterThanOrEqual(3);
      expect(renderMarkdown('ภาษาไทยง่าย', { language: 'th' }).stats.words).toBeGreaterThanOrEqual(2);
      expect(renderMarkdown('一 二', { language: 'not a tag!' }).stats.words).toBe(2);
    });

    it('reports at least one minute for an empty document', () => {
      expect(renderMarkdown('').stats).toEqual({ characters: 0, words: 0, codeLines: 0, formulas: 0, readingMinutes: 1 });
      expect(renderMarkdown('').html).toBe('');
    });
  });

  it('normalizes to NFC and drops a byte-order mark', () => {
    const decomposed = 'Yorube\u0300'; // e + combining grave
    const { html } = renderMarkdown(`\uFEFF${decomposed}`);
    expect(html).toBe('<p>Yorub\u00e8</p>\n');
  });
});

describe('renderInline', () => {
  it('renders inline Markdown without a paragraph', () => {
    expect(renderInline('The **type** of every element, such as `float64`.')).toBe(
      'The <strong>type</strong> of every element, such as <code>float64</code>.',
    );
  });

  it('uses the same link rules and sanitizer', () => {
    expect(renderInline('[docs](https://numpy.org) [x](javascript:alert(1)) <img src=x onerror=alert(1)>')).toBe(
      '<a href="https://numpy.org" rel="noopener noreferrer">docs</a> [x](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;',
    );
  });

  it('keeps block syntax literal', () => {
    expect(renderInline('# not a heading')).toBe('# not a heading');
  });
});
