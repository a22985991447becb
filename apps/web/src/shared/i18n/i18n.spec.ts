import { describe, expect, it } from 'vitest';
import { changeLanguage, i18n } from './i18n';

describe('lazily loaded catalogs', () => {
  it('loads the French shell catalog even when a page already added French messages of its own', async () => {
    // What a lazily loaded page does on import, before the reader switches to French.
    i18n.addResourceBundle('fr', 'translation', { pageOnly: { title: 'Titre de la page' } }, true, false);
    await changeLanguage('fr');
    expect(i18n.t('nav.courses')).toBe('Cours');
    expect(i18n.t('pageOnly.title' as 'nav.courses')).toBe('Titre de la page');
  });
});
