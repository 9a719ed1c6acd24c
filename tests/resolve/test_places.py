"""Where a meeting was held: the place its holding body names, else the article's place at
the body's level, else the article's place."""

from __future__ import annotations

import pytest

from kg.extract.gazetteer import gazetteer
from kg.resolve.places import Locale, body_place, meeting_place


def _place(name: str):
    place = gazetteer().lookup(name)
    assert place is not None, name
    return place


@pytest.mark.parametrize(
    "body, expected",
    [
        (
            "The Standing Committee of Huaiji County Party Committee of Zhaoqing City",
            "Huaiji County",
        ),
        ("the CPPCC Shanxi Provincial Committee", "Shanxi"),
        ("Standing Committee of the Suzhou Municipal Party Committee", "Suzhou"),
        ("the Fifth District Commission for Discipline Inspection", None),  # an ordinal, no place
        ("the Municipal Government", None),
        # a county-level city no gazetteer knows, named by its body
        ("Zhuanghe Municipal Committee of CPPCC", "Zhuanghe"),
        ("the Standing Committee of the Fifth District Party Committee", None),
        (None, None),
    ],
)
def test_body_place(body, expected):
    found = body_place(body)
    assert (found.name if found else None) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a municipal body in a mostly provincial report is the city's
        ("the Standing Committee of the Municipal People's Congress", "Nanchong"),
        ("the Provincial Party Committee", "Sichuan"),
        (None, "Sichuan"),  # no body: the article's place (the province, in a provincial report)
    ],
)
def test_meeting_place_by_the_bodys_level(body, expected):
    locale = Locale(city=_place("Nanchong"), province=_place("Sichuan"), provincial=True)
    assert meeting_place(body, locale).name == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # a body named after its level alone is the province's, though the venue is a city
        ("the Standing Committee of the People's Congress of the Autonomous Region", "Guangxi"),
        ("the Standing Committee of the Party Committee of the Province", "Guangxi"),
        ("the Standing Committee of the Municipal Party Committee", "Nanning"),
    ],
)
def test_meeting_place_of_a_body_named_by_its_level(body, expected):
    locale = Locale(city=_place("Nanning"), province=_place("Guangxi"), provincial=False)
    assert meeting_place(body, locale).name == expected


@pytest.mark.parametrize(
    "source, expected",
    [
        ("http://en.wuxi.gov.cn/a/202009/x.shtml", "Wuxi"),
        ("https://www.hangzhou.gov.cn/art/2023/1/1/art_1.html", "Hangzhou"),
        ("https://www.chinadaily.com.cn/a/2023/wuxi.html", None),  # a news site: no place
        ("reports/wuxi.txt", None),
        (None, None),
    ],
)
def test_url_place_reads_government_hosts_only(source, expected):
    from kg.resolve.places import url_place

    found = url_place(source)
    assert (found.name if found else None) == expected
