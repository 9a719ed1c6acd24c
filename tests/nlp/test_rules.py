"""Rules as data: every pattern file loads, compiles, and says why each rule exists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import KgError
from kg.nlp import rules as rules_module
from kg.nlp.rules import RuleSet, rules
from kg.resources import packaged

GOLD_TEXTS = Path(__file__).resolve().parents[1] / "gold"

PATTERN_FILES = sorted(packaged("nlp", "patterns").glob("*.jsonl"))


@pytest.mark.parametrize("path", PATTERN_FILES, ids=lambda p: p.stem)
def test_every_pattern_file_compiles(nlp, path: Path):
    element = path.stem
    loaded = rules(element)
    assert loaded, f"{path.name} holds no rules"
    compiled = RuleSet(element, nlp.vocab)
    assert set(compiled.by_key) == {r.id for r in loaded}


def _write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, rows: list[dict | str]) -> None:
    folder = tmp_path / "nlp" / "patterns"
    folder.mkdir(parents=True)
    lines = [r if isinstance(r, str) else json.dumps(r) for r in rows]
    (folder / "demo.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    monkeypatch.setattr("kg.resources.packaged", lambda *parts: tmp_path.joinpath(*parts))
    rules_module.rules.cache_clear()


GOOD = {
    "id": "demo.title.v1",
    "kind": "token",
    "label": "mayor",
    "reason": "a title before a name",
    "pattern": [{"LOWER": "mayor"}, {"IS_TITLE": True, "OP": "+"}],
}


@pytest.mark.parametrize(
    "row, message",
    [
        ("{not json", "not JSON"),
        (GOOD | {"id": "other.title.v1"}, "is not 'demo.<name>.v<N>'"),
        (GOOD | {"id": "demo.title"}, "is not 'demo.<name>.v<N>'"),
        (GOOD | {"kind": "regex"}, "kind must be one of"),
        (GOOD | {"reason": ""}, "says no reason"),
        (GOOD | {"pattern": []}, "has no pattern"),
    ],
)
def test_a_bad_row_is_named_with_its_line(tmp_path, monkeypatch, row, message):
    _write(tmp_path, monkeypatch, [GOOD | {"id": "demo.first.v1"}, row])
    with pytest.raises(KgError, match=message) as caught:
        rules("demo")
    assert "demo.jsonl line 2" in str(caught.value)
    rules_module.rules.cache_clear()


def test_a_rule_id_given_twice_is_refused(tmp_path, monkeypatch):
    _write(tmp_path, monkeypatch, [GOOD, GOOD])
    with pytest.raises(KgError, match="given twice"):
        rules("demo")
    rules_module.rules.cache_clear()


def test_matches_carry_their_rule_and_the_longest_wins(tmp_path, monkeypatch, nlp):
    phrase = {
        "id": "demo.office.v1",
        "kind": "phrase",
        "label": "office",
        "reason": "a named office",
        "pattern": ["vice mayor"],
    }
    _write(tmp_path, monkeypatch, [GOOD, phrase])
    doc = nlp("It rained. Yesterday Mayor Li Qiang spoke, and vice mayor Li spoke.")
    compiled = RuleSet("demo", nlp.vocab)
    rules_module.rules.cache_clear()
    expected = [("demo.title.v1", "Mayor Li Qiang"), ("demo.office.v1", "vice mayor")]
    for doclike in (doc, doc[3:]):  # offsets are the doc's, whether given a doc or a span
        found = list(compiled.longest(doclike))
        assert [(m.rule.id, doc[m.start : m.end].text) for m in found] == expected


def test_extend_left_takes_in_the_anchors_modifiers(tmp_path, monkeypatch, nlp):
    anchored = {
        "id": "demo.requirements.v1",
        "kind": "token",
        "label": "instructions",
        "reason": "anchored on the noun",
        "pattern": [{"LOWER": "requirements"}, {"LOWER": "of"}, {"LOWER": "the"}],
        "extend_left": True,
    }
    _write(tmp_path, monkeypatch, [anchored])
    doc = nlp("We follow the important deployment requirements of the committee.")
    found = list(RuleSet("demo", nlp.vocab).longest(doc[1:]))
    rules_module.rules.cache_clear()
    assert [doc[m.start : m.end].text for m in found] == [
        "important deployment requirements of the"
    ]


@pytest.mark.parametrize("element", ["cited", "directives", "people"])  # those with token rules
def test_the_word_check_skips_only_rules_that_cannot_match(nlp, element):
    """Running only the token rules whose words a sentence holds never hides a match: on
    every sentence of the team's gold articles, the rules find what the bare Matcher over
    all of them finds, in the same order."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(GOLD_TEXTS.glob("*.txt"))]
    checked = RuleSet(element, nlp.vocab)
    for doc in nlp.pipe(texts):
        for sent in doc.sents:
            bare = sorted(checked.token(sent), key=lambda m: (m[1], -m[2]))
            found = checked._token_matches(sent)
            assert [tuple(m) for m in found] == [tuple(m) for m in bare], sent.text
