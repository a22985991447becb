import math


def log_sum_exp(values):
    """Return log(sum(exp(v) for v in values)) without overflow or underflow.

    Raise ValueError if values is empty.
    """
    raise NotImplementedError("write log_sum_exp")
