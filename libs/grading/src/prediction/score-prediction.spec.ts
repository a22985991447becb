import { createHash } from 'node:crypto';
import { isPublicRow } from './public-split';
import {
  InvalidPredictionExerciseError,
  parsePredictionLabels,
  scorePredictionSubmission,
  type PredictionExercise,
  type PredictionResult,
} from './score-prediction';

const languages: PredictionExercise = {
  key: 'nlp-basics/language-id',
  metric: 'accuracy',
  idColumn: 'id',
  targetColumn: 'language',
  publicFraction: 0.5,
  passScore: 0.75,
};
const labelsCsv = 'id,language\n1,yor\n2,swh\n3,hau\n4,yor\n';
const labels = parsePredictionLabels(labelsCsv, languages);

function score(submission: string | Uint8Array, exercise: PredictionExercise = languages, maxErrors?: number): PredictionResult {
  return scorePredictionSubmission({ exercise, labels: exercise === languages ? labels : parsePredictionLabels(binaryLabels, exercise), submission, maxErrors });
}

function errorsOf(result: PredictionResult) {
  if (result.status !== 'invalid') throw new Error(`expected an invalid submission, got ${JSON.stringify(result)}`);
  return result.errors;
}

const binaryLabels = 'id,sick\na,1\nb,0\nc,1\nd,0\ne,0\n';

describe('scorePredictionSubmission', () => {
  it('scores a valid file, in any row order and with extra columns', () => {
    const result = score('language,id,notes\nyor,4,x\nswh,2,\nhau,3,\nswh,1,"a, b"\n');
    expect(result).toMatchObject({ status: 'scored', score: 0.75, passed: true, warnings: [] });
    if (result.status !== 'scored') return;
    expect(result.publicRows + result.privateRows).toBe(4);
  });

  it('splits public and private rows by the hash of exercise key and id', () => {
    const result = score('id,language\n1,yor\n2,yor\n3,yor\n4,yor\n');
    if (result.status !== 'scored') throw new Error('not scored');
    const publicIds = ['1', '2', '3', '4'].filter((id) => isPublicRow(languages.key, id, 0.5));
    expect(result.publicRows).toBe(publicIds.length);
    const right = (ids: string[]) => ids.filter((id) => labels.get(id) === 'yor').length / ids.length;
    const privateIds = ['1', '2', '3', '4'].filter((id) => !publicIds.includes(id));
    expect(result.publicScore).toBe(publicIds.length ? right(publicIds) : null);
    expect(result.privateScore).toBe(privateIds.length ? right(privateIds) : null);
    expect(result.score).toBe(0.5);
    expect(result.passed).toBe(false);
  });

  it('warns about, and accepts, a byte-order mark and CRLF line endings', () => {
    const bytes = Buffer.from('\uFEFFid,language\r\n1,yor\r\n2,swh\r\n3,hau\r\n4,yor\r\n', 'utf8');
    const result = score(bytes);
    expect(result).toMatchObject({ status: 'scored', score: 1 });
    expect(result.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/byte-order mark/), expect.stringMatching(/CRLF/)]);
  });

  it('skips a blank line with a warning and ignores trailing blank lines', () => {
    const result = score('id,language\n1,yor\n\n2,swh\n3,hau\n4,yor\n\n\n');
    expect(result).toMatchObject({ status: 'scored', score: 1, warnings: [{ row: 3, message: expect.stringMatching(/empty/) }] });
  });

  it.each([
    ['', /empty/],
    ['id,lang\n1,yor\n', /no column "language"/],
    ['id,language,language\n1,yor,yor\n', /appears twice/],
    ['id,language\n1,"yor\n', /never closed/],
  ])('rejects a bad file or header: %j', (csv, message) => {
    const [error] = errorsOf(score(csv));
    expect(error.message).toMatch(message);
  });

  it('rejects a file over the size limit without reading it', () => {
    const result = scorePredictionSubmission({ exercise: languages, labels, submission: 'id,language\n' + '1,yor\n'.repeat(100), maxBytes: 100 });
    expect(errorsOf(result)).toEqual([{ row: null, message: expect.stringMatching(/limit is 1 KB/) }]);
  });

  it('rejects bytes that are not UTF-8', () => {
    expect(errorsOf(score(Buffer.from([0x69, 0x64, 0x2c, 0xff, 0x0a])))[0].message).toMatch(/not UTF-8/);
  });

  it('names the spreadsheet row of every problem', () => {
    const result = score('id,language\n1,yor\n1,yor\n9,swh\n,hau\n3,\n4\n2,french\n');
    expect(errorsOf(result)).toEqual([
      { row: 3, message: 'id "1" already appears in row 2' },
      { row: 4, message: 'id "9" is not in the test set' },
      { row: 5, message: 'the id is empty' },
      { row: 6, message: 'the language is empty' },
      { row: 7, message: 'the row has 1 values but the header has 2 columns' },
      { row: 8, message: expect.stringMatching(/^"french" is not one of the classes \("yor", "swh", "hau"\)/) },
      { row: null, message: '1 of the 4 test ids has no prediction, e.g. "4"' },
    ]);
  });

  it('lists at most maxErrors problems and counts them all', () => {
    const result = score('id,language\n' + Array.from({ length: 30 }, (_, i) => `x${i},yor\n`).join(''), languages, 5);
    if (result.status !== 'invalid') throw new Error('not invalid');
    expect(result.errors).toHaveLength(5);
    expect(result.errorCount).toBe(31);
  });

  it('explains probabilities given where labels are expected', () => {
    const exercise = { ...languages, metric: 'macro_f1' as const, targetColumn: 'sick', passScore: 0.5 };
    const result = score('id,sick\na,0.83\nb,0.1\nc,1\nd,0\ne,0\n', exercise);
    expect(errorsOf(result)[0]).toEqual({ row: 2, message: expect.stringMatching(/looks like a probability/) });
  });

  describe('numeric metrics', () => {
    const auc: PredictionExercise = { ...languages, metric: 'roc_auc', targetColumn: 'sick', positiveLabel: '1', passScore: 0.8 };
    it('scores ROC-AUC from scores of the positive class', () => {
      expect(score('id,sick\na,0.9\nb,0.2\nc,0.8\nd,0.3\ne,0.85\n', auc)).toMatchObject({ status: 'scored', score: 5 / 6, passed: true });
    });
    it.each([
      ['NaN', /NaN; every prediction must be a finite number/],
      ['inf', /finite/],
      ['high', /"high" is not a number/],
      ['1e999', /too large/],
    ])('rejects %s', (value, message) => {
      const result = score(`id,sick\na,${value}\nb,0.2\nc,0.8\nd,0.3\ne,0.85\n`, auc);
      expect(errorsOf(result)).toEqual([{ row: 2, message: expect.stringMatching(message) }]);
    });
    it('requires probabilities between 0 and 1 for log-loss and scores lower-is-better', () => {
      const logLoss = { ...auc, metric: 'log_loss' as const, passScore: 0.5 };
      expect(errorsOf(score('id,sick\na,1.2\nb,0\nc,1\nd,0\ne,0\n', logLoss))[0].message).toMatch(/not a probability between 0 and 1/);
      const result = score('id,sick\na,0.9\nb,0.1\nc,0.8\nd,0.2\ne,0.3\n', logLoss);
      expect(result).toMatchObject({ status: 'scored', passed: true });
      if (result.status === 'scored') expect(result.score).toBeCloseTo(-(Math.log(0.9) * 2 + Math.log(0.8) * 2 + Math.log(0.7)) / 5, 14);
    });
    it('needs positiveLabel for ROC-AUC and log-loss', () => {
      expect(() => scorePredictionSubmission({ exercise: { ...auc, positiveLabel: undefined }, labels, submission: 'id,sick\n' })).toThrow(
        InvalidPredictionExerciseError,
      );
    });
    it('scores RMSE against numeric labels, lower is better', () => {
      const yields: PredictionExercise = { ...languages, metric: 'rmse', targetColumn: 'tonnes', passScore: 1 };
      const truth = parsePredictionLabels('id,tonnes\nk1,2.5\nk2,3\n', yields);
      const result = scorePredictionSubmission({ exercise: yields, labels: truth, submission: 'id,tonnes\nk1,3.5\nk2,3\n' });
      expect(result).toMatchObject({ status: 'scored', score: Math.sqrt(0.5), passed: true });
    });
  });
});

