# A typical mistake: averaging precision and recall over classes first, then taking one F1.
def macro_f1(y_true, y_pred):
    if len(y_true) != len(y_pred):
        raise ValueError("lengths differ")
    if not y_true:
        raise ValueError("empty")
    classes = set(y_true) | set(y_pred)
    precisions, recalls = [], []
    for c in classes:
        tp = sum(1 for t, p in zip(y_true, y_pred) if t == c and p == c)
        predicted = sum(1 for p in y_pred if p == c)
        actual = sum(1 for t in y_true if t == c)
        precisions.append(tp / predicted if predicted else 0.0)
        recalls.append(tp / actual if actual else 0.0)
    p = sum(precisions) / len(classes)
    r = sum(recalls) / len(classes)
    return 2 * p * r / (p + r) if p + r else 0.0
