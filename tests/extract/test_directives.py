import pytest

from kg.extract.directives import find_directives


def _directive(ctx):
    found = find_directives(ctx)
    return (found[0].modality, found[0].verb, found[0].addressee) if found else None


@pytest.mark.parametrize(
    "sentence, expected",
    [
        (
            "It is necessary to strengthen political construction and improve the system.",
            ("necessary", "strengthen", None),
        ),
        (
            "The meeting pointed out that it is necessary to deeply understand the requirements.",
            ("necessary", "understand", None),
        ),
        (
            "We must deeply grasp the significance of carrying forward the spirit of Lei Feng.",
            ("must", "grasp", None),
        ),
        (
            "The meeting pointed out that we should accelerate the cultivation of new quality productive forces.",
            ("should", "accelerate", None),
        ),
        (
            "The meeting emphasized the need to thoroughly study and implement the instructions.",
            ("need", "study", None),
        ),
        (
            "The Shanghai Municipal Party Committee held a meeting, requiring all districts and departments "
            "to make every effort to start all work.",
            ("urge", "make", "all districts and departments"),
        ),
        (
            "The city’s party committees and government offices must thoroughly understand the spirit.",
            ("must", "understand", "The city’s party committees and government offices"),
        ),
        (
            "Strengthen grassroots governance, improve the organization and command system.",
            ("imperative", "strengthen", None),
        ),
        (
            "Actively strengthen the coordination and development strategy with regions.",
            ("imperative", "strengthen", None),
        ),
        (
            "Adhere to a systematic concept, highlight prevention at the source.",
            ("imperative", "adhere", None),
        ),
        ("Do a good job in auditing work.", ("imperative", "do", None)),
        # not directives
        ("There should be 45 members present, and the quorum was met.", None),
        ("Urban renewal is connected to people’s livelihood and development.", None),
        ("The meeting listened to the report on the basic research work of our city.", None),
        (
            "Implementing the Spirit of General Secretary Xi Jinping’s Speech: Updates and Initiatives",
            None,
        ),
        (
            "Entering 2024, Shanghai’s construction and various major tasks are further developing.",
            None,
        ),
        pytest.param(
            "Experts should be invited to give a lecture, and the lecture was warmly received.",
            None,
            marks=pytest.mark.xfail(
                reason="past-fact 'should' of machine translation not told apart yet"
            ),
        ),
    ],
)
def test_directive_sentences(make_context, sentence, expected):
    assert _directive(make_context(sentence)) == expected


def test_directive_text_and_span_quote_the_sentence(make_context):
    text = "Headline\n\nWe must hold on tight. It was sunny."
    ctx = make_context(text)
    (directive,) = find_directives(ctx)
    assert directive.text == "We must hold on tight."
    assert text[directive.span.start : directive.span.end] == directive.text
