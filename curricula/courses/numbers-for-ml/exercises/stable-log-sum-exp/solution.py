import math


def log_sum_exp(values):
    """Return log(sum(exp(v) for v in values)) without overflow or underflow.

    Raise ValueError if values is empty.
    """
    if len(values) == 0:
        raise ValueError("log_sum_exp needs at least one value")
    largest = max(values)
    # Every shifted exponent is <= 0, so exp never overflows, and the largest term is exactly 1,
    # so the sum is never 0.
    return largest + math.log(sum(math.exp(v - largest) for v in values))
