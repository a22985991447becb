import math


def summarise(values):
    present = sorted(float(v) for v in values if v is not None)
    n = len(present)
    if n == 0:
        raise ValueError("aucune valeur à résumer : toutes les valeurs manquent")
    mean = sum(present) / n
    middle = n // 2
    if n % 2 == 1:
        median = present[middle]
    else:
        median = (present[middle - 1] + present[middle]) / 2
    std = math.sqrt(sum((v - mean) ** 2 for v in present) / n)
    return {"n": n, "mean": mean, "median": median, "std": std}
