import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../test/render-app';
import { applyDocumentLanguage, detectLanguage, i18n, LANGUAGE_STORAGE_KEY, startI18n } from './i18n';

afterEach(() => applyDocumentLanguage('en'));

describe('language switch', () => {
  it('translates the interface, sets <html lang dir>, and remembers the choice', async () => {
    renderApp({ path: '/sign-in' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'fr');

    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeTruthy();
    expect(screen.getByLabelText('Adresse e-mail')).toBeTruthy();
    expect(screen.getByLabelText('Langue')).toBeTruthy();
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('fr');
    await waitFor(() => expect(document.title).toBe('Connexion · Sankofa'));
  });

  it('re-translates messages already on screen', async () => {
    renderApp({ path: '/sign-in' });
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText('Enter your email address.')).toBeTruthy();
    await userEvent.selectOptions(screen.getByLabelText('Language'), 'fr');
    expect(await screen.findByText('Saisissez votre adresse e-mail.')).toBeTruthy();
  });

  it("starts in the browser's language, with <html lang dir> set before the first render", async () => {
    await startI18n({ stored: null, preferred: ['fr-SN', 'en'] });
    expect(i18n.language).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(i18n.t('auth.signIn.title')).toBe('Connexion');

    await startI18n({ stored: 'en', preferred: ['fr-SN'] });
    expect(i18n.language).toBe('en');
  });

  it('sets the direction of right-to-left scripts', () => {
    const root = document.createElement('html');
    applyDocumentLanguage('ar', root);
    expect(root.lang).toBe('ar');
    expect(root.dir).toBe('rtl');
    expect(i18n.dir('fr')).toBe('ltr');
  });
});

describe('detectLanguage', () => {
  it.each([
    ['fr', ['en-US'], 'fr'],
    [null, ['sw-KE', 'fr-SN', 'en'], 'fr'],
    [null, ['EN-gb'], 'en'],
    [null, ['yo-NG', 'ha'], 'en'],
    ['xx', [], 'en'],
  ] as const)('stored %s, preferred %j -> %s', (stored, preferred, expected) => {
    expect(detectLanguage(stored, preferred)).toBe(expected);
  });
});
