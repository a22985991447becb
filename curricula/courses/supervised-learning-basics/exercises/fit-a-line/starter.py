def fit_line(xs, ys):
    """Return {"slope", "intercept", "r2"} of the least-squares line y = slope * x + intercept.

    Raise ValueError for lists of different lengths, fewer than 2 points, or constant xs.
    """
    raise NotImplementedError("write fit_line")
