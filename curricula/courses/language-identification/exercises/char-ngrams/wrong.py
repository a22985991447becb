from collections import Counter


def char_ngrams(text: str, n: int) -> dict[str, int]:
    # A common first attempt: lower-case and slide a window, but no NFC, no padding,
    # no whitespace clean-up and no check of n.
    text = text.lower()
    return dict(Counter(text[i : i + n] for i in range(len(text) - n + 1)))
