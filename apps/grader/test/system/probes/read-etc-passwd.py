# Reads the host's account list.
def summarise(values):
    for path in ["/etc/passwd", "/etc/shadow", "/etc/hostname"]:
        try:
            with open(path) as f:
                print("read", path, f.read())
        except OSError as error:
            print("blocked", path, type(error).__name__)
