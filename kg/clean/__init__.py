"""Clean: strip scraper boilerplate before NLP, keeping offsets into the original text."""

from __future__ import annotations

from dataclasses import dataclass

from kg.clean.offsets import Edit, MappedText
from kg.clean.steps import CLEANING_STEPS, CleaningStep
from kg.types import Span

__all__ = ["CLEANING_STEPS", "Cleaned", "MappedText", "Removal", "clean"]


@dataclass(frozen=True)
class Removal:
    """Boilerplate taken out by a step, kept because some of it (credits) names people."""

    step: str
    span: Span
    text: str


@dataclass(frozen=True)
class Cleaned:
    mapped: MappedText
    removed: tuple[Removal, ...]

    @property
    def text(self) -> str:
        return self.mapped.text


def clean(text: str, steps: tuple[CleaningStep, ...] = CLEANING_STEPS) -> Cleaned:
    """Apply every cleaning step in turn; return the cleaned text and what was removed."""
    mapped = MappedText.identity(text)
    removed: list[Removal] = []
    for step in steps:
        edits = _non_overlapping(step.find(mapped.text))
        if step.removes_boilerplate:
            for edit in edits:
                start, end = mapped.span_to_original(edit.start, edit.end)
                removed.append(Removal(step.name, Span(start, end), text[start:end]))
        mapped = mapped.apply(edits)
    return Cleaned(mapped, tuple(sorted(removed, key=lambda r: r.span)))


def _non_overlapping(edits: object) -> list[Edit]:
    kept: list[Edit] = []
    for edit in sorted(edits):  # type: ignore[call-overload]
        if not kept or edit.start >= kept[-1].end:
            kept.append(edit)
    return kept
