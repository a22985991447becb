import {
  LOG_LOSS_EPS,
  MetricError,
  accuracy,
  binaryLogLoss,
  higherIsBetter,
  macroF1,
  mae,
  meetsPassScore,
  multiclassLogLoss,
  rmse,
  rocAuc,
} from './metrics';

/*
 * Expected values computed once with Debian 12's scikit-learn 1.2.1 and numpy 1.24.2
 * (`/usr/bin/python3 script.py`), by this script:
 *
 *   import json, numpy as np
 *   from sklearn.metrics import accuracy_score, f1_score, mean_squared_error, mean_absolute_error, roc_auc_score, log_loss
 *   rng = np.random.default_rng(20240611)
 *   labels = ['maize', 'cassava', 'sorghum']
 *   yt = list(rng.choice(labels, 40)); yp = [y if rng.random() < 0.6 else str(rng.choice(labels + ['millet'])) for y in yt]
 *   rt = [round(float(v), 3) for v in rng.normal(50, 10, 40)]; rp = [round(v + float(rng.normal(0, 4)), 3) for v in rt]
 *   bt = [int(v) for v in rng.integers(0, 2, 40)]; bs = [round(float(np.clip(0.5 * b + rng.normal(0.25, 0.25), 0, 1)), 2) for b in bt]
 *   mp = rng.dirichlet([1, 1, 1], 40); mp = [[round(float(x), 4) for x in r] for r in mp]; mt = [int(v) for v in rng.integers(0, 3, 40)]
 *   out = dict(yt=yt, yp=yp, rt=rt, rp=rp, bt=bt, bs=bs, mt=mt, mp=mp,
 *     accuracy=accuracy_score(yt, yp), macro_f1=f1_score(yt, yp, average='macro', zero_division=0),
 *     rmse=mean_squared_error(rt, rp, squared=False), mae=mean_absolute_error(rt, rp),
 *     roc_auc=roc_auc_score(bt, bs), log_loss_binary=log_loss(bt, bs), log_loss_multi=log_loss(mt, mp, labels=[0, 1, 2]),
 *     log_loss_extreme=log_loss([0, 1, 1, 0], [0.0, 1.0, 0.0, 1.0]),
 *     f1_never_predicted=f1_score(['a','a','b','c'], ['a','a','b','b'], average='macro', zero_division=0),
 *     auc_ties=roc_auc_score([0,0,1,1,1,0], [0.5,0.5,0.5,0.9,0.1,0.1]))
 *   print(json.dumps(out))
 */
