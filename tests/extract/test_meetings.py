from datetime import date

import pytest

from kg.clean import clean
from kg.extract.context import Context
from kg.extract.meetings import find_meetings, meeting_type
from kg.extract.people import find_people
from kg.ingest.article import article_from_text


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
        # presiding over a named meeting reports it, with its date and body
        (
            "On the afternoon of April 7, Mayor Zhao Lin presided over the 23rd executive meeting of the Municipal Government.",
            date(2023, 4, 8),
            [("executive meeting", "the Municipal Government", date(2023, 4, 7), "Zhao Lin")],
        ),
        # a passive report names its body after "of"; the undated headline is the same meeting
        (
            "The 12th meeting of the Standing Committee of the 15th Nanjing Municipal CPPCC was held\n\n"
            "On the morning of May 18, the 12th meeting of the Standing Committee of the 15th CPPCC Nanjing Municipal Committee was held. "
            "Liu Yang, Chairman of the Municipal CPPCC, presided over the meeting.",
            date(2023, 5, 19),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the 15th Nanjing Municipal CPPCC",
                    date(2023, 5, 18),
                    "Liu Yang",
                )
            ],
        ),
        # inspections by an official, "he" being the official named before
        (
            "Yesterday, Secretary of the Municipal Party Committee Yin Li went to Fangshan District to inspect flood prevention work.",
            date(2023, 7, 30),
            [("inspection", None, date(2023, 7, 29), "Yin Li")],
        ),
        (
            "Secretary Chen Jining spoke first. On December 31, he went to the command center to inspect the safe operation of the city. "
            "Previously, on December 28, Chen Jining went to a market to inspect production safety.",
            date(2024, 1, 5),
            [
                ("inspection", None, date(2023, 12, 31), "Chen Jining"),
                ("inspection", None, date(2023, 12, 28), "Chen Jining"),
            ],
        ),
        # a meeting that "opened"; a "special study"; research visits; "the same day"; "he presided"
        (
            "The 14th meeting of the Standing Committee of the 16th Ningbo Municipal People's Congress opened on October 26.",
            date(2023, 10, 27),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the 16th Ningbo Municipal People's Congress",
                    date(2023, 10, 26),
                    None,
                )
            ],
        ),
        (
            "On September 7, the theoretical learning center group of the Taiyuan Municipal Party Committee held a special study on the private economy.",
            date(2023, 9, 8),
            [
                (
                    "theoretical study center group session",
                    "the theoretical learning center group of the Taiyuan Municipal Party Committee",
                    date(2023, 9, 7),
                    None,
                )
            ],
        ),
        (
            "On November 21, Mayor Chen Shaowang went to the High-tech Zone to investigate the software industry. "
            "On the same day, he presided over a promotion meeting on the digital economy.",
            date(2023, 11, 22),
            [
                ("inspection", None, date(2023, 11, 21), "Chen Shaowang"),
                ("promotion conference", None, date(2023, 11, 21), "Chen Shaowang"),
            ],
        ),
        (
            "On February 4, Wu Guiying, secretary of the Changsha Municipal Party Committee, conducted research on market supply in Furong District.",
            date(2024, 2, 5),
            [("inspection", None, date(2024, 2, 4), "Wu Guiying")],
        ),
        # the parser puts the meeting noun in apposition to "Committee"
        (
            "On March 30, the Guiyang Municipal Party Committee held a Standing Committee (expanded) meeting.",
            date(2023, 3, 31),
            [
                (
                    "enlarged meeting",
                    "the Guiyang Municipal Party Committee",
                    date(2023, 3, 30),
                    None,
                )
            ],
        ),
        # the type comes from the meeting's own words, not from what it was about
        (
            "On December 18, the Weifang Municipal Party Committee held a report meeting on the spirit of the Central Economic Work Conference.",
            date(2023, 12, 19),
            [("meeting", "the Weifang Municipal Party Committee", date(2023, 12, 18), None)],
        ),
        # "led a team to ... to investigate" is an inspection
        (
            "From February 1 to 2, Wen Xianping, Secretary of the Shaoxing Municipal Party Committee, led a team to Keqiao District to investigate the economy.",
            date(2023, 2, 3),
            [("inspection", None, date(2023, 2, 1), "Wen Xianping")],
        ),
        # "presided over the closing meeting" is part of the meeting just reported
        (
            "On November 24, the 12th meeting of the Standing Committee of the 17th Quanzhou Municipal People's Congress closed. "
            "Director Li Xiaohua presided over the closing meeting.",
            date(2023, 11, 25),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the 17th Quanzhou Municipal People's Congress",
                    date(2023, 11, 24),
                    "Li Xiaohua",
                )
            ],
        ),
        # a dateline wrapped into the lead gives "held" a second subject: the place; the body
        # is the subject that names an organisation
        (
            "Linhe (reporter Zhou Bo) On May 5, the Standing Committee of the Linhe Municipal Party "
            "Committee held a meeting. Qin Hua presided over the meeting.",
            date(2022, 5, 6),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the Linhe Municipal Party Committee",
                    date(2022, 5, 5),
                    "Qin Hua",
                )
            ],
        ),
        # ... and a second subject of an inspection's verb: the inspector is the other one
        (
            "Linhe — From May 4 to 5, Gao Ming, governor of the province, "
            "conducted research in Linhe on rural roads.",
            date(2022, 5, 6),
            [("inspection", None, date(2022, 5, 4), "Gao Ming")],
        ),
        # a study group "carried out" its collective study: a study session held
        (
            "On May 5, the Theoretical Study Center Group of the Linhe Municipal Party Committee "
            "carried out a collective study. Qin Hua presided over the study.",
            date(2022, 5, 6),
            [
                (
                    "theoretical study center group session",
                    "the Theoretical Study Center Group of the Linhe Municipal Party Committee",
                    date(2022, 5, 5),
                    "Qin Hua",
                )
            ],
        ),
        # research is no meeting
        (
            "On May 5, the Linhe Municipal Bureau of Commerce conducted a study of the market.",
            date(2022, 5, 6),
            [],
        ),
        # only the chair is said in the body; the headline names the kind of meeting
        (
            "Linhe Municipal Party Committee Standing Committee Meeting Held\n\n"
            "Secretary Qin Hua presided. The meeting studied the provincial plan.",
            None,
            [("standing committee meeting", None, None, "Qin Hua")],
        ),
        # a body that "met" held a meeting; one that met its targets did not
        (
            "The Standing Committee of the Linhe Municipal Party Committee met on June 8, 2023. "
            "Qin Hua presided.",
            date(2023, 6, 9),
            [
                (
                    "standing committee meeting",
                    "The Standing Committee of the Linhe Municipal Party Committee",
                    date(2023, 6, 8),
                    "Qin Hua",
                )
            ],
        ),
        (
            "In 2023, the Linhe Municipal Government met the targets of the year.",
            date(2023, 6, 9),
            [],
        ),
        # a headline's "Standing Committee meeting" is the lead's enlarged meeting
        (
            "Qin Hua presided over the Standing Committee meeting of the Municipal Party "
            "Committee\n\nOn March 5, the Standing Committee of the Linhe Municipal Party "
            "Committee held an enlarged meeting.",
            date(2024, 3, 6),
            [
                (
                    "enlarged meeting",
                    "the Municipal Party Committee",  # the headline's, read first
                    date(2024, 3, 5),
                    "Qin Hua",
                )
            ],
        ),
        # a chair on another day than the event told before presides over another meeting
        (
            "On June 7, the provincial flood control work conference was held. On June 8, Qin "
            "Hua presided over the meeting to convey the spirit of the provincial conference.",
            date(2023, 6, 9),
            [
                ("work conference", None, date(2023, 6, 7), None),
                ("meeting", None, date(2023, 6, 8), "Qin Hua"),
            ],
        ),
        # ... not a date told after the chair, which is another event's
        (
            "On June 8, the Standing Committee of the Linhe Municipal Party Committee held a "
            "meeting. Qin Hua presided over the meeting and conveyed the spirit of the "
            "provincial conference of June 2.",
            date(2023, 6, 9),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the Linhe Municipal Party Committee",
                    date(2023, 6, 8),
                    "Qin Hua",
                )
            ],
        ),
        # a higher body's event told first is not a meeting of the article's bodies
        pytest.param(
            "On March 4, the provincial party committee held a conference on economic work. On "
            "March 5, the Standing Committee of the Linhe Municipal Party Committee held a "
            "meeting to convey its spirit. Qin Hua presided over the meeting.",
            date(2024, 3, 6),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the Linhe Municipal Party Committee",
                    date(2024, 3, 5),
                    "Qin Hua",
                )
            ],
        ),
        # ... also a municipal event before a county's meeting that relays it
        (
            "On May 10, the municipal government held a work conference on flood control. On "
            "May 11, the Standing Committee of the Hexi County Party Committee held a meeting to "
            "relay the spirit of the municipal conference. Lu Pingan presided over the meeting.",
            date(2024, 5, 12),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the Hexi County Party Committee",
                    date(2024, 5, 11),
                    "Lu Pingan",
                )
            ],
        ),
        # ... and a central meeting a national leader presided over, told first
        (
            "On March 3, General Secretary Xi Jinping presided over a meeting of the Political "
            "Bureau of the CPC Central Committee. On March 5, the Standing Committee of the Hexi "
            "County Party Committee held a meeting to convey the spirit of the meeting. Lu "
            "Pingan presided over the meeting.",
            date(2024, 3, 6),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the Hexi County Party Committee",
                    date(2024, 3, 5),
                    "Lu Pingan",
                )
            ],
        ),
        # ... and a higher event told without its body ("the provincial ... was held")
        (
            "On March 3, the provincial video conference on flood control was held. On March "
            "4, the Standing Committee of the Hexi County Party Committee held a meeting to "
            "implement its spirit. Lu Pingan presided over the meeting.",
            date(2024, 3, 6),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the Hexi County Party Committee",
                    date(2024, 3, 4),
                    "Lu Pingan",
                )
            ],
        ),
        # ... but two of the article's own bodies' meetings, the higher first, are both kept
        (
            "On May 10, the municipal government held a work conference on flood control. On "
            "May 11, the Hexi county government held an executive meeting on road repairs. Lu "
            "Pingan presided over the meeting.",
            date(2024, 5, 12),
            [
                (
                    "work conference",
                    "the municipal government",
                    date(2024, 5, 10),
                    None,
                ),
                (
                    "executive meeting",
                    "the Hexi county government",
                    date(2024, 5, 11),
                    "Lu Pingan",
                ),
            ],
        ),
        # "under the presidency of X" names the chair as "under the chairmanship of X" does
        (
            "On March 5, the Standing Committee of the Linhe Municipal Party Committee held a "
            "meeting under the presidency of Qin Hua.",
            date(2024, 3, 6),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the Linhe Municipal Party Committee",
                    date(2024, 3, 5),
                    "Qin Hua",
                )
            ],
        ),
        # a chair given by title alone is the one official the text gives that post
        (
            "On March 5, the Standing Committee of the Linhe Municipal Party Committee held a "
            "meeting. Qin Hua, secretary of the municipal party committee, attended. The "
            "secretary presided over the meeting.",
            date(2024, 3, 6),
            [
                (
                    "standing committee meeting",
                    "the Standing Committee of the Linhe Municipal Party Committee",
                    date(2024, 3, 5),
                    "Qin Hua",
                )
            ],
        ),
        # ... and nobody when no named official holds it
        (
            "On March 5, the party group of the Linhe municipal government held a meeting. The "
            "party group secretary presided over the meeting.",
            date(2024, 3, 6),
            [
                (
                    "party group meeting",
                    "the party group of the Linhe municipal government",
                    date(2024, 3, 5),
                    None,
                )
            ],
        ),
        # people who are not named officials chair no inspection; the event is still the
        # article's (meeting.mentioned), undated without a dateline
        (
            "During the inspection on 28th, the city leaders went straight to a building materials market to inspect.",
            None,
            [("inspection", None, None, None)],
        ),
    ],
)
def test_meetings_held_and_presided(make_context, text, dateline, expected):
    assert _meetings(make_context(text, dateline)) == expected


