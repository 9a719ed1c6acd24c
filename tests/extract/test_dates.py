from datetime import date

import pytest

from kg.extract.dates import find_dates

D = date.fromisoformat


@pytest.mark.parametrize(
    "text, dateline, value, precision",
    [
        (
            "On the morning of February 24, the Standing Committee",
            D("2023-02-24"),
            D("2023-02-24"),
            "day",
        ),
        ("On the followingnoon of September 15th, the", D("2023-09-15"), D("2023-09-15"), "day"),
        ("On March 3rd, the conference", D("2023-03-05"), D("2023-03-03"), "day"),
        # a December meeting reported in January is last year's
        ("On December 28, Chen Jining went", D("2024-01-05"), D("2023-12-28"), "day"),
        ("on the 14th, the meeting", D("2023-03-20"), D("2023-03-14"), "day"),
        (
            "On the evening of the 3rd, the Standing Committee",
            D("2023-11-04"),
            D("2023-11-03"),
            "day",
        ),
        # a day after the dateline's day is in the month before
        ("on the 28th, the meeting", D("2023-03-10"), D("2023-02-28"), "day"),
        (
            "On Wednesday, the Shanghai Municipal Party Committee",
            D("2024-01-05"),
            D("2024-01-03"),
            "day",
        ),
        ("Yesterday, the meeting", D("2023-05-02"), D("2023-05-01"), "day"),
        # real translations glue an abbreviated month to its day, or say "this afternoon"
        ("On the afternoon of Jan.10th, the committee", D("2017-01-12"), D("2017-01-10"), "day"),
        (
            "The mayor presided over a meeting this afternoon.",
            D("2022-05-20"),
            D("2022-05-20"),
            "day",
        ),
        ("On 24 February 2023, the", None, D("2023-02-24"), "day"),
        ("On the evening of 2021/3/1, the committee", None, D("2021-03-01"), "day"),
        ("On 2021.3.1 the committee", None, D("2021-03-01"), "day"),
        ("On 2021.4.5, the county", None, D("2021-04-05"), "day"),
        ("On 2021年4月5日, the county", None, D("2021-04-05"), "day"),
        # machine translation of 十一月三日 and of wire-style weekdays
        ("eleven month three, the county held", D("2022-11-05"), D("2022-11-03"), "day"),
        (
            "In spring, twelve month twenty-one day Li Hua met",
            D("2022-12-30"),
            D("2022-12-21"),
            "day",
        ),
        ("The delegation arrived Tuesday for a visit.", D("2022-06-10"), D("2022-06-07"), "day"),
        ("Zhou Hong Friday urged care for the old.", D("2022-06-10"), D("2022-06-10"), "day"),
        ("On February 24, 2023, the", None, D("2023-02-24"), "day"),
        # 3月8日 left untranslated, without its year
        ("3月8日, the Standing Committee", D("2021-03-09"), D("2021-03-08"), "day"),
        ("On 3月8日, the Standing Committee", None, None, "unknown"),
        pytest.param(
            "On March eighth, the committee",
            D("2021-03-09"),
            D("2021-03-08"),
            "day",
        ),
        pytest.param(
            "On 3.8, the committee",
            D("2021-03-09"),
            D("2021-03-08"),
            "day",
        ),
        ("On the afternoon of May the twenty-second, the", D("2021-06-01"), D("2021-05-22"), "day"),
        ("On the twenty-first, the county", D("2021-03-25"), D("2021-03-21"), "day"),
        # a year after two days is the first day's too
        ("On January 21 and 22, 2020, the", None, D("2020-01-21"), "day"),
        ("On May 6-7, 2019, the", None, D("2019-05-06"), "day"),
        ("on the third of this month the bureau", D("2021-03-25"), D("2021-03-03"), "day"),
        ("On 11.12, the county", D("2021-11-20"), D("2021-11-12"), "day"),
        # no dateline and no year: not resolvable, and not invented
        ("On the morning of February 24, the", None, None, "unknown"),
        ("On Wednesday, the", None, None, "unknown"),
        ("A few days ago, the Standing Committee", D("2023-01-20"), None, "unknown"),
        ("Recently, the Municipal Party Committee", D("2023-01-20"), None, "unknown"),
        ("On February 30, the", D("2023-03-01"), None, "unknown"),
    ],
)
def test_date_phrases_resolve_against_the_dateline(text, dateline, value, precision):
    found = find_dates(text, dateline)
    assert found, "no date phrase found"
    assert (found[0].value, found[0].precision) == (value, precision)
    assert text[found[0].start : found[0].end] == found[0].phrase


@pytest.mark.parametrize(
    "text",
    [
        "Action Plan (2023-2025)",
        "the 20th National Congress",
        "in 3 days",
        "within one month twenty days later",
        "The Monday Morning Post said",
        # a modal "may" before an ordinal, a floor, figures with a point
        "We may first consider the plan.",
        "The office on the second floor, the hall",
        "Output grew by 3.8, the fastest",
        "It focused on 3.8 billion yuan of loans.",
        "the Third Plenary Session, the twenty-first century",
    ],
)
def test_not_dates(text):
    assert find_dates(text, D("2023-01-01")) == []
