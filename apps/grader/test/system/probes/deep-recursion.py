# Recurses without end: Python's own recursion limit stops each case.
def summarise(values):
    return summarise(values)
