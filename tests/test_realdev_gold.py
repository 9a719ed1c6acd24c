"""The real-report gold (``tests/realdev/``) stays whole and points at real passages.

The texts are third-party material outside the repository (``../shared/realdev``); without
them the spans cannot be read, so the test skips and says why.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "tests" / "realdev"
REALDEV = ROOT.parent / "shared" / "realdev"

pytestmark = pytest.mark.skipif(
    not (REALDEV / "docs").is_dir(), reason=f"the real reports are not here ({REALDEV}/docs)"
)


def test_every_report_of_both_splits_has_gold():
    splits = (REALDEV / "splits.tsv").read_text(encoding="utf-8").splitlines()[1:]
    ids = {line.split("\t")[0] for line in splits if line.strip()}
    assert len(ids) == 144
    assert {path.stem for path in GOLD.glob("*.json")} == ids


def test_gold_follows_the_schema_and_its_spans_lie_in_the_texts():
    files = sorted(str(path) for path in GOLD.glob("*.json"))
    checked = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "realdev_span.py"), "--check", *files],
        capture_output=True,
        text=True,
        env={"REALDEV_DOCS": str(REALDEV / "docs"), "PATH": ""},
    )
    assert checked.returncode == 0, checked.stderr[-2000:]
    assert checked.stdout.count("\nok ") + checked.stdout.startswith("ok ") == len(files)
