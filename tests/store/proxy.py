"""A TCP proxy in front of the test Virtuoso that can make the server go away mid-upload."""

from __future__ import annotations

import contextlib
import socket
import threading
import time


class FlakyProxy:
    """Forwards 127.0.0.1:<port> to ``target``. ``cut_upload(n, for_seconds)``: the n-th
    authenticated Graph Store upload and every connection for ``for_seconds`` after it are
    cut (``None``: until ``restore()``), as when a server restarts or a network drops."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.uploads = 0
        self._cut_at: int | None = None
        self._outage: float | None = None
        self._down_until = 0.0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def cut_upload(self, number: int, for_seconds: float | None) -> None:
        self.uploads, self._cut_at, self._outage = 0, number, for_seconds

    def restore(self) -> None:
        self._cut_at, self._down_until = None, 0.0

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
        if time.monotonic() < self._down_until:
            client.close()
            return
        head = client.recv(65536, socket.MSG_PEEK)
        request_line = head.split(b"\r\n", 1)[0]
        if b"graph-crud" in request_line and b"\r\nAuthorization:" in head:
            self.uploads += 1
            if self._cut_at is not None and self.uploads >= self._cut_at:
                outage = float("inf") if self._outage is None else self._outage
                self._down_until = max(self._down_until, time.monotonic() + outage)
                self._cut_at = None
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
