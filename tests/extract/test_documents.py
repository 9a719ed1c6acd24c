import pytest

from kg.extract.documents import find_documents


@pytest.mark.parametrize(
    "sentence, titles",
    [
        (
            "The meeting reviewed the “Jinan Three-Year Action Plan for Deepening the Transformation of "
            "New and Old Growth Drivers (2023-2025)”, emphasizing the need to improve planning.",
            [
                "Jinan Three-Year Action Plan for Deepening the Transformation of New and Old Growth Drivers (2023-2025)"
            ],
        ),
        (
            "The meeting studied the “Several Regulations on the Democratic Life Meetings of Party Members”.",
            ["Several Regulations on the Democratic Life Meetings of Party Members"],
        ),
        (
            "The meeting heard a report on the “2023 Key Targets and Tasks Responsibility Statement”.",
            ["2023 Key Targets and Tasks Responsibility Statement"],
        ),
        (
            "The meeting also reviewed the decision of the Standing Committee of the Chongqing Municipal "
            "People’s Congress on strengthening the supervision of economic work.",
            [
                "Decision of the Standing Committee of the Chongqing Municipal People’s Congress on "
                "strengthening the supervision of economic work"
            ],
        ),
        (
            "The meeting reviewed in writing the list of names and commendations for model units.",
            ["List of names and commendations for model units"],
        ),
        (
            "The meeting heard the report of the municipal government on the implementation of the "
            '"Ningbo Regulations on the Promotion of the Digital Economy" and reviewed the draft "Ningbo Regulations on Civilized Behavior".',
            [
                "Ningbo Regulations on the Promotion of the Digital Economy",
                "Ningbo Regulations on Civilized Behavior",
            ],
        ),
        (
            "The meeting studied and adopted in principle the 《Hangzhou Measures for Supporting the Digital Economy》 "
            "and the 《Implementation Opinions on Further Optimizing the Business Environment》.",
            [
                "Hangzhou Measures for Supporting the Digital Economy",
                "Implementation Opinions on Further Optimizing the Business Environment",
            ],
        ),
        # quoted slogans are concepts, not documents
        (
            "It is necessary to support the “two establishments” and achieve the “two maintenances”.",
            [],
        ),
        ("The meeting studied and reviewed relevant documents.", []),
        # a quoted sentence far from the verb is speech, not a title
        (
            "The seminar pointed out that we must understand the “five centers” and act, “in order to "
            "implement national strategies and make due contributions.”",
            [],
        ),
    ],
)
def test_reviewed_documents(make_context, sentence, titles):
    assert [d.title for d in find_documents(make_context(sentence))] == titles
