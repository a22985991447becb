import 'i18next';
import type grading from '../../features/grading-staff/i18n/en.json';
import type learner from '../../features/learn/i18n/en.json';
import type modelCards from '../../features/open-models/i18n/cards/en.json';
import type models from '../../features/open-models/i18n/en.json';
import type en from './locales/en.json';

// Type-checks translation keys (`t('auth.signIn.title')`) against the English catalogs: the
// shell's, in the entry chunk, and the learner pages', grading tools' and model catalog's, loaded
// with those pages.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof en & typeof learner & typeof grading & typeof models & typeof modelCards };
  }
}
