import unicodedata


def learn_bpe(word_counts: dict[str, int], num_merges: int) -> list[list[str]]:
    # A common slip: count each pair once per distinct word, ignoring how often the word occurs.
    vocab = [tuple(unicodedata.normalize("NFC", w)) for w in word_counts]
    merges = []
    for _ in range(num_merges):
        pairs = {}
        for symbols in vocab:
            for pair in zip(symbols, symbols[1:]):
                pairs[pair] = pairs.get(pair, 0) + 1
        if not pairs:
            break
        best = min(pairs, key=lambda p: (-pairs[p], p))
        merges.append(list(best))
        new_vocab = []
        for symbols in vocab:
            out, i = [], 0
            while i < len(symbols):
                if i + 1 < len(symbols) and (symbols[i], symbols[i + 1]) == best:
                    out.append(symbols[i] + symbols[i + 1])
                    i += 2
                else:
                    out.append(symbols[i])
                    i += 1
            new_vocab.append(tuple(out))
        vocab = new_vocab
    return merges
