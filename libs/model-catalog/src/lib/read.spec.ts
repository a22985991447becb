import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { formatCatalogIssue } from './issues';
import { readCatalogFolder, readLicenceText, readModelText } from './read';
import { serializeLicence, serializeModel } from './serialize';

const TODAY = new Date('2026-11-28T12:00:00Z');
const LICENCES = ['Apache-2.0', 'LicenseRef-llama-3.2-community'];

const VALID = `slug: tiny-model-1b
name: Tiny Model 1B
organization: Example Lab
family: Tiny
description: "A small text model used in the tests."
released: 2024-09
parameters:
  count: 1235814400
  stated: 1.23B
modality: text
tasks: [text-generation]
memoryProfile: language-model
contextLength: 131072
architecture:
  layers: 16
  attentionHeads: 32
  kvHeads: 8
  headDim: 64
  hiddenSize: 2048
  vocabSize: 128256
  tiedEmbeddings: true
languages:
  - { code: eng, original: en }
  - { code: swh, original: swh_Latn }
licence: Apache-2.0
open: { weights: true, code: false, trainingData: false }
variants:
  - { format: safetensors, quantization: bf16, url: https://example.org/tiny, fileSizeBytes: 2471645608, official: true }
links:
  card: https://example.org/tiny
sources:
  - { id: card, title: "Tiny model card", url: https://example.org/tiny, accessed: 2026-11-28 }
  - { id: config, title: "config.json", url: https://example.org/tiny/config.json, accessed: 2026-11-20 }
provenance:
  released: { source: card, kind: stated }
  parameters: { source: card, kind: stated }
  tasks: { source: card, kind: stated }
  contextLength: { source: config, kind: stated }
  architecture: { source: config, kind: stated }
  architecture.headDim: { source: config, kind: computed, note: "hidden_size / num_attention_heads" }
  languages: { source: card, kind: stated }
  licence: { source: card, kind: stated }
  open: { source: card, kind: stated }
  variants: { source: card, kind: stated }
notes:
  - { field: parameters.count, text: "The card says 1.23B; the safetensors metadata counts 1,235,814,400." }
`;

const FILE = 'catalog/models/tiny-model-1b.yaml';
const read = (text: string, file = FILE) => readModelText(text, file, { licenceIds: LICENCES, today: TODAY });
const sub = (from: string | RegExp, to: string) => {
  const out = VALID.replace(from, to);
  if (out === VALID) throw new Error(`fixture edit did not apply: ${from}`);
  return out;
};