describe('isPublicRow', () => {
  it('follows sha256(key:id), first 8 hex digits over 2^32', () => {
    const digest = createHash('sha256').update('ex:row-7').digest('hex');
    const fraction = parseInt(digest.slice(0, 8), 16) / 2 ** 32;
    expect(isPublicRow('ex', 'row-7', fraction)).toBe(false);
    expect(isPublicRow('ex', 'row-7', fraction + 1e-9)).toBe(true);
  });
  it('puts about publicFraction of the rows in public', () => {
    const ids = Array.from({ length: 10000 }, (_, i) => String(i));
    const share = ids.filter((id) => isPublicRow('course/ex', id, 0.3)).length / ids.length;
    expect(share).toBeGreaterThan(0.28);
    expect(share).toBeLessThan(0.32);
    expect(ids.some((id) => isPublicRow('course/ex', id, 0))).toBe(false);
    expect(ids.every((id) => isPublicRow('course/ex', id, 1))).toBe(true);
  });
});

describe('parsePredictionLabels', () => {
  it('reads ids and targets in order', () => {
    expect([...labels.entries()]).toEqual([
      ['1', 'yor'],
      ['2', 'swh'],
      ['3', 'hau'],
      ['4', 'yor'],
    ]);
  });
  it.each(['id,language\n1,yor\n1,swh\n', 'id,lang\n1,yor\n', 'id,language\n1,\n', 'id,language\n'])('rejects a malformed file %j', (csv) => {
    expect(() => parsePredictionLabels(csv, languages)).toThrow(InvalidPredictionExerciseError);
  });
});
