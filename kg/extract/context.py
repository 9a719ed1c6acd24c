"""What every extractor reads: the article, its cleaned text with offset map, and the parse."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kg.clean import Cleaned
from kg.types import Article, Span


@dataclass
class Context:
    article: Article
    cleaned: Cleaned
    doc: Doc

    @property
    def text(self) -> str:
        """The cleaned text the parse was made from (offsets here are *cleaned* offsets)."""
        return self.cleaned.text

    def span(self, start: int, end: int) -> Span:
        """Original-text span for the cleaned range ``[start, end)``."""
        return Span(*self.cleaned.mapped.span_to_original(start, end))

    def clean_offset(self, original: int) -> int:
        """The cleaned offset of an original one (a record's span), to read the cleaned text
        around a record: records keep original offsets, the parse has cleaned ones."""
        return self.cleaned.mapped.to_clean(original)

    def cleaned_quote(self, span: Span) -> str:
        """The cleaned text of a record's (original) span, as the rules read text."""
        return self.text[self.clean_offset(span.start) : self.clean_offset(span.end)]

    def quote(self, span: Span) -> str:
        return self.article.text[span.start : span.end]

    def text_of(self, span: SpacySpan) -> str:
        """The text of a sentence or other span of the parse; a slice, where ``span.text``
        joins every token again on each call (the largest cost of extraction once)."""
        return self.text[span.start_char : span.end_char]

    @cached_property
    def sentences(self) -> list[SpacySpan]:
        return [sent for sent in self.doc.sents if self.text_of(sent).strip()]

    @cached_property
    def _sentence_spans(self) -> tuple[list[int], list[int]]:
        sents = list(self.doc.sents)
        return [s.start_char for s in sents], [s.end_char for s in sents]

    @cached_property
    def _sentences_in_original(self) -> tuple[list[int], list[SpacySpan]]:
        sents = self.sentences
        return [self.span(s.start_char, s.end_char).start for s in sents], sents

    def sentence_of(self, span: Span) -> SpacySpan | None:
        """The sentence holding an original-text ``span`` (a record's), if one does."""
        starts, sents = self._sentences_in_original
        index = bisect_right(starts, span.start) - 1
        if index < 0:
            return None
        sent = sents[index]
        return sent if span.end <= self.span(sent.start_char, sent.end_char).end else None

    def sentence_bounds(self, char: int) -> tuple[int, int]:
        """Cleaned-text start and end of the sentence holding the character at ``char``."""
        starts, ends = self._sentence_spans
        index = max(0, bisect_right(starts, char) - 1)
        return starts[index], ends[index]
