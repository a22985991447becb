import unicodedata


def normalize_text(text: str, strip_tones: bool = False) -> str:
    # A common attempt: decompose, drop every combining mark, never compose again,
    # and leave the apostrophes alone.
    text = unicodedata.normalize("NFD", text).lower()
    if strip_tones:
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(text.split())
