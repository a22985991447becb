import { Component, lazy, type ReactNode, Suspense, useId, useState } from 'react';

// CodeMirror is only downloaded by learners who open a Python exercise.
const PythonEditor = lazy(() => import('../code-editor/PythonEditor').then((m) => ({ default: m.PythonEditor })));

interface CodeEditorFieldProps {
  /** Id of the element that names the code (the form's heading). */
  labelledBy: string;
  help: string;
  value: string;
  onChange: (code: string) => void;
}

/**
 * The learner's code: a plain text box at once, replaced by the CodeMirror editor when its
 * chunk has arrived (on a slow connection the learner can start typing meanwhile), and kept if
 * the chunk cannot be downloaded.
 */
export function CodeEditorField({ labelledBy, help, value, onChange }: CodeEditorFieldProps) {
  const helpId = `${useId()}-help`;
  const [typingInFallback, setTypingInFallback] = useState(false);
  const fallback = (
    <textarea
      className="code-fallback"
      aria-labelledby={labelledBy}
      aria-describedby={helpId}
      value={value}
      rows={14}
      wrap="off"
      spellCheck={false}
      autoCapitalize="none"
      autoCorrect="off"
      onFocus={() => setTypingInFallback(true)}
      onBlur={() => setTypingInFallback(false)}
      onChange={(event) => onChange(event.target.value)}
    />
  );
  return (
    <div className="field">
      <EditorLoadBoundary fallback={fallback}>
        <Suspense fallback={fallback}>
          <PythonEditor value={value} onChange={onChange} labelledBy={labelledBy} describedBy={helpId} focusOnLoad={typingInFallback} />
        </Suspense>
      </EditorLoadBoundary>
      <p id={helpId} className="field-hint">
        {help}
      </p>
    </div>
  );
}

/** A failed download of the editor leaves the plain text box in place, not an error page. */
class EditorLoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
