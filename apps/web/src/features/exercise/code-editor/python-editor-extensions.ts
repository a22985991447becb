import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { bracketMatching, HighlightStyle, indentOnInput, indentUnit, syntaxHighlighting } from '@codemirror/language';
import type { Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/**
 * Tokens take the classes of the lessons' highlight.js theme (styles.css): one palette, already
 * checked for contrast in light and dark mode, for worked examples and the learner's own code.
 */
const highlightStyle = HighlightStyle.define([
  { tag: [tags.keyword, tags.controlKeyword, tags.operatorKeyword, tags.bool, tags.null, tags.self], class: 'hljs-keyword' },
  { tag: [tags.string, tags.special(tags.string)], class: 'hljs-string' },
  { tag: [tags.number], class: 'hljs-number' },
  { tag: [tags.comment, tags.lineComment], class: 'hljs-comment' },
  { tag: [tags.function(tags.definition(tags.variableName)), tags.definition(tags.className)], class: 'hljs-title' },
  { tag: [tags.meta, tags.typeName], class: 'hljs-meta' },
]);

const theme = EditorView.theme({
  '&': { border: '1px solid var(--border)', borderRadius: 'var(--radius)', backgroundColor: 'var(--surface)', color: 'var(--text)' },
  '&.cm-focused': { outline: '3px solid var(--focus)', outlineOffset: '2px' },
  '.cm-scroller': { fontFamily: "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace", fontSize: '0.9rem', lineHeight: '1.4', minHeight: '12rem', maxHeight: '70vh' },
  '.cm-content': { caretColor: 'var(--text)' },
  '.cm-gutters': { backgroundColor: 'var(--surface)', color: 'var(--muted)', borderRight: '1px solid var(--border)' },
  '.cm-activeLine, .cm-activeLineGutter': { backgroundColor: 'color-mix(in srgb, var(--focus) 10%, transparent)' },
});

/**
 * A deliberately small editor (line numbers, Python highlighting and indentation, undo):
 * autocompletion, search and folding would double the download for little gain here.
 * Tab indents; Escape then Tab leaves the editor (CodeMirror's tab-focus escape).
 */
export function pythonEditorExtensions(options: { labelledBy: string; describedBy: string; onChange: (code: string) => void }): Extension[] {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    highlightActiveLine(),
    drawSelection(),
    history(),
    indentOnInput(),
    bracketMatching(),
    indentUnit.of('    '),
    python(),
    syntaxHighlighting(highlightStyle),
    keymap.of([...defaultKeymap, ...historyKeymap, indentWithTab]),
    theme,
    EditorView.contentAttributes.of({ 'aria-labelledby': options.labelledBy, 'aria-describedby': options.describedBy }),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange(update.state.doc.toString());
    }),
  ];
}
