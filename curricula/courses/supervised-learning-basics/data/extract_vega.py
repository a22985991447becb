"""Write gapminder.csv and penguins.csv from the vega-datasets 3.2.1 npm package.

Usage: python3 extract_vega.py <path to vega-datasets/data>
The values are copied unchanged; only the layout changes (JSON records to CSV rows,
the numeric region code to its label). Missing values become empty fields.
"""
import csv
import json
import sys
from pathlib import Path

# Region labels for gapminder's "cluster" column, from the dataset's schema in datapackage.json.
REGIONS = {
    0: "south_asia",
    1: "europe_central_asia",
    2: "sub_saharan_africa",
    3: "america",
    4: "east_asia_pacific",
    5: "middle_east_north_africa",
}

PENGUIN_COLUMNS = [
    ("Species", "species"),
    ("Island", "island"),
    ("Beak Length (mm)", "beak_length_mm"),
    ("Beak Depth (mm)", "beak_depth_mm"),
    ("Flipper Length (mm)", "flipper_length_mm"),
    ("Body Mass (g)", "body_mass_g"),
    ("Sex", "sex"),
]


def cell(value):
    return "" if value is None else value


def main(source: Path) -> None:
    gapminder = json.loads((source / "gapminder.json").read_text(encoding="utf-8"))
    with open("gapminder.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["country", "region", "year", "pop", "life_expect", "fertility"])
        for r in gapminder:
            w.writerow([r["country"], REGIONS[r["cluster"]], r["year"], r["pop"],
                        cell(r["life_expect"]), cell(r["fertility"])])
    penguins = json.loads((source / "penguins.json").read_text(encoding="utf-8"))
    with open("penguins.csv", "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow([name for _, name in PENGUIN_COLUMNS])
        for r in penguins:
            w.writerow([cell(r[key]) for key, _ in PENGUIN_COLUMNS])


if __name__ == "__main__":
    main(Path(sys.argv[1]))
