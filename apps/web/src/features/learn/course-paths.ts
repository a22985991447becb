/** Addresses of the learner pages, built in one place so links and routes agree. */
export const coursePath = (courseSlug: string) => `/courses/${encodeURIComponent(courseSlug)}`;

export function itemPath(courseSlug: string, item: { type: string; slug: string }): string {
  const kind = item.type === 'exercise' ? 'exercises' : 'lessons';
  return `${coursePath(courseSlug)}/${kind}/${encodeURIComponent(item.slug)}`;
}
