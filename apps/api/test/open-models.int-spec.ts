import { readCourseFolder } from '@sankofa/curriculum';
import { OpenModelEntity, UserEntity } from '@sankofa/db';
import { CatalogModel, readCatalogFolder, serializeModel } from '@sankofa/model-catalog';
import { DATABASE_KINDS } from '@sankofa/testing';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { CourseStore } from '../src/authoring/course-store.service';
import { OpenModelStore } from '../src/open-models/open-model-store.service';
import { Account, ApiUnderTest, errorCode } from './support/api-under-test';
import { uniqueSlug } from './support/course-fixtures';
import { fixtureLicence, fixtureModel, fixtureToken, writeCatalogFolder } from './support/open-model-fixtures';

type Data = any;

const SEARCH = `query($filter: OpenModelFilter, $sort: OpenModelSort, $first: Int, $after: String) {
  openModels(filter: $filter, sort: $sort, first: $first, after: $after) {
    totalCount nextCursor items { slug }
    facets { tasks { value label count } modalities { value count } languages { value label count } licences { value label count } commercialUse { value count } organizations { value count } }
  }
}`;
const MODEL = `query($slug: String!, $ctx: Int) { openModel(slug: $slug) {
  slug name organization parameterCount memoryProfile tasks coversAfricanLanguage
  languages { code name original african } licence { id commercialUse modelCount }
  facts { field kind source { id url } } notes { field text } cardUrl
  memory(contextLength: $ctx) { quantization weightsBytes kvCacheBytes overheadBytes totalBytes contextLength weightsOnly missing fits { deviceId fits } }
  lessons { courseSlug lessonSlug lessonTitle }
} }`;
const COMPARE = `query($slugs: [String!]!) { compareOpenModels(slugs: $slugs) { slug } }`;
const SAVE = `mutation($source: String!) { saveOpenModel(source: $source) { slug name licence { id } } }`;
const SOURCE = `query($slug: String!) { openModelSource(slug: $slug) }`;
const HISTORY = `query($slug: String!) { openModelHistory(slug: $slug) { at byName action changes { field before after } } }`;

const CATALOG = path.resolve(__dirname, '../../../catalog');
const COURSE = path.resolve(__dirname, '../../../curricula/courses/numbers-for-ml');

