import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, inner] of Object.entries(value as Record<string, unknown>)) {
    if (typeof inner === 'string') out.set(`${prefix}${key}`, inner);
    else for (const [k, v] of flatten(inner, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('authoring catalogs', () => {
  const english = flatten(en);
  const french = flatten(fr);

  it('French has every message, with the plural forms French needs, and no other', () => {
    const expected = new Set<string>();
    for (const key of english.keys()) {
      if (base(key) === key) expected.add(key);
      else for (const form of ['one', 'many', 'other']) expected.add(`${base(key)}_${form}`);
    }
    expect([...french.keys()].sort()).toEqual([...expected].sort());
  });

  it('uses the same placeholders as English, with no empty message', () => {
    for (const [key, text] of french) {
      expect(text.trim(), key).not.toBe('');
      const reference = english.get(key) ?? english.get(`${base(key)}_other`) ?? '';
      expect(placeholders(text), key).toEqual(placeholders(reference));
    }
  });

  it('is a translation, not a copy', () => {
    const same = [...french].filter(([key, text]) => english.get(key) === text && !/^\{\{\w+\}\}$/.test(text)).map(([key]) => key);
    expect(same).toEqual([]);
  });
});
