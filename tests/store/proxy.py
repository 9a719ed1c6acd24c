"""A TCP proxy in front of the test Virtuoso that can make the server go away mid-upload."""

from __future__ import annotations

import contextlib
import math
import socket
import threading


class FlakyProxy:
    """Forwards 127.0.0.1:<port> to ``target``. ``cut_upload(n, then_refuse)``: the n-th
    authenticated Graph Store upload is cut, and so are the ``then_refuse`` connections after
    it (``None``: all until ``restore()``), as when a server restarts or a network drops. The
    outage is counted in connections, not seconds, so it is the same on a loaded machine."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.uploads = 0
        self._cut_at: int | None = None
        self._outage: float = 0  # connections refused after a cut (math.inf: until restore)
        self._refusing: float = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_upload(self, number: int, then_refuse: int | None) -> None:
        self.uploads, self._cut_at = 0, number
        self._outage = math.inf if then_refuse is None else then_refuse

    def restore(self) -> None:
        self._cut_at, self._refusing = None, 0

    def close(self) -> None:
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        if self._refusing > 0:
            self._refusing -= 1
            client.close()
            return
        head = client.recv(65536, socket.MSG_PEEK)
        request_line = head.split(b"\r\n", 1)[0]
        if b"graph-crud" in request_line and b"\r\nAuthorization:" in head:
            self.uploads += 1
            if self._cut_at is not None and self.uploads >= self._cut_at:
                self._refusing, self._cut_at = self._outage, None
                client.close()
                return
        with client, socket.create_connection(("127.0.0.1", self.target_port)) as server:
            back = threading.Thread(target=_pipe, args=(server, client), daemon=True)
            back.start()
            _pipe(client, server)
            back.join()


def _pipe(source: socket.socket, sink: socket.socket) -> None:
    with contextlib.suppress(OSError):
        while data := source.recv(65536):
            sink.sendall(data)
    for end in (source, sink):
        with contextlib.suppress(OSError):
            end.shutdown(socket.SHUT_RDWR)
