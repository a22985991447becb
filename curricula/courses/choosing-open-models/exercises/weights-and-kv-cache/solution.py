def weight_bytes(n_params, bits_per_weight):
    """Return the memory of the weights in bytes."""
    if n_params <= 0 or bits_per_weight <= 0:
        raise ValueError("n_params and bits_per_weight must be positive")
    return float(n_params) * bits_per_weight / 8


def kv_cache_bytes(n_layers, n_kv_heads, head_dim, n_ctx, bytes_per_element=2.0):
    """Return the size of the KV cache in bytes: one key and one value per layer, head and token."""
    for value in (n_layers, n_kv_heads, head_dim, n_ctx, bytes_per_element):
        if value <= 0:
            raise ValueError("every argument must be positive")
    return 2.0 * n_layers * n_kv_heads * head_dim * n_ctx * bytes_per_element
