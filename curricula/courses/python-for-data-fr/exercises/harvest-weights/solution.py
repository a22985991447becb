import re

MISSING = {"", "na", "n/a", ".", "-"}
FACTORS = {"g": 0.001, "kg": 1.0, "t": 1000.0}
# Un nombre (des chiffres, avec éventuellement un point ou une virgule décimale), des espaces
# facultatives, puis des lettres.
PATTERN = re.compile(r"^(?P<number>[+-]?[0-9]*[.,]?[0-9]+)\s*(?P<unit>[^\s0-9]*)$")


def to_kilograms(text):
    cleaned = text.strip()
    if cleaned.lower() in MISSING:
        return None
    match = PATTERN.match(cleaned)
    if match is None:
        raise ValueError(f"ce n'est pas un poids : {text!r}")
    unit = match.group("unit").lower()
    if unit == "":
        raise ValueError(f"pas d'unité dans {text!r} : écrivez g, kg ou t")
    if unit not in FACTORS:
        raise ValueError(f"unité inconnue {unit!r} dans {text!r} : utilisez g, kg ou t")
    value = float(match.group("number").replace(",", "."))
    if value < 0:
        raise ValueError(f"poids négatif dans {text!r}")
    return value * FACTORS[unit]
