import pytest

from kg.clean import clean
from kg.clean.offsets import Edit, MappedText


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        (
            "A speech.\n\n#Standing #Committee #Municipal #Party\n\nLeave a Replay",
            ["#Standing", "Leave a Replay"],
            ["A speech."],
        ),
        (
            "Body text.\nLeave a Reply\nYour email address will not be published.",
            ["Leave a Reply", "Your email"],
            ["Body text."],
        ),
        (
            "Title\n\nTable of Contents\n\n2023-09-15 12:00:41\n\nOn the morning",
            ["Table of Contents", "12:00:41"],
            ["Title", "On the morning"],
        ),
        (
            "presided over and delivered a speech.Photo by reporter Su Si/Visual Chongqing\n\nOn",
            ["Photo by", "Su Si"],
            ["delivered a speech."],
        ),
        ("a speech.Reporter Su Si/Vision Chongqing\n\nOn the", ["Reporter Su Si"], ["a speech."]),
        ("htmlTen years ago, Shanghai", ["html"], ["Ten years ago"]),
        ("See also: other news\nThe meeting", ["See also"], ["The meeting"]),
        ("zero\u200bwidth", ["\u200b"], ["zerowidth"]),
    ],
)
def test_boilerplate_is_removed(text, gone, kept):
    cleaned = clean(text).text
    for piece in gone:
        assert piece not in cleaned
    for piece in kept:
        assert piece in cleaned


def test_reporter_named_mid_sentence_is_not_a_credit():
    text = "The reporter Su Si learned that the meeting was held."
    assert clean(text).text == text


def test_glued_sentences_get_a_space_and_offsets_still_map():
    text = "leaving any blind spots.Safety production must be carried"
    cleaned = clean(text)
    assert "spots. Safety" in cleaned.text
    start = cleaned.text.index("Safety")
    s, e = cleaned.mapped.span_to_original(start, start + len("Safety"))
    assert text[s:e] == "Safety"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("to clear the pipes.the meeting also asked", "to clear the pipes. the meeting also asked"),
        # a web address keeps its dots
        ("see www.wuhu.gov.cn for the text", "see www.wuhu.gov.cn for the text"),
        # a Chinese full stop the translation kept ends the sentence too
        ("repair the dikes。It is necessary to", "repair the dikes。 It is necessary to"),
        # a closing bracket glued to the name after it
        ("(Reporter Zhang Li)Wang Hao presided", "(Reporter Zhang Li) Wang Hao presided"),
        ("（记者 李明）Wang Hao presided", "(记者 李明) Wang Hao presided"),
    ],
)
def test_glued_lower_case_sentences(text, expected):
    assert clean(text).text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a line wrapped inside a sentence: the break becomes a space
        ("Secretary Cui Yong\npresided over it.", "Secretary Cui Yong presided over it."),
        ("all departments,  \n  must act.", "all departments, must act."),
        # a line ending a sentence, a paragraph break and a new capitalised line stay
        ("It was held.\nthe rest", "It was held.\nthe rest"),
        ("Headline\n\nthe body", "Headline\n\nthe body"),
        ("Source: Yanshan News\nLu Fei presided.", "Source: Yanshan News\nLu Fei presided."),
    ],
)
def test_wrapped_lines_are_joined(text, expected):
    assert clean(text).text == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # no-break, ideographic and thin spaces, as web pages carry them, are spaces
        ("Secretary\u00a0Zhang\u3000Wei presided.", "Secretary Zhang Wei presided."),
        ("the\u2009meeting\u202frequired", "the meeting required"),
        # full-width punctuation kept from the Chinese is read as ASCII, spaced after separators
        ("Secretary，Zhang Wei：it is necessary", "Secretary, Zhang Wei: it is necessary"),
        ("the Plan （Draft） was adopted；and", "the Plan (Draft) was adopted; and"),
        # ... but left as it is inside Chinese, where the gazetteer reads it
        ("张会强，市政协 and A，B", "张会强，市政协 and A, B"),
    ],
)
def test_odd_spaces_and_wide_forms_are_ascii(text, expected):
    assert clean(text).text == expected


def test_every_copied_character_maps_back_to_itself():
    text = (
        " date 2023-02-24 ▲ On the morning.Reporter Su Si/Vision Chongqing\n\n"
        "htmlTen years ago.Safety first.\n#a #b #c #d\nLeave a Reply\nfooter"
    )
    cleaned = clean(text)
    for i, char in enumerate(cleaned.text):
        original = cleaned.mapped.to_original(i)
        assert 0 <= original < len(text)
        if char != " ":
            assert text[original] == char


def test_original_offsets_map_to_cleaned_ones_and_back():
    text = "\u200b\u200bSecretary，Zhang Wei presided.Photo by reporter Su Si\nThe rest"
    mapped = clean(text).mapped
    for i, char in enumerate(mapped.text):
        if mapped.original[mapped.to_original(i)] == char:  # a copied character
            assert mapped.to_clean(mapped.to_original(i)) == i
    # a removed character maps to the cleaned character after the gap
    assert mapped.to_clean(0) == 0 and mapped.text[mapped.to_clean(1)] == "S"


def test_removed_credits_are_kept_aside_with_original_offsets():
    text = "It ended.Photo by reporter Su Si/Visual Chongqing\n\nNext."
    removal = next(r for r in clean(text).removed if r.step == "photo_credit")
    assert text[removal.span.start : removal.span.end] == removal.text
    assert "Su Si" in removal.text


def test_edits_compose_across_steps():
    mapped = MappedText.identity("abcdef").apply([Edit(1, 3), Edit(4, 4, "XY")])
    assert mapped.text == "adXYef"
    assert [mapped.to_original(i) for i in range(len(mapped.text))] == [0, 3, 4, 4, 4, 5]
    again = mapped.apply([Edit(0, 1)])
    assert again.text == "dXYef"
    assert again.to_original(0) == 3
