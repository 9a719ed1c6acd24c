from datetime import date

import pytest

from kg.ingest.dateline import find_dateline


@pytest.mark.parametrize(
    "head, expected",
    [
        (" date 2023-02-24 ▲ On the morning of February 24, the ...", date(2023, 2, 24)),
        ("Headline\n\nTable of Contents\n\n2023-09-15 12:00:41\n\nOn the ...", date(2023, 9, 15)),
        ("Published: 2023/03/01 08:00\nThe Standing Committee ...", date(2023, 3, 1)),
        ("release date 2024-1-5\nOn Wednesday ...", date(2024, 1, 5)),
        ("updated 2022.12.30 text", date(2022, 12, 30)),
        ("Hefei\nPosted on 2023-07-14 by admin\n\nOn the afternoon of July 13", date(2023, 7, 14)),
        ("Release time: 2023-10-27\n\nThe 14th meeting", date(2023, 10, 27)),
        ("publish time: 2023-11-22 20:10\n\nOn November 21", date(2023, 11, 22)),
        ("Source: Jinan Daily   2023-10-13\n\nOn October 12", date(2023, 10, 13)),
        (
            "Published on March 14, 2023\n\n(Reporter Lin Xiaoyu) On the afternoon of March 13",
            date(2023, 3, 14),
        ),
        ("Jinan, March 3, 2023\nOn the morning of March 2, ...", date(2023, 3, 3)),
        ("BEIJING, March 3, 2023 — On March 2, ...", date(2023, 3, 3)),
        ("Headline\nMarch 3rd, 2023\n\nOn Thursday ...", date(2023, 3, 3)),
        ("[2021-03-05]\nOn March 1, the Standing Committee ...", date(2021, 3, 5)),
        ("【2021-03-05】 Headline\nOn March 1, ...", date(2021, 3, 5)),
        ("Posted: 03/05/2021\nOn March 1, the ...", date(2021, 3, 5)),  # month/day/year
        ("Date: 25/03/2021\nOn March 1, the ...", date(2021, 3, 25)),  # only day/month fits
        ("Date: 35/03/2021\nOn March 1, the ...", None),  # no reading is a date
        ("[2021-04-06] The county held a meeting yesterday.", date(2021, 4, 6)),
        ("On March 2, 2023, the meeting was held in Jinan.", None),  # a meeting date, in prose
        ("Time: 2023-13-45 garbled, then date 2023-02-02", date(2023, 2, 2)),
        ("A few days ago, the meeting reviewed the plan (2023-2025).", None),
        ("The meeting on February 24 studied ...", None),
        ("x" * 1300 + " date 2023-02-24", None),  # too deep in the body to be a dateline
        ("x" * 700 + "\n2023-02-24 body", None),  # a bare date that deep is body text
    ],
)
def test_dateline_shapes(head, expected):
    found = find_dateline(head)
    assert (found[0] if found else None) == expected


def test_dateline_span_points_at_the_digits():
    text = " date 2023-02-24 ▲ On"
    _, span = find_dateline(text)
    assert text[span.start : span.end] == "2023-02-24"


def test_dateline_span_in_words_covers_month_to_year():
    text = "Published on March 14, 2023\n\nOn the afternoon"
    _, span = find_dateline(text)
    assert text[span.start : span.end] == "March 14, 2023"
