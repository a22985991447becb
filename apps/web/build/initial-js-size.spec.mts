import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type BundleLike, formatInitialJs, measureInitialJs } from './initial-js-size.mts';

const chunk = (fileName: string, code: string, imports: string[] = [], isEntry = false) =>
  ({ type: 'chunk', fileName, code, imports, isEntry }) as const;

describe('measureInitialJs', () => {
  it('counts the entry and its static imports, transitively, once each, and no lazy chunk', () => {
    const bundle: BundleLike = {
      'index.js': chunk('index.js', 'import "./vendor.js"; import "./shared.js";'.repeat(20), ['vendor.js', 'shared.js'], true),
      'vendor.js': chunk('vendor.js', 'export const react = 1;'.repeat(50), ['shared.js']),
      'shared.js': chunk('shared.js', 'export const shared = 2;'.repeat(10)),
      'fr.js': chunk('fr.js', 'export default { hello: "bonjour" };'.repeat(100)),
      'index.css': { type: 'asset', fileName: 'index.css', source: 'body{}' },
    };
    const size = measureInitialJs(bundle);
    expect(size.entries).toEqual(['index.js']);
    expect(size.staticImports).toEqual(['vendor.js', 'shared.js']);
    const expected = ['index.js', 'vendor.js', 'shared.js']
      .map((name) => gzipSync(Buffer.from((bundle[name] as { code: string }).code)).length)
      .reduce((a, b) => a + b, 0);
    expect(size.gzipBytes).toBe(expected);
  });

  it('prints a one-line summary in kB (1000 bytes)', () => {
    const line = formatInitialJs({ gzipBytes: 61_234, rawBytes: 190_000, entries: ['index.js'], staticImports: ['a.js', 'b.js'] });
    expect(line).toBe('initial JS: 61.2 kB gzip (entry + 2 static imports; 190.0 kB raw)');
  });
});
