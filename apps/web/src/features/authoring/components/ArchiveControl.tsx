import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../shared/graphql/problem-message';
import type { Problem } from '../../../shared/graphql/problem';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { ArchiveCourseMutation } from '../graphql/archive-course.mutation';
import type { AuthoredCourse } from '../graphql/authored-course.fragment';
import { useAuthoringText } from '../i18n/authoring-text';

/** Archive (withdraw from the catalog) or restore, after a confirmation. */
export function ArchiveControl({ course, onChanged }: { course: AuthoredCourse; onChanged: (course: AuthoredCourse) => void }) {
  const { t } = useTranslation();
  const a = useAuthoringText();
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [{ pending }, archive] = useMutation(ArchiveCourseMutation);
  const archived = course.status === 'ARCHIVED';

  async function confirm() {
    setProblem(null);
    const outcome = await archive({ slug: course.slug, archived: !archived });
    if (outcome.ok) {
      setConfirming(false);
      onChanged(outcome.data.archiveCourse);
    } else setProblem(outcome.problem);
  }

  if (!confirming) {
    return (
      <button type="button" className="button" onClick={() => setConfirming(true)}>
        {archived ? a('archive.restore') : a('archive.archive')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby="archive-question">
      <p id="archive-question">{archived ? a('archive.confirmRestore') : a('archive.confirmArchive')}</p>
      {problem ? (
        <p className="message message-error" role="alert">
          {problemMessage(t, problem)}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button-primary" disabled={pending} onClick={() => void confirm()}>
          {archived ? a('archive.yesRestore') : a('archive.yesArchive')}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          {a('cancel')}
        </button>
      </div>
    </div>
  );
}
