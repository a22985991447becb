import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { problemMessage } from '../../../shared/graphql/problem-message';
import { StatusMessage } from '../../../shared/ui/StatusMessage';
import { usePageTitle } from '../../../shared/ui/use-page-title';
import type { CourseIssue } from '../graphql/course-draft.fragment';
import { ModelPicker } from '../../open-models/components/ModelPicker';
import { useCourseEditor } from '../hooks/use-course-editor';
import type { ItemKind } from '../model/course-modules';
import { exerciseTemplate, lessonTemplate } from '../model/templates';
import { ArchiveControl } from './ArchiveControl';
import { FileEditor, type FileEditorHandle } from './FileEditor';
import { MarkdownPreview } from './MarkdownPreview';
import { type NewItem, ModulesPanel } from './ModulesPanel';
import { PublishDialog } from './PublishDialog';
import { StatusBadge } from './StatusBadge';
import { useAuthoringText } from '../i18n/authoring-text';

const COURSE_YAML = 'course.yaml';

function groupByFile(issues: CourseIssue[]): [string, CourseIssue[]][] {
  const groups = new Map<string, CourseIssue[]>();
  for (const issue of issues) groups.set(issue.file, [...(groups.get(issue.file) ?? []), issue]);
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}

/** The editor of a course draft: modules, files, issues, save, publish, archive. */
export function CourseEditorPage({ slug }: { slug: string }) {
  const { t, i18n } = useTranslation();
  const a = useAuthoringText();
  const editor = useCourseEditor(slug);
  const { draft, dirty, save, setFiles } = editor;
  const [openPath, setOpenPath] = useState(COURSE_YAML);
  const [publishing, setPublishing] = useState(false);
  const [savedNotice, setSavedNotice] = useState(false);
  const fileEditor = useRef<FileEditorHandle>(null);
  // A line to go to once the file that holds it is shown.
  const pendingLine = useRef<number | null>(null);
  usePageTitle(a('editor.pageTitle', { title: draft?.course.title || slug }));

  const onSave = useCallback(async () => {
    setSavedNotice(false);
    if (await save()) setSavedNotice(true);
  }, [save]);

  // Ctrl-S / Cmd-S saves, as in every editor the author already uses.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        void onSave();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onSave]);

  // Leaving with unsaved edits asks first (they are also kept in localStorage).
  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [dirty]);

  // A click on an issue of another file opens it, then moves the cursor once it is shown.
  useEffect(() => {
    if (pendingLine.current === null) return;
    fileEditor.current?.goToLine(pendingLine.current);
    pendingLine.current = null;
  }, [openPath]);

  const files = draft?.files;
  const takenSlugs = useMemo(
    () => new Set((files ?? []).map((f) => /^lessons\/([^/]+)\.md$/.exec(f.path)?.[1] ?? /^exercises\/([^/]+)\//.exec(f.path)?.[1]).filter((s): s is string => !!s)),
    [files],
  );

  if (!draft) {
    if (editor.query.phase === 'failed') {
      return (
        <section className="authoring">
          <StatusMessage tone="error">
            {problemMessage(t, editor.query.problem)}{' '}
            <button type="button" className="link-button" onClick={editor.reload}>
              {a('retry')}
            </button>
          </StatusMessage>
        </section>
      );
    }
    return (
      <p className="muted" role="status">
        {a('editor.loading')}
      </p>
    );
  }

  const { course, issues } = draft;
  const current = draft.files.find((f) => f.path === openPath) ?? draft.files.find((f) => f.path === COURSE_YAML) ?? draft.files[0];
  const courseYaml = draft.files.find((f) => f.path === COURSE_YAML)?.content ?? '';
  const issuesOf = (path: string) => issues.filter((i) => i.file === path);
  const sortedPaths = draft.files.map((f) => f.path).sort((a, b) => (a === COURSE_YAML ? -1 : b === COURSE_YAML ? 1 : a.localeCompare(b)));

  const setContent = (path: string, content: string) => setFiles((list) => list.map((f) => (f.path === path ? { ...f, content } : f)));
  const openAt = (path: string, line: number | null) => {
    if (path === current?.path) {
      if (line) fileEditor.current?.goToLine(line);
      return;
    }
    pendingLine.current = line;
    setOpenPath(path);
  };
  const onAddItem = (item: NewItem, nextCourseYaml: string) => {
    const created = item.kind === 'lesson' ? lessonTemplate(item.slug) : exerciseTemplate(item.slug, item.exerciseKind);
    setFiles((list) => [...list.map((f) => (f.path === COURSE_YAML ? { ...f, content: nextCourseYaml } : f)), ...created.filter((c) => !list.some((f) => f.path === c.path))]);
    setOpenPath(created[0].path);
  };
  const onOpenItem = (kind: ItemKind, itemSlug: string) => setOpenPath(kind === 'lesson' ? `lessons/${itemSlug}.md` : `exercises/${itemSlug}/exercise.yaml`);
  const isMarkdown = current?.path.endsWith('.md') && current.encoding === 'utf8';
  const isLesson = isMarkdown && current?.path.startsWith('lessons/');

  return (
    <section aria-labelledby="editor-title" className="authoring course-editor">
      <p>
        {/* Edits are kept in this browser anyway; the question avoids a surprise. */}
        <Link href="/teach" onClick={(event) => dirty && !window.confirm(a('editor.leaveUnsaved')) && event.preventDefault()}>
          {a('backToCourses')}
        </Link>
      </p>
      <div className="authoring-head">
        <div>
          <h1 id="editor-title">{course.title || course.slug}</h1>
          <p className="authored-meta">
            <code>{course.slug}</code> <StatusBadge status={course.status} />{' '}
            {course.latestVersion > 0 ? a('list.version', { version: course.latestVersion }) : a('list.neverPublished')}
          </p>
        </div>
        <div className="actions editor-actions">
          <button type="button" className="button button-primary" disabled={editor.saving} onClick={() => void onSave()}>
            {editor.saving ? a('editor.saving') : a('editor.save')}
          </button>
          <button
            type="button"
            className="button"
            disabled={!draft.publishable || dirty}
            aria-describedby="publish-why"
            onClick={() => setPublishing(true)}
          >
            {a('publish.open')}
          </button>
          <ArchiveControl course={course} onChanged={editor.setCourse} />
        </div>
      </div>
      <p id="publish-why" className="muted">
        {dirty ? a('editor.unsaved') : draft.publishable ? a('editor.publishable') : a('editor.notPublishable')}
      </p>
      {course.latestVersion > 0 ? (
        <p>
          <Link href={`/courses/${course.slug}`}>{a('editor.viewPublished', { version: course.latestVersion })}</Link>
        </p>
      ) : null}

      {draft.recoveredAt ? (
        <div className="message message-info" role="status">
          {a('editor.recovered', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(draft.recoveredAt)) })}{' '}
          <button type="button" className="link-button" onClick={editor.discardEdits}>
            {a('editor.discard')}
          </button>
        </div>
      ) : null}
      {editor.saveProblem ? <StatusMessage tone="error">{a('editor.saveFailed', { reason: problemMessage(t, editor.saveProblem) })}</StatusMessage> : null}
      {savedNotice && !dirty ? <StatusMessage tone="success">{a('editor.saved')}</StatusMessage> : null}

      <section className="panel issues-summary" aria-labelledby="issues-title">
        <h2 id="issues-title">{a('issues.title', { count: issues.length })}</h2>
        {issues.length === 0 ? (
          <p>{a('issues.none')}</p>
        ) : (
          <ul>
            {groupByFile(issues).map(([file, list]) => (
              <li key={file}>
                <button type="button" className="link-button" onClick={() => openAt(file, list[0]?.line ?? null)}>
                  {file}
                </button>{' '}
                <span className="muted">{a('issues.count', { count: list.length })}</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <div className="editor-layout">
        <div className="editor-side">
          <ModulesPanel
            courseYaml={courseYaml}
            takenSlugs={takenSlugs}
            onCourseYaml={(text) => setContent(COURSE_YAML, text)}
            onAddItem={onAddItem}
            onOpenItem={onOpenItem}
          />
          <nav className="panel" aria-labelledby="files-title">
            <h2 id="files-title">{a('files.title')}</h2>
            <ul className="file-list">
              {sortedPaths.map((path) => {
                const count = issuesOf(path).length;
                return (
                  <li key={path}>
                    <button type="button" className="link-button" aria-current={path === current?.path ? 'true' : undefined} onClick={() => setOpenPath(path)}>
                      {path}
                    </button>
                    {count > 0 ? <span className="issue-count">{a('issues.count', { count })}</span> : null}
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
        <div className="editor-main">
          {current && current.encoding === 'utf8' ? (
            <FileEditor key={current.path} ref={fileEditor} path={current.path} content={current.content} issues={issuesOf(current.path)} onChange={(content) => setContent(current.path, content)} />
          ) : current ? (
            <p className="message message-info">{a('files.binary', { path: current.path })}</p>
          ) : null}
          {/* Lessons name the catalog models they use in their front matter (`models:`). */}
          {current && isLesson ? <ModelPicker content={current.content} onChange={(content) => setContent(current.path, content)} /> : null}
          {current && isMarkdown ? <MarkdownPreview content={current.content} language={course.language} /> : null}
        </div>
      </div>

      {publishing ? (
        <PublishDialog
          slug={course.slug}
          onPublished={(result) => editor.setCourse(result.course)}
          onInvalid={editor.reload}
          onClose={() => setPublishing(false)}
        />
      ) : null}
    </section>
  );
}
