import { useTranslation } from 'react-i18next';
import type { CourseProgress } from '../../course/graphql/course-detail.fragment';
import '../i18n/learner-messages';

/** A course's progress as a bar and in words (the words are what a screen reader reads). */
export function ProgressBar({ progress, label }: { progress: CourseProgress; label: string }) {
  const { t } = useTranslation();
  return (
    <div className="progress">
      <progress max={100} value={progress.percent} aria-label={label} />
      <p className="progress-text">
        {t('learning.percentComplete', { percent: progress.percent })} ·{' '}
        {t('learning.lessonsDone', { count: progress.lessonsTotal, done: progress.lessonsCompleted })}
      </p>
    </div>
  );
}
