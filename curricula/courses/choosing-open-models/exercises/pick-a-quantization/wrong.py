FILE_BPW = [
    ("F16", 16.0),
    ("Q8_0", 8.5),
    ("Q6_K", 6.56),
    ("Q5_K_M", 5.70),
    ("Q4_K_M", 4.89),
    ("Q3_K_M", 4.00),
    ("Q2_K", 3.16),
]


def pick_quantization(n_params, kv_bytes, usable_bytes, overhead_bytes=0):
    """Checks only the weights: the KV cache and the overhead are forgotten."""
    if n_params <= 0:
        raise ValueError("n_params must be positive")
    if kv_bytes < 0 or overhead_bytes < 0:
        raise ValueError("kv_bytes and overhead_bytes cannot be negative")
    for name, bpw in FILE_BPW:
        if n_params * bpw / 8 <= usable_bytes:
            return name
    return None
