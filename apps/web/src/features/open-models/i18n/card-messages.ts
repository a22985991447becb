import { i18n } from '../../../shared/i18n/i18n';
import en from './cards/en.json';
import fr from './cards/fr.json';

/**
 * The few messages of the compact model cards (lesson page) and the lesson editor's model
 * picker: they load with those pages, apart from the catalog's own messages, so a lesson does
 * not download the catalog's wording. Keys `modelCards.*` in the default namespace.
 */
i18n.addResourceBundle('en', 'translation', en, true, false);
i18n.addResourceBundle('fr', 'translation', fr, true, false);
