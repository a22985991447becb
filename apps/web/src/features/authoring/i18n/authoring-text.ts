import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { i18n } from '../../../shared/i18n/i18n';
import en from './en.json';
import fr from './fr.json';

/**
 * The authoring area's messages live in their own namespace, loaded with the area: the entry
 * chunk every learner downloads is held to a budget, and only instructors need these.
 */
export const AUTHORING_NS = 'authoring';

i18n.addResourceBundle('en', AUTHORING_NS, en, true, true);
i18n.addResourceBundle('fr', AUTHORING_NS, fr, true, true);

type PluralSuffix = '_zero' | '_one' | '_two' | '_few' | '_many' | '_other';
type WithoutPlural<K extends string> = K extends `${infer Base}${PluralSuffix}` ? Base : K;
type Keys<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${WithoutPlural<K>}` : Keys<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every message key of the English catalog, the reference (plural forms by their base key). */
export type AuthoringKey = Keys<typeof en>;

export type AuthoringText = (key: AuthoringKey, options?: Record<string, unknown>) => string;

/** `a('list.newCourse')`: a message of the authoring area, in the current language. */
export function useAuthoringText(): AuthoringText {
  // Subscribing through react-i18next re-renders the page when the language changes.
  const { t } = useTranslation();
  return useCallback<AuthoringText>((key, options) => (t as unknown as (k: string, o: object) => string)(key, { ...options, ns: AUTHORING_NS }), [t]);
}
