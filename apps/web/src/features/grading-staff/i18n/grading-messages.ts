import { i18n } from '../../../shared/i18n/i18n';
import en from './en.json';
import fr from './fr.json';

/**
 * The grading tools' messages load with those pages, never in the entry chunk: only
 * instructors and admins open them. They join the default namespace under `grading.`.
 */
i18n.addResourceBundle('en', 'translation', en, true, false);
i18n.addResourceBundle('fr', 'translation', fr, true, false);
