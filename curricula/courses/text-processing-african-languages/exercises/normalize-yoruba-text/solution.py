import unicodedata

APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
# Grave, acute and macron mark tone; the dot below (U+0323) makes a different letter and stays.
TONE_MARKS = {"\u0300", "\u0301", "\u0304"}


def normalize_text(text: str, strip_tones: bool = False) -> str:
    """NFC, one apostrophe, lower case, single spaces; optionally without Yoruba tone marks."""
    text = unicodedata.normalize("NFC", text).translate(APOSTROPHES).lower()
    text = " ".join(text.split())
    if strip_tones:
        decomposed = unicodedata.normalize("NFD", text)
        text = "".join(c for c in decomposed if c not in TONE_MARKS)
    return unicodedata.normalize("NFC", text)
