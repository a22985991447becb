import unicodedata
from collections import Counter


def exact_match(answer, reference):
    """True when the normalised answer equals the normalised reference."""
    raise NotImplementedError


def token_f1(answer, reference):
    """Token-level F1 between answer and reference, counting repeated tokens."""
    raise NotImplementedError
