import unicodedata
from collections import Counter


def top_words(text: str, n: int) -> list[list]:
    """The n most frequent words as [word, count] pairs (see the task for the exact rules)."""
    raise NotImplementedError("write top_words")
