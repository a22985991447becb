import unicodedata


def normalize_text(text: str, strip_tones: bool = False) -> str:
    """NFC, one apostrophe, lower case, single spaces; optionally without Yoruba tone marks."""
    raise NotImplementedError("write normalize_text")
