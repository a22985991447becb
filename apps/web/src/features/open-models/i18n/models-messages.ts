import { i18n } from '../../../shared/i18n/i18n';
import en from './en.json';
import fr from './fr.json';

/**
 * The catalog pages' messages load with those pages, never in the entry chunk. They join the
 * default namespace under `models.`.
 */
i18n.addResourceBundle('en', 'translation', en, true, false);
i18n.addResourceBundle('fr', 'translation', fr, true, false);
