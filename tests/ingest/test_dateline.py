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
        # spaces inside the brackets, as some templates pad them
        ("[ 2021-03-05 ]\nOn March 1, the Standing Committee ...", date(2021, 3, 5)),
        ("( March 5, 2021 )\nOn March 1, ...", date(2021, 3, 5)),
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
        # dates in words, day or month first, after a weekday or before the source
        ("Headline\nDate: 9 March 2021\nOn March 8, ...", date(2021, 3, 9)),
        ("Headline\nPublished: Tue, 09 Mar 2021 08:12:00 GMT\nOn Monday", date(2021, 3, 9)),
        ("Headline\nLast updated: 09 Mar 2021 10:02\nOn March 8", date(2021, 3, 9)),
        ("Headline\nMar 9, 2021\nOn the afternoon of March 8", date(2021, 3, 9)),
        ("Headline\n9 March 2021\nOn the afternoon of March 8", date(2021, 3, 9)),
        ("Headline\nTuesday, March 9, 2021\nOn March 8", date(2021, 3, 9)),
        ("Headline\nMarch 9, 2021 | Source: Qingshan Daily\nOn March 8", date(2021, 3, 9)),
        ("Headline\nSubmitted on March 9, 2021\nOn March 8", date(2021, 3, 9)),
        # digits day first: dots and dashes are European; a month over 12 is read the other way
        ("Headline\nUpdated 09.03.2021\nOn March 8", date(2021, 3, 9)),
        ("Headline\n09-03-2021\nOn March 8", date(2021, 3, 9)),
        ("Headline\n03-25-2021\nOn March 8", date(2021, 3, 25)),
        # a numeric stamp outranks a lone date in words higher up (a site-wide banner)
        ("Site name\n\n15 July 2015\n\nHeadline\n\n2020-01-25 Print\n\nOn", date(2020, 1, 25)),
        ("Headline\nQingshan Daily | 09/03/2021\nOn March 8", date(2021, 9, 3)),  # the year is sure
        # a date among the page's controls
        (
            "Headline\n[Font: Large Medium Small]  2021-03-09  [Print]  [Close]\nOn",
            date(2021, 3, 9),
        ),
        # a list of related stories, each ending in its date, is no dateline
        (
            "Headline\nOn March 8, the committee met.\nRelated\nCounty holds meeting 2019-02-11\n"
            "Mayor visits farms 2019-01-20",
            None,
        ),
        # the reader's day is no dateline
        ("Today is Wednesday, 1 December 2026\nHeadline\nOn March 8", None),
        ("Today is 2020-8-28\nHeadline\nOn April 14", None),
        ("Welcome! Today is Tuesday, March 9, 2021\nHeadline\nOn March 8", None),
        # a date line closing a long article, labelled, alone or with the source in brackets
        (
            "On March 8, the committee met. " + "It studied. " * 60 + "\nRelease time: 2021-03-09",
            date(2021, 3, 9),
        ),
        (
            "On March 8, the committee met. " + "It studied. " * 60 + "\n2021-03-09",
            date(2021, 3, 9),
        ),
        (
            "On March 8, the committee met. "
            + "It studied. " * 60
            + "\n(Qingshan Daily, March 9, 2021)",
            date(2021, 3, 9),
        ),
        # ... but not a date ending a body sentence there, nor a copyright's years
        ("On March 8, the committee met. " + "It studied. " * 60 + "It met on 2021-03-09", None),
        ("On March 8, the committee met. " + "It studied. " * 60 + "\n© 2019-2023 Qingshan", None),
        # a full-width colon or a no-break space in the label, as pages carry them
        ("Release time：2023-01-07\nThe meeting", date(2023, 1, 7)),
        ("Published:\u00a02017-08-29 | source:\nOn", date(2017, 8, 29)),
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
