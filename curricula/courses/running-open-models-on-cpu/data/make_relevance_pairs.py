"""Build the passage-relevance exercise from udhr_articles.tsv (real UDHR text).

A pair is two paragraphs in the same language. The label `relevant` is 1 when
both paragraphs come from the same article (same topic), else 0. Labels are
derived mechanically from the article numbers; no text is invented. Negatives
are sampled with a fixed seed, two per positive. 70 % of the pairs go to
train.csv (with labels), 30 % to test.csv (without) and labels.csv (hidden).

Usage (from this folder): /usr/bin/python3 make_relevance_pairs.py
"""
import csv
import itertools
import random
from pathlib import Path

OUT = Path("../exercises/passage-relevance")


def load():
    with open("udhr_articles.tsv", encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def build_pairs(rows, rng):
    pairs = []
    by_language = {}
    for row in rows:
        by_language.setdefault(row["language"], []).append(row)
    for language in sorted(by_language):
        items = by_language[language]
        positives = [
            (a, b) for a, b in itertools.combinations(items, 2) if a["article"] == b["article"]
        ]
        negatives = [
            (a, b) for a, b in itertools.combinations(items, 2) if a["article"] != b["article"]
        ]
        chosen = rng.sample(negatives, 2 * len(positives))
        pairs += [(language, a, b, 1) for a, b in positives]
        pairs += [(language, a, b, 0) for a, b in chosen]
    rng.shuffle(pairs)
    return pairs


def main():
    rng = random.Random(20240917)
    pairs = build_pairs(load(), rng)
    OUT.mkdir(parents=True, exist_ok=True)
    cut = int(len(pairs) * 0.7)
    header = ["id", "language", "passage_a", "passage_b"]
    with open(OUT / "train.csv", "w", encoding="utf-8", newline="") as train, \
            open(OUT / "test.csv", "w", encoding="utf-8", newline="") as test, \
            open(OUT / "labels.csv", "w", encoding="utf-8", newline="") as labels:
        train_w = csv.writer(train, lineterminator="\n")
        test_w = csv.writer(test, lineterminator="\n")
        labels_w = csv.writer(labels, lineterminator="\n")
        train_w.writerow(header + ["relevant"])
        test_w.writerow(header)
        labels_w.writerow(["id", "relevant"])
        for index, (language, a, b, label) in enumerate(pairs):
            pair_id = f"p{index + 1:04d}"
            fields = [pair_id, language, a["text"], b["text"]]
            if index < cut:
                train_w.writerow(fields + [label])
            else:
                test_w.writerow(fields)
                labels_w.writerow([pair_id, label])


if __name__ == "__main__":
    main()
