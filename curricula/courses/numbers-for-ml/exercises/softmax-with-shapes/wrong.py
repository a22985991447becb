import numpy as np


def softmax_rows(scores):
    """Stable per-row shift, but the totals are taken down the columns (axis=0)."""
    logits = np.array(scores, dtype=float)
    exps = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=0)