@pytest.mark.parametrize(
    "text, kind",
    [
        # an "of" phrase naming who meets gives the type
        (
            "On October 19, the CPC Linhe Municipal Committee held a meeting of the Standing "
            "Committee to convey the spirit of the plenary session.",
            "standing committee meeting",
        ),
        (
            "On November 29, the Linhe Municipal Party Committee held a meeting of leading "
            "cadres to announce the decision.",
            "work conference",
        ),
        # what the meeting was about gives none
        (
            "On November 29, the Linhe Municipal Party Committee held a meeting of studying "
            "the spirit of the Central Economic Work Conference.",
            "meeting",
        ),
    ],
)
def test_who_meets_names_the_type(make_context, text, kind):
    assert [m[0] for m in _meetings(make_context(text, date(2023, 12, 1)))] == [kind]


@pytest.mark.parametrize(
    "text",
    [
        "Linhe delegation visits Hexi\n\nOn May 4, the delegation arrived in Hexi.",
        "On May 4, the Party and government delegation of Linhe City visited Hexi for an "
        "investigation. Secretary Qin Hua led the delegation.",
        "Linhe members of the CPPCC on a tour of Hexi\n\nThey saw the new port on May 4.",
    ],
)
def test_a_delegations_visit_is_an_inspection(make_context, text):
    assert [m[0] for m in _meetings(make_context(text, date(2023, 5, 6)))] == ["inspection"]


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
        (
            "a collective study session",
            "the Theoretical Study Center Group of the Municipal Party Committee",
            "theoretical study center group session",
        ),
        ("a meeting", "the Party Group of the Municipal Government", "party group meeting"),
        ("its third meeting", "The presidium of the Second Session", "presidium meeting"),
        ("a city-wide work safety conference", None, "work conference"),
        ("the 15th standing meeting of the municipal government", None, "executive meeting"),
        ("a report meeting", "the Weifang Municipal Party Committee", "meeting"),
        # by the head word, when no other type is named
        (
            "the first session of the eighth Linhe Municipal Committee of the CPPCC",
            None,
            "plenary session",
        ),
        ("the annual session", "the CPPCC Linhe Committee", "plenary session"),
        ("The 13th CPC Linhe Congress", None, "plenary session"),
        (
            "the 26th session of the 6th CPPCC Standing Committee",
            None,
            "standing committee meeting",
        ),
        ("the Provincial Education Conference", None, "work conference"),
        ("a province-wide video conference on production safety", None, "work conference"),
        ("the Economical Working Conference", None, "work conference"),
        ("a meeting of leading cadres", None, "work conference"),
        ("the third quarter safety production meeting", None, "work conference"),
        ("a press conference", "the Linhe Municipal Government", "meeting"),
    ],
)
def test_meeting_types(phrase, body, kind):
    assert meeting_type(phrase, body) == kind


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "On March 2, the Standing Committee of the Municipal Party Committee held a meeting. "
            "Liu Qiang, Secretary of the Municipal Party Committee, presided over the meeting. "
            "Yu Haitian, Deputy Secretary of the Municipal Party Committee and Mayor, attended.",
            {"Liu Qiang", "Yu Haitian"},
        ),
        (
            "The Municipal Party Committee held a work conference. Mayor Zhang Wei and Vice Mayor "
            "Li Hong attended the meeting.",
            {"Zhang Wei", "Li Hong"},
        ),
        (
            "The Municipal Party Committee held a work conference. Secretary Wang Gang presided "
            "over the meeting and delivered an important speech.",
            {"Wang Gang"},
        ),
        (  # no clause reports it held; the conference is the article's event all the same
            "Vice Mayor Li Hong spoke at the work conference held by the Municipal People's "
            "Government on safety production.",
            {"Li Hong"},
        ),
        (  # a gerund describes the occasion of a cited speech, not this meeting's attendance
            "The CPPCC held a standing committee meeting. The meeting studied the important speech "
            "delivered by General Secretary Xi Jinping when participating in the deliberation of "
            "the Jiangsu delegation.",
            set(),
        ),
        (  # named after the verb: the report of a speech, not the speaker
            "The Municipal Party Committee held a meeting and heard a report by Secretary Wang Gang.",
            set(),
        ),
    ],
)
def test_attendees_named_as_attending_or_speaking(make_context, text, expected):
    ctx = make_context(text)
    meetings = find_meetings(ctx, find_people(ctx))
    attendees = {p.name for m in meetings for p in m.attendees}
    chairs = {m.chair.name for m in meetings if m.chair}
    assert attendees | chairs == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the lead dates a meeting whose own sentence gives no date; the dateline's own digits
        # are no meeting date, wherever cleaning moved the text
        (
            "Mayor Li Hong went to the port for a field inspection\n\nRelease time:2017/07/22\n\n"
            "Afternoon of July 18th, Mayor Li Hong inspected the port.",
            "2017-07-18",
        ),
        # a month and day in the one year the text names, when there is no dateline
        (
            "The Summary Meeting of the First Half Year of 2018 was held.\n\n"
            "On the morning of July 24, the city held a meeting.",
            "2018-07-24",
        ),
        # a second stamp of the page (a line with a clock time) is not the event's date, nor
        # is a date after the page's own: what the meeting decided, not when it met
        (
            "date 2022-03-02 Advisers prepare for session\n\nXinhua) 09:36, March 02, 2022\n\n"
            "BEIJING, March 1 (Xinhua) -- The Standing Committee convened in Beijing.\n\n"
            "A decision to convene the session starting from March 4 was adopted at the meeting.",
            "2022-03-01",
        ),
        # the year as the subject of a judgement dates the lead's month and day
        (
            "On April 5, the Standing Committee of the county held a meeting. It said that 2021 "
            "is the crucial year for the new plan.",
            "2021-04-05",
        ),
        # a bracketed date opening the page is its dateline, not the meeting's day
        ("[2021-04-06] The county standing committee held a meeting yesterday.", "2021-04-05"),
        # wire style: a weekday beside the verb, with no "on"
        (
            "2017-09-08 11:20:00\n\nA delegation headed by Li Qiang arrived in the region "
            "Monday for an inspection tour.",
            "2017-09-04",
        ),
        # a date translated word by word from 1月23日
        (
            "Published: 2024-01-24\n\none month twenty-three Wu Gang presided over the meeting.",
            "2024-01-23",
        ),
        # a wire dateline dates the report, not the meeting the lead dates
        (
            "Luzhou, Jan 4 (reporter Zhao Min) On the afternoon of January 3, the Standing "
            "Committee held a meeting on the tasks of 2022.",
            "2022-01-03",
        ),
        # ... unless the lead gives no other day
        (
            "date 2021-05-10 Lawmaker urges care\n\nBEIJING, May 8 (Xinhua) -- Senior lawmaker "
            "Zhou Hong called for care for the elderly at a symposium.",
            "2021-05-08",
        ),
        # a year the text only enters is not the year of its events
        ("Entering 2024, the city works hard. On the night of December 31, Li Hong met.", None),
        # the reader's day ("Today is ...") is no date of the meeting
        (
            "Today is Wednesday, 1 December 2026\nCounty meeting held\nOn March 8, the county "
            "standing committee held a meeting.",
            None,
        ),
        # "recently" dates the meeting to no day: no other date of the text is taken for it
        (
            "Release time: 2021-03-09\nRecently, the county standing committee held a meeting. "
            "It noted that on March 1 the new rules took effect.",
            None,
        ),
        (
            "Release time: 2021-03-09\nRecently, the county standing committee held a meeting to "
            "study the speech delivered by Xi Jinping on February 20.",
            None,
        ),
        # a date in a clause on another noun dates that noun's event
        (
            "Release time: 2021-03-10\nTo study the speech delivered by Xi Jinping on February "
            "20, the county standing committee held a meeting on March 8.",
            "2021-03-08",
        ),
        # ... but a clause on the meeting itself dates the meeting
        (
            "Release time: 2021-03-10\nThe plenary session held on March 8 adopted the report.",
            "2021-03-08",
        ),
        # a year naming the year's own business, with no dateline
        (
            "The 2021 County Economic Work Conference Was Held\nOn March 8, the county held the "
            "economic work conference.",
            "2021-03-08",
        ),
        (
            "On March 8, the county standing committee held a meeting to study the 2020 budget.",
            "2020-03-08",
        ),
        ("On January 8, the county standing committee held 2021's first meeting.", "2021-01-08"),
        # a year-end meeting reviewing one year and planning the next is in the first
        (
            "On December 28, the county held the economic work conference. It reviewed the work "
            "in 2020 and deployed key tasks in 2021.",
            "2020-12-28",
        ),
        (
            "On January 5, the county held the economic work conference. It reviewed the work "
            "in 2020 and deployed key tasks in 2021.",
            "2021-01-05",
        ),
        # a clause on the last of coordinated meetings dates the first too
        (
            "Release time: 2021-03-10\nThe county held a standing committee meeting and a work "
            "conference convened on March 8.",
            "2021-03-08",
        ),
        # ... not a year of history or a target: "its 2020 goals" is a goal's year, as
        # "its 2035 goals" is (a goal's year is no year source, even where it is the meeting's)
        (
            "On March 8, the county standing committee held a meeting. It said this is the final "
            "year of the plan and the county must achieve its 2020 goals.",
            None,
        ),
        (
            "On March 8, the county standing committee held a meeting. The county will reach "
            "the 2035 targets and the 2025 goals of the plan.",
            None,
        ),
        (
            "On March 8, the county standing committee held a meeting. It stressed that the "
            "goals for 2035 must be achieved.",
            None,
        ),
        (
            "On March 8, the county standing committee held a meeting on the 2022 Winter Olympics.",
            None,
        ),
        (
            "On March 8, the county standing committee held a meeting to study the Regulations "
            "(revised in 2019).",
            None,
        ),
        ("On March 8, the county standing committee held a meeting. He joined in 1985.", None),
    ],
)
def test_lead_date(nlp, text, expected):
    article = article_from_text("t", text, source="t.txt")  # finds the dateline and its span
    cleaned = clean(text)
    meetings = find_meetings(Context(article, cleaned, nlp(cleaned.text)), [])
    found = meetings[0].date.value if meetings and meetings[0].date else None
    assert (found.isoformat() if found else None) == expected


