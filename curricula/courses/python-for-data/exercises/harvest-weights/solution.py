import re

MISSING = {"", "na", "n/a", ".", "-"}
FACTORS = {"g": 0.001, "kg": 1.0, "t": 1000.0}
# A number (digits, optionally a decimal point or comma), optional spaces, then letters.
PATTERN = re.compile(r"^(?P<number>[+-]?[0-9]*[.,]?[0-9]+)\s*(?P<unit>[^\s0-9]*)$")


def to_kilograms(text):
    cleaned = text.strip()
    if cleaned.lower() in MISSING:
        return None
    match = PATTERN.match(cleaned)
    if match is None:
        raise ValueError(f"not a weight: {text!r}")
    unit = match.group("unit").lower()
    if unit == "":
        raise ValueError(f"no unit in {text!r}: write g, kg or t")
    if unit not in FACTORS:
        raise ValueError(f"unknown unit {unit!r} in {text!r}: use g, kg or t")
    value = float(match.group("number").replace(",", "."))
    if value < 0:
        raise ValueError(f"negative weight in {text!r}")
    return value * FACTORS[unit]
