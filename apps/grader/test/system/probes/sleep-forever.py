# Uses no CPU at all: only the wall clock can end it.
import time


def summarise(values):
    time.sleep(3600)