@pytest.mark.parametrize(
    "text, dates",
    [
        pytest.param(
            "On January 21 and 22, a meeting of the county standing committee and a leadership "
            "group meeting were held.",
            [date(2020, 1, 21), date(2020, 1, 22)],
        ),
        (
            "On January 12 to 13, the county held the plenary session of the county party "
            "committee and the county economic work conference.",
            [date(2020, 1, 12), date(2020, 1, 13)],
        ),
        # one meeting over two days is one meeting
        (
            "On January 12 and 13, the county held the economic work conference.",
            [date(2020, 1, 12)],
        ),
    ],
)
def test_dates_shared_out_over_meetings(make_context, text, dates):
    found = _meetings(make_context(text, date(2020, 1, 25)))
    assert [when for _, _, when, _ in found] == dates


@pytest.mark.parametrize(
    "text, chair",
    [
        # a person who holds or opens the meeting chairs it
        (
            "On May 3, Gao Ming, Deputy Secretary of the Municipal Party Committee and Mayor, "
            "held a flood control work scheduling meeting.",
            "Gao Ming",
        ),
        ("At 9 a.m., Chen Lu opened the congress. All stood for the anthem.", "Chen Lu"),
        (
            "On May 5, the Municipal Party Committee held a standing committee meeting. The "
            "meeting was moderated by Secretary Qin Hua.",
            "Qin Hua",
        ),
        (
            "On May 5, the Municipal Party Committee held a standing committee meeting under the "
            "chairmanship of Qin Hua, secretary of the municipal party committee.",
            "Qin Hua",
        ),
        # the presiding verb opens the sentence, or follows the name as a participle
        (
            "On May 5, the Municipal Party Committee held a standing committee meeting. "
            "Presiding over the meeting was Secretary Qin Hua.",
            "Qin Hua",
        ),
        (
            "On May 5, the Municipal Party Committee held a standing committee meeting. Chaired "
            "by Secretary Qin Hua, the meeting studied the plan.",
            "Qin Hua",
        ),
        (
            "On May 5, the Municipal Party Committee held a standing committee meeting, with "
            "Secretary Qin Hua presiding.",
            "Qin Hua",
        ),
        # the meeting held by a body has no person as its convener
        ("On May 3, the Municipal Government held a flood control meeting.", None),
        ("The flood control meeting was held by the municipal government on May 3.", None),
        # a run-on title that ends in a government before the name
        (
            "The meeting was chaired by Deputy Secretary of the county Party committee, county "
            "people's government Qin Haoran.",
            "Qin Haoran",
        ),
        # "in the chair" after the name
        (
            "On May 5, the municipal government held an executive meeting with Mayor Tang Ke in "
            "the chair.",
            "Tang Ke",
        ),
        # a title set off by a comma after a dateline's dash, the name read by its fallback
        (
            "Linhe, May 5 -- Municipal Party Committee Secretary, Bo Xiaoyu presided over the "
            "meeting.",
            "Bo Xiaoyu",
        ),
        (
            "On May 5, the Municipal Party Committee held a standing committee meeting. The "
            "meeting was hosted by Qin Hua, Secretary of the Party Committee of the Municipality.",
            "Qin Hua",
        ),
        # a surname alone before the verb, the person named in full elsewhere
        (
            "Secretary Wang presided over the meeting. Wang Dacheng, secretary of the municipal "
            "party committee, delivered a speech.",
            "Wang Dacheng",
        ),
        # the tokenizer keeps the full stop on the name; a title set off after "by the"
        ("The meeting is presided over by Mayor Xun Jun.", "Xun Jun"),
        (
            "The meeting was chaired by the Secretary of the Municipal Party Committee, Qin Hua.",
            "Qin Hua",
        ),
        # the title alone after "by": the one official the text gives that post
        (
            "On May 5, the municipal government held an executive meeting, presided over by the "
            "mayor. Mayor Tang Ke pointed out that the work must go on.",
            "Tang Ke",
        ),
        (
            "The meeting was chaired by the secretary of the municipal party committee. Qin Hua, "
            "secretary of the municipal party committee, delivered a speech.",
            "Qin Hua",
        ),
        # a body presides over a plenary session: no person chairs it
        (
            "The plenary session was presided over by the Standing Committee of the Municipal "
            "Party Committee. Qin Hua, member of the Standing Committee of the Municipal Party "
            "Committee, attended.",
            None,
        ),
        # an untitled name the model tags by its surname alone ("Zhou"): the given name after it
        # is still the name's
        (
            "On April 2, 2024, Zhou Min presided over a Linhe Municipal Party Committee "
            "Standing Committee meeting and delivered a speech.",
            "Zhou Min",
        ),
        # the parser ends the sentence at "by" and puts the name in the next one
        (
            "On April 2, the Standing Committee of the Linhe Municipal Party Committee held a "
            "meeting. The meeting was presided over by Zhou Min. Zhou Min stressed that the city "
            "must do better.",
            "Zhou Min",
        ),
        # a presiding clause on a cited higher event is not the meeting's chair
        (
            "On June 8, the Linhe Municipal Party Committee Standing Committee held a meeting to "
            "convey the spirit of the provincial conference presided over by Provincial Party "
            "Secretary Xin Hua. Ouyang Jian presided over the meeting.",
            "Ouyang Jian",
        ),
        # "chairs" a body is a post, not a chair of the meeting
        (
            "On June 8, the Standing Committee of the Linhe Municipal Party Committee held a "
            "meeting. Tang Lei, who chairs the municipal people's congress, attended the meeting.",
            None,
        ),
        # hosting guests is not chairing the meeting
        (
            "On June 8, the Standing Committee of the Linhe Municipal Party Committee held a "
            "meeting. On the same day, Mayor Tang Ke hosted a delegation of investors.",
            None,
        ),
        # a noun of presiding, then the chair after "was"
        (
            "On June 8, the Standing Committee of the Linhe Municipal Party Committee held a "
            "meeting. The presiding officer was Ouyang Jian, secretary of the municipal party "
            "committee.",
            "Ouyang Jian",
        ),
        # pinyin's ü kept in a surname
        (
            "On June 8, the Standing Committee of the Linhe Municipal Party Committee held a "
            "meeting. Lü Hong, secretary of the municipal party committee, presided over it.",
            "Lü Hong",
        ),
        # the surname He, which the model reads as the pronoun, before a given name and a verb
        (
            "On June 8, the Standing Committee of the Linhe Municipal Party Committee held a "
            "meeting. He Rong presided over the meeting.",
            "He Rong",
        ),
        # the pronoun: the chair is the one named before
        (
            "On June 8, Qin Hua, secretary of the municipal party committee, went to Linhe "
            "County. He presided over a symposium of the county's cadres.",
            "Qin Hua",
        ),
        # a name written as one word, spelt in two elsewhere
        (
            "On May 3, Zhoulan, Deputy Secretary of the Municipal Party Committee and acting "
            "mayor, chaired the executive meeting of the municipal government.\n"
            "Zhou Lan pointed out that the work must go on.",
            "Zhou Lan",
        ),
    ],
)
def test_chairs(make_context, text, chair):
    chairs = [m.chair.name for m in find_meetings(*_parsed(make_context, text)) if m.chair]
    assert chairs == ([chair] if chair else [])


