import math


def log_sum_exp(values):
    """The formula from the definition, without shifting by the maximum."""
    return math.log(sum(math.exp(v) for v in values))