describe.each(DATABASE_KINDS)('open-model catalog on %s', (kind) => {
  let api: ApiUnderTest;
  let learner: Account;
  let instructor: Account;
  let admin: Account;
  let token: string;
  let folder: string;
  let fixtures: CatalogModel[];
  const slug = (name: string) => `${name}-${token}`;
  const ids = { yes: '', conditional: '', no: '' };
  const search = async (filter: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => {
    const res = await api.gql<Data>(SEARCH, { filter: { ...filter, query: `${token} ${filter['query'] ?? ''}`.trim() }, ...extra }, { token: learner.token });
    expect(res.errors).toBeUndefined();
    return res.data.openModels;
  };
  const slugs = async (filter: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) => (await search(filter, extra)).items.map((i: Data) => i.slug);

  beforeAll(async () => {
    api = await ApiUnderTest.start(kind);
    learner = await api.signUp();
    instructor = await api.account('INSTRUCTOR');
    admin = await api.account('ADMIN');
    token = fixtureToken();
    ids.yes = `LicenseRef-yes-${token}`;
    ids.conditional = `LicenseRef-cond-${token}`;
    ids.no = `LicenseRef-no-${token}`;
    const licences = [fixtureLicence(ids.yes, 'yes'), fixtureLicence(ids.conditional, 'conditional', 'Fewer than 700 million monthly users.'), fixtureLicence(ids.no, 'no', 'Research only.')];
    fixtures = [
      fixtureModel({ slug: slug('tiny'), token, licence: ids.yes, count: 0.5e9, languages: ['swh'], released: '2024-09', name: 'Alpha Tiny' }),
      fixtureModel({ slug: slug('mid'), token, licence: ids.conditional, count: 8e9, tasks: ['text-generation', 'translation'], languages: ['eng', 'fra', 'swa'], released: '2023-01', name: 'Beta Mid' }),
      fixtureModel({ slug: slug('big'), token, licence: ids.no, count: 70e9, organization: 'Mega Corp', released: '2025-02', name: 'Gamma Big' }),
      fixtureModel({ slug: slug('asr'), token, licence: ids.yes, count: 0.8e9, modality: 'speech', tasks: ['speech-recognition'], memoryProfile: 'weights-only', languages: ['yor', 'hau'], architecture: null, name: 'Delta Speech' }),
      fixtureModel({ slug: slug('embed'), token, licence: ids.yes, count: 0.3e9, tasks: ['embeddings'], memoryProfile: 'weights-only', architecture: null, variantPrecision: 'fp32', name: 'Epsilon Embed' }),
      fixtureModel({ slug: slug('noarch'), token, licence: ids.yes, count: 1e9, architecture: null, name: 'Zeta No Architecture' }),
    ];
    folder = writeCatalogFolder(licences, fixtures);
    const report = await api.app.get(OpenModelStore).importFolder(folder);
    expect(report.models).toEqual({ created: 6, updated: 0, unchanged: 0 });
    expect(report.licences).toEqual({ created: 3, updated: 0, unchanged: 0 });
  });
  afterAll(async () => {
    await api.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('needs a signed-in user for every read', async () => {
    for (const query of [SEARCH, `{ devicePresets { id } }`, `{ modelLicences { id } }`, `{ africanLanguages { code } }`, `{ catalogLanguages { code } }`]) {
      expect(errorCode(await api.gql(query))).toBe('UNAUTHENTICATED');
    }
    expect(errorCode(await api.gql(MODEL, { slug: slug('tiny') }))).toBe('UNAUTHENTICATED');
    expect(errorCode(await api.gql(COMPARE, { slugs: [slug('tiny'), slug('mid')] }))).toBe('UNAUTHENTICATED');
  });

  it('searches the words of names, organizations, tasks and descriptions', async () => {
    expect((await search()).totalCount).toBe(6);
    expect(await slugs({ query: 'mega' })).toEqual([slug('big')]);
    expect(await slugs({ query: 'speech recognition' })).toEqual([slug('asr')]);
    expect(await slugs({ query: 'BETA' })).toEqual([slug('mid')]);
    expect(await slugs({ query: '100%_' })).toEqual([]);
  });

  it('filters by task, modality, commercial use, licence and parameter range', async () => {
    expect(await slugs({ tasks: ['translation'] })).toEqual([slug('mid')]);
    expect(await slugs({ modalities: ['speech'] })).toEqual([slug('asr')]);
    // By name: Beta Mid, Gamma Big.
    expect(await slugs({ commercialUse: ['NO', 'CONDITIONAL'] })).toEqual(['mid', 'big'].map(slug));
    expect(await slugs({ licences: [ids.no] })).toEqual([slug('big')]);
    expect(new Set(await slugs({ minParameters: 1e9, maxParameters: 1e10 }))).toEqual(new Set([slug('mid'), slug('noarch')]));
    expect(errorCode(await api.gql(SEARCH, { filter: { minParameters: 5, maxParameters: 1 } }, { token: learner.token }))).toBe('BAD_USER_INPUT');
  });

  it('matches languages through macrolanguages both ways, and the curated African list', async () => {
    const swahili = new Set([slug('tiny'), slug('mid')]);
    expect(new Set(await slugs({ languages: ['sw'] }))).toEqual(swahili);
    expect(new Set(await slugs({ languages: ['swh'] }))).toEqual(swahili);
    expect(new Set(await slugs({ languages: ['swa'] }))).toEqual(swahili);
    expect(await slugs({ languages: ['yo'] })).toEqual([slug('asr')]);
    expect(new Set(await slugs({ africanLanguage: true }))).toEqual(new Set([slug('tiny'), slug('mid'), slug('asr')]));
    expect(new Set(await slugs({ africanLanguage: false }))).toEqual(new Set([slug('big'), slug('embed'), slug('noarch')]));
    const bad = await api.gql(SEARCH, { filter: { languages: ['xx1'] } }, { token: learner.token });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.languages' });
  });

  it('finds what fits a device preset or a custom memory figure, and never a model whose memory is unknown', async () => {
    expect(new Set(await slugs({ fits: { deviceId: 'phone-4gb' } }))).toEqual(new Set([slug('tiny'), slug('asr'), slug('embed')]));
    expect(new Set(await slugs({ africanLanguage: true, fits: { deviceId: 'phone-4gb' } }))).toEqual(new Set([slug('tiny'), slug('asr')]));
    expect(await slugs({ fits: { deviceId: 'laptop-8gb' }, tasks: ['text-generation'] })).toEqual([slug('tiny')]);
    expect(new Set(await slugs({ fits: { deviceId: 'laptop-16gb' }, tasks: ['text-generation'] }))).toEqual(new Set([slug('tiny'), slug('mid')]));
    expect(await slugs({ fits: { deviceId: 'gpu-80gb', quantization: 'Q4_K_M' }, tasks: ['text-generation'] }, { sort: 'SIZE_DESC' })).toEqual([slug('big'), slug('mid'), slug('tiny')]);
    expect(await slugs({ fits: { deviceId: 'gpu-80gb', quantization: 'F16' }, tasks: ['text-generation'] }, { sort: 'SIZE_DESC' })).toEqual([slug('mid'), slug('tiny')]);
    expect(await slugs({ fits: { usableBytes: 1e9 } })).toEqual([slug('tiny')]);
    expect(await slugs({ fits: { usableBytes: 1e9, contextLength: 131072 } })).toEqual([]);
    for (const fits of [{ deviceId: 'toaster' }, { usableBytes: -1 }, {}, { deviceId: 'phone-4gb', quantization: 'Q5_K_S' }, { deviceId: 'phone-4gb', contextLength: 0 }]) {
      expect(errorCode(await api.gql(SEARCH, { filter: { fits } }, { token: learner.token }))).toBe('BAD_USER_INPUT');
    }
  });

  it('agrees with the model page: the memory table says the same fits as the filter', async () => {
    const res = await api.gql<Data>(MODEL, { slug: slug('tiny'), ctx: 4096 }, { token: learner.token });
    const [q4, q8, f16] = res.data.openModel.memory;
    expect([q4.quantization, q8.quantization, f16.quantization]).toEqual(['Q4_K_M', 'Q8_0', 'F16']);
    expect(q4.kvCacheBytes).toBe(2 * 16 * 8 * 64 * 2 * 4096);
    expect(q4.totalBytes).toBeCloseTo(q4.weightsBytes + q4.kvCacheBytes + q4.overheadBytes, 0);
    expect(q4.fits.find((f: Data) => f.deviceId === 'phone-4gb').fits).toBe(true);
    const unknown = (await api.gql<Data>(MODEL, { slug: slug('noarch') }, { token: learner.token })).data.openModel.memory[0];
    expect(unknown.missing).toEqual(expect.arrayContaining(['architecture.layers']));
    expect(unknown.fits.every((f: Data) => !f.fits)).toBe(true);
    const speech = (await api.gql<Data>(MODEL, { slug: slug('asr') }, { token: learner.token })).data.openModel.memory;
    expect(speech).toEqual([expect.objectContaining({ quantization: 'bf16', weightsOnly: true, weightsBytes: 1.6e9, kvCacheBytes: 0, contextLength: null })]);
    expect(errorCode(await api.gql(MODEL, { slug: slug('tiny'), ctx: 2_000_000 }, { token: learner.token }))).toBe('BAD_USER_INPUT');
    expect((await api.gql<Data>(MODEL, { slug: 'no-such-model' }, { token: learner.token })).data.openModel).toBeNull();
  });

  it('sorts by name, size and release date, pages with opaque cursors, and counts each facet with the other filters', async () => {
    expect(await slugs({}, { sort: 'NAME' })).toEqual(['tiny', 'mid', 'asr', 'embed', 'big', 'noarch'].map(slug));
    expect(await slugs({}, { sort: 'SIZE_ASC' })).toEqual(['embed', 'tiny', 'asr', 'noarch', 'mid', 'big'].map(slug));
    expect(await slugs({}, { sort: 'SIZE_DESC' })).toEqual(['big', 'mid', 'noarch', 'asr', 'tiny', 'embed'].map(slug));
    expect((await slugs({}, { sort: 'RELEASED_DESC' })).slice(0, 2)).toEqual(['big', 'tiny'].map(slug));
    expect((await slugs({}, { sort: 'RELEASED_ASC' }))[0]).toBe(slug('mid'));

    for (const sort of ['NAME', 'SIZE_DESC', 'RELEASED_ASC']) {
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: Data = await search({}, { sort, first: 4, after });
        expect(page.totalCount).toBe(6);
        seen.push(...page.items.map((i: Data) => i.slug));
        after = page.nextCursor;
      } while (after);
      expect(seen).toEqual(await slugs({}, { sort }));
    }
    expect(errorCode(await api.gql(SEARCH, { after: 'not-a-cursor' }, { token: learner.token }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await api.gql(SEARCH, { first: 0 }, { token: learner.token }))).toBe('BAD_USER_INPUT');

    const { facets, totalCount } = await search({ tasks: ['translation'], modalities: ['text'] });
    expect(totalCount).toBe(1);
    const count = (list: Data[], value: string) => list.find((f) => f.value === value)?.count ?? 0;
    // Tasks are counted with the modality filter but not the task filter, and the other way round.
    expect(count(facets.tasks, 'text-generation')).toBe(4);
    expect(count(facets.tasks, 'embeddings')).toBe(1);
    expect(count(facets.tasks, 'speech-recognition')).toBe(0);
    expect(facets.tasks.find((f: Data) => f.value === 'text-generation').label).toBe('Text generation');
    expect(count(facets.modalities, 'text')).toBe(1);
    expect(count(facets.modalities, 'speech')).toBe(0);
    expect(count(facets.languages, 'swa')).toBe(1);
    expect(facets.languages.find((f: Data) => f.value === 'swa').label).toBe('Swahili (macrolanguage)');
    expect(facets.commercialUse).toEqual([{ value: 'CONDITIONAL', count: 1 }]);
    expect(facets.licences).toEqual([{ value: ids.conditional, label: expect.stringContaining('Test licence'), count: 1 }]);
  });

  it('compares two to four models in the order given', async () => {
    const res = await api.gql<Data>(COMPARE, { slugs: [slug('mid'), slug('tiny'), slug('asr')] }, { token: learner.token });
    expect(res.data.compareOpenModels.map((m: Data) => m.slug)).toEqual([slug('mid'), slug('tiny'), slug('asr')]);
    for (const list of [[slug('mid')], ['a', 'b', 'c', 'd', 'e'], [slug('mid'), slug('mid')]]) {
      expect(errorCode(await api.gql(COMPARE, { slugs: list }, { token: learner.token }))).toBe('BAD_USER_INPUT');
    }
    expect(errorCode(await api.gql(COMPARE, { slugs: [slug('mid'), 'no-such-model'] }, { token: learner.token }))).toBe('NOT_FOUND');
  });

  it('describes a model with its licence, languages, facts and notes; lists presets, licences and languages', async () => {
    const model = (await api.gql<Data>(MODEL, { slug: slug('mid') }, { token: learner.token })).data.openModel;
    expect(model).toMatchObject({ memoryProfile: 'LANGUAGE_MODEL', coversAfricanLanguage: true, licence: { id: ids.conditional, commercialUse: 'CONDITIONAL', modelCount: 1 } });
    expect(model.languages).toContainEqual({ code: 'swa', name: 'Swahili (macrolanguage)', original: 'swa', african: true });
    expect(model.facts).toContainEqual({ field: 'licence', kind: 'STATED', source: { id: 'card', url: 'https://example.org/card' } });
    const presets = (await api.gql<Data>(`{ devicePresets { id kind usableBytes } }`, {}, { token: learner.token })).data.devicePresets;
    expect(presets.map((p: Data) => p.id)).toEqual(['phone-4gb', 'laptop-8gb', 'laptop-16gb', 'gpu-16gb', 'gpu-80gb']);
    const licences = (await api.gql<Data>(`{ modelLicences { id modelCount commercialUse condition } }`, {}, { token: learner.token })).data.modelLicences;
    expect(licences).toContainEqual({ id: ids.yes, modelCount: 4, commercialUse: 'YES', condition: null });
    const languages = await api.gql<Data>(`{ africanLanguages { code african } catalogLanguages { code name african } }`, {}, { token: learner.token });
    expect(languages.data.africanLanguages).toContainEqual({ code: 'yor', african: true });
    expect(languages.data.catalogLanguages).toContainEqual({ code: 'hau', name: 'Hausa', african: true });
  });

  describe('curation', () => {
    const source = (overrides: Partial<CatalogModel> & { slug: string }) => serializeModel({ ...fixtureModel({ slug: overrides.slug, token, licence: ids.yes }), ...overrides });
    const issuesOf = (res: Data) => res.errors?.[0]?.extensions?.issues as Array<{ path: string; message: string }>;

    it('is for instructors and admins: source and history too', async () => {
      const text = source({ slug: slug('curated-a') });
      expect(errorCode(await api.gql(SAVE, { source: text }))).toBe('UNAUTHENTICATED');
      expect(errorCode(await api.gql(SAVE, { source: text }, { token: learner.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(SOURCE, { slug: slug('tiny') }, { token: learner.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(HISTORY, { slug: slug('tiny') }, { token: learner.token }))).toBe('FORBIDDEN');
      expect(errorCode(await api.gql(SOURCE, { slug: slug('tiny') }))).toBe('UNAUTHENTICATED');
      expect((await api.gql<Data>(MODEL, { slug: slug('curated-a') }, { token: learner.token })).data.openModel).toBeNull();
      expect(errorCode(await api.gql(SOURCE, { slug: 'no-such-model' }, { token: instructor.token }))).toBe('NOT_FOUND');
    });

    it('creates and edits a model, keeping who changed which fields', async () => {
      const s = slug('curated-b');
      const created = await api.gql<Data>(SAVE, { source: source({ slug: s, name: 'First Name' }) }, { token: instructor.token });
      expect(created.errors).toBeUndefined();
      expect(created.data.saveOpenModel).toEqual({ slug: s, name: 'First Name', licence: { id: ids.yes } });
      const edited = await api.gql<Data>(SAVE, { source: source({ slug: s, name: 'Second Name', licence: ids.no }) }, { token: admin.token });
      expect(edited.data.saveOpenModel.licence.id).toBe(ids.no);
      expect((await search({ licences: [ids.no] })).items.map((i: Data) => i.slug)).toContain(s);

      const history = (await api.gql<Data>(HISTORY, { slug: s }, { token: instructor.token })).data.openModelHistory;
      expect(history.map((h: Data) => [h.action, h.byName])).toEqual([
        ['updated', admin.displayName],
        ['created', instructor.displayName],
      ]);
      expect(history[0].changes).toEqual([
        { field: 'name', before: '"First Name"', after: '"Second Name"' },
        { field: 'licence', before: JSON.stringify(ids.yes), after: JSON.stringify(ids.no) },
      ]);
      expect(history[1].changes).toContainEqual({ field: 'slug', before: null, after: JSON.stringify(s) });
      const text = (await api.gql<Data>(SOURCE, { slug: s }, { token: instructor.token })).data.openModelSource;
      expect(text).toBe(source({ slug: s, name: 'Second Name', licence: ids.no }));
    });

    it('refuses invalid files with every issue, storing nothing', async () => {
      const s = slug('curated-c');
      const cases: Array<[string, string]> = [
        ['slug: [unclosed', ''],
        [source({ slug: s, licence: 'LicenseRef-nobody-has-this' }), 'licence'],
        [source({ slug: s, languages: [{ code: 'sw', original: 'sw' }] }), 'languages[0].code'],
        [source({ slug: s, architecture: { layers: 16, attentionHeads: 8, kvHeads: 16, headDim: 64 } }), 'architecture.kvHeads'],
        [source({ slug: s, parameters: { count: 5 } }), 'parameters.count'],
      ];
      for (const [text, field] of cases) {
        const res = await api.gql<Data>(SAVE, { source: text }, { token: instructor.token });
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        const issues = issuesOf(res);
        expect(issues.length).toBeGreaterThan(0);
        if (field) expect(issues.map((i) => i.path)).toContain(field);
        for (const issue of issues) expect(issue.message.length).toBeGreaterThan(3);
      }
      expect(issuesOf(await api.gql<Data>(SAVE, { source: cases[2][0] }, { token: instructor.token })).find((i) => i.path === 'languages[0].code')?.message).toContain('swa');
      expect(await api.app.get(DataSource).getRepository(OpenModelEntity).existsBy({ slug: s })).toBe(false);
    });
  });

  it('exports what it imported byte for byte, and an import keeps models edited in the app unless told otherwise', async () => {
    const store = api.app.get(OpenModelStore);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'sankofa-export-'));
    try {
      await store.exportFolder(out);
      for (const dir of ['licences', 'models']) {
        for (const name of fs.readdirSync(path.join(folder, dir))) {
          expect({ name, text: fs.readFileSync(path.join(out, dir, name), 'utf8') }).toEqual({ name, text: fs.readFileSync(path.join(folder, dir, name), 'utf8') });
        }
      }
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
    expect((await store.importFolder(folder)).models).toEqual({ created: 0, updated: 0, unchanged: 6 });

    const s = slug('embed');
    const edited = serializeModel({ ...fixtures.find((f) => f.slug === s)!, name: 'Edited In The App' });
    expect((await api.gql<Data>(SAVE, { source: edited }, { token: instructor.token })).errors).toBeUndefined();
    const kept = await store.importFolder(folder);
    expect(kept.keptEdits).toEqual([{ slug: s, by: instructor.displayName, at: expect.any(Date) }]);
    expect((await api.gql<Data>(MODEL, { slug: s }, { token: learner.token })).data.openModel.name).toBe('Edited In The App');
    const overwritten = await store.importFolder(folder, { overwriteEdits: true });
    expect(overwritten.models).toEqual({ created: 0, updated: 1, unchanged: 5 });
    expect((await api.gql<Data>(MODEL, { slug: s }, { token: learner.token })).data.openModel.name).toBe(fixtures.find((f) => f.slug === s)!.name);
    const history = (await api.gql<Data>(HISTORY, { slug: s }, { token: admin.token })).data.openModelHistory;
    expect(history.map((h: Data) => [h.action, h.byName])).toEqual([
      ['imported', 'catalog import'],
      ['updated', instructor.displayName],
      ['imported', 'catalog import'],
    ]);
  });

  it('links lessons and models: lessons show model cards, a model lists its lessons, unknown models are refused', async () => {
    const db = api.app.get(DataSource);
    const adminUser = await db.getRepository(UserEntity).findOneByOrFail({ id: admin.id });
    const store = api.app.get(CourseStore);
    const { document } = await readCourseFolder(COURSE);
    const courseSlug = uniqueSlug('models-course');
    const [first, ...rest] = document.lessons;
    const doc = { ...document, slug: courseSlug, instructors: [], lessons: [{ ...first, models: [slug('mid'), slug('tiny')] }, ...rest] };
    await store.saveDraft(doc, adminUser);
    await store.publish(courseSlug, 'First version', adminUser);

    const lesson = await api.gql<Data>(`query($c: String!, $s: String!) { lesson(courseSlug: $c, slug: $s) { models { slug name organization parameterCount tasks licence { id name commercialUse } q4TotalBytes } } }`, { c: courseSlug, s: first.slug }, { token: learner.token });
    expect(lesson.errors).toBeUndefined();
    expect(lesson.data.lesson.models.map((m: Data) => m.slug)).toEqual([slug('mid'), slug('tiny')]);
    expect(lesson.data.lesson.models[1]).toMatchObject({ licence: { id: ids.yes, commercialUse: 'YES' }, q4TotalBytes: expect.any(Number) });
    const model = (await api.gql<Data>(MODEL, { slug: slug('tiny') }, { token: learner.token })).data.openModel;
    expect(model.lessons).toEqual([{ courseSlug, lessonSlug: first.slug, lessonTitle: first.title }]);

    const bad = { ...doc, slug: uniqueSlug('models-course'), lessons: [{ ...first, models: [slug('tiny'), 'no-such-model-x'] }, ...rest] };
    const error = await store.saveDraft(bad, adminUser).catch((e) => e);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { reason: 'INVALID_COURSE' } });
    expect(error.details.issues).toEqual([{ file: `lessons/${first.slug}.md`, line: null, field: 'models[1]', message: "the catalog has no model 'no-such-model-x'" }]);
  });

  it('imports every file of the shipped catalog', async () => {
    const shipped = await readCatalogFolder(path.dirname(CATALOG));
    expect(shipped.issues).toEqual([]);
    await api.app.get(OpenModelStore).importFolder(CATALOG);
    const stored = await api.app.get(DataSource).getRepository(OpenModelEntity).findBy({});
    for (const model of shipped.models) expect(stored.find((s) => s.slug === model.slug)?.document).toEqual(model);
    const res = await api.gql<Data>(SEARCH, { filter: { africanLanguage: true }, first: 100 }, { token: learner.token });
    expect(res.data.openModels.totalCount).toBeGreaterThan(0);
  });
});
