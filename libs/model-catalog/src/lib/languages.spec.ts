import { AFRICAN_LANGUAGES, expandLanguageMatch, isAfricanLanguage, languageName, macrolanguageMembers, macrolanguageOf, normalizeLanguageCode } from './languages';

describe('normalizeLanguageCode', () => {
  it.each([
    ['sw', 'swa'],
    ['SW', 'swa'],
    ['swh', 'swh'],
    ['swh_Latn', 'swh'],
    ['sw-KE', 'swa'],
    ['yo', 'yor'],
    ['hau_Latn', 'hau'],
    ['zul', 'zul'],
    ['ff', 'ful'],
  ])('%s → %s', (input, code) => {
    expect(normalizeLanguageCode(input)).toEqual({ ok: true, code });
  });

  it.each([
    ['xx', /not an ISO 639-1 code/],
    ['qqq', /not an ISO 639-3 code/],
    ['Swahili', /not a language code/],
    ['', /not a language code/],
  ])('rejects %j', (input, error) => {
    const r = normalizeLanguageCode(input);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(error);
  });
});

describe('names and macrolanguages', () => {
  it('names codes from the ISO 639-3 table', () => {
    expect(languageName('yor')).toBe('Yoruba');
    expect(languageName('sw')).toBe('Swahili (macrolanguage)');
    expect(languageName('swh')).toBe('Swahili (individual language)');
    expect(languageName('qqq')).toBeUndefined();
  });

  it('knows the macrolanguages that matter in Africa (SIL mappings)', () => {
    expect(macrolanguageMembers('swa')).toEqual(['swc', 'swh']);
    expect(macrolanguageMembers('aka')).toEqual(['fat', 'twi']);
    expect(macrolanguageMembers('ful')).toEqual(expect.arrayContaining(['fuc', 'fuf', 'fuv']));
    expect(macrolanguageMembers('orm')).toEqual(expect.arrayContaining(['gaz', 'hae']));
    expect(macrolanguageMembers('ara')).toEqual(expect.arrayContaining(['arb', 'arz', 'ary']));
    for (const macro of ['kau', 'mlg', 'zho', 'fas', 'msa', 'kon', 'kpe', 'man']) expect(macrolanguageMembers(macro).length).toBeGreaterThan(1);
    expect(macrolanguageOf('twi')).toBe('aka');
    expect(macrolanguageOf('yor')).toBeUndefined();
  });
});

describe('expandLanguageMatch', () => {
  it('matches a macrolanguage and its members both ways', () => {
    expect(expandLanguageMatch('sw')).toEqual(['swa', 'swc', 'swh']);
    expect(expandLanguageMatch('swa')).toEqual(['swa', 'swc', 'swh']);
    expect(expandLanguageMatch('swh')).toEqual(['swa', 'swc', 'swh']);
    expect(expandLanguageMatch('twi')).toEqual(['aka', 'fat', 'twi']);
  });

  it('leaves a language outside macrolanguages alone, and gives nothing for a bad code', () => {
    expect(expandLanguageMatch('yo')).toEqual(['yor']);
    expect(expandLanguageMatch('nope')).toEqual([]);
  });
});

describe('African languages (Unicode CLDR, region 002)', () => {
  it('covers the major African languages, in every accepted form', () => {
    for (const code of ['swa', 'swh', 'sw', 'hau', 'yor', 'ibo', 'zul', 'xho', 'amh', 'som', 'orm', 'gaz', 'lin', 'wol', 'twi', 'aka', 'kin', 'afr', 'arz', 'ary', 'ara', 'ful', 'fuv']) {
      expect([code, isAfricanLanguage(code)]).toEqual([code, true]);
    }
  });

  it('leaves out languages whose home is elsewhere, and Asian Arabic varieties', () => {
    for (const code of ['eng', 'fra', 'por', 'spa', 'hin', 'apc', 'acm', 'cmn', 'qqq']) expect([code, isAfricanLanguage(code)]).toEqual([code, false]);
  });

  it('is a sorted list of ISO 639-3 codes', () => {
    expect(AFRICAN_LANGUAGES.length).toBeGreaterThan(200);
    expect([...AFRICAN_LANGUAGES].sort()).toEqual(AFRICAN_LANGUAGES);
    for (const c of AFRICAN_LANGUAGES) expect(c).toMatch(/^[a-z]{3}$/);
  });
});
