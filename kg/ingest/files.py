"""Which files a build reads, and the article id each one gives.

Folders are walked (sorted, following links to folders but never into a loop) for the
suffixes in :data:`WALKED_SUFFIXES` and JSON Lines corpora; a folder of scraped pages often
holds a ``README.md``, notes or data files beside the articles, and those are not articles.
Other files are read when named explicitly, or when an ``include`` glob pattern matches them.

The id of an article is its path relative to the folder given, without the extension
(``a/report`` for ``corpus/a/report.txt`` when ``corpus/`` is given; just ``report`` for a
file directly in it), so two ``index.html`` in two folders are two articles. A file named
explicitly keeps its stem; a JSON Lines line keeps its ``id``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path, PurePosixPath

from kg.errors import IngestError
from kg.ingest.jsonl import is_jsonl
from kg.types import InputFile

__all__ = ["WALKED_SUFFIXES", "article_id_for", "expand_paths", "is_included"]

#: Suffixes read when walking a folder (besides JSON Lines, see ``kg.ingest.jsonl``): plain
#: text and saved pages. Markdown and the like are documentation more often than articles.
WALKED_SUFFIXES = frozenset({".txt", ".html", ".htm"})


def expand_paths(
    paths: Iterable[Path | str], include: Sequence[str] = ()
) -> Iterator[InputFile | IngestError]:
    """Yield the files to read with their article ids: explicit files as given, folders
    walked for article files (and for files matching an ``include`` pattern)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found, problems = _walk(path, include)
            yield from problems
            if not found and not problems:
                yield IngestError(str(path), f"folder holds no {_walked_description(include)}")
            for file in sorted(found):
                yield InputFile(file, article_id_for(file, path))
        elif path.is_file():
            yield InputFile(path, article_id_for(path))
        elif path.exists():
            yield IngestError(str(path), "is not a regular file")
        elif path.is_symlink():
            yield IngestError(str(path), "is a link to nothing (its target does not exist)")
        else:
            yield IngestError(str(path), "no such file or folder")


def article_id_for(path: Path, root: Path | None = None) -> str:
    """``corpus/a/report.txt`` under ``corpus`` -> ``a/report``; a file given alone -> its stem."""
    if root is None:
        return path.stem
    relative = PurePosixPath(path.relative_to(root).as_posix())
    return str(relative.with_name(relative.stem))


def is_included(path: Path, root: Path, include: Sequence[str]) -> bool:
    """Whether a walked file is read: an article suffix, JSON Lines, or an ``include`` match.

    A pattern matches from the right of the path relative to the folder walked, so ``*.md``
    matches every Markdown file and ``notes/*.md`` those in any folder named ``notes``."""
    if path.suffix.lower() in WALKED_SUFFIXES or is_jsonl(path):
        return True
    relative = PurePosixPath(path.relative_to(root).as_posix())
    return any(relative.match(pattern) for pattern in include)


def _walked_description(include: Sequence[str]) -> str:
    walked = ", ".join(sorted(WALKED_SUFFIXES)) + " or .jsonl files"
    return walked + (f" (nor files matching {', '.join(include)})" if include else "")


def _walk(root: Path, include: Sequence[str]) -> tuple[list[Path], list[IngestError]]:
    """Article files under ``root``, following links to folders once each (a link back up
    the tree is a loop, and is skipped); unreadable folders and dead links are problems."""
    found: list[Path] = []
    problems: list[IngestError] = []
    visited: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        problems.append(IngestError(str(exc.filename), f"cannot be listed ({exc.strerror})"))

    for folder, subfolders, files in os.walk(root, followlinks=True, onerror=unreadable):
        try:
            info = os.stat(folder)
        except OSError as exc:  # removed while the build was walking it
            unreadable(exc)
            continue
        if (info.st_dev, info.st_ino) in visited:
            subfolders[:] = []  # reached again through a link: a loop, or a second way in
            continue
        visited.add((info.st_dev, info.st_ino))
        subfolders.sort()
        for name in files:
            path = Path(folder, name)
            if not is_included(path, root, include):
                continue
            if path.is_symlink() and not path.exists():
                problems.append(IngestError(str(path), "is a link to nothing"))
            elif not path.is_file():  # a pipe or a device: opening it could block for ever
                problems.append(IngestError(str(path), "is not a regular file"))
            else:
                found.append(path)
    return found, problems
