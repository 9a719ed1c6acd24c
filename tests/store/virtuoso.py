"""A throwaway Virtuoso on 127.0.0.1 for the remote-store tests (Debian's virtuoso-opensource)."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from ..events import HANG_GUARD

SYSTEM_INI = Path("/etc/virtuoso-opensource-7/virtuoso.ini")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def virtuoso(folder: Path):
    """Start Virtuoso with its database in ``folder``; yield its base URL; stop it after."""
    binary = shutil.which("virtuoso-t")
    if binary is None or not SYSTEM_INI.exists():
        raise FileNotFoundError("virtuoso-t is not installed (Debian: virtuoso-opensource)")
    sql_port, http_port = _free_port(), _free_port()
    ini = SYSTEM_INI.read_text(encoding="utf-8")
    ini = ini.replace("/var/lib/virtuoso-opensource-7/db/", f"{folder}/")
    ini = re.sub(r"(?m)^(ServerPort\s*=\s*)1111", rf"\g<1>127.0.0.1:{sql_port}", ini)
    ini = re.sub(r"(?m)^(ServerPort\s*=\s*)8890", rf"\g<1>127.0.0.1:{http_port}", ini)
    (folder / "virtuoso.ini").write_text(ini, encoding="utf-8")
    log = (folder / "virtuoso.out").open("w")
    process = subprocess.Popen(
        [binary, "+foreground", "+configfile", str(folder / "virtuoso.ini")],
        cwd=folder,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{http_port}"
    try:
        guard = time.monotonic() + HANG_GUARD  # wait for the port to answer or the process to end
        while True:
            try:
                with urllib.request.urlopen(f"{base}/sparql?query=ASK%7B%7D", timeout=2):
                    break
            except OSError as exc:
                if process.poll() is not None or time.monotonic() > guard:
                    output = (folder / "virtuoso.out").read_text()[-2000:]
                    raise RuntimeError(f"Virtuoso did not start: {output}") from exc
                time.sleep(0.5)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def environment(base: str) -> dict[str, str]:
    """What a user sets to point policykg at this Virtuoso (credentials: the fresh dba/dba)."""
    return {
        "KG_UPDATE_URL": f"{base}/sparql-auth",
        "KG_GSP_URL": f"{base}/sparql-graph-crud-auth",
        "KG_ENDPOINT_USER": "dba",
        "KG_ENDPOINT_PASSWORD": os.environ.get("KG_TEST_VIRTUOSO_PASSWORD", "dba"),
    }
