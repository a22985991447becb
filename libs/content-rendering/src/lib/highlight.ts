import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import json from 'highlight.js/lib/languages/json';
import plaintext from 'highlight.js/lib/languages/plaintext';
import python from 'highlight.js/lib/languages/python';
import sql from 'highlight.js/lib/languages/sql';
import yaml from 'highlight.js/lib/languages/yaml';

// A private instance with a short list of grammars: publish stays fast, and an unknown info
// string never triggers auto-detection (which guesses, and costs a pass per grammar).
const highlighter = hljs.newInstance();
highlighter.registerLanguage('python', python);
highlighter.registerLanguage('bash', bash);
highlighter.registerLanguage('json', json);
highlighter.registerLanguage('yaml', yaml);
highlighter.registerLanguage('sql', sql);
highlighter.registerLanguage('plaintext', plaintext);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/** The registered grammar for an info-string language (aliases such as `py`, `sh`, `yml`). */
export function canonicalLanguage(language: string): string | undefined {
  // getLanguage() follows aliases; the registered name is the one owning the same grammar.
  const grammar = language ? highlighter.getLanguage(language.toLowerCase()) : undefined;
  if (!grammar) return undefined;
  return highlighter.listLanguages().find((name) => highlighter.getLanguage(name) === grammar);
}

/** Code as HTML: `span.hljs-*` tokens for a known language, escaped text otherwise. */
export function highlightCode(code: string, language: string): string {
  const name = canonicalLanguage(language);
  if (!name || name === 'plaintext') return escapeHtml(code);
  return highlighter.highlight(code, { language: name, ignoreIllegals: true }).value;
}
