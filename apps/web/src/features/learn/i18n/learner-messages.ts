import { i18n } from '../../../shared/i18n/i18n';
import en from './en.json';
import fr from './fr.json';

/**
 * The learner pages' messages (home, catalog, course, lesson, exercise) load with those pages,
 * not in the entry chunk: the sign-in page a newcomer opens first on a slow connection stays
 * small. They join the default namespace, so pages use `t('course.enroll')` as usual.
 */
i18n.addResourceBundle('en', 'translation', en, true, false);
i18n.addResourceBundle('fr', 'translation', fr, true, false);

export type LearnerCatalog = typeof en;
