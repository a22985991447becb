# Looks for the project's files: its checkout, its data folder, the root's home.
import os


def summarise(values):
    for path in ["/work/main/package.json", "/work/main/.git/config", "/root/.bash_history"]:
        try:
            with open(path) as f:
                print("read", path, f.read())
        except OSError as error:
            print("blocked", path, type(error).__name__)
    print("top level:", sorted(os.listdir("/")))
    print("work:", sorted(os.listdir("/work")))
