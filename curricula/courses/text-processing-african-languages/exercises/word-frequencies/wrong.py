import re
from collections import Counter


def top_words(text: str, n: int) -> list[list]:
    # The usual first attempt: \w+ on lower-cased text and Counter.most_common.
    counts = Counter(re.findall(r"\w+", text.lower()))
    return [[word, count] for word, count in counts.most_common(n)]
