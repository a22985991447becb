"""Build the penguin-species exercise files from penguins.csv (real data, see SOURCE.md).

Run from this folder: /usr/bin/python3 make_penguin_split.py
Drops the 2 birds with no measurements, gives every bird an id, and splits 70/30 with a fixed
seed, stratified by species so that both parts keep the species shares. solution.csv comes from
a k-nearest-neighbours classifier written in numpy (k = 5, standardised numeric features), the
method the prompt suggests; wrong.csv is the typical mistake of the same classifier on raw,
unscaled features, where body mass in grams swamps every other distance.
"""
import csv
import random
from collections import Counter
from pathlib import Path

import numpy as np

OUT = Path("../exercises/penguin-species")
FEATURES = ["island", "beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g", "sex"]
NUMERIC = ["beak_length_mm", "beak_depth_mm", "flipper_length_mm", "body_mass_g"]


def write(path, header, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def knn(train_x, train_labels, test_x, k=5):
    predictions = []
    for row in test_x:
        nearest = np.argsort(((train_x - row) ** 2).sum(axis=1), kind="stable")[:k]
        predictions.append(Counter(train_labels[nearest].tolist()).most_common(1)[0][0])
    return predictions


def main():
    with open("penguins.csv", encoding="utf-8", newline="") as f:
        birds = [r for r in csv.DictReader(f) if r["body_mass_g"] != ""]
    rng = random.Random(20240601)
    order = list(range(len(birds)))
    rng.shuffle(order)
    for new_id, index in enumerate(order, start=1):
        birds[index]["id"] = f"p{new_id:03d}"
    birds.sort(key=lambda r: r["id"])
    train, test = [], []
    for species in sorted({b["species"] for b in birds}):
        group = [b for b in birds if b["species"] == species]
        cut = round(len(group) * 0.7)
        train += group[:cut]
        test += group[cut:]
    train.sort(key=lambda r: r["id"])
    test.sort(key=lambda r: r["id"])
    OUT.mkdir(parents=True, exist_ok=True)
    write(OUT / "train.csv", ["id", *FEATURES, "species"], [[b["id"], *(b[c] for c in FEATURES), b["species"]] for b in train])
    write(OUT / "test.csv", ["id", *FEATURES], [[b["id"], *(b[c] for c in FEATURES)] for b in test])
    write(OUT / "labels.csv", ["id", "species"], [[b["id"], b["species"]] for b in test])

    x_train = np.array([[float(b[c]) for c in NUMERIC] for b in train])
    x_test = np.array([[float(b[c]) for c in NUMERIC] for b in test])
    mean, std = x_train.mean(axis=0), x_train.std(axis=0)
    z_train, z_test = (x_train - mean) / std, (x_test - mean) / std
    labels = np.array([b["species"] for b in train])
    write(OUT / "solution.csv", ["id", "species"],
          [[b["id"], p] for b, p in zip(test, knn(z_train, labels, z_test))])
    write(OUT / "wrong.csv", ["id", "species"],
          [[b["id"], p] for b, p in zip(test, knn(x_train, labels, x_test))])
    print("train", Counter(labels.tolist()), "test", Counter(b["species"] for b in test))


if __name__ == "__main__":
    main()
