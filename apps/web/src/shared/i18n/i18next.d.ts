import 'i18next';
import type en from './locales/en.json';

// Type-checks translation keys (`t('auth.signIn.title')`) against the English catalog.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en };
  }
}
