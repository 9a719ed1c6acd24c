"""Where extraction runs: in this process, in local worker processes, or on a Dask cluster.

An engine maps a function over batches of articles and yields the results in the order the
batches were given, with a bounded number of batches in flight, so memory stays flat however
large the corpus and the store sees articles in a stable order whatever the engine. Each
worker process loads the spaCy model once (``kg.nlp.load_nlp`` is cached per process).

A batch whose task raises (here or in a worker) gets ``on_error(batch, exception)`` as its
result when the caller gives ``on_error``, so one bad batch never stops the others; only a
worker process that dies, or a cluster that cannot be reached, stops the run.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Protocol, TypeVar

from kg.errors import KgError

__all__ = ["DaskEngine", "Engine", "EngineError", "ProcessEngine", "SerialEngine", "engine_for"]

Batch = TypeVar("Batch")
Result = TypeVar("Result")

#: Batches queued per worker beyond the one it is working on: enough to keep every worker
#: busy while results are written, few enough that memory does not grow with the corpus.
QUEUED_PER_WORKER = 2
#: Imported once by the fork server, so every worker starts with them: the pipeline and the
#: extraction stack (spaCy, the rules, the RDF builder), which kg.pipeline imports only when
#: it extracts.
WORKER_PRELOAD = ["kg.pipeline", "kg.nlp", "kg.extract", "kg.resolve", "kg.rdf.build"]


class EngineError(KgError):
    """A worker died or the cluster could not be reached; what was stored so far is kept."""


OnError = Callable[[Any, Exception], Any]


class Engine(Protocol):
    def map(
        self,
        function: Callable[..., Result],
        batches: Iterable[Batch],
        *args: Any,
        on_error: Callable[[Batch, Exception], Result] | None = None,
    ) -> Iterator[Result]: ...

    def close(self) -> None: ...


class SerialEngine:
    """Everything in this process (the default, and the reference the others must match)."""

    def map(self, function, batches, *args, on_error: OnError | None = None):
        for batch in batches:
            try:
                result = function(batch, *args)
            except Exception as exc:
                if on_error is None:
                    raise
                result = on_error(batch, exc)
            yield result

    def close(self) -> None:
        pass


class _QueuedEngine:
    workers: int

    def _submit(self, function, batch, *args) -> Future:
        raise NotImplementedError

    def map(self, function, batches, *args, on_error: OnError | None = None):
        pending: deque = deque()  # (future, batch), in the order the batches came
        for batch in batches:
            pending.append((self._submit(function, batch, *args), batch))
            if len(pending) > self.workers * (1 + QUEUED_PER_WORKER):
                yield self._outcome(*pending.popleft(), on_error)
        while pending:
            yield self._outcome(*pending.popleft(), on_error)

    def _outcome(self, future, batch, on_error: OnError | None):
        try:
            return self._result(future)
        except EngineError:
            raise
        except Exception as exc:  # raised by the task in its worker, and sent back
            if on_error is None:
                raise
            return on_error(batch, exc)

    def _result(self, future):
        return future.result()


class ProcessEngine(_QueuedEngine):
    """``workers`` local processes, started from a fork server that has imported policykg."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(WORKER_PRELOAD)
        self._pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)

    def _submit(self, function, batch, *args):
        return self._pool.submit(function, batch, *args)

    def _result(self, future):
        try:
            return future.result()
        except BrokenProcessPool as exc:
            raise EngineError(
                "a worker process died (killed, or out of memory); the articles stored so far "
                "are kept: run the same command again to resume"
            ) from exc

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine(_QueuedEngine):
    """An existing dask.distributed cluster, e.g. ``tcp://10.0.0.5:8786``."""

    def __init__(self, scheduler: str) -> None:
        try:
            from dask.distributed import Client
        except ImportError as exc:  # pragma: no cover - dask is a dependency
            raise EngineError("dask.distributed is not installed") from exc
        try:
            self._client = Client(scheduler, timeout="20s", set_as_default=False)
        except (OSError, TimeoutError) as exc:
            raise EngineError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from exc
        self.workers = max(1, sum(self._client.nthreads().values()))

    def _submit(self, function, batch, *args):
        # pure=False: two batches with the same content are still two tasks
        return self._client.submit(function, batch, *args, pure=False)

    def _result(self, future):
        from concurrent.futures import CancelledError

        from dask.distributed import KilledWorker

        try:
            return future.result()
        except (KilledWorker, CancelledError) as exc:  # the cluster, not the batch, failed
            raise EngineError(
                f"the Dask cluster lost a task ({type(exc).__name__}: {exc}); the articles "
                "stored so far are kept: run the same command again to resume"
            ) from exc

    def close(self) -> None:
        self._client.close()


def engine_for(workers: int = 1, scheduler: str | None = None) -> Engine:
    """The engine for ``--workers N`` / ``--scheduler ADDRESS``."""
    if scheduler:
        return DaskEngine(scheduler)
    if workers < 1:
        raise EngineError(f"--workers must be at least 1 (got {workers})")
    return SerialEngine() if workers == 1 else ProcessEngine(workers)
