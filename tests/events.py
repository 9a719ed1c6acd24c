"""Waiting on what a process does, not on the clock, so tests mean the same on a loaded machine.

A wait polls for its event (a file that appears, a journal that grows) and ends when the event
happens or the process exits. The only clock is :data:`HANG_GUARD`, which turns a hung process
into a failure instead of a stuck suite; no test's outcome depends on how fast the machine is.
"""

from __future__ import annotations

import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

#: Seconds without the awaited event after which a process is taken to be hung (a guard only:
#: a build of the whole fault corpus takes a few seconds to a minute).
HANG_GUARD = 900.0
#: Seconds between two looks at the event: short, so kills land close to their event.
POLL = 0.005


def wait_until(condition: Callable[[], bool], process: subprocess.Popen) -> bool:
    """Wait until ``condition()`` holds (True) or ``process`` has exited first (False)."""
    guard = time.monotonic() + HANG_GUARD
    while not condition():
        if process.poll() is not None:
            return condition()
        if time.monotonic() > guard:
            process.kill()
            pytest.fail(f"no progress in {HANG_GUARD:.0f} s: {process.args} seems hung")
        time.sleep(POLL)
    return True


def journal_lines(journal: Path) -> int:
    """Complete lines in a build journal (``kg build --journal``): one per stored article."""
    try:
        return journal.read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0