const SKLEARN = {
  yt: ["cassava", "maize", "cassava", "sorghum", "maize", "cassava", "sorghum", "sorghum", "maize", "maize", "sorghum", "maize", "sorghum", "sorghum", "maize", "cassava", "maize", "sorghum", "cassava", "cassava", "maize", "maize", "sorghum", "cassava", "sorghum", "sorghum", "sorghum", "sorghum", "maize", "maize", "maize", "sorghum", "maize", "cassava", "sorghum", "sorghum", "cassava", "cassava", "cassava", "maize"],
  yp: ["sorghum", "maize", "sorghum", "cassava", "cassava", "cassava", "cassava", "sorghum", "maize", "maize", "sorghum", "maize", "sorghum", "maize", "maize", "cassava", "maize", "sorghum", "cassava", "cassava", "maize", "maize", "sorghum", "cassava", "sorghum", "millet", "sorghum", "sorghum", "maize", "maize", "cassava", "maize", "maize", "cassava", "sorghum", "maize", "cassava", "maize", "cassava", "sorghum"],
  rt: [57.843, 53.328, 59.134, 59.397, 38.908, 71.853, 49.511, 43.941, 56.001, 45.114, 56.272, 37.986, 57.254, 37.361, 53.757, 47.868, 44.985, 51.531, 44.247, 42.281, 53.949, 69.312, 40.022, 61.552, 60.816, 38.799, 51.902, 55.24, 40.891, 60.792, 58.779, 66.984, 53.898, 59.46, 68.121, 52.03, 44.998, 35.491, 52.865, 37.328],
  rp: [62.234, 53.917, 62.378, 60.048, 43.861, 70.028, 49.711, 49.541, 50.968, 45.884, 60.173, 33.732, 54.455, 32.361, 58.48, 47.11, 43.724, 45.881, 39.992, 45.987, 53.191, 67.708, 43.19, 57.929, 67.27, 37.326, 49.85, 54.179, 41.04, 63.597, 55.984, 63.688, 54.051, 60.816, 71.63, 50.123, 48.866, 31.411, 58.408, 32.96],
  bt: [0, 0, 1, 1, 1, 0, 1, 0, 1, 0, 0, 0, 1, 0, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 1, 1, 0, 1, 0, 1, 1, 1, 0, 1, 1, 0, 0, 0, 1, 0],
  bs: [0, 0.2, 0.74, 0.95, 0.69, 0, 1, 0.35, 0.48, 0.08, 0.48, 0, 0.99, 0.26, 0.71, 0.97, 0.64, 0.26, 0.66, 0.54, 0.71, 0, 0.04, 0.48, 0.58, 0.67, 0.45, 0.99, 0.37, 0.61, 0.91, 0.79, 0.54, 0.85, 0.55, 0.22, 0, 0.41, 0.86, 0.25],
  mt: [0, 2, 0, 0, 0, 2, 2, 0, 0, 1, 1, 2, 2, 2, 1, 1, 0, 1, 2, 2, 2, 0, 1, 0, 1, 2, 0, 0, 1, 0, 2, 0, 0, 1, 0, 2, 2, 2, 1, 2],
  mp: [[0.4202, 0.3092, 0.2705], [0.0042, 0.4561, 0.5396], [0.3205, 0.2209, 0.4585], [0.8785, 0.0784, 0.043], [0.3011, 0.1669, 0.5319], [0.057, 0.1048, 0.8382], [0.7831, 0.1015, 0.1154], [0.2806, 0.5733, 0.1461], [0.2156, 0.5618, 0.2226], [0.0737, 0.2677, 0.6586], [0.2941, 0.31, 0.3959], [0.1529, 0.8415, 0.0055], [0.6593, 0.2917, 0.049], [0.2608, 0.6462, 0.093], [0.082, 0.8422, 0.0758], [0.2381, 0.0342, 0.7277], [0.4223, 0.0018, 0.5759], [0.0442, 0.384, 0.5717], [0.9466, 0.0194, 0.0339], [0.397, 0.3928, 0.2101], [0.0367, 0.2724, 0.6909], [0.4487, 0.1148, 0.4365], [0.3557, 0.5483, 0.096], [0.158, 0.1487, 0.6933], [0.3398, 0.528, 0.1322], [0.5642, 0.1421, 0.2937], [0.4523, 0.3245, 0.2232], [0.3528, 0.1491, 0.4981], [0.598, 0.0309, 0.3711], [0.6776, 0.2172, 0.1052], [0.0124, 0.178, 0.8097], [0.2745, 0.2184, 0.5071], [0.5601, 0.2925, 0.1474], [0.1303, 0.6448, 0.2249], [0.3305, 0.5007, 0.1689], [0.171, 0.2649, 0.5641], [0.0322, 0.156, 0.8119], [0.6462, 0.139, 0.2148], [0.4801, 0.3713, 0.1486], [0.4034, 0.265, 0.3316]],
  accuracy: 0.7,
  macro_f1: 0.5302348825587206,
  rmse: 3.4329429685038453,
  mae: 2.939624999999999,
  roc_auc: 0.9573934837092732,
  log_loss_binary: 0.33746805507429034,
  log_loss_multi: 1.2927943060502194,
  log_loss_extreme: 18.021826694558577,
  f1_never_predicted: 0.5555555555555555,
  auc_ties: 0.6111111111111112,
} as const;

describe('metrics against scikit-learn 1.2.1', () => {
  it('accuracy', () => {
    expect(accuracy(SKLEARN.yt, SKLEARN.yp)).toBeCloseTo(SKLEARN.accuracy, 14);
  });
  it('macro-F1, with a predicted class ("millet") that never occurs counting as F1 0', () => {
    expect(macroF1(SKLEARN.yt, SKLEARN.yp)).toBeCloseTo(SKLEARN.macro_f1, 14);
    expect(macroF1(['a', 'a', 'b', 'c'], ['a', 'a', 'b', 'b'])).toBeCloseTo(SKLEARN.f1_never_predicted, 14);
  });
  it('RMSE and MAE', () => {
    expect(rmse(SKLEARN.rt, SKLEARN.rp)).toBeCloseTo(SKLEARN.rmse, 12);
    expect(mae(SKLEARN.rt, SKLEARN.rp)).toBeCloseTo(SKLEARN.mae, 12);
  });
  it('ROC-AUC, ties included', () => {
    expect(rocAuc(SKLEARN.bt.map((b) => b === 1), SKLEARN.bs)).toBeCloseTo(SKLEARN.roc_auc, 14);
    expect(rocAuc([0, 0, 1, 1, 1, 0].map((b) => b === 1), [0.5, 0.5, 0.5, 0.9, 0.1, 0.1])).toBeCloseTo(SKLEARN.auc_ties, 14);
  });
  it('binary log-loss, clipping probabilities 0 and 1 at float64 eps', () => {
    expect(binaryLogLoss(SKLEARN.bt.map((b) => b === 1), SKLEARN.bs)).toBeCloseTo(SKLEARN.log_loss_binary, 12);
    expect(binaryLogLoss([false, true, true, false], [0, 1, 0, 1])).toBeCloseTo(SKLEARN.log_loss_extreme, 10);
    expect(LOG_LOSS_EPS).toBe(Number.EPSILON);
  });
  it('multiclass log-loss, renormalizing rows that do not sum to 1', () => {
    expect(multiclassLogLoss(SKLEARN.mt, SKLEARN.mp)).toBeCloseTo(SKLEARN.log_loss_multi, 12);
  });
});

