def top_k(query, documents, k):
    """Return the indices of the k documents most similar to the query, best first."""
    raise NotImplementedError
