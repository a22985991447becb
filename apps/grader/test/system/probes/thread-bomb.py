# Starts threads until it cannot: threads count against the same process limit.
import threading
import time


def summarise(values):
    started = 0
    try:
        while started < 10000:
            threading.Thread(target=time.sleep, args=(60,), daemon=True).start()
            started += 1
    except RuntimeError as error:
        print("threads refused after", started, ":", error)
