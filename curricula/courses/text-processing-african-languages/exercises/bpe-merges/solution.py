import unicodedata
from collections import Counter


def _merge(symbols: tuple[str, ...], pair: tuple[str, str]) -> tuple[str, ...]:
    out, i = [], 0
    while i < len(symbols):
        if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == pair:
            out.append(symbols[i] + symbols[i + 1])
            i += 2
        else:
            out.append(symbols[i])
            i += 1
    return tuple(out)


def learn_bpe(word_counts: dict[str, int], num_merges: int) -> list[list[str]]:
    """Learn BPE merges from word counts."""
    if num_merges < 0:
        raise ValueError(f"num_merges must be 0 or more, got {num_merges}")
    vocab: Counter = Counter()
    for word, count in word_counts.items():
        # Two spellings of one word (NFC and NFD) must pool their counts.
        vocab[tuple(unicodedata.normalize("NFC", word))] += count
    merges: list[list[str]] = []
    for _ in range(num_merges):
        pairs: Counter = Counter()
        for symbols, count in vocab.items():
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] += count
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(list(best))
        merged: Counter = Counter()
        for symbols, count in vocab.items():
            merged[_merge(symbols, best)] += count
        vocab = merged
    return merges
