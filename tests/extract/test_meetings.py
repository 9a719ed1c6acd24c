from datetime import date

import pytest

from kg.extract.meetings import find_meetings, meeting_type
from kg.extract.people import find_people


def _meetings(ctx):
    return [
        (
            m.meeting_type,
            m.body,
            m.date.value if m.date else None,
            m.chair.name if m.chair else None,
        )
        for m in find_meetings(ctx, find_people(ctx))
    ]


@pytest.mark.parametrize(
    "text, dateline, expected",
    [
        (
            "On the morning of February 24, the Standing Committee of the Municipal Party Committee held a "
            "meeting, and Yuan Jiajun, Secretary of the Municipal Party Committee, presided over the meeting.",
            date(2023, 2, 24),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the Municipal Party Committee",
                    date(2023, 2, 24),
                    "Yuan Jiajun",
                )
            ],
        ),
        # a caption and the lead restating the same meeting are one meeting
        (
            "On September 15, the Standing Committee of the Municipal Party Committee held a meeting.\n\n"
            "On September 15th, the Standing Committee of the Municipal Party Committee held a meeting to study.\n\n"
            "Municipal Party Committee Secretary Yuan Jiajun presided over the meeting.",
            date(2023, 9, 15),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the Municipal Party Committee",
                    date(2023, 9, 15),
                    "Yuan Jiajun",
                )
            ],
        ),
        # only the chair is stated: the meeting is still reported
        (
            "The meeting pointed out that we should work hard.\n"
            "Chen Jining, Secretary of the Municipal Party Committee, presided over the meeting and delivered a speech.",
            None,
            [("meeting", None, None, "Chen Jining")],
        ),
        (
            "On Wednesday, the Shanghai Municipal Party Committee held the first quarterly work meeting of the year.",
            date(2024, 1, 5),
            [("work conference", "the Shanghai Municipal Party Committee", date(2024, 1, 3), None)],
        ),
        (
            "The meeting was presided over by Mayor Li Ming.\nThe Municipal People's Government held an executive meeting.",
            None,
            [("executive meeting", "The Municipal People's Government", None, "Li Ming")],
        ),
        ("Chen Jining emphasized that the work must be done well.", None, []),
    ],
)
def test_meetings_held_and_presided(make_context, text, dateline, expected):
    assert _meetings(make_context(text, dateline)) == expected


@pytest.mark.parametrize(
    "phrase, body, kind",
    [
        (
            "a meeting",
            "the Standing Committee of the Municipal Party Committee",
            "standing committee meeting",
        ),
        ("an enlarged meeting", "the Standing Committee", "enlarged meeting"),
        ("the fourth plenary session", None, "plenary session"),
        (
            "a theoretical study center group session",
            None,
            "theoretical study center group session",
        ),
        ("a city-wide urban renewal promotion conference", None, "promotion conference"),
        ("an executive meeting", "the Municipal Government", "executive meeting"),
        ("a party group meeting", None, "party group meeting"),
        ("a symposium", None, "seminar"),
        ("a meeting", None, "meeting"),
    ],
)
def test_meeting_types(phrase, body, kind):
    assert meeting_type(phrase, body) == kind
