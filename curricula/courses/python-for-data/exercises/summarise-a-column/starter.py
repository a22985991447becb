def summarise(values):
    """Return {"n", "mean", "median", "std"} of the non-missing values.

    values: a list of int, float or None (None means missing).
    Raise ValueError when no value is left.
    """
    raise NotImplementedError("write summarise")
