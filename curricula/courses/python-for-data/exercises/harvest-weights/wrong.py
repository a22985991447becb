# A typical mistake: missing cells become 0.0 and the decimal comma is not handled.
FACTORS = {"g": 0.001, "kg": 1.0, "t": 1000.0}


def to_kilograms(text):
    cleaned = text.strip().lower()
    if cleaned in {"", "na", "n/a", ".", "-"}:
        return 0.0
    number = cleaned.rstrip("gkt ")
    unit = cleaned[len(number):].strip()
    if unit not in FACTORS:
        raise ValueError(f"unknown unit {unit!r}")
    value = float(number)
    if value < 0:
        raise ValueError("negative weight")
    return value * FACTORS[unit]
