# Fills its scratch folder with 16 MB files (the largest a single file may be).
def summarise(values):
    written = 0
    chunk = b"x" * (1024 * 1024)
    try:
        for index in range(10):
            with open("/work/fill-%d" % index, "wb") as f:
                for _ in range(15):
                    f.write(chunk)
                    written += 1
    except OSError as error:
        print("stopped:", type(error).__name__)
    print("wrote MB:", written)
    raise ValueError("done")
