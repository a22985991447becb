def top_k(query, documents, k):
    """Ranks by the raw dot product: long documents win just by being long."""
    if k < 0:
        raise ValueError("k must not be negative")
    scores = []
    for index, doc in enumerate(documents):
        if len(doc) != len(query):
            raise ValueError(f"document {index} has length {len(doc)}, query has {len(query)}")
        scores.append(sum(a * b for a, b in zip(query, doc)))
    order = sorted(range(len(documents)), key=lambda i: (-scores[i], i))
    return order[:k]
