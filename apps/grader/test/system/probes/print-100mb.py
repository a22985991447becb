# Prints 100 MB.
def summarise(values):
    line = "x" * (1024 * 1024)
    for _ in range(100):
        print(line)
