import { destination } from '../navigation/destinations';

const models = destination('models').path;

/** Route patterns of the open-model catalog; links are built by the functions below. */
export const MODELS_ROUTE = models;
export const MODEL_COMPARE_ROUTE = `${models}/compare`;
export const MODEL_NEW_ROUTE = `${models}/new`;
export const MODEL_ROUTE = `${models}/:slug`;
export const MODEL_EDIT_ROUTE = `${models}/:slug/edit`;

export const modelPath = (slug: string) => `${models}/${encodeURIComponent(slug)}`;
export const modelEditPath = (slug: string) => `${modelPath(slug)}/edit`;
export const comparePath = (slugs: readonly string[]) => `${MODEL_COMPARE_ROUTE}?slugs=${slugs.map(encodeURIComponent).join(',')}`;

/** The slugs of a compare address (`?slugs=a,b`), deduplicated, in order. */
export function compareSlugs(search: string): string[] {
  const raw = new URLSearchParams(search).get('slugs') ?? '';
  return [...new Set(raw.split(',').map((s) => s.trim()).filter(Boolean))];
}

/** A comparison shows two to four models side by side (the API's limit). */
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
