import pytest

from kg.extract.concepts import find_concepts
from kg.extract.topics import topics_of
from kg.types import DocumentRecord

TOPIC = "https://w3id.org/policykg/id/topic/"


@pytest.mark.parametrize(
    "sentence, labels",
    [
        (
            "We must accelerate the formation of new quality productive forces.",
            ["new quality productive forces"],
        ),
        # an alias is the same concept, under its canonical label
        (
            "Resolutely achieve the “two maintenances” and support the “two establishments”.",
            ["two safeguards", "two establishments"],
        ),
        # a short quoted formula is a slogan; a quoted sentence is not
        (
            "Promote the “one county, one policy” to strengthen the county.",
            ["one county, one policy"],
        ),
        ("He said “we must never relax our vigilance in any way at any time at all.”", []),
        ("the “Hubei Plan” and the “Rules”", ["hubei plan", "rules"]),
    ],
)
def test_concepts(make_context, sentence, labels):
    assert [c.label for c in find_concepts(make_context(sentence), [])] == labels


def test_document_titles_are_not_slogans(make_context):
    ctx = make_context("The meeting reviewed the “Jinan Action Plan”.")
    title = ctx.text.index("Jinan")
    span = ctx.span(title, title + len("Jinan Action Plan"))
    title_record = DocumentRecord(title="Jinan Action Plan", span=span, rule="document.test.v1")
    assert find_concepts(ctx, [title_record]) == []


@pytest.mark.parametrize(
    "action, sentence, topics",
    [
        ("tighten the responsibility chain of safety production", "", ["work-safety"]),
        ("strengthen the monitoring and early warning of typhoons", "", ["disaster-prevention"]),
        ("do a good job in spring ploughing preparation", "", ["agriculture-rural"]),
        # an action naming no area takes its sentence's
        (
            "hold on tight",
            "Safety production must be carried on our shoulders, and we must hold on tight.",
            ["work-safety"],
        ),
        ("act", "We must act.", []),
    ],
)
def test_policy_areas(action, sentence, topics):
    assert [t.removeprefix(TOPIC) for t in topics_of(action, sentence)] == topics