describe('readModelText', () => {
  it('reads a valid file into the typed model', () => {
    const r = read(VALID);
    expect(r.issues).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.value).toMatchObject({ slug: 'tiny-model-1b', released: '2024-09', parameters: { count: 1235814400, stated: '1.23B' }, languages: [{ code: 'eng', original: 'en' }, { code: 'swh', original: 'swh_Latn' }] });
  });

  type Case = [string, string, { path: string; line?: number; message: RegExp }];
  const cases: Case[] = [
    ['unknown top-level key', sub('family: Tiny', 'famly: Tiny'), { path: 'famly', line: 4, message: /not a field of the format/ }],
    ['unknown nested key', sub('  layers: 16', '  layer: 16'), { path: 'architecture.layer', message: /not a field of the format/ }],
    ['slug shape', sub('slug: tiny-model-1b', 'slug: Tiny_Model'), { path: 'slug', line: 1, message: /kebab-case/ }],
    ['slug equals file name', sub('slug: tiny-model-1b', 'slug: other-model'), { path: 'slug', message: /file name "tiny-model-1b"/ }],
    ['slug length', sub('slug: tiny-model-1b', `slug: ${'a'.repeat(65)}`), { path: 'slug', message: /at most 64/ }],
    ['released format', sub('released: 2024-09', 'released: 2024-13'), { path: 'released', line: 6, message: /YYYY-MM/ }],
    ['released in the future', sub('released: 2024-09', 'released: 2027-01'), { path: 'released', message: /future/ }],
    ['parameter count too small', sub('count: 1235814400', 'count: 1.23'), { path: 'parameters.count', message: /whole number/ }],
    ['parameter count in billions', sub('count: 1235814400', 'count: 1230'), { path: 'parameters.count', message: /between 1e6 and 3e12/ }],
    ['parameter count too large', sub('count: 1235814400', 'count: 5e12'), { path: 'parameters.count', message: /between 1e6 and 3e12/ }],
    ['active above count', sub('  stated: 1.23B', '  stated: 1.23B\n  active: 2000000000'), { path: 'parameters.active', message: /cannot exceed parameters.count/ }],
    ['negative number', sub('  layers: 16', '  layers: -16'), { path: 'architecture.layers', message: /positive whole number/ }],
    ['kvHeads above heads', sub('kvHeads: 8', 'kvHeads: 64'), { path: 'architecture.kvHeads', message: /cannot exceed attentionHeads/ }],
    ['heads not a multiple of kvHeads', sub('kvHeads: 8', 'kvHeads: 6'), { path: 'architecture.kvHeads', message: /multiple of kvHeads/ }],
    ['context too long', sub('contextLength: 131072', 'contextLength: 20000000'), { path: 'contextLength', message: /at most 10,000,000/ }],
    ['task enum', sub('tasks: [text-generation]', 'tasks: [chat]'), { path: 'tasks[0]', message: /must be one of text-generation/ }],
    ['modality enum', sub('modality: text', 'modality: audio'), { path: 'modality', message: /must be one of text, speech/ }],
    ['variant format enum', sub('format: safetensors', 'format: zip'), { path: 'variants[0].format', message: /must be one of safetensors/ }],
    ['unknown licence lists the known ids', sub('licence: Apache-2.0', 'licence: MIT'), { path: 'licence', line: 25, message: /unknown licence "MIT".*Apache-2.0, LicenseRef-llama-3.2-community/ }],
    ['ISO 639-1 code', sub('code: swh, original: swh_Latn', 'code: sw, original: sw'), { path: 'languages[1].code', message: /"sw" is an ISO 639-1 code: write its ISO 639-3 code "swa"/ }],
    ['code with script', sub('code: swh, original: swh_Latn', 'code: swh_Latn, original: swh_Latn'), { path: 'languages[1].code', message: /write "swh"/ }],
    ['unknown code', sub('code: swh, original: swh_Latn', 'code: qqq, original: qqq'), { path: 'languages[1].code', message: /"qqq" is not an ISO 639-3 code/ }],
    ['http URL', sub('card: https://example.org/tiny', 'card: http://example.org/tiny'), { path: 'links.card', message: /https:\/\// }],
    ['accessed date', sub('accessed: 2026-11-20', 'accessed: 2026-02-30'), { path: 'sources[1].accessed', message: /YYYY-MM-DD/ }],
    ['accessed in the future', sub('accessed: 2026-11-20', 'accessed: 2026-12-01'), { path: 'sources[1].accessed', message: /future/ }],
    ['duplicate source id', sub('id: config', 'id: card'), { path: 'sources[1].id', message: /used by another source/ }],
    ['fact without provenance', sub('  contextLength: { source: config, kind: stated }\n', ''), { path: 'provenance', message: /needs an entry for contextLength/ }],
    ['provenance for an absent field', sub('  tasks: { source: card, kind: stated }', '  tasks: { source: card, kind: stated }\n  links.paper: { source: card, kind: stated }'), { path: 'provenance.links.paper', message: /names a field the file does not have/ }],
    ['provenance with an unknown source', sub('contextLength: { source: config', 'contextLength: { source: blog'), { path: 'provenance.contextLength.source', message: /"blog" is not the id of one of this file's sources \(card, config\)/ }],
    ['computed fact without a note', sub('kind: computed, note: "hidden_size / num_attention_heads"', 'kind: computed'), { path: 'provenance.architecture.headDim.note', message: /required/ }],
    ['note on an unknown field', sub('field: parameters.count', 'field: size'), { path: 'notes[0].field', message: /not a field path/ }],
    ['missing required field', sub('organization: Example Lab\n', ''), { path: 'organization', message: /required/ }],
    ['YAML syntax', sub('tasks: [text-generation]', 'tasks: [text-generation'), { path: '', message: /./ }],
    ['duplicate key', sub('family: Tiny', 'family: Tiny\nfamily: Other'), { path: '', message: /unique/i }],
  ];

  it.each(cases)('%s', (_name, text, expected) => {
    const { issues } = read(text);
    expect(issues).toEqual(expect.arrayContaining([expect.objectContaining({ file: FILE, path: expected.path, message: expect.stringMatching(expected.message), ...(expected.line ? { line: expected.line } : {}) })]));
  });

  it('warns, without failing, when headDim × heads is far from hiddenSize', () => {
    const r = read(sub('hiddenSize: 2048', 'hiddenSize: 8192'));
    expect(r.issues).toEqual([]);
    expect(r.warnings.map(formatCatalogIssue)).toEqual([expect.stringMatching(/^catalog\/models\/tiny-model-1b.yaml:\d+ architecture.headDim: headDim × attentionHeads = 2048 is far from hiddenSize 8192/)]);
  });

  it('accepts a 639-3 code that is a macrolanguage, and languages: [] without provenance', () => {
    expect(read(sub('code: swh, original: swh_Latn', 'code: swa, original: sw')).issues).toEqual([]);
    const none = sub(/languages:\n( {2}- .*\n)+/, 'languages: []\n').replace('  languages: { source: card, kind: stated }\n', '');
    expect(read(none).issues).toEqual([]);
  });
});

describe('serializeModel', () => {
  it('round-trips and is stable', () => {
    const model = read(VALID).value!;
    const text = serializeModel(model);
    expect(text).toBe(VALID);
    const again = read(text);
    expect(again.issues).toEqual([]);
    expect(again.value).toEqual(model);
    expect(serializeModel(again.value!)).toBe(text);
  });

  it('writes fields in the format order whatever order they came in', () => {
    const model = read(VALID).value!;
    const shuffled = Object.fromEntries(Object.entries(model).reverse()) as typeof model;
    shuffled.provenance = Object.fromEntries(Object.entries(model.provenance).reverse());
    expect(serializeModel(shuffled)).toBe(VALID);
  });

  it('quotes what YAML would otherwise read differently', () => {
    const model = read(VALID).value!;
    const tricky = { ...model, name: 'yes: no # not a comment', languages: [{ code: 'nor', original: 'no' }], description: 'Line one.\nLine two: [x]' };
    const back = read(serializeModel(tricky)).value;
    expect(back).toEqual(tricky);
  });
});

const LICENCE = `id: Apache-2.0
name: Apache License 2.0
spdx: Apache-2.0
url: https://www.apache.org/licenses/LICENSE-2.0
commercialUse: "yes"
summary: "You may use, change and share it, also commercially; keep the notices."
sources:
  - { id: text, title: "Apache License 2.0", url: https://www.apache.org/licenses/LICENSE-2.0, accessed: 2026-11-28 }
`;

describe('readLicenceText', () => {
  const readLicence = (text: string, file = 'catalog/licences/Apache-2.0.yaml') => readLicenceText(text, file, { today: TODAY });
  it('reads a valid licence and writes it back canonically', () => {
    const r = readLicence(LICENCE);
    expect(r.issues).toEqual([]);
    expect(serializeLicence(r.value!)).toBe(LICENCE);
  });

  it.each([
    ['id equals file name', LICENCE, 'catalog/licences/MIT.yaml', 'id', /file name "MIT"/],
    ['commercialUse enum', LICENCE.replace('commercialUse: "yes"', 'commercialUse: maybe'), undefined, 'commercialUse', /yes, no, conditional/],
    ['condition needed when conditional', LICENCE.replace('commercialUse: "yes"', 'commercialUse: conditional'), undefined, 'condition', /required/],
    ['spdx equals id', LICENCE.replace('spdx: Apache-2.0', 'spdx: MIT'), undefined, 'spdx', /must equal id/],
    ['unknown key', LICENCE.replace('summary:', 'summry:'), undefined, 'summry', /not a field/],
  ])('%s', (_name, text, file, p, message) => {
    expect(readLicence(text, file).issues).toEqual(expect.arrayContaining([expect.objectContaining({ path: p, message: expect.stringMatching(message) })]));
  });
});

describe('readCatalogFolder', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'catalog-'));
    await mkdir(path.join(root, 'catalog/models'), { recursive: true });
    await mkdir(path.join(root, 'catalog/licences'), { recursive: true });
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('checks models against the licence files and reports stray files', async () => {
    await writeFile(path.join(root, 'catalog/licences/Apache-2.0.yaml'), LICENCE);
    await writeFile(path.join(root, FILE), VALID);
    await writeFile(path.join(root, 'catalog/models/other-model.yaml'), VALID.replace('slug: tiny-model-1b', 'slug: other-model').replace('licence: Apache-2.0', 'licence: LicenseRef-llama-3.2-community'));
    await writeFile(path.join(root, 'catalog/models/notes.txt'), 'x');
    const r = await readCatalogFolder(root, { today: TODAY });
    expect(r.licences.map((l) => l.id)).toEqual(['Apache-2.0']);
    expect(r.models.map((m) => m.slug)).toEqual(['tiny-model-1b']);
    expect(r.issues.map(formatCatalogIssue)).toEqual([
      expect.stringMatching(/^catalog\/models\/other-model.yaml:25 licence: unknown licence "LicenseRef-llama-3.2-community": add catalog\/licences\/LicenseRef-llama-3.2-community.yaml or use one of Apache-2.0$/),
      'catalog/models/notes.txt: is not a catalog file (expected <id>.yaml)',
    ]);
  });
});