def _parsed(make_context, text):
    ctx = make_context(text)
    return ctx, find_people(ctx)


@pytest.mark.parametrize(
    "text, year",
    [
        # years of history the report recalls, and targets, are not the meeting's
        ("In 2019, General Secretary Xi Jinping visited the city.", None),
        ("The Grand Canal was listed as a World Heritage Site in 2014.", None),
        ("The bridge is expected to open to traffic by the end of 2024.", None),
        ("The motor works was founded in the city in 1969.", None),
        # the year of the meeting's own business and of the year under review
        ("The meeting deployed the key tasks for 2023.", 2023),
        ("In 2022, the city's GDP grew by 5.1 percent.", 2022),
        ("The 2021 Economic Work Conference was held.", 2021),
    ],
)
def test_years_the_text_names_as_its_events(text, year):
    from kg.extract.meetings import text_year

    assert text_year(text) == year


def _chairs(ctx):
    return [
        (m.date.value if m.date else None, m.chair.name if m.chair else None)
        for m in find_meetings(ctx, find_people(ctx))
    ]


@pytest.mark.parametrize(
    "text, dateline, expected",
    [
        # "the host of the conference was X": the presiding noun with its meeting
        (
            "On June 29, the Taiping District held a conference to celebrate the founding of "
            "the Party. The host of the conference was Mo Ling, deputy secretary of the district "
            "party committee. Secretary Wen Jie delivered a speech.",
            date(2023, 6, 30),
            [(date(2023, 6, 29), "Mo Ling")],
        ),
        # "was convened by Mayor X": a person right after "by" chairs
        (
            "On July 26, a mobilization meeting for the creation of a civilized city was "
            "convened by Mayor Cheng Lu. Leaders of all departments attended.",
            date(2023, 7, 27),
            [(date(2023, 7, 26), "Cheng Lu")],
        ),
        # ... a body after "by" chairs nothing
        (
            "On July 8, the Xinyuan County Party Committee held a plenary session. The session "
            "was convened by the Standing Committee of the County Party Committee.",
            date(2023, 7, 9),
            [(date(2023, 7, 8), None)],
        ),
        # the chair of the cited meeting whose spirit is conveyed is not this meeting's
        (
            "On December 10, the Linping County Party Committee held a standing committee "
            "meeting to convey the spirit of the Political Bureau meeting presided over by "
            "General Secretary Xi Jinping. County Party Secretary Duan Yu presided over the "
            "meeting.",
            date(2024, 12, 11),
            [(date(2024, 12, 10), "Duan Yu")],
        ),
        # an undated sitting the chair presides over is part of the chairless meeting told first
        (
            "On June 4, the Huashan Municipal People's Congress Standing Committee held its "
            "20th meeting. Director of the Standing Committee of the Municipal People's "
            "Congress Kuang Li presided over the first plenary meeting.",
            date(2024, 6, 5),
            [(date(2024, 6, 4), "Kuang Li")],
        ),
        # a follow-up meeting "after the provincial meeting" is on its day
        (
            "On August 26, the provincial conference on ecological protection was held by "
            "video. After the provincial meeting, Beiyang held a meeting to implement the "
            "spirit, and Mayor Ji Long presided over the city meeting.",
            date(2025, 8, 27),
            [(date(2025, 8, 26), None), (date(2025, 8, 26), "Ji Long")],
        ),
        # ... and so is the local meeting a chair presides over after a higher one's chair
        (
            "On August 8, Governor Tian Yu presided over a provincial video conference on safe "
            "production. After the provincial meeting, Mayor Shao Bin presided over a meeting "
            "to make arrangements for the city.",
            date(2023, 8, 9),
            [(date(2023, 8, 8), "Tian Yu"), (date(2023, 8, 8), "Shao Bin")],
        ),
        # "X led a team to inspect ... and held a symposium": the subject holds the meeting
        (
            "On April 19, Mayor Du Bo led a team to inspect enterprises in the development "
            "zone and held a symposium.",
            date(2023, 4, 20),
            [(date(2023, 4, 19), "Du Bo")],
        ),
        # "emceed" renders presiding too
        (
            "On June 27, the Xiuning county held a commendation conference. The conference was "
            "emceed by Deputy Secretary Cha Li. Secretary Wang Ping delivered a speech.",
            date(2025, 6, 28),
            [(date(2025, 6, 27), "Cha Li")],
        ),
        # a labelled line of a notice: "Host: X"
        (
            "On February 25, the Tongzi county held a meeting on education.\n"
            "Host: Deputy County Magistrate Ran Qi",
            date(2025, 2, 26),
            [(date(2025, 2, 25), "Ran Qi")],
        ),
        # a chair named without any post, first in the report
        (
            "Xu Gang presided over the meeting of the Standing Committee of the County Party "
            "Committee on October 10. The meeting studied the work of poverty alleviation.",
            date(2023, 10, 11),
            [(date(2023, 10, 10), "Xu Gang")],
        ),
        (  # a name opening the line after a source line, which the parser would cut
            "Source: Yanshan News\nLu Fei, secretary of the county party committee, presided "
            "over the meeting of the Standing Committee of the County Party Committee on "
            "October 10.",
            date(2023, 10, 11),
            [(date(2023, 10, 10), "Lu Fei")],
        ),
        (  # a line wrapped inside the sentence, between the name and its verb
            "On January 21, the Standing Committee of the Xiamen Municipal Party Committee held "
            "a meeting. Secretary of the Municipal Party Committee Cui Yong\npresided over the "
            "meeting and delivered a speech.",
            date(2025, 1, 22),
            [(date(2025, 1, 21), "Cui Yong")],
        ),
    ],
)
def test_meeting_chairs(make_context, text, dateline, expected):
    assert _chairs(make_context(text, dateline)) == expected
