# Spins forever inside the function: the CPU limit ends it.
def summarise(values):
    while True:
        pass
