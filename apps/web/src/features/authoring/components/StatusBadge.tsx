import { useTranslation } from 'react-i18next';
import type { CourseStatus } from '../graphql/authored-course.fragment';

export function StatusBadge({ status }: { status: CourseStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge-${status.toLowerCase()}`}>{t(`authoring.status.${status}`)}</span>;
}
