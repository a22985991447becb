import unicodedata
from collections import Counter


def learn_bpe(word_counts: dict[str, int], num_merges: int) -> list[list[str]]:
    """Learn BPE merges from word counts (see the task for the exact rules)."""
    raise NotImplementedError("write learn_bpe")
