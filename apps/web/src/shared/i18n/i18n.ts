import i18next, { type i18n as I18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { readStored, writeStored } from '../storage';
import en from './locales/en.json';

export type Catalog = typeof en;

/** Languages with a complete catalog. Names are shown in their own language, never translated. */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];
export const DEFAULT_LANGUAGE = 'en' satisfies Language;
export const LANGUAGE_STORAGE_KEY = 'sankofa.language';

// English ships in the entry chunk (it is also the fallback); other catalogs load on demand.
const lazyCatalogs: Record<Exclude<Language, typeof DEFAULT_LANGUAGE>, () => Promise<{ default: Catalog }>> = {
  fr: () => import('./locales/fr.json'),
};

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((language) => language.code === value);
}

/** The stored choice first, then the browser's preferred languages (by primary subtag). */
export function detectLanguage(stored: string | null, preferred: readonly string[]): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

export const i18n: I18n = i18next.createInstance();

/** Sets `<html lang dir>` so screen readers pick the right voice and RTL scripts lay out right. */
export function applyDocumentLanguage(language: string, root: HTMLElement = document.documentElement): void {
  root.lang = language;
  root.dir = i18n.dir(language);
}

async function ensureCatalog(language: Language): Promise<void> {
  // Lazily loaded pages add their own messages to the same namespace, so the bundle can exist
  // without the shell's catalog: look for one of the shell's own messages instead.
  if (language === DEFAULT_LANGUAGE || i18n.getResource(language, 'translation', 'app.name') !== undefined) return;
  const catalog = await lazyCatalogs[language]();
  i18n.addResourceBundle(language, 'translation', catalog.default, true, true);
}

/** Switches the interface language, loading its catalog first, and remembers the choice. */
export async function changeLanguage(language: Language): Promise<void> {
  await ensureCatalog(language);
  await i18n.changeLanguage(language);
  writeStored(LANGUAGE_STORAGE_KEY, language);
}

/** Initializes i18n in the detected language; resolves once its catalog is loaded. */
export async function startI18n(options: { stored?: string | null; preferred?: readonly string[] } = {}): Promise<I18n> {
  const language = detectLanguage(
    options.stored !== undefined ? options.stored : readStored(LANGUAGE_STORAGE_KEY),
    options.preferred ?? (typeof navigator === 'undefined' ? [] : navigator.languages ?? [navigator.language]),
  );
  if (!i18n.isInitialized) {
    i18n.on('languageChanged', (lng) => applyDocumentLanguage(lng));
    await i18n.use(initReactI18next).init({
      resources: { [DEFAULT_LANGUAGE]: { translation: en } },
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: LANGUAGES.map((l) => l.code),
      interpolation: { escapeValue: false }, // React escapes
      initAsync: false,
    });
  }
  let active: Language = language;
  try {
    await ensureCatalog(language);
  } catch {
    // A catalog that fails to download (flaky connection) must not keep the app from starting.
    active = DEFAULT_LANGUAGE;
  }
  await i18n.changeLanguage(active);
  applyDocumentLanguage(active);
  return i18n;
}
