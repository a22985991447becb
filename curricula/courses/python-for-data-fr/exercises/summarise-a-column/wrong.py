import math


# Erreur typique : la médiane prend l'élément du milieu supérieur, ce qui n'est juste que pour un
# nombre impair de valeurs.
def summarise(values):
    present = sorted(float(v) for v in values if v is not None)
    n = len(present)
    if n == 0:
        raise ValueError("aucune valeur à résumer")
    mean = sum(present) / n
    median = present[n // 2]
    std = math.sqrt(sum((v - mean) ** 2 for v in present) / n)
    return {"n": n, "mean": mean, "median": median, "std": std}
