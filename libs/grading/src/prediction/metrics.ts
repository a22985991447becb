/**
 * Prediction metrics, defined exactly as scikit-learn 1.2 (Debian 12's python3-sklearn)
 * defines them. The specs compare against values computed with it.
 */

export type MetricName = 'accuracy' | 'macro_f1' | 'rmse' | 'mae' | 'roc_auc' | 'log_loss';

export const METRIC_NAMES: readonly MetricName[] = ['accuracy', 'macro_f1', 'rmse', 'mae', 'roc_auc', 'log_loss'];

/** Whether a larger value of the metric is a better score. */
export function higherIsBetter(metric: MetricName): boolean {
  return metric === 'accuracy' || metric === 'macro_f1' || metric === 'roc_auc';
}

/** Whether `score` meets `passScore`: ≥ for accuracy, macro-F1 and ROC-AUC, ≤ for the errors and losses. */
export function meetsPassScore(metric: MetricName, score: number, passScore: number): boolean {
  return higherIsBetter(metric) ? score >= passScore : score <= passScore;
}

/** The metric is undefined for these inputs (e.g. ROC-AUC with one class only). */
export class MetricError extends Error {
  override readonly name = 'MetricError';
}

function checkLengths(a: readonly unknown[], b: readonly unknown[]): void {
  if (a.length !== b.length) throw new MetricError(`got ${a.length} true values but ${b.length} predictions`);
  if (a.length === 0) throw new MetricError('there are no values to score');
}

/** sklearn `accuracy_score`: the share of exact label matches. */
export function accuracy(yTrue: readonly string[], yPred: readonly string[]): number {
  checkLengths(yTrue, yPred);
  let right = 0;
  for (let i = 0; i < yTrue.length; i++) if (yTrue[i] === yPred[i]) right++;
  return right / yTrue.length;
}

/**
 * sklearn `f1_score(average='macro', zero_division=0)`: the unweighted mean of the per-class F1
 * over every label found in either the true values or the predictions. A class never predicted
 * (or never present) has F1 0 and still counts in the mean.
 */
export function macroF1(yTrue: readonly string[], yPred: readonly string[]): number {
  checkLengths(yTrue, yPred);
  const labels = [...new Set([...yTrue, ...yPred])];
  const tp = new Map<string, number>();
  const predicted = new Map<string, number>();
  const actual = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let i = 0; i < yTrue.length; i++) {
    bump(actual, yTrue[i]);
    bump(predicted, yPred[i]);
    if (yTrue[i] === yPred[i]) bump(tp, yTrue[i]);
  }
  let sum = 0;
  for (const label of labels) {
    const t = tp.get(label) ?? 0;
    const p = predicted.get(label) ?? 0;
    const a = actual.get(label) ?? 0;
    const precision = p === 0 ? 0 : t / p;
    const recall = a === 0 ? 0 : t / a;
    const denominator = precision + recall;
    // Same order of operations as sklearn's fbeta with beta = 1: (1 + 1) * p * r / (p + r).
    sum += denominator === 0 ? 0 : (2 * precision * recall) / denominator;
  }
  return sum / labels.length;
}

function checkFinite(values: readonly number[], what: string): void {
  if (values.some((v) => !Number.isFinite(v))) throw new MetricError(`${what} must all be finite numbers`);
}

/** sklearn `mean_squared_error(squared=False)`. */
export function rmse(yTrue: readonly number[], yPred: readonly number[]): number {
  checkLengths(yTrue, yPred);
  checkFinite(yTrue, 'true values');
  checkFinite(yPred, 'predictions');
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) sum += (yTrue[i] - yPred[i]) ** 2;
  return Math.sqrt(sum / yTrue.length);
}

/** sklearn `mean_absolute_error`. */
export function mae(yTrue: readonly number[], yPred: readonly number[]): number {
  checkLengths(yTrue, yPred);
  checkFinite(yTrue, 'true values');
  checkFinite(yPred, 'predictions');
  let sum = 0;
  for (let i = 0; i < yTrue.length; i++) sum += Math.abs(yTrue[i] - yPred[i]);
  return sum / yTrue.length;
}

