def macro_f1(y_true: list[str], y_pred: list[str]) -> float:
    # A common mistake: this is accuracy (the share of correct labels), not macro-F1.
    correct = sum(t == p for t, p in zip(y_true, y_pred))
    return correct / len(y_true)
