# Every process forks forever: the per-slot process limit caps them, the CPU and wall limits end them.
import os


def summarise(values):
    while True:
        try:
            os.fork()
        except OSError:
            pass
