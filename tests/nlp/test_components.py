"""The sentence boundaries policykg adds: a line break ends a sentence, unless the text was
wrapped inside one."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    "text, sentences",
    [
        # a headline without a full stop is a sentence of its own
        (
            "City holds safety meeting\nOn March 2, the city held a meeting.",
            ["City holds safety meeting", "On March 2, the city held a meeting."],
        ),
        # a line wrapped inside a sentence is not a boundary
        (
            "He stressed the importance of\nbuilding a strong army and firm borders.",
            ["He stressed the importance of\nbuilding a strong army and firm borders."],
        ),
        # ... even before a capitalised word, when both lines have a fixed wrapping width
        (
            "The county held its plenary meeting on May 2 in the town hall, and Zhou Ping spoke of\n"
            "Rural Revitalisation and the work of the coming year in the villages of the county.",
            [
                "The county held its plenary meeting on May 2 in the town hall, and Zhou Ping "
                "spoke of\nRural Revitalisation and the work of the coming year in the villages "
                "of the county."
            ],
        ),
        # a long headline over a short source line is two lines of their own
        (
            "Zhou Ping presided over the plenary meeting of the county delegation and spoke at it\n"
            "From: the county office | Date: 2020-01-01",
            [
                "Zhou Ping presided over the plenary meeting of the county delegation and spoke at it",
                "From: the county office | Date: 2020-01-01",
            ],
        ),
        # a paragraph break is, whatever case follows
        (
            "The meeting was held\n\nliu presided over it.",
            ["The meeting was held", "liu presided over it."],
        ),
    ],
)
def test_line_breaks_and_wrapped_lines(nlp, text, sentences):
    assert [s.text.strip() for s in nlp(text).sents] == sentences
