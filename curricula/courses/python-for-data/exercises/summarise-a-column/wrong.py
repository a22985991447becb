import math


# A typical mistake: the median takes the upper middle element, which is only right for odd counts.
def summarise(values):
    present = sorted(float(v) for v in values if v is not None)
    n = len(present)
    if n == 0:
        raise ValueError("no values to summarise")
    mean = sum(present) / n
    median = present[n // 2]
    std = math.sqrt(sum((v - mean) ** 2 for v in present) / n)
    return {"n": n, "mean": mean, "median": median, "std": std}
