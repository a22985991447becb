# Asks for 1 GB while the module loads.
BLOCK = bytearray(1024 * 1024 * 1024)


def summarise(values):
    return len(BLOCK)
