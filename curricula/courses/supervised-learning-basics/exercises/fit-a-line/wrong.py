# A typical mistake: dividing by the spread of y instead of the spread of x.
def fit_line(xs, ys):
    if len(xs) != len(ys):
        raise ValueError("lengths differ")
    n = len(xs)
    if n < 2:
        raise ValueError("need 2 points")
    mean_x = sum(xs) / n
    mean_y = sum(ys) / n
    syy = sum((y - mean_y) ** 2 for y in ys)
    if syy == 0:
        raise ValueError("constant data")
    sxy = sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys))
    slope = sxy / syy
    intercept = mean_y - slope * mean_x
    ss_res = sum((y - (slope * x + intercept)) ** 2 for x, y in zip(xs, ys))
    return {"slope": slope, "intercept": intercept, "r2": 1.0 - ss_res / syy}
