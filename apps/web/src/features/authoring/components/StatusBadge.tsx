import type { CourseStatus } from '../graphql/authored-course.fragment';
import { useAuthoringText } from '../i18n/authoring-text';

export function StatusBadge({ status }: { status: CourseStatus }) {
    const a = useAuthoringText();
  return <span className={`badge badge-${status.toLowerCase()}`}>{a(`status.${status}`)}</span>;
}
