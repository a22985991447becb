def weight_bytes(n_params, bits_per_weight):
    """Return the memory of the weights in bytes."""
    raise NotImplementedError


def kv_cache_bytes(n_layers, n_kv_heads, head_dim, n_ctx, bytes_per_element=2.0):
    """Return the size of the KV cache in bytes."""
    raise NotImplementedError
