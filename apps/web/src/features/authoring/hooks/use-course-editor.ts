import { useCallback, useEffect, useState } from 'react';
import type { Problem } from '../../../shared/graphql/problem';
import { useMutation } from '../../../shared/graphql/use-mutation';
import type { AuthoredCourse } from '../graphql/authored-course.fragment';
import type { CourseDraft, CourseIssue } from '../graphql/course-draft.fragment';
import { CourseDraftQuery } from '../graphql/course-draft.query';
import { type CourseFileInput, SaveCourseDraftMutation } from '../graphql/save-course-draft.mutation';
import { forgetEdits, keepEdits, readEdits, sameFiles } from '../model/draft-storage';
import { useAuthoringQuery } from './use-authoring-query';

export interface EditorDraft {
  course: AuthoredCourse;
  /** The files as the author is editing them. */
  files: CourseFileInput[];
  /** The files as last stored by the API. */
  saved: CourseFileInput[];
  issues: CourseIssue[];
  publishable: boolean;
  /** When unsaved edits were found in this browser and put back (ISO 8601), or null. */
  recoveredAt: string | null;
}

const asInputs = (draft: CourseDraft): CourseFileInput[] => draft.files.map(({ path, content, encoding }) => ({ path, content, encoding }));

/**
 * The draft of one course in the editor: loading, edits kept in localStorage until they are
 * saved (a crash or a dropped connection loses nothing), and saving the whole folder.
 */
export function useCourseEditor(slug: string) {
  const { state: query, reload } = useAuthoringQuery(CourseDraftQuery, { slug });
  const [draft, setDraft] = useState<EditorDraft | null>(null);
  const [saveProblem, setSaveProblem] = useState<Problem | null>(null);
  const [{ pending: saving }, saveMutation] = useMutation(SaveCourseDraftMutation);
  const [loadedFrom, setLoadedFrom] = useState<CourseDraft | null>(null);

  // A fresh answer from the API becomes the editor's state, with any unsaved edits put back.
  if (query.phase === 'ready' && loadedFrom !== query.data.courseDraft) {
    const server = query.data.courseDraft;
    setLoadedFrom(server);
    const saved = asInputs(server);
    const kept = readEdits(slug);
    const recovered = kept && !sameFiles(kept.files, saved) ? kept : null;
    setDraft({ course: server.course, files: recovered ? recovered.files : saved, saved, issues: server.issues, publishable: server.publishable, recoveredAt: recovered?.keptAt ?? null });
  }

  const dirty = !!draft && !sameFiles(draft.files, draft.saved);

  useEffect(() => {
    if (!draft) return;
    if (dirty) keepEdits(slug, draft.files);
    else forgetEdits(slug);
  }, [slug, draft, dirty]);

  const setFiles = useCallback((change: (files: CourseFileInput[]) => CourseFileInput[]) => {
    setDraft((d) => (d ? { ...d, files: change(d.files) } : d));
  }, []);

  /** Throws the recovered edits away and shows what is stored. */
  const discardEdits = useCallback(() => {
    forgetEdits(slug);
    setDraft((d) => (d ? { ...d, files: d.saved, recoveredAt: null } : d));
  }, [slug]);

  const save = useCallback(async (): Promise<boolean> => {
    if (!draft) return false;
    const sent = draft.files;
    setSaveProblem(null);
    const outcome = await saveMutation({ slug, files: sent });
    if (!outcome.ok) {
      setSaveProblem(outcome.problem);
      return false;
    }
    const stored = outcome.data.saveCourseDraft;
    const saved = asInputs(stored);
    setDraft((d) =>
      d
        ? {
            course: stored.course,
            // Edits typed while the save was on its way stay (and stay unsaved).
            files: d.files === sent ? saved : d.files,
            saved,
            issues: stored.issues,
            publishable: stored.publishable,
            recoveredAt: null,
          }
        : d,
    );
    return true;
  }, [draft, saveMutation, slug]);

  const setCourse = useCallback((course: AuthoredCourse) => setDraft((d) => (d ? { ...d, course } : d)), []);

  return { query, reload, draft, dirty, saving, saveProblem, setFiles, save, discardEdits, setCourse };
}
