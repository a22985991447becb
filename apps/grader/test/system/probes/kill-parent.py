# Kills its parent process.
import os


def summarise(values):
    print("parent", os.getppid())
    os.kill(os.getppid(), 9)
