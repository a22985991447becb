# Leaves symlinks in its scratch folder pointing at host paths, writes through them, and hopes
# the grader follows them when it cleans up.
import os

MARKER = "__MARKER__"


def summarise(values):
    for name, target in [("escape", "/tmp/" + MARKER), ("python", "/usr/bin/python3"), ("keep", "/tmp/" + MARKER + "-keep")]:
        link = "/work/" + name
        if not os.path.islink(link):
            os.symlink(target, link)
        try:
            with open(link, "a") as f:
                f.write("escaped")
            print("wrote through", name)
        except OSError as error:
            print("blocked", name, type(error).__name__)
