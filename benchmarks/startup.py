"""Start-up: how long commands take when they have little to do, against a bare Python start.

    .venv/bin/python benchmarks/startup.py [--runs 5]

Each command runs as a real ``kg`` process, ``--runs`` times; the best run counts (the
least disturbed by the rest of the machine). Printed against the issue's targets:

- ``kg --help``, ``kg query meetings`` and ``kg stats`` on the seeds' store, each as a
  ratio to ``python -c "import typer, rich"`` (the floor of any typer CLI): at most 5x;
- a rebuild of the seeds in which every article is unchanged, as a ratio to that floor and
  to a full build of the seeds (fresh store, model loaded): at most 20% of the full build.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")
#: The issue's targets: light commands at most this many times a bare typer + rich start...
MAX_START_RATIO = 5.0
#: ...and a rebuild with nothing to extract at most this share of a full build.
MAX_UNCHANGED_SHARE = 0.20


def best_of(runs: int, command: list[str], cwd: Path, before: Callable[[], None] = lambda: None):
    """The shortest wall time of ``runs`` runs of ``command`` (``before`` runs untimed first)."""
    times = []
    for _ in range(runs):
        before()
        started = time.perf_counter()
        subprocess.run(command, cwd=cwd, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (best counts)")
    runs = parser.parse_args().runs
    work = Path(tempfile.mkdtemp(prefix="kg-startup-"))
    try:
        shutil.copytree(ROOT / "seeds", work / "seeds")
        fresh = work / "fresh-store"

        def empty_store() -> None:
            shutil.rmtree(fresh, ignore_errors=True)

        full = best_of(runs, [KG, "build", "seeds", "--store", str(fresh)], work, empty_store)
        subprocess.run(
            [KG, "build", "seeds", "--store", "store"], cwd=work, check=True, capture_output=True
        )
        floor = best_of(runs, [sys.executable, "-c", "import typer, rich"], work)
        timed = {
            "kg --help": best_of(runs, [KG, "--help"], work),
            "kg query meetings": best_of(runs, [KG, "query", "meetings", "-s", "store"], work),
            "kg stats": best_of(runs, [KG, "stats", "-s", "store"], work),
            "unchanged rebuild": best_of(runs, [KG, "build", "seeds", "-s", "store"], work),
        }
    finally:
        shutil.rmtree(work, ignore_errors=True)

    failed = False

    def verdict(ok: bool) -> str:
        nonlocal failed
        failed |= not ok
        return "PASS" if ok else "FAIL"

    print(f"best of {runs} runs; floor: python -c 'import typer, rich' {floor * 1000:.0f} ms")
    print(f"full build of the seeds (fresh store): {full:.2f} s")
    print(f"{'command':<20} {'time':>8} {'x floor':>8}  target")
    for name, seconds in timed.items():
        ratio = seconds / floor
        target = (
            ""
            if name == "unchanged rebuild"
            else (f"<= {MAX_START_RATIO:.0f}x  {verdict(ratio <= MAX_START_RATIO)}")
        )
        print(f"{name:<20} {seconds * 1000:>6.0f} ms {ratio:>7.1f}x  {target}")
    share = timed["unchanged rebuild"] / full
    print(
        f"unchanged rebuild / full build: {share:.0%}  (target <= {MAX_UNCHANGED_SHARE:.0%})  "
        f"{verdict(share <= MAX_UNCHANGED_SHARE)}"
    )
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
