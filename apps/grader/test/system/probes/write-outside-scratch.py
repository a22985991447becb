# Writes where it should not: the host's temporary folder, /usr, /etc and the root folder.
MARKER = "__MARKER__"


def summarise(values):
    for path in ["/tmp/" + MARKER, "/usr/lib/" + MARKER, "/etc/" + MARKER, "/" + MARKER]:
        try:
            with open(path, "w") as f:
                f.write("escaped")
            print("wrote", path)
        except OSError as error:
            print("blocked", path, type(error).__name__)
