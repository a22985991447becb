import { describe, expect, it } from 'vitest';
import gradingEn from '../../features/grading-staff/i18n/en.json';
import gradingFr from '../../features/grading-staff/i18n/fr.json';
import learnerEn from '../../features/learn/i18n/en.json';
import learnerFr from '../../features/learn/i18n/fr.json';
import modelCardsEn from '../../features/open-models/i18n/cards/en.json';
import modelCardsFr from '../../features/open-models/i18n/cards/fr.json';
import modelsEn from '../../features/open-models/i18n/en.json';
import modelsFr from '../../features/open-models/i18n/fr.json';
import en from './locales/en.json';
import fr from './locales/fr.json';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(catalog: object, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value as object, path)) entries.set(k, v);
  }
  return entries;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

// The shell's catalog, the learner pages', the grading tools' and the model catalog's (loaded with
// those pages) are checked as one.
const catalogs = {
  en: flatten({ ...en, ...learnerEn, ...gradingEn, ...modelsEn, ...modelCardsEn }),
  fr: flatten({ ...fr, ...learnerFr, ...gradingFr, ...modelsFr, ...modelCardsFr }),
};

describe.each(Object.entries(catalogs))('%s catalog', (language, entries) => {
  const reference = catalogs.en;
  const baseKeys = (keys: Iterable<string>) => new Set([...keys].map((k) => k.replace(PLURAL_SUFFIX, '')));

  it('has every message of the English catalog, and no other', () => {
    expect([...baseKeys(entries.keys())].sort()).toEqual([...baseKeys(reference.keys())].sort());
  });

  it('has no empty message', () => {
    for (const [key, value] of entries) expect(value.trim(), key).not.toBe('');
  });

  it('uses the same placeholders as English', () => {
    for (const [key, value] of entries) {
      const englishKey = reference.has(key) ? key : `${key.replace(PLURAL_SUFFIX, '')}_other`;
      expect(placeholders(value), key).toEqual(placeholders(reference.get(englishKey) ?? ''));
    }
  });

  it("has every plural form the language's rules need", () => {
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const plurals = new Set([...reference.keys()].filter((k) => PLURAL_SUFFIX.test(k)).map((k) => k.replace(PLURAL_SUFFIX, '')));
    for (const base of plurals) {
      for (const category of categories) expect(entries.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
    }
  });
});

describe('French catalog', () => {
  it('is a translation, not a copy', () => {
    const same = [...catalogs.fr].filter(([key, value]) => catalogs.en.get(key) === value).map(([key]) => key);
    // Proper names and format strings (a label and its count) may legitimately stay the same.
    expect(same).toEqual(['app.name', 'app.pageTitle', 'models.filters.withCount']);
  });
});
