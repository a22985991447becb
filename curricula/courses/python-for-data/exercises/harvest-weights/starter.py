def to_kilograms(text):
    """Convert a written weight such as "250 kg", "2,5 t" or "750g" to kilograms.

    Return None for a missing marker ("", "na", "n/a", ".", "-", any case).
    Raise ValueError for a missing or unknown unit, or a bad or negative number.
    """
    raise NotImplementedError("write to_kilograms")
