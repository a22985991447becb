import numpy as np


def softmax_rows(scores):
    """Return the softmax of every row of scores, with the same shape.

    scores: list of rows of floats, all rows of the same non-zero length.
    Raise ValueError for no rows, an empty row, or rows of different lengths.
    """
    if len(scores) == 0:
        raise ValueError("scores has no rows")
    width = len(scores[0])
    if width == 0:
        raise ValueError("a row of scores is empty")
    if any(len(row) != width for row in scores):
        raise ValueError("all rows of scores must have the same length")
    logits = np.array(scores, dtype=float)  # (examples, classes)
    # Shifting each row by its own maximum leaves softmax unchanged and keeps exp <= 1.
    exps = np.exp(logits - logits.max(axis=1, keepdims=True))
    return exps / exps.sum(axis=1, keepdims=True)
