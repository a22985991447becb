#!/usr/bin/env node
// Publish-time cost of a lesson: render time of a 1,500-word lesson with 10 formulas and 3 code
// blocks (median of repeated runs) and the size of its HTML against its Markdown, raw and
// gzip-compressed (what a learner downloads). Not a test: timings depend on the machine.
// Usage: node libs/content-rendering/bench/render-lesson.js [runs]
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const { transformSync } = require('@swc/core');

// Load the TypeScript sources directly, as Jest does, so the bench needs no build step.
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(fs.readFileSync(filename, 'utf8'), {
    filename,
    swcrc: false,
    module: { type: 'commonjs' },
    jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
  });
  module._compile(code, filename);
};
const { renderMarkdown } = require('../src/index.ts');

const runs = Number(process.argv[2] ?? 200);
const lesson = fs.readFileSync(path.join(__dirname, 'lesson-1500-words.md'), 'utf8');

const first = renderMarkdown(lesson);
const { stats, codeBlocks } = first;
if (stats.words < 1400 || stats.words > 1600 || stats.formulas !== 10 || codeBlocks.length !== 3) {
  throw new Error(`fixture drifted: ${stats.words} words, ${stats.formulas} formulas, ${codeBlocks.length} code blocks`);
}

for (let i = 0; i < 20; i += 1) renderMarkdown(lesson); // warm-up: JIT and lazy KaTeX tables
const times = [];
for (let i = 0; i < runs; i += 1) {
  const start = process.hrtime.bigint();
  renderMarkdown(lesson);
  times.push(Number(process.hrtime.bigint() - start) / 1e6);
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];

const bytes = (text) => Buffer.byteLength(text, 'utf8');
const gzip = (text) => zlib.gzipSync(text, { level: 9 }).length;
const md = { raw: bytes(lesson), gzip: gzip(lesson) };
const html = { raw: bytes(first.html), gzip: gzip(first.html) };

console.log(`lesson: ${stats.words} words, ${stats.formulas} formulas, ${codeBlocks.length} code blocks, ${stats.readingMinutes} reading minutes`);
console.log(`render: median ${at(0.5).toFixed(2)} ms, p90 ${at(0.9).toFixed(2)} ms, min ${times[0].toFixed(2)} ms over ${runs} runs`);
console.log(`size:   Markdown ${md.raw} B (gzip ${md.gzip} B), HTML ${html.raw} B (gzip ${html.gzip} B)`);
console.log(`ratio:  HTML/Markdown ${(html.raw / md.raw).toFixed(2)}x raw, ${(html.gzip / md.gzip).toFixed(2)}x gzip`);
