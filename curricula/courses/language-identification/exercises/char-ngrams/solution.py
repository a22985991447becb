import unicodedata
from collections import Counter


def char_ngrams(text: str, n: int) -> dict[str, int]:
    """Count the padded character n-grams of text."""
    # bool is a subclass of int; True as a size is a bug in the caller, not n = 1.
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValueError(f"n must be an integer of at least 1, got {n!r}")
    cleaned = " ".join(unicodedata.normalize("NFC", text).lower().split())
    if not cleaned:
        return {}
    padded = f" {cleaned} "
    return dict(Counter(padded[i : i + n] for i in range(len(padded) - n + 1)))
