"""A real `kg serve` server on a free loopback port, in a thread, for the endpoint tests."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kg.endpoint import make_server
from kg.store.base import Store


@contextmanager
def serving(store: Store, **options: Any) -> Iterator[tuple[int, Any]]:
    """Serve ``store`` (``make_server`` options: time_limit, idle_timeout, ...); yield the port
    and the query runner, and stop both afterwards."""
    http, runner = make_server(store, "127.0.0.1", 0, **options)
    thread = threading.Thread(target=http.serve_forever, daemon=True)
    thread.start()
    try:
        yield http.server_port, runner
    finally:
        http.shutdown()
        http.server_close()
        runner.close()
