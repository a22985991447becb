import math


def top_k(query, documents, k):
    """Return the indices of the k documents most similar to the query, best first."""
    if k < 0:
        raise ValueError("k must not be negative")
    q_norm = math.sqrt(sum(x * x for x in query))
    scores = []
    for index, doc in enumerate(documents):
        if len(doc) != len(query):
            raise ValueError(f"document {index} has length {len(doc)}, query has {len(query)}")
        d_norm = math.sqrt(sum(x * x for x in doc))
        if q_norm == 0 or d_norm == 0:
            scores.append(0.0)
        else:
            scores.append(sum(a * b for a, b in zip(query, doc)) / (q_norm * d_norm))
    order = sorted(range(len(documents)), key=lambda i: (-scores[i], i))
    return order[:k]