/**
 * sklearn `roc_auc_score` for a binary target: the trapezoidal area under the ROC curve, whose
 * points are taken at each distinct score, so tied scores form one diagonal step (a tie between
 * a positive and a negative counts one half).
 *
 * @param isPositive whether each row belongs to the positive class
 * @param scores the predicted score or probability of the positive class
 * @throws MetricError when only one class is present (the curve is undefined)
 */
export function rocAuc(isPositive: readonly boolean[], scores: readonly number[]): number {
  checkLengths(isPositive, scores);
  checkFinite(scores, 'scores');
  const positives = isPositive.filter(Boolean).length;
  const negatives = isPositive.length - positives;
  if (positives === 0 || negatives === 0) {
    throw new MetricError('ROC-AUC needs both classes among the true values; only one is present');
  }
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a]);
  let area = 0;
  let tp = 0;
  let fp = 0;
  let previousTp = 0;
  let previousFp = 0;
  for (let k = 0; k < order.length; k++) {
    if (isPositive[order[k]]) tp++;
    else fp++;
    const lastOfTie = k === order.length - 1 || scores[order[k + 1]] !== scores[order[k]];
    if (lastOfTie) {
      area += ((fp - previousFp) * (tp + previousTp)) / 2;
      previousTp = tp;
      previousFp = fp;
    }
  }
  return area / (positives * negatives);
}

/** numpy's `finfo(float64).eps`, sklearn 1.2's clipping bound for float64 probabilities. */
export const LOG_LOSS_EPS = 2.220446049250313e-16;

/**
 * sklearn `log_loss` for a binary target, `eps='auto'`: the probability of the positive class is
 * clipped to [eps, 1 − eps], the pair (1 − p, p) renormalized, and the mean negative log
 * likelihood of the true class returned. Both classes are known from the exercise, so a part
 * of the test set with one class only is scored (sklearn with `labels=[negative, positive]`).
 */
export function binaryLogLoss(isPositive: readonly boolean[], probabilities: readonly number[]): number {
  checkLengths(isPositive, probabilities);
  checkFinite(probabilities, 'probabilities');
  return multiclassLogLoss(
    isPositive.map((p) => (p ? 1 : 0)),
    probabilities.map((p) => {
      const clipped = clip(p);
      return [1 - clipped, clipped];
    }),
  );
}

/**
 * sklearn `log_loss` for any number of classes, `eps='auto'`: each probability is clipped to
 * [eps, 1 − eps], each row renormalized to sum 1, and the mean negative log probability of the
 * true class returned.
 *
 * @param trueClass the column index of each row's true class in `probabilities`
 * @param probabilities one row per example, one column per class (sklearn's sorted class order)
 */
export function multiclassLogLoss(trueClass: readonly number[], probabilities: readonly (readonly number[])[]): number {
  checkLengths(trueClass, probabilities);
  const classes = probabilities[0].length;
  if (classes < 2) throw new MetricError('log-loss needs at least two classes');
  let sum = 0;
  for (let i = 0; i < trueClass.length; i++) {
    const row = probabilities[i];
    if (row.length !== classes) throw new MetricError(`row ${i + 1} has ${row.length} probabilities, expected ${classes}`);
    checkFinite(row, 'probabilities');
    const clipped = row.map(clip);
    const total = clipped.reduce((a, b) => a + b, 0);
    const k = trueClass[i];
    if (!Number.isInteger(k) || k < 0 || k >= classes) throw new MetricError(`row ${i + 1} has no class ${k}`);
    sum += -Math.log(clipped[k] / total);
  }
  return sum / trueClass.length;
}

function clip(p: number): number {
  return Math.min(Math.max(p, LOG_LOSS_EPS), 1 - LOG_LOSS_EPS);
}
