# Asks for 1 GB, far above the exercise's 256 MB.
def summarise(values):
    block = bytearray(1024 * 1024 * 1024)
    return len(block)
