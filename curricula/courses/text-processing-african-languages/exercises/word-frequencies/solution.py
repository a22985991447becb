import unicodedata
from collections import Counter

APOSTROPHES = str.maketrans({"\u2019": "'", "\u02bc": "'"})


def _words(text: str) -> list[str]:
    words, current = [], []
    for char in text:
        # Letters and combining marks (tone marks) build words; so does the apostrophe.
        if char == "'" or unicodedata.category(char)[0] in "LM":
            current.append(char)
        elif current:
            words.append("".join(current))
            current = []
    if current:
        words.append("".join(current))
    stripped = (word.rstrip("'") for word in words)
    return [word for word in stripped if word]


def top_words(text: str, n: int) -> list[list]:
    """The n most frequent words as [word, count] pairs."""
    if n < 0:
        raise ValueError(f"n must be 0 or more, got {n}")
    normalized = unicodedata.normalize("NFC", text).lower().translate(APOSTROPHES)
    counts = Counter(_words(normalized))
    ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
    return [[word, count] for word, count in ranked[:n]]
