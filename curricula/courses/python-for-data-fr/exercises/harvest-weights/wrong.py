# Erreur typique : les cellules manquantes deviennent 0.0 et la virgule décimale n'est pas gérée.
FACTORS = {"g": 0.001, "kg": 1.0, "t": 1000.0}


def to_kilograms(text):
    cleaned = text.strip().lower()
    if cleaned in {"", "na", "n/a", ".", "-"}:
        return 0.0
    number = cleaned.rstrip("gkt ")
    unit = cleaned[len(number):].strip()
    if unit not in FACTORS:
        raise ValueError(f"unité inconnue {unit!r}")
    value = float(number)
    if value < 0:
        raise ValueError("poids négatif")
    return value * FACTORS[unit]
