"""policykg as users get it: the sdist and the wheel built from it carry the ontology and the
word lists, and the wheel installed in a fresh virtual environment outside the checkout
builds the seeds into exactly the N-Quads the checkout (editable install) writes.

Slow (about a minute: two isolated builds, one dependency install), marked ``wheel`` so a
quick local run can leave it out with ``-m "not wheel"``; the default test command and CI
run it.
"""

from __future__ import annotations

import difflib
import os
import shutil
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kg"
#: What the code reads at run time through kg.resources: a wheel without them builds nothing.
DATA_FOLDERS = ("ontology", "extract/data")

pytestmark = pytest.mark.wheel


def _run(
    command: list[str | Path], cwd: Path, timeout: float = 600, env: dict | None = None
) -> str:
    """Run ``command`` without the checkout's settings leaking in (plus ``env``); its stdout,
    or a failure that shows what it printed."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "PYTHON"))}
    environment.pop("VIRTUAL_ENV", None)
    environment.update({name: str(value) for name, value in (env or {}).items()})
    result = subprocess.run(
        [str(c) for c in command],
        cwd=cwd,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        pytest.fail(
            f"{' '.join(map(str, command))} exited {result.returncode}:\n"
            f"{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        )
    return result.stdout


def _shipped_files() -> set[str]:
    """Data files of the checkout, as paths inside the package (``kg/ontology/shapes.ttl``)."""
    return {
        path.relative_to(ROOT).as_posix()
        for folder in DATA_FOLDERS
        for path in (PACKAGE / folder).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> tuple[Path, Path]:
    """The sdist, and the wheel ``python -m build`` makes from that sdist (not from the
    checkout, so a file the sdist leaves out is missing from the wheel too)."""
    out = tmp_path_factory.mktemp("dist")
    _run([sys.executable, "-m", "build", "--outdir", out, ROOT], cwd=out)
    (sdist,) = out.glob("policykg-*.tar.gz")
    (wheel,) = out.glob("policykg-*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def installed(dist, tmp_path_factory) -> Path:
    """The ``bin`` folder of a fresh virtual environment (outside the checkout) in which the
    wheel is installed with its dependencies, as ``pip install policykg`` would."""
    env_dir = tmp_path_factory.mktemp("fresh") / "venv"
    venv.create(env_dir, with_pip=True)
    _run([env_dir / "bin" / "python", "-m", "pip", "install", "--quiet", dist[1]], cwd=env_dir)
    return env_dir / "bin"


def test_the_sdist_and_the_wheel_carry_the_ontology_and_word_lists(dist):
    sdist, wheel = dist
    expected = _shipped_files()
    assert {"kg/ontology/shapes.ttl", "kg/extract/data/provinces.tsv"} <= expected
    with tarfile.open(sdist) as archive:
        in_sdist = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    with zipfile.ZipFile(wheel) as archive:
        in_wheel = set(archive.namelist())
    assert expected - in_sdist == set(), "missing from the sdist"
    assert expected - in_wheel == set(), "missing from the wheel"


def test_the_installed_wheel_builds_the_seeds_like_the_checkout(installed, tmp_path):
    # the same relative path for both builds: each article records where it was read
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    where = _run(
        [installed / "python", "-c", "import kg; print(kg.__file__)"], cwd=tmp_path
    ).strip()
    assert Path(where).is_relative_to(installed.parent), f"the wheel's kg is not in use: {where}"
    dumps = {}
    for name, bin_dir in (("wheel", installed), ("checkout", Path(sys.executable).parent)):
        store = tmp_path / f"{name}-store"
        _run([bin_dir / "kg", "build", "seeds", "--store", store], cwd=tmp_path)
        dump = tmp_path / f"{name}.nq"
        _run(
            [bin_dir / "kg", "export", "--format", "nquads", "--out", dump, "--store", store],
            cwd=tmp_path,
        )
        dumps[name] = dump.read_text(encoding="utf-8").splitlines()
    assert dumps["checkout"], "the checkout's build stored nothing"
    difference = list(
        difflib.unified_diff(
            dumps["checkout"], dumps["wheel"], "checkout", "wheel", lineterm="", n=0
        )
    )
    assert not difference, "\n".join(difference[:40])


def test_the_installed_kg_does_not_default_to_a_checkout(installed, tmp_path):
    """``kg build`` with no folder builds ``seeds/`` of a checkout; installed, it has none."""
    result = subprocess.run(
        [installed / "kg", "build", "--store", "store"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 1
    assert "no seeds/ here to default to" in result.stderr, result.stderr


def test_pipx_installs_the_checkout_as_a_working_command(tmp_path):
    """``pipx install .``: its own environment, ``kg`` on the PATH, the ontology found."""
    pipx = Path(sys.executable).parent / "pipx"
    home = tmp_path / "pipx"
    env = {"PIPX_HOME": home / "home", "PIPX_BIN_DIR": home / "bin", "PIPX_MAN_DIR": home / "man"}
    _run([pipx, "install", ROOT], cwd=tmp_path, env=env)
    kg = home / "bin" / "kg"
    shutil.copy(ROOT / "seeds" / "003_b713ebd0c8636235.txt", tmp_path)
    # exit status 0: the article was built, none failed
    _run([kg, "build", "003_b713ebd0c8636235.txt", "--store", "store"], cwd=tmp_path)
    meetings = _run([kg, "query", "meetings", "--store", "store", "--format", "csv"], cwd=tmp_path)
    assert len(meetings.splitlines()) >= 2  # a header and the article's meeting
