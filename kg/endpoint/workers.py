"""Queries in worker processes, so that a query over its time limit can be stopped.

Oxigraph cannot cancel a query once it runs; a thread running one cannot be stopped either.
A process can: each worker opens the store read-only and answers one query at a time; a
query that outlives its time limit is killed with its worker, which is replaced. A worker
that dies of its query (the parser's stack, say) is replaced the same way.
"""

from __future__ import annotations

import multiprocessing
import queue
from http import HTTPStatus
from multiprocessing.connection import Connection
from pathlib import Path

from kg.endpoint.results import QueryRequest, Refused, execute

#: Seconds a new worker may take to start and open the store. Its start does not count
#: against the first query's time limit (on a loaded machine it can take longer than a
#: query may); this bound only keeps a worker that never starts from hanging a request.
WORKER_START_BOUND = 120.0


class QueryWorkers:
    def __init__(self, store_path: Path, workers: int = 4) -> None:
        self.store_path = Path(store_path)
        self._context = multiprocessing.get_context("forkserver")
        self._context.set_forkserver_preload(["kg.endpoint.results", "kg.store"])
        self._idle: queue.Queue[_Worker] = queue.Queue()
        for _ in range(workers):
            self._idle.put(_Worker(self._context, self.store_path))

    def answer(
        self, request: QueryRequest, time_limit: float, max_result_bytes: int
    ) -> tuple[bytes, str]:
        try:
            worker = self._idle.get(timeout=time_limit)
        except queue.Empty:
            raise Refused(
                HTTPStatus.SERVICE_UNAVAILABLE, "every query worker is busy; try again shortly"
            ) from None
        try:
            worker.wait_until_started()
            worker.connection.send((request, max_result_bytes))
            if not worker.connection.poll(time_limit):
                worker = worker.replaced()
                raise Refused(
                    HTTPStatus.SERVICE_UNAVAILABLE,
                    f"query exceeded the time limit of {time_limit:g} s",
                )
            kind, payload = worker.connection.recv()
        except (EOFError, OSError):
            worker = worker.replaced()
            raise Refused(
                HTTPStatus.BAD_REQUEST, "the query could not be run (its worker died)"
            ) from None
        finally:
            self._idle.put(worker)
        if kind == "refused":
            status, message = payload
            raise Refused(HTTPStatus(status), message)
        return payload

    def close(self) -> None:
        while True:
            try:
                self._idle.get_nowait().stop()
            except queue.Empty:
                return


class _Worker:
    def __init__(self, context, store_path: Path) -> None:
        self._context, self._store_path = context, store_path
        self.connection, child = context.Pipe()
        self.process = context.Process(
            target=_serve_queries, args=(child, str(store_path)), daemon=True
        )
        self.process.start()
        child.close()
        self.started = False

    def wait_until_started(self) -> None:
        """Wait for the worker's "ready" (store open), so a query's clock starts with it."""
        if self.started:
            return
        if not self.connection.poll(WORKER_START_BOUND):
            raise EOFError("the query worker did not start")
        self.connection.recv()
        self.started = True

    def replaced(self) -> _Worker:
        self.stop()
        return _Worker(self._context, self._store_path)

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


def _serve_queries(connection: Connection, store_path: str) -> None:
    from kg.store import open_store

    store = open_store(Path(store_path), read_only=True)
    connection.send("ready")
    while True:
        try:
            request, max_result_bytes = connection.recv()
        except EOFError:
            return
        try:
            answer = ("ok", execute(store, request, max_result_bytes))
        except Refused as refused:
            answer = ("refused", (refused.status.value, str(refused)))
        connection.send(answer)