describe('metrics on cases checked by hand', () => {
  it('accuracy counts exact label matches', () => {
    expect(accuracy(['1', '0', '1', '1'], ['1', '1', '1', '0'])).toBe(0.5);
  });
  it('macro-F1 averages per-class F1 with equal weight', () => {
    // a: P = 1, R = 1/2, F1 = 2/3; b: P = 1/2, R = 1, F1 = 2/3.
    expect(macroF1(['a', 'a', 'b'], ['a', 'b', 'b'])).toBeCloseTo(2 / 3, 15);
    expect(macroF1(['x', 'y'], ['x', 'y'])).toBe(1);
    // Always predicting the big class: F1(big) = 2·0.8·1/1.8, F1(small) = 0.
    expect(macroF1(['big', 'big', 'big', 'big', 'small'], ['big', 'big', 'big', 'big', 'big'])).toBeCloseTo(0.8 / 1.8, 15);
  });
  it('RMSE and MAE', () => {
    expect(rmse([1, 2, 3], [1, 2, 5])).toBeCloseTo(Math.sqrt(4 / 3), 15);
    expect(mae([1, 2, 3], [2, 2, 1])).toBe(1);
    expect(rmse([0.5], [0.5])).toBe(0);
  });
  it('ROC-AUC: perfect, reversed, and all scores tied', () => {
    expect(rocAuc([false, false, true, true], [0.1, 0.2, 0.8, 0.9])).toBe(1);
    expect(rocAuc([false, false, true, true], [0.9, 0.8, 0.2, 0.1])).toBe(0);
    expect(rocAuc([false, true, false, true], [0.3, 0.3, 0.3, 0.3])).toBe(0.5);
  });
  it('log-loss of a confident right answer is close to 0 and of a coin flip ln 2', () => {
    expect(binaryLogLoss([true, false], [1, 0])).toBeCloseTo(0, 14);
    expect(binaryLogLoss([true, false], [0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
    expect(binaryLogLoss([true, true], [0.5, 0.5])).toBeCloseTo(Math.LN2, 15);
    expect(multiclassLogLoss([2], [[0.2, 0.3, 0.5]])).toBeCloseTo(-Math.log(0.5), 15);
  });
});

describe('metric edge cases', () => {
  it('ROC-AUC with a single class is an error', () => {
    expect(() => rocAuc([true, true], [0.2, 0.9])).toThrow(MetricError);
    expect(() => rocAuc([false, false], [0.2, 0.9])).toThrow(/both classes/);
  });
  it('rejects empty and mismatched inputs and non-finite numbers', () => {
    expect(() => accuracy([], [])).toThrow(MetricError);
    expect(() => macroF1(['a'], ['a', 'b'])).toThrow(MetricError);
    expect(() => rmse([1], [Number.NaN])).toThrow(MetricError);
    expect(() => mae([1], [Number.POSITIVE_INFINITY])).toThrow(MetricError);
    expect(() => multiclassLogLoss([0, 1], [[0.5, 0.5], [1]])).toThrow(MetricError);
    expect(() => multiclassLogLoss([3], [[0.5, 0.5]])).toThrow(MetricError);
  });
  it('knows which direction is better and judges passScore accordingly', () => {
    expect(higherIsBetter('macro_f1')).toBe(true);
    expect(higherIsBetter('log_loss')).toBe(false);
    expect(meetsPassScore('accuracy', 0.8, 0.8)).toBe(true);
    expect(meetsPassScore('accuracy', 0.79, 0.8)).toBe(false);
    expect(meetsPassScore('rmse', 3, 3.5)).toBe(true);
    expect(meetsPassScore('mae', 4, 3.5)).toBe(false);
  });
});
