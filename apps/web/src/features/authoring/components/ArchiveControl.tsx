import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '../../../shared/graphql/problem-message';
import type { Problem } from '../../../shared/graphql/problem';
import { useMutation } from '../../../shared/graphql/use-mutation';
import { ArchiveCourseMutation } from '../graphql/archive-course.mutation';
import type { AuthoredCourse } from '../graphql/authored-course.fragment';

/** Archive (withdraw from the catalog) or restore, after a confirmation. */
export function ArchiveControl({ course, onChanged }: { course: AuthoredCourse; onChanged: (course: AuthoredCourse) => void }) {
  const { t } = useTranslation();
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
        {archived ? t('authoring.archive.restore') : t('authoring.archive.archive')}
      </button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby="archive-question">
      <p id="archive-question">{archived ? t('authoring.archive.confirmRestore') : t('authoring.archive.confirmArchive')}</p>
      {problem ? (
        <p className="message message-error" role="alert">
          {problemMessage(t, problem)}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button button-primary" disabled={pending} onClick={() => void confirm()}>
          {archived ? t('authoring.archive.yesRestore') : t('authoring.archive.yesArchive')}
        </button>
        <button type="button" className="button" onClick={() => setConfirming(false)}>
          {t('authoring.cancel')}
        </button>
      </div>
    </div>
  );
}
