import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import type { CourseIssue } from '../graphql/course-draft.fragment';
import { useAuthoringText } from '../i18n/authoring-text';

export interface FileEditorHandle {
  /** Puts the cursor at the start of a line (1-based) and scrolls it into view. */
  goToLine: (line: number) => void;
}

interface FileEditorProps {
  path: string;
  content: string;
  issues: CourseIssue[];
  onChange: (content: string) => void;
}

const LINE_HEIGHT_EM = 1.5;

/**
 * A plain textarea with line numbers: light enough for an old laptop, and what every browser's
 * assistive technology already knows how to read. The issues of the file are listed beside it.
 */
export const FileEditor = forwardRef<FileEditorHandle, FileEditorProps>(function FileEditor({ path, content, issues, onChange }, ref) {
    const a = useAuthoringText();
  const area = useRef<HTMLTextAreaElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const lineCount = content.split('\n').length;

  const goToLine = (line: number) => {
    const el = area.current;
    if (!el) return;
    const lines = content.split('\n');
    const target = Math.min(Math.max(line, 1), lines.length);
    const offset = lines.slice(0, target - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(offset, offset);
    const lineHeight = parseFloat(getComputedStyle(el).fontSize || '16') * LINE_HEIGHT_EM || 24;
    el.scrollTop = Math.max(0, (target - 3) * lineHeight);
  };
  useImperativeHandle(ref, () => ({ goToLine }));

  const editorId = `file-${path.replace(/[^a-z0-9]+/gi, '-')}`;
  return (
    <div className="file-editor">
      <label htmlFor={editorId} className="file-editor-label">
        {a('editor.editing', { path })}
      </label>
      <div className="code-area">
        <pre className="line-numbers" aria-hidden="true" style={{ transform: `translateY(${-scrollTop}px)` }}>
          {Array.from({ length: lineCount }, (_, i) => `${i + 1}\n`).join('')}
        </pre>
        <textarea
          id={editorId}
          ref={area}
          className="code-input"
          value={content}
          wrap="off"
          spellCheck={false}
          autoCapitalize="none"
          autoCorrect="off"
          onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
          onChange={(e) => onChange(e.target.value)}
          aria-describedby={issues.length ? `${editorId}-issues` : undefined}
        />
      </div>
      {issues.length > 0 ? (
        <div id={`${editorId}-issues`} className="file-issues">
          <h3>{a('issues.inFile', { count: issues.length })}</h3>
          <ul>
            {issues.map((issue, i) => (
              <li key={`${issue.line ?? 0}-${issue.field}-${i}`}>
                {issue.line ? (
                  <button type="button" className="link-button" onClick={() => goToLine(issue.line ?? 1)}>
                    {a('issues.line', { line: issue.line })}
                  </button>
                ) : (
                  <span className="muted">{a('issues.wholeFile')}</span>
                )}
                {issue.field ? <code className="issue-field">{issue.field}</code> : null} <span>{issue.message}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
});
