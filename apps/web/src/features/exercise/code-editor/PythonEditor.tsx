import { EditorState } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { useEffect, useRef } from 'react';
import { pythonEditorExtensions } from './python-editor-extensions';

export interface PythonEditorProps {
  value: string;
  onChange: (code: string) => void;
  /** Id of the visible label, and of the help text, for assistive technology. */
  labelledBy: string;
  describedBy: string;
  /** Takes the focus once created: the learner was typing in the plain text box it replaces. */
  focusOnLoad?: boolean;
}

/**
 * CodeMirror 6 in a React component. The editor owns its document while the learner types;
 * a value changed from outside (the starter code restored) is applied as one undoable edit.
 */
export function PythonEditor({ value, onChange, labelledBy, describedBy, focusOnLoad = false }: PythonEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const latest = useRef({ value, onChange, focusOnLoad });
  useEffect(() => {
    latest.current = { value, onChange, focusOnLoad };
  });

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current as HTMLDivElement,
      state: EditorState.create({
        doc: latest.current.value,
        extensions: pythonEditorExtensions({ labelledBy, describedBy, onChange: (code) => latest.current.onChange(code) }),
      }),
    });
    view.current = editor;
    if (latest.current.focusOnLoad) editor.focus();
    return () => {
      editor.destroy();
      view.current = null;
    };
  }, [labelledBy, describedBy]);

  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="code-editor" />;
}
