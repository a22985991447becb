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
    """Token-level F1 between answer and reference, counting repeated tokens."""
    a, r = _tokens(answer), _tokens(reference)
    if not a and not r:
        return 1.0
    shared = sum((Counter(a) & Counter(r)).values())
    if shared == 0:
        return 0.0
    precision = shared / len(a)
    recall = shared / len(r)
    return 2 * precision * recall / (precision + recall)
