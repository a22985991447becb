# Reaches outside: a public DNS server by address, and a name lookup.
import socket


def summarise(values):
    try:
        socket.create_connection(("1.1.1.1", 53), timeout=2).close()
        print("connected 1.1.1.1:53")
    except OSError as error:
        print("blocked 1.1.1.1:53", type(error).__name__)
    try:
        print("resolved", socket.gethostbyname("example.org"))
    except OSError as error:
        print("blocked lookup", type(error).__name__)
