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
    """Return the name of the most precise type that fits, or None."""
    if n_params <= 0:
        raise ValueError("n_params must be positive")
    if kv_bytes < 0 or overhead_bytes < 0:
        raise ValueError("kv_bytes and overhead_bytes cannot be negative")
    for name, bpw in FILE_BPW:
        total = n_params * bpw / 8 + kv_bytes + overhead_bytes
        if total <= usable_bytes:
            return name
    return None
