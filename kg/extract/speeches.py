"""Cited higher-level speeches, instructions, letters, expositions, plenary sessions, conferences.

Only sentences that *study, implement or convey* something are read: a speech is cited
when a meeting takes up its spirit. A citation needs an occasion ("during his inspection
in Heilongjiang", "at the symposium on ...", "on the collapse of ...") or a proper name
(the Second Plenary Session of ...): a vague repeat ("the spirit of the important speech")
adds no node. Lists of occasions after one kind ("speech during his inspection in X, at
the symposium on Y") become one node each.

Lists are split as the real-report gold splits them: "speeches and important instructions"
(the adjective repeated) and lists of three or more kinds are one item per kind; several
bodies' requirements, several levels' meetings ("the provincial, municipal and county
standing committees") one item per body or level. A speech named by kind alone is cited
once, and not at all when the report names it later (in any sentence) or says which event
its speaker presided over. Reviews of past work and web-page chrome ("Follow |") take
nothing up.

Shapes read beyond "the spirit of X's important speech at Y": topic lists after a plural kind
("speeches, including those on A, B and C": one item per topic); owners named collectively
("the central leaders", "the Party Central Committee and the State Council": no speaker, one
item per body); the speaker in a relative clause or after the occasion ("the requirements
that X put forward during ...", "instructions on X made by Y"); works named by quoted titles;
literal word orders ("X on flood control important instructions", "X inspected Y important
speech"); levels or numbers listed before one event ("the provincial and municipal party
congresses", "the second and third plenary sessions of ..."); and a higher leader's speech
stated as a fact, cited when a sentence shortly after takes up its spirit. The reported
meeting itself ("this meeting", "requirements put forward during the meeting") is not cited.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.numbers import ORDINAL_WORDS
from kg.extract.phrases import phrase_trie
from kg.extract.prefilter import made_by, prefilter_module_patterns
from kg.nlp.rules import RuleMatch, rule_set
from kg.types import SpeechRecord

#: A sentence cites something only when it takes up its spirit.
STUDY_CUE = re.compile(
    # (the present tense too: a headline's "City studies ...", "The county implements ...")
    r"(?i)\b(?:spirits?|gist|stud(?:y|ies|ied|ying)|implement(?:s|ed|ing|ation)?|"
    r"convey(?:s|ed|ing)?|learn(?:s|ed|ing)?|carr(?:y|ies|ied|ying)\s+out|read|listen(?:ed|ing)?|"
    r"communicat(?:es?|ed|ing)|transmit(?:s|ted|ting)?|relay(?:s|ed|ing)?|follow\w*|accord\w*|guid\w*|deploy\w*|requirements?|"
    r"principles?|arrangements?|decisions?|"
    # "put into practice the instructions of ...", "adhere to the spirit of ..."
    r"practi[cs]\w*|adher\w*|"
    # "deeply understand / grasp the spirit of ..."
    r"grasp\w*|understand\w*|comprehend\w*|"
    # "the meeting reviewed / recited / discussed X's important speech" (of a document, "reviewed"
    # says the meeting passed it: only before a leader's important words)
    r"(?:review|recit|revisit|discuss)\w*(?=[^.;]{0,60}?\bimportant\s)|"
    # "the meeting watched the video of General Secretary X's important speech"
    r"watch(?:ed|ing)?|"
    # "Focusing on X's important speech ..., the meeting held discussions": the discussion's
    # subject; "the meeting was briefed on / told about the instructions of ..."
    r"focus(?:es|ed|ing)?\s+on|cent(?:er|re)(?:s|d|ed|ing)?\s+(?:on|around)|briefed|"
    r"told\s+(?:about|of))\b"
)
#: "The meeting held that the important speech of X at Y is of great significance": what the
#: meeting thought of a higher leader's words, cited when named with their occasion (a vague
#: "his important speeches are highly instructive" repeats what was studied).
OPINION_CUE = re.compile(
    r"(?i)\b(?:meeting|conference|session)\s+(?:held|holds|believed|believes|considered|agreed|"
    r"noted|pointed\s+out)\s+that\b"
)


#: A list's item marker alone in a sentence: "1.", "(2)", "3)", "-" (the sentence splitter
#: parts a numbered item from its words).
MARKER_ONLY = re.compile(r"\s*(?:\(?\d{1,2}\s*[.)、]|\(\d{1,2}\)|[-•·])\s*")
THE_FOLLOWING = re.compile(r"(?i)\bthe\s+following\b")
#: A list's item ending: one more item may follow.
ITEM_GOES_ON = re.compile(r"[:;]\s*$")


def _in_list(text: str, state: str | None) -> tuple[bool, str | None]:
    """Whether the sentence is an item of a list a take-up sentence opened, and the list's state
    after it: "The meeting studied the following:" / "1." / "The spirit of X;" / "2." / "Y's
    instructions on Z." Items are the words after the opening colon, after a "1." marker or
    after an item ending with a semicolon; an item ending with a full stop ends the list unless
    a numbered marker comes next."""
    if state is None:
        # ("the following" is no take-up: "the meeting reviewed the following:")
        opens = text.rstrip().endswith(":") and STUDY_CUE.search(THE_FOLLOWING.sub("", text))
        return False, "open" if opens else None
    if MARKER_ONLY.fullmatch(text):
        return True, "item"
    if state == "after":
        return False, None
    if ITEM_GOES_ON.search(text):
        return True, "open"
    return True, "after" if state == "item" else None


def _repeats(record: SpeechRecord, found: list[SpeechRecord]) -> bool:
    """What a meeting thought of words it took up before: a vague kind, or a speaker's words of
    a kind already cited (reworded: "on the collapse of the mine in A" / "... in A, B")."""
    return record.rule == VAGUE or any(
        r.speaker == record.speaker and r.kind == record.kind for r in found
    )


#: A review of past work ("over the past year, the city has implemented the decisions of ...")
#: says what was done, not what this meeting takes up.
PAST_REVIEW = re.compile(
    r"(?i)\b(?:over|in|during)\s+the\s+past\s+(?:\w+\s+)?years?\b[^.;]*?"
    r"\b(?:have|has)\s+(?:\w+\s+)?(?:implemented|carried\s+out|followed)\b"
)
#: "Since last year, the county has implemented the decisions of the provincial committee": work
#: done, not a body's requirements the meeting takes up (a leader's instructions so followed are
#: still cited: real reports list them as what the city acts on).
SINCE_REVIEW = re.compile(
    r"(?i)\bsince\s+[^,.;]{1,60},[^.;]*?\b(?:have|has)\s+(?:\w+\s+)?"
    r"(?:implemented|carried\s+out|followed)\b"
    # ("the county has implemented the requirements of ... since last year": the time after)
    r"|\b(?:have|has)\s+(?:\w+\s+)?(?:implemented|carried\s+out|followed)\b[^.;]*?"
    r"\bsince\s+(?:last|the\s+(?:beginning|start)|early|\d{4}|the\s+past)\b"
)
#: Kind words and the kind they mean.
SPEECH_KINDS: dict[str, str] = {
    "speech": "speech",
    "speeches": "speech",
    "remarks": "speech",
    "address": "speech",
    "instructions": "instructions",
    "instruction": "instructions",
    "directives": "instructions",
    "directive": "instructions",
    # "the requirements put forward by Secretary X during his research in Y"
    "requirements": "instructions",
    "letter": "letter",
    "letters": "letter",
    # "his letter of congratulations to the university"
    "letter of congratulations": "letter",
    "letters of congratulations": "letter",
    "reply": "letter",
    "replies": "letter",
    "reply letter": "letter",
    # "his important letter of reply to the villagers of X"
    "letter of reply": "letter",
    "letters of reply": "letter",
    "reply letters": "letter",
    # "President Xi Jinping's 2022 New Year message": an address
    "message": "speech",
    # "General Secretary Xi Jinping's important article published in Qiushi": a work of his
    "article": "other",
    "articles": "other",
    # "Xi Jinping's book 'On the Governance of China'": his works, named by their titles
    "book": "other",
    "books": "other",
    # "Premier Li Qiang's government work report": delivered by him at the NPC session (a
    # local government's report, owned by no named person, is a document, not read here)
    "government work report": "speech",
    "expositions": "expositions",
    "exposition": "expositions",
    # translations of the same word: "important statements / discussions / elaborations on X"
    "statements": "expositions",
    "discussions": "expositions",
    "elaborations": "expositions",
    # "important directions on flood control" (written instructions), "his important talk with"
    "directions": "instructions",
    "talk": "speech",
    "talks": "speech",
    "discourses": "expositions",
    "discourse": "expositions",
    "treatises": "expositions",
    # "General Secretary Xi Jinping's important thoughts on youth work" (the
    # ideology "Xi Jinping Thought on ..." has no possessive and no "of": not read as one)
    # "the important guiding principles of General Secretary Xi Jinping on the work of X"
    "principles": "instructions",
    "thoughts": "expositions",
    "thought": "expositions",
    # "his congratulatory telegram to the crew of ...": a letter sent by wire
    "telegram": "letter",
    "telegrams": "letter",
}
#: Translations of 重要论述 that are kinds only after "important" ("General Secretary X's
#: important thinking / ideas / views on Y"): alone they are everyday words ("the ideas of
#: the deputies").
IMPORTANT_KINDS: dict[str, str] = {
    word: "expositions"
    for word in (
        "discussion",
        "statement",
        "elaboration",
        "exposition",
        "thinking",
        "ideas",
        "arguments",
        "views",
        "viewpoints",
        "theses",
        "assertions",
        "teachings",
    )
}
#: Every kind word, for what a match names.
ALL_KINDS = {**IMPORTANT_KINDS, **SPEECH_KINDS}
_KIND_WORD = (
    "|".join(sorted(SPEECH_KINDS, key=len, reverse=True))
    + r"|important (?:"
    + "|".join(sorted(set(IMPORTANT_KINDS) - set(SPEECH_KINDS), key=len, reverse=True))
    + r")"
)
#: Every rule reading a kind of speech names one of its words: a sentence without any (most
#: sentences) skips those rules, which cost more than the check.
ANY_KIND = re.compile(  # guarded by its words, as every rule here
    phrase_trie([*SPEECH_KINDS, *(f"important {w}" for w in IMPORTANT_KINDS)])
)


@lru_cache(maxsize=4)
def _names_a_kind(text: str) -> bool:
    """Whether a sentence names a kind of speech (:data:`ANY_KIND`; asked of each sentence by
    several readers in turn)."""
    return ANY_KIND.search(text) is not None


# "speeches and important instructions": the last kind names what the occasion belongs to
_KIND = (
    r"(?P<kind>"
    + _KIND_WORD
    + r")(?:\s+and\s+(?P<important2>important\s+)?(?:(?P<kind2>"
    + _KIND_WORD
    + r")|requirements|spirit))?"
)
# "General Secretary", "Premier", "Provincial Party Secretary", "Governor" before a name
_SPEAKER_TITLE = (
    r"(?:(?i:(?:(?:provincial|municipal|city|county|district|party|deputy|vice|executive)\s+)*"
    r"(?:general\s+secretary|secretary[\s-]general|secretary|governor|mayor|president|chairman|"
    r"premier|vice\s+premier|state\s+councill?or|"
    r"comrade))\s+)?"
)
_NAME = r"[A-Z][a-z]+\s+[A-Z][a-z]+"
# Words before a kind; "articles and speeches" lends the speeches its adjectives.
_ADJECTIVES = (
    r"(?:(?:series\s+of\s+|important\s+|recent\s+|key\s+|new\s+|written\s+|major\s+|"
    r"latest\s+|guiding\s+|congratulatory\s+|articles\s+and\s+|(?:\d{4}\s+)?(?i:new\s+year)[’']?s?\s+"
    # "his keynote speech at the forum"
    r"|keynote\s+"
    # "important instruction instructions": one word translated twice
    r"|instruction\s+(?=instructions\b)"
    # "his important 'July 1' speech": a speech named by its day
    r"|[“\"‘'][^”\"’']{1,20}[”\"’']\s+)*)"
)
# Higher posts that name whose instructions they are without a name: "the Premier's instructions"
_HIGHER_POST = (
    r"(?i:(?:vice\s+)?premier|(?:provincial\s+)?governor|provincial\s+party\s+secretary|"
    r"secretary\s+of\s+the\s+provincial\s+party\s+committee)"
)
# "General Secretary Xi Jinping's important speech", "his letter", "the secretary's speech"
OWNED_KIND = re.compile(
    r"(?P<owner>" + _SPEAKER_TITLE + r"(?P<name>" + _NAME + r")[’']s?|\bhis|\btheir"
    r"|\bthe\s+(?P<general>[Gg]eneral\s+)?[Ss]ecretary[’']s"
    # "the Premier's instructions": a higher post named without its holder
    r"|\bthe\s+(?P<post>" + _HIGHER_POST + r")[’']s)\s+" + _ADJECTIVES + _KIND + r"\b"
)
# "General Secretary Xi Jinping on flood control important instructions (spirit)": the
# Chinese word order kept by a literal translation, the topic before the kind
TOPIC_BEFORE_KIND = re.compile(
    r"(?P<owner>" + _SPEAKER_TITLE + r"(?P<name>" + _NAME + r"))\s+"
    # (not a date, "on June 5 made important instructions", nor a clause)
    # (not "X about the important expositions of Y": the topic after the kind, TOPIC_AFTER_KIND)
    r"(?P<occasion>(?:on|about|regarding|concerning)\s+(?![A-Z][a-z]+\s+\d|\d|the\s+important\b)"
    r"(?:(?!\b(?:made|gave|delivered|issued|sent|put|wrote|said|stressed|pointed|has|had|"
    r"have|was|is)\b)[^,.;:]){1,80}?)\s+"
    r"(?P<kind>(?:important\s+)+(?:" + _KIND_WORD + r"))\b"
)
#: A title after the speaker's name: "Xi Jinping General Secretary's", "of Xi Jinping President".
TITLE_AFTER_NAME = (
    r"(?i:general\s+secretary|president|premier|chairman|governor|secretary|comrade|mayor)"
)
#: The speaker named at the end of an occasion: "on X made by General Secretary Xi Jinping".
SPEAKER_AFTER_OCCASION = re.compile(
    r"\s+(?:(?:made|delivered|given|issued|sent|put\s+forward)\s+)?by\s+"
    + _SPEAKER_TITLE
    + r"(?P<name>"
    + _NAME
    + r")$"
)
# "the important speech made by General Secretary Xi Jinping", "instructions given by the
# secretary" (a translation's "General Secretary"), "expositions of ... Xi Jinping"
_BODY = (
    r"(?:the\s+)?(?:(?i:(?:(?:CPC|Party)\s+)?Central\s+Committee(?:\s+of\s+the\s+(?:CPC|Party))?|"
    r"State\s+Council|(?:provincial|municipal|city|county)\s+(?:party\s+committee|"
    r"(?:people[’']s\s+)?government)|"
    # "the instructions of the Central Commission for Discipline Inspection"
    r"(?:Central|Provincial|Municipal)\s+Commission\s+for\s+Discipline\s+Inspection|"
    # a ministry's, a central or provincial office's ("the Office of the State Council Work
    # Safety Committee")
    r"Ministry\s+of\s+[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*)*|"
    r"(?:General\s+)?Office\s+of\s+the\s+(?:State\s+Council|Central|Provincial)\b"
    r"(?:\s+[A-Z][\w-]*)*))"
)
KIND_BY = re.compile(
    r"\b" + _KIND + r"\s+(?:(?:in|of)\s+reply\s+)?"
    # "the important instructions spirit of X": a literal order, the spirit word between
    r"(?:spirit\s+)?"
    # "the important article (titled) 'On ...' published by ...": the title names the work
    r"(?:(?:(?:titled|entitled)\s+)?(?P<title>[“\"‘'][^”\"’']{1,200}[”\"’'])\s*,?\s+)?"
    r"(?:(?:recently|lately|previously|just)\s+)?"
    r"(?:(?:made|delivered|given|issued|sent|written|published|proposed|raised|put\s+forward)"
    # ("issued recently by ...")
    r"\s+(?:(?:recently|lately|personally|previously)\s+)?)?(?:by|of|from)\s+"
    # "of General Secretary Xi on ...": the surname alone after the title
    r"(?:(?P<surname>(?i:general\s+secretary|president|comrade|chairman)\s+Xi)\b(?!\s+Jinping)|"
    # ("made by the General Secretary Xi Jinping": an article before the title)
    r"(?:the\s+(?=(?:[Gg]eneral\s+[Ss]ecretary|President|Premier|Vice\s+Premier|Chairman)\s+"
    + _NAME
    + r"))?"
    + _SPEAKER_TITLE
    + r"(?P<name>"
    + _NAME
    + r")|the\s+(?P<general>[Gg]eneral\s+)?[Ss]ecretary|"
    # "the important instructions of the central leaders on ...": leaders named collectively
    r"(?P<leaders>(?:the\s+)?(?:(?:central|provincial|municipal|higher|superior|main|principal|"
    # ("the central and provincial leaders": one item per level)
    r"relevant|responsible)\s+(?:and\s+(?=(?:central|provincial|municipal)\s))?)+"
    r"(?:(?:party|state|government)\s+(?:and\s+(?:state|government)\s+)?)?"
    r"leaders?(?:hip)?(?:\s+of\s+the\s+(?i:(?:[\w'’-]+\s+){0,4}?(?:committee|government|council))"
    # "the main leaders of the provincial party committee and the provincial government"
    r"(?:\s+and\s+the\s+(?i:(?:[\w'’-]+\s+){0,4}?(?:committee|government|council)))?)?"
    r"|(?:the\s+)?leading\s+comrades\s+of\s+the\s+[A-Za-z ]{1,40}?(?:committee|government)"
    # "the leaders of the Party Central Committee and the State Council" (central bodies only:
    # "the leaders of the municipal party committee" may be the meeting's own)
    r"|(?:the\s+)?(?:leaders|leading\s+comrades)\s+of\s+the\s+(?i:(?:CPC\s+|Party\s+)?Central\s+"
    r"Committee|State\s+Council)(?:\s+and\s+the\s+(?i:(?:CPC\s+|Party\s+)?Central\s+Committee|"
    r"State\s+Council))?"
    r"|(?:the\s+)?(?:central|provincial|municipal)\s+leading\s+comrades"
    # "the instructions of the superiors", "of the provincial party committee's main leaders"
    r"|(?:the\s+)?(?:superiors?|higher(?:-level)?\s+authorities)"
    # "the instructions of the provincial party secretary / the governor on ..."
    r"|the\s+" + _HIGHER_POST + r"(?![’']s)"
    r"|(?:the\s+)?(?:central|provincial|municipal)\s+(?:party\s+committee|government)[’']s\s+"
    r"(?:principal|main)\s+leaders?)"
    # "the important instructions of the Party Central Committee and the State Council on ...":
    # the bodies' own, one item per body
    r"|(?P<bodies>" + _BODY + r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)" + _BODY + r")*))\b"
    # "the speeches of X and Y at ...": a second speaker
    r"(?:\s+and\s+" + _SPEAKER_TITLE + r"(?P<name2>" + _NAME + r")\b(?![’']s))?"
    # "the principles of X's speech": the speech is the item (also when the name is cut short)
    r"(?!(?:\s+[A-Z][a-z]+){0,3}[’']s)"
)
# A list of three or more kinds is one item per kind ("the recent important speeches,
# important instructions, congratulatory letters and the spirit of replies"); "speeches and
# instructions" alone stays one phrase.
_LIST_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
_LIST_ITEM = (
    r"(?i:(?:the\s+spirit\s+of\s+)?(?:(?:important|congratulatory|recent)\s+)*(?:"
    + _KIND_WORD
    + r"))"
)
KIND_SERIES = re.compile(
    r"(?:(?P<owner>" + _SPEAKER_TITLE + r"(?P<name>" + _NAME + r")[’']s?|\bhis)\s+|\bthe\s+)"
    r"(?P<series>"
    + _ADJECTIVES
    + r"(?:"
    + _KIND_WORD
    + r")(?:"
    + _LIST_SEP
    + _LIST_ITEM
    + r"){2,})"
    r"\b"
)
# "the important speech General Secretary Xi Jinping delivered at ...", "the speeches and
# instructions made General Secretary Xi Jinping during ...": a translation that drops the "by"
KIND_SPEAKER = re.compile(
    r"\b" + _KIND + r"\s+(?:(?:made|delivered|given)\s+)?"
    r"(?i:general\s+secretary|president|premier|chairman|comrade)\s+(?P<name>" + _NAME + r")"
    r"(?=\s+(?:(?:delivered|made|gave)\s+)?(?:at|during|in|on|when|while)\b)"
)
# "the requirements that Provincial Party Secretary Li Ming put forward during his visit to X",
# "the instructions Xi Jinping made on ...": the speaker in a relative clause before the occasion
KIND_THAT = re.compile(
    r"\b" + _KIND + r"\s+(?:that\s+|which\s+)?" + _SPEAKER_TITLE + r"(?P<name>" + _NAME + r")"
    r"(?:\s*,\s*[^,.;:]{1,80}?,)?\s+(?:had\s+)?"
    r"(?:put\s+forward|made|gave|raised|proposed|delivered|issued|set\s+out|laid\s+out)\b"
)
# "Xi Jinping's inspection of Yunnan's important speech", "the governor's research speech in
# Anyang": the visit the speech was given on, named before the kind
VISIT_OWNED_KIND = re.compile(
    r"(?P<owner>" + _SPEAKER_TITLE + r"(?P<name>" + _NAME + r")[’']s?|\bhis)\s+"
    r"(?P<visit>inspection|research|investigation|survey|visit)\s+"
    r"(?:(?:of|in|to)\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)[’']s\s+)?"
    + _ADJECTIVES
    + _KIND
    + r"\b"
)
# "the important speech of General Secretary X's inspection of Chizhou" (the possessive stands
# for "during"), "General Secretary X inspected Anhui important speech" (a literal word order)
_VISIT_WORD = r"(?P<visit>inspection|research|investigation|survey|visit)"
_VISIT_VERB = r"(?P<verb>inspected|visited|investigated|surveyed|researched)"
# ("Yan'an": an apostrophe inside a name, not a possessive)
_PLACE = r"(?P<place>[A-Z][\w-]+(?:['’](?!s\b)\w+)?(?:\s+[A-Z][\w-]+)?)"
VISIT_OF_SPEAKER = re.compile(
    r"\b"
    + _KIND
    + r"\s+(?:(?:made|delivered|given)\s+)?(?:of|by|from)\s+"
    + _SPEAKER_TITLE
    + r"(?P<name>"
    + _NAME
    + r")[’']s\s+"
    + _VISIT_WORD
    + r"\s+(?:of|in|to)\s+"
    + _PLACE
)
# "X's inspection of the important speech in Y": a literal order of "X inspected Y important
# speech", the place after the kind
VISIT_AROUND_KIND = re.compile(
    r"(?P<owner>"
    + _SPEAKER_TITLE
    + r"(?P<name>"
    + _NAME
    + r")[’']s?)\s+"
    + _VISIT_WORD
    + r"\s+(?:of|to)\s+the\s+(?P<words>(?:important\s+)+(?P<kind>"
    + _KIND_WORD
    + r"))\s+(?:[a-z]+\s+){0,2}?(?:in|to)\s+"
    + _PLACE
)
VISIT_VERB_KIND = re.compile(
    r"(?P<owner>"
    + _SPEAKER_TITLE
    + r"(?P<name>"
    + _NAME
    + r"))\s+"
    + _VISIT_VERB
    + r"\s+"
    + _PLACE
    + r"(?:[’']s)?\s+(?P<words>(?:important\s+)+(?P<kind>"
    + _KIND_WORD
    + r"))\b"
)
#: The visit word of a visit verb: "inspected" names an inspection.
VISIT_OF_VERB = {
    "inspected": "inspection",
    "visited": "visit",
    "investigated": "investigation",
    "surveyed": "survey",
    "researched": "research",
}
# "the important speech on Yunnan's inspection": the same visit, in the other order
PLACE_VISIT = re.compile(
    r"(?i)^on\s+(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)[’']s\s+"
    r"(?P<visit>inspection|research|investigation|survey|visit)$"
)
# "the 'two firsts' requirements proposed by Secretary X's investigation of Y": what a leader
# required on a visit, named by the visit (the translation's possessive stands for "during")
VISIT_REQUIREMENTS = re.compile(
    r"(?:(?P<quoted>[“\"][^”\"]{1,40}[”\"])\s+)?(?P<kind>requirements|instructions|arrangements)"
    r"\s+(?:proposed|put\s+forward|made|raised|given)\s+by\s+(?:the\s+)?(?P<who>[^,.;]{0,80}?)"
    r"[’']s\s+(?P<visit>inspection|investigation|research|visit|survey)\s+(?:of|in|to)\s+"
    r"(?P<place>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
# "the development strategy of 'one core, two wings' deployed by the CPC X Provincial
# Committee": a plan a higher body deployed, cited as its instructions
BODY_DEPLOYED = re.compile(
    r"\bthe\s+(?P<what>(?:[a-z-]+\s+){0,3}(?:strategy|strategies|plan|blueprint)\s+of\s+"
    r"[“\"][^”\"]{1,60}[”\"])\s+(?:deployed|proposed|put\s+forward|set\s+out|formulated)\s+by\s+"
    r"the\s+(?P<body>(?:[A-Z][\w-]*\s+)+(?:Committee|Government))"
)
# "the decisions and deployments of the X conference and those of the provincial party
# committee": the second body's, named by "those of"
_REQUIREMENT_WORD = r"(?:decisions?|deployments?|requirements?|arrangements?)"
THOSE_OF_BODY = re.compile(
    r"\b(?P<kind>" + _REQUIREMENT_WORD + r"(?:\s+and\s+" + _REQUIREMENT_WORD + r")?)\s+of\s+"
    r"the\s+[^,;.]+?\s+and\s+those\s+of\s+(?:the\s+)?"
    r"(?P<body>(?:[\w'’-]+\s+){0,4}?(?:[Cc]ommittee|[Gg]overnment))\b"
)
# "the spirit of important instructions on ...", "the important instructions made on ...":
# the speaker is the one cited just before
UNOWNED_KIND = re.compile(
    r"\b(?:the\s+spirit\s+of\s+(?:the\s+)?|the\s+)important\s+"
    + _KIND
    # "and the important article published in Qiushi": a work by where it appeared
    + r"(?=\s+(?:(?:made|given|delivered|issued)\s+)?(?:on|at|during)\b|\s+published\s+in\b)"
)
_OCCASION_END = (
    # ("when he was investigating in X" goes on)
    r"(?=\s*(?:,|\.|;|:|$|(?<!\bhe\s)(?<!\bshe\s)(?<!\bthey\s)"
    r"\b(?:should|must|will|shall|is|are|was|were)\b"
    r"|(?<!\bhe\s)(?<!\bshe\s)\b(?:and\s+)?(?:conveyed|implemented|studied|listened|heard|reviewed|deployed|"
    r"discuss(?:ed)?|emphasi[sz]ed|pointed)\b"
    r"|\band\s+(?:the|his)\s+(?:(?:important|congratulatory|recent)\s+)*(?:spirit|requirements|"
    r"deployments?|arrangements|"
    r"decisions|" + _KIND_WORD + r")"
    # "at the A Conference and the B Conference": a further event
    r"|\s+and\s+the\s+(?:[\w'’-]+\s+){0,8}?(?i:conference|congress|symposium|forum|seminar|"
    r"summit|meeting|plenary\s+session|assembly|ceremony|celebration)\b"
    # "on A and on B": a further occasion
    r"|\s+and\s+(?=(?:on|at|during)\s)"
    # "at A as well as the spirit of B": a further item
    r"|\s+as\s+well\s+as\b))"
)
# What follows a kind and says when or about what it was given.
OCCASION = re.compile(
    # "the instructions of X, the governor, after his investigation in Y" (a dash apposition)
    r"^(?:\s*[—–]+[^—–.;]{1,120}[—–]+"
    # "the speech delivered by X, secretary of the Y committee, at ..." (a comma apposition)
    r"|(?:\s*,\s*(?:and\s+)?(?!(?:at|during|on|in|when|while|to|and|after|as\s+well)\b)"
    r"[^,.;:]{0,60}?(?i:\b(?:secretary|governor|mayor|member|director|chairman|chairwoman|"
    r"premier|president|head|minister|leader)\b)[^,.;:]{0,160}?){1,4},"
    # "the instructions of Secretary X of the Provincial Party Committee on ..." (the body after
    # the name)
    r"|\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){1,5}(?:Committee|Government|Congress|CPPCC)"
    # "the speech of Xi Jinping General Secretary at ...": the title after the name
    r"|\s+" + TITLE_AFTER_NAME + r"(?=\s)"
    r")?"
    # "important speeches, including those on A, B and C" / "including the speech at X"
    r"(?:\s*,?\s*(?:including|especially|particularly|notably|such\s+as)\s+"
    r"(?:those|the\s+ones|the\s+(?:important\s+)?(?:" + _KIND_WORD + r"))?"
    # "the speeches of X: the speech at A and the speech at B"
    r"|\s*:\s*(?:the\s+(?:important\s+)?(?:" + _KIND_WORD + r"))?"
    # "the speech by X, which was delivered at ..."
    r"|\s*,?\s*(?:which|that)\s+(?:was|were|had\s+been|he|she)\s+)?"
    r"\s*(?:(?:made|delivered|given|issued|published)\s+)?"
    # "delivered by X via video at ...", "issued by X recently on ..."
    r"(?:(?:recently|lately|personally|online|via\s+video(?:\s+link)?|by\s+video|twice|repeatedly|"
    r"(?:two|three|four|several|many)\s+times|on\s+(?:many|several|multiple)\s+occasions)\s+)?"
    r"(?P<occasion>(?:during|at|when|while|in|on|after|"
    r"about|regarding|concerning|"
    # "to" names an addressee ("letter to the villagers"), not a purpose ("to study and deploy")
    r"to(?!\s+(?:further\s+)?(?:study|deploy|implement|promote|convey|carry|learn|do|make|"
    r"strengthen|build|ensure|accelerate|push|advance)\b))"
    r"\s+[^,.;:]+?)" + _OCCASION_END
)
# A work named by its quoted title: "his book 'On the Governance of China'", "his article
# titled 'Strive to ...' published in Qiushi"
TITLE_OCCASION = re.compile(
    r"^\s*(?:,\s*)?(?:(?:titled|entitled|named|called)\s+)?[“\"《](?P<occasion>[^”\"》]{2,160})[”\"》]"
)
# A further occasion of the same kind in a list: ", at the symposium on ...", "and the speech
# at ..." (the kind repeated)
NEXT_OCCASION = re.compile(
    r"^\s*(?:,\s*|\s+and\s+)(?:and\s+)?(?:the\s+(?:important\s+)?(?P<again>"
    + _KIND_WORD
    + r")\s+)?"
    r"(?P<occasion>(?:during|at|when|on)\s+[^,.;:]+?)" + _OCCASION_END
)
# A further event in a list of where speeches were given, without its "at": "speeches at the
# X conference, the meeting of the Y, and the symposium with Z" (the phrase must name an event)
NEXT_EVENT = re.compile(
    r"^\s*(?:,\s*|\s+and\s+)(?:and\s+)?(?P<occasion>the\s+(?!(?:spirit|important|requirements|deployments?|arrangements|"
    r"decisions|meeting\b(?!\s+of))\b)[^,.;:]*?\b(?i:meeting|session|"
    r"symposium|conference|forum|ceremony|congress|study|seminar|assembly|celebration)\b[^,.;:]*?)"
    + _OCCASION_END
)
# Named events cited on their own: plenary sessions, sessions of congresses, conferences.
NAMED_EVENT = re.compile(
    # "the sixth meeting of the 'Stay True' Theme Education Leading Group of the Municipal
    # Party Committee": a numbered meeting of a named group, its quoted theme kept whole
    r"\bthe\s+(?P<name>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+meeting\s+of\s+the\s+(?:[“\"][^”\"]{1,80}[”\"]\s+)?"
    r"(?:[A-Z][\w-]*\s+)+(?:Group|Committee|Commission)"
    r"(?:\s+of\s+the\s+(?:[A-Z][\w-]*\s+)+(?:Committee|Government))?"
    # "the Standing Committee of the Municipal Party Committee (enlarged) meeting"
    r"|(?:[A-Z][\w-]*\s+)+(?:of\s+the\s+(?:[A-Z][\w-]*\s+)+)?Committee\s+\((?i:enlarged)\)"
    r"\s+(?i:meeting|session)"
    r"|(?:[A-Z][\w-]*\s+)+Plenary\s+Session\s+of\s+the\s+[^,.;:]+?"
    r"|(?:first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\s+(?:plenary\s+)?"
    r"session\s+of\s+the\s+\d+\w*\s+[A-Z][^,.;:]+?"
    r"|(?:\d+\w*\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?)*(?:Conference|Congress|Work Conference)"
    r"(?:\s+(?:of|on)\s+[^,.;:]+?)?"
    # ("the provincial party committee standing committee (enlarged) meeting")
    # (a name runs on through no verb of holding or taking up, nor a purpose)
    r"|(?i:national|provincial|central|municipal|city|county|district)\s+"
    r"(?:(?!\b(?:held|convened|to|spirit|studied|conveyed)\b)[\w\s-])*?"
    r"(?:\((?i:enlarged|expanded)\)\s+)?(?:conference|meeting|(?<=party\s)congress)(?:\s+on\s+[^,.;:]+?)?)"
    # "implement the provincial economic work conference spirit": the literal word order
    r"(?=\s*(?:,|\.|;|:|$|\band\b|\bas\s+well\s+as\b|(?<=[Cc]onference\s)spirit\b|"
    r"(?<=[Cc]ongress\s)spirit\b"
    r"|(?<=meeting\s)spirit\b))"
)
# ("the national and provincial two sessions": the national level listed first)
_LEVEL = r"(?:national|provincial|municipal|city|district|county|township)"
# "the (enlarged) sessions of the provincial, municipal and district standing committees": one
# meeting per level
LEVELS_LIST = re.compile(
    r"\bthe\s+(?P<pre>\((?i:enlarged)\)\s+)?(?P<head>sessions|meetings|conferences)\s+of\s+the\s+"
    r"(?P<levels>" + _LEVEL + r"(?:\s*,\s*" + _LEVEL + r")*,?\s+and\s+" + _LEVEL + r")"
    r"\s+(?P<body>(?:[a-z]+\s+){0,3}?(?:committees?|governments?))\b"
)
# "the provincial and municipal party congresses", "the provincial and municipal two
# sessions": the levels before one kind of event, one event per level
#: (the central level too: "the central, provincial and municipal rural work conferences")
_EVENT_LEVEL = r"(?:central|" + _LEVEL[3:]
LEVELS_BEFORE = re.compile(
    r"\bthe\s+(?P<levels>"
    + _EVENT_LEVEL
    + r"(?:\s*,\s*"
    + _EVENT_LEVEL
    + r")*,?\s+and\s+"
    + _EVENT_LEVEL
    + r")"
    r"\s+(?P<event>(?:[\w'’-]+\s+){0,4}?(?:party\s+congress(?:es)?|congresses|two\s+sessions|"
    r"plenary\s+sessions?|conferences|meetings|(?:work\s+)?conference))\b"
    # "the national and provincial conferences on production safety": each one's topic
    r"(?:(?P<topic>\s+on\s+[^,.;:]{1,60}?)(?=\s*(?:[,.;:]|$|\band\b)))?"
)
_ORDINAL = r"(?:\d+(?:st|nd|rd|th)|" + "|".join(ORDINAL_WORDS) + r")"
_ORDINAL_WORDS_OR_NUMBERS = r"(?i:" + _ORDINAL + r")"
# "the second, third and fourth plenary sessions of the 19th Central Committee": one session
# per number
ORDINALS_LIST = re.compile(
    r"(?i)\bthe\s+(?P<ordinals>"
    + _ORDINAL
    + r"(?:\s*,\s*"
    + _ORDINAL
    + r")*,?\s+and\s+"
    + _ORDINAL
    + r")\s+(?P<head>plenary\s+sessions|plenums|sessions)\s+of\s+the\s+(?P<body>[^,.;:]+?)"
    r"(?=\s*(?:,|\.|;|:|$|\band\b))"
)
#: One of a plural event word: "congresses" of the provincial and municipal party congresses.
EVENT_SINGULAR = {"congresses": "congress", "conferences": "conference", "meetings": "meeting"}
# A named event counts only where its spirit is taken up: "the spirit of the X", "studied
# the X", or next in a list that started so ("... of the X and the Y").
EVENT_TAKEN_UP = re.compile(
    # "the deployment requirements of the provincial video conference on X": the event's
    r"(?i)(?:\bspirit\s+of\s+|\b(?:requirements|deployments?|decisions|arrangements)\s+"
    r"(?:(?:made|put\s+forward|set\s+out)\s+)?(?:of|at)\s+"
    r"|\b(?:stud(?:y|ies|ied|ying)|implement(?:s|ed|ing)?|convey(?:s|ed|ing)?|learn(?:s|ed|ing)?|"
    r"relay(?:s|ed|ing)?|communicated|transmitted)\s+)$"
)
EVENT_LIST_JOIN = re.compile(
    r"^\s*(?:spirits?\s*)?(?:,\s*(?:and\s+)?|\s+and\s+|\s+as\s+well\s+as\s+(?:the\s+spirit\s+of\s+)?"
    # "the national conference on flood prevention and drought relief and the provincial ...":
    # the first event's topic goes on past its "and" (no verb in it), then the next event
    r"|\s+and\s+(?:(?![a-z]+ed\b)[a-z-]+\s+){1,4}and\s+)$"
)
EVENT_KIND = re.compile(r"(?i)plenary session")
#: Names that look like events but are standing bodies, not something cited (a session *of*
#: a congress is an event; the congress of a city is a body).
NOT_EVENTS = re.compile(
    r"(?i)^(?!\w+\s+session\b)(?!.*\b(?:meeting|session)$)"
    r".*(?:people[’']s congress$|^cppcc|standing committee of)"
)


#: Before a cited item in its sentence, a verb by which the meeting takes it up, or a noun
#: that says it is followed ("the spirit of", "in accordance with", "under the guidance of").
TAKE_UP_VERBS = frozenset(
    {
        "study",
        "implement",
        "convey",
        "learn",
        "relay",
        "transmit",
        "follow",
        "carry",
        "deepen",
        "understand",
        "grasp",
        "practise",
        "practice",
        "adhere",
        "fulfil",
        "fulfill",
        "apply",
        "execute",
        "pass",
        "accord",
        "align",
        "promote",
        # "the meeting communicated / read out ..." ("listened to" is not: delegates listen to a
        # report during the congress they attend; "a briefing on" is, below)
        "communicate",
        "read",
    }
)
TAKE_UP_NOUNS = frozenset(
    {
        "spirit",
        "accordance",
        "guidance",
        "implementation",
        "deployment",
        "requirement",
        "arrangement",
        "decision",
        "principle",
        "gist",
        "briefing",
    }
)
VAGUE = "speech.vague_kind.v1"
KIND_OCCASION = "speech.kind_occasion.v1"
#: Titles that the two-capitalised-words name pattern takes for a name ("the General
#: Secretary's instructions"): the speaker is the one cited before.
TITLES_AS_NAMES = frozenset({"General Secretary", "Party Secretary", "Vice President"})


def find_speeches(ctx: Context) -> list[SpeechRecord]:
    found: list[SpeechRecord] = []
    last_speaker: str | None = None
    stated: list[tuple[int, str, SpeechRecord]] = []
    events: list[tuple[int, SpeechRecord]] = []
    held_before = False  # the first sentence saying something was held reports the meeting
    listing: str | None = None  # a list a take-up sentence opened ("studied the following:")
    for number, sent in enumerate(ctx.sentences):
        text = ctx.text_of(sent)
        listed, listing = _in_list(text, listing)
        stated += [(number, *each) for each in _stated(ctx, sent.start_char, text)]
        if HELD_WORD.search(text):
            events += [
                (number, e)
                for e in _stated_events(ctx, sent.start_char, text)
                if held_before
                or NATIONAL_EVENT.match(e.label)
                or (
                    PROVINCIAL_EVENT.match(e.label)
                    and LOWER_MEETING.search(ctx.text, sent.end_char)
                )
            ]
            held_before = True
        study = STUDY_CUE.search(text) is not None
        review = (study or listed) and PAST_REVIEW.search(text) is not None
        if study and not review:
            found += _taken_up_stated(text, number, stated, found)
        # (an opinion names the words by their kind: no kind word, nothing to read)
        opinion = not (study or listed) and bool(_names_a_kind(text) and OPINION_CUE.search(text))
        if not (study or opinion or listed) or review:
            found = _named_later(ctx, sent.start_char, text, found)
            continue
        in_sentence: list[SpeechRecord] = []
        for record in _citations(ctx, sent.start_char, text, last_speaker):
            last_speaker = record.speaker or last_speaker
            if not (opinion and _repeats(record, found)):
                in_sentence.append(record)
        if not opinion:
            taken = [(r.span.start, r.span.end) for r in in_sentence]
            in_sentence += _pattern_items(ctx, sent, taken)
        in_sentence = _stated_events_taken_up(text, number, events, in_sentence)
        if SINCE_REVIEW.search(text):
            in_sentence = [r for r in in_sentence if r.rule not in BODY_REQUIREMENT_RULES]
        for each in sorted(in_sentence, key=lambda r: r.span):
            each = _given_on_visit(ctx, _event_named_before(each, found), sent.start_char)
            for record in _name_before_spirit(ctx, sent.start_char, each):
                if _new_item(record, found):
                    found.append(record)
                else:
                    found = _numbered_over_bare(record, found)
    spoke_here = _spoke_at_this_meeting(ctx.text)
    return [
        _unquoted(_given_at(ctx, r))
        for r in _without_vague_named_later(found)
        if not (r.rule == VAGUE and _said_here(r, spoke_here))
    ]


#: Quotation and book-title marks around a title inside a label ('the "Two Sessions" of the
#: nation', '《On the Governance of China》'): a mark glued to a word makes another word of it
#: for whoever compares names, and readers write the title both with and without them.
DOUBLE_QUOTES = re.compile(r'[“”"《》「」]')
#: A single quote opening a word ("'July 1'"); an apostrophe inside a word ("Party's") is kept.
OPENING_SINGLE = re.compile(r"(?<!\w)['‘](?=\w)")
#: Its closing pair (only looked for when one opened: alone it is a plural's possessive).
CLOSING_SINGLE = re.compile(r"(?<=\w)['’](?!\w)")


#: A title in quotation marks inside a label.
QUOTED_TITLE = re.compile(
    r"(?:[“\"《「]|(?<!\w)['‘])(?P<title>[^“”\"《》「」‘’']{2,120})[”\"》」’']"
)


def _unquoted(record: SpeechRecord) -> SpeechRecord:
    """The label as written, the occasion in its bare words: an item named in quotation marks
    gets an occasion without them (its label's words when it has no other occasion; its title
    before an occasion that does not name it: "Promoting X in Qiushi")."""
    quoted = DOUBLE_QUOTES.search(record.label) or OPENING_SINGLE.search(record.label)
    occasion = record.occasion or (record.label if quoted else None)
    if occasion is None:
        return record
    bare = _without_quote_marks(occasion)
    title = QUOTED_TITLE.search(record.label) if quoted and record.occasion else None
    if title and title["title"].strip() not in bare:
        bare = f"{' '.join(title['title'].split())} {bare}"
    return record if bare == record.occasion else replace(record, occasion=bare)


def _without_quote_marks(text: str) -> str:
    text = DOUBLE_QUOTES.sub("", text)
    if OPENING_SINGLE.search(text):
        text = CLOSING_SINGLE.sub("", OPENING_SINGLE.sub("", text))
    return " ".join(text.split())


# "Wang Lin, secretary of the provincial party committee, attended the meeting and delivered a
# speech": a higher leader speaking at the reported meeting
ATTENDED_AND_SPOKE = re.compile(
    r"(?P<name>"
    + _NAME
    + r")(?:\s*,[^.;]{0,120}?,)?\s+(?:also\s+)?attended\s+(?:the\s+meeting\s+)?"
    r"and\s+(?:spoke|delivered|made|gave|put\s+forward)\b"
)


def _spoke_at_this_meeting(text: str) -> set[str]:
    """Who the report says attended the meeting and spoke (national leaders aside: "Xi Jinping
    attended the meeting and delivered an important speech" reports a higher meeting)."""
    if "attended" not in text:
        return set()
    return {m["name"] for m in ATTENDED_AND_SPOKE.finditer(text)} - NATIONAL_LEADERS


def _said_here(record: SpeechRecord, spoke_here: set[str]) -> bool:
    """A speech named by its kind alone ("the spirit of Secretary X's important speech", "his
    speech") of a leader who spoke at the reported meeting: that speech, not a cited one."""
    return record.speaker in spoke_here if record.speaker else bool(spoke_here)


def _numbered_over_bare(record: SpeechRecord, found: list[SpeechRecord]) -> list[SpeechRecord]:
    """``found`` with the event ``record`` names by its number standing for the same event
    cited before without it: "the Provincial Party Congress" in a headline, then "the 12th
    Provincial Party Congress", is cited once, by its full name."""
    if not _event_key(record.label)[0]:
        return found
    return [record if _same(r, record) and not _event_key(r.label)[0] else r for r in found]


def _new_item(record: SpeechRecord, found: list[SpeechRecord]) -> bool:
    """Whether a record names something not cited yet (not a repeat, nor a back reference)."""
    if any(_same(r, record) for r in found) or _back_reference(record, found):
        return False
    # "his important speech" again: what he said is already cited
    return not (
        record.rule == VAGUE
        and record.speaker is not None
        and any(r.speaker == record.speaker and r.span.start != record.span.start for r in found)
    )


#: The first sentence saying something was held reports the meeting itself ("the X conference
#: was held on May 4"): an event stated there is the reported one, not a higher one taken up.
HELD_WORD = re.compile(r"\b(?:held|convened|opened|closed|concluded)\b")
# "Recently, the Central Economic Work Conference was held in Beijing": a higher event stated as
# a fact; a sentence shortly after takes up "the spirit of the conference"
STATED_EVENT = re.compile(
    r"\b(?i:the)\s+(?P<name>(?:(?i:national|central|provincial|state\s+council)\b|"
    + _ORDINAL_WORDS_OR_NUMBERS
    + r"\s)[^,.;:]{0,120}?\b(?P<head>(?i:conference|teleconference|congress|session|symposium|"
    r"forum|meeting))(?:\s+(?:on|of)\s+[^,.;:]{1,80}?)?)"
    r"\s+(?:was|were)\s+(?:\w+\s+)?(?:held|convened|opened|closed|concluded)\b"
)
#: A provincial event said held first is the one a city's or county's meeting told after it
#: takes up ("the provincial video conference was held. After the meeting, X presided over a
#: meeting of the municipal standing committee to implement its spirit").
PROVINCIAL_EVENT = re.compile(r"(?i)^provincial\b")
LOWER_MEETING = re.compile(
    r"(?i)\b(?:held|convened|presided\s+over)\b[^.;]{0,80}?\b(?:municipal|city|county|district)\b"
    r"|\b(?:municipal|city|county|district)\b[^.;]{0,80}?\b(?:held|convened)\b"
)
#: A national event is never the local meeting reported, even where it is the first said held.
NATIONAL_EVENT = re.compile(r"(?i)^(?:national|central|state\s+council)\b")
#: "the spirit of the conference", "the meeting spirit": the event by its head noun alone.
EVENT_BACK_REFERENCE = re.compile(
    r"(?i)\bspirit\s+of\s+the\s+(?:plenary\s+)?(?P<head>conference|teleconference|congress|session|"
    r"symposium|forum|meeting)\b(?!\s+(?:of|on)\b)|\b(?P<head2>meeting|conference)\s+spirit\b"
)
#: Head nouns that name one event in a back reference ("the meeting" of a teleconference).
EVENT_HEAD_FAMILY = {
    "conference": "meeting",
    "teleconference": "meeting",
    "meeting": "meeting",
    "symposium": "meeting",
    "forum": "meeting",
    "session": "session",
    "congress": "congress",
}
STATED_EVENT_RULE = "speech.stated_event_taken_up.v1"


# "The Provincial Party Committee held its work conference": a higher body holding an event
BODY_HELD_EVENT = re.compile(
    r"\b(?i:the)\s+(?P<body>(?:CPC\s+)?(?:[A-Z][\w-]+\s+)?(?i:provincial|central)\s+"
    r"(?i:party\s+committee|committee|(?:people[’']s\s+)?government)|State\s+Council)\s+"
    r"(?:(?:recently|also|has|had)\s+)?(?:held|convened)\s+(?:its|a|the|an)\s+"
    r"(?P<event>(?:[\w-]+\s+){0,5}?(?i:conference|meeting|plenary\s+session|session))\b"
)


def _stated_events(ctx: Context, base: int, text: str) -> Iterator[SpeechRecord]:
    """Higher events a sentence says were held (not yet cited)."""
    for match in BODY_HELD_EVENT.finditer(text):
        name = f"{' '.join(match['body'].split())} {' '.join(match['event'].split())}"
        kind = "plenary session" if "plenary" in name.lower() else "conference"
        span = ctx.span(base + match.start(), base + match.end())
        yield SpeechRecord(label=name, kind=kind, span=span, rule=STATED_EVENT_RULE)
    for match in STATED_EVENT.finditer(text):
        name = " ".join(match["name"].split())
        if re.search(r"(?i)\b(?:municipal|city|county|district|township)\b", name):
            continue  # the report's own level: the reported meeting, most likely
        kind = "plenary session" if "plenary" in name.lower() else "conference"
        span = ctx.span(base + match.start("name"), base + match.end("name"))
        yield SpeechRecord(label=name, kind=kind, span=span, rule=STATED_EVENT_RULE)


def _stated_events_taken_up(
    text: str,
    number: int,
    events: list[tuple[int, SpeechRecord]],
    in_sentence: list[SpeechRecord],
) -> list[SpeechRecord]:
    """A stated event taken up by its head noun ("the spirit of the conference") shortly after:
    the event is cited, in place of the bare head noun."""
    reference = EVENT_BACK_REFERENCE.search(text)
    if reference is None:
        return in_sentence
    family = EVENT_HEAD_FAMILY[(reference["head"] or reference["head2"]).lower()]
    for at, event in reversed(events):
        heads = {EVENT_HEAD_FAMILY.get(word) for word in event.label.lower().split()}
        if 0 < number - at <= STATED_REACH and family in heads:
            bare = [r for r in in_sentence if r.rule == SPIRIT_OF_ITEM and " " not in r.label]
            return [r for r in in_sentence if r not in bare] + [event]
    return in_sentence


# "General Secretary Xi Jinping recently made important instructions on X" (a fact the report
# states; a later sentence then says the meeting studied them)
STATED = re.compile(
    r"(?P<owner>" + _SPEAKER_TITLE + r"(?P<name>" + _NAME + r"))"
    r"(?:\s*,\s*[^,.;:]{1,80}?,)?\s+(?:(?:has|had|recently|just|also|once)\s+){0,2}"
    r"(?:made|gave|issued|delivered|sent|wrote|put\s+forward)\s+(?:an?\s+|the\s+)?"
    r"(?P<words>(?:(?:important|series\s+of|written|congratulatory)\s+)*(?P<kind>"
    + _KIND_WORD
    + r"))\b"
)
#: "On flood control, General Secretary X made important instructions": the topic first.
TOPIC_FIRST = re.compile(
    r"^\s*(?P<topic>(?:on|regarding|concerning)\s+(?![A-Z][a-z]+\s+\d|\d)[^,.;:]{3,80}?)\s*,\s*$",
    re.IGNORECASE,
)
STATED_RULE = "speech.stated_then_taken_up.v1"
#: How many sentences after the statement the meeting's take-up may come.
STATED_REACH = 3


def _stated(ctx: Context, base: int, text: str) -> Iterator[tuple[str, SpeechRecord]]:
    """Speeches a higher leader is stated to have given, with their occasion (not yet cited),
    each with its kind word."""
    if not _names_a_kind(text):
        return
    for match in STATED.finditer(text):
        speaker = _speaker_named(match["name"])
        if (
            not HIGHER_TITLE.search(match.group())
            and speaker not in NATIONAL_LEADERS
            and not _higher_post_elsewhere(ctx.text, speaker)
        ):
            continue  # the chair's own speech at this meeting
        occasion = OCCASION.match(text[match.end() :])
        topic = TOPIC_FIRST.match(text[: match.start()]) if occasion is None else None
        if occasion is None and topic is None:
            continue
        phrase = _occasion_phrase(occasion) if occasion else _lowered(topic["topic"])
        if THIS_MEETING.match(phrase):
            continue
        words = " ".join(match["words"].split())
        kind = _kind_of(match["kind"])
        end = match.end() + (occasion.end("occasion") if occasion else 0)
        speaker = _speaker_named(match["name"])
        yield (
            match["kind"].lower(),
            _record(ctx, base, match.start(), end, (kind, words), speaker, phrase),
        )


def _lowered(topic: str) -> str:
    """A sentence-initial topic as an occasion: "On flood control" -> "on flood control"."""
    words = " ".join(topic.split())
    return words[0].lower() + words[1:]


#: Take-up verbs as written, for a sentence that names what it takes up by a pronoun.
TAKE_UP_FORMS = frozenset(
    {"conveyed", "studied", "implemented", "relayed", "communicated", "learned", "transmitted"}
)


def _higher_post_elsewhere(text: str, name: str | None) -> bool:
    """Whether the report gives the speaker a higher post in another sentence: "Zhou Ping,
    secretary of the provincial party committee, ..." / "Governor Zhou Ping"."""
    if not name:
        return False
    escaped = re.escape(name)
    after = re.search(escaped + r",\s*[^.;]{0,80}?" + HIGHER_TITLE.pattern[4:], text, re.I)
    before = re.search(HIGHER_TITLE.pattern[4:] + r"[^.;,]{0,30}?\s" + escaped, text, re.I)
    return bool(after or before)


#: Leaders whose speeches are higher-level whatever title the report gives them (members of the
#: Political Bureau's Standing Committee and vice premiers since 2012).
NATIONAL_LEADERS = frozenset(
    {
        "Xi Jinping",
        "Li Keqiang",
        "Li Qiang",
        "Wang Huning",
        "Han Zheng",
        "Zhao Leji",
        "Cai Qi",
        "Ding Xuexiang",
        "Li Xi",
        "Li Zhanshu",
        "Wang Yang",
        "Wang Qishan",
        "Liu Yunshan",
        "Zhang Gaoli",
        "Zhang Dejiang",
        "Yu Zhengsheng",
        "Sun Chunlan",
        "Hu Chunhua",
        "Liu He",
        "Ma Kai",
        "Wang Yong",
        "He Lifeng",
        "Zhang Guoqing",
        "Liu Guozhong",
    }
)


def _higher_owner(ctx: Context, match: re.Match[str], speaker: str | None) -> bool:
    """Whether the words a match names are a higher level's: a body's or leaders' named
    collectively, a national leader's, or a speaker with a higher title here or elsewhere in
    the report (not the meeting's own leader's speech, named by its kind alone)."""
    groups = match.groupdict()
    if any(groups.get(g) for g in ("leaders", "bodies", "post", "general", "surname")):
        return True
    if HIGHER_TITLE.search(match.group()) or speaker in NATIONAL_LEADERS:
        return True
    if speaker is None:
        # "the recent series of important speeches, ... and replies" are the General
        # Secretary's by convention; a plain "his speech" is the meeting's own leader's
        return bool(HIGHER_WORDING.search(match.group()))
    return _higher_post_elsewhere(ctx.text, speaker)


#: Adjectives that reports give only a higher leader's words.
HIGHER_WORDING = re.compile(r"(?i)\b(?:important|series|congratulatory|recent|latest|guiding)\b")


def _taken_up_stated(
    text: str,
    number: int,
    stated: list[tuple[int, str, SpeechRecord]],
    found: list[SpeechRecord],
) -> list[SpeechRecord]:
    """Stated speeches a later sentence takes up by their kind word or spirit ("the meeting
    conveyed the spirit of the important instructions")."""
    out = []
    words = set(re.findall(r"[a-z]+", text.lower()))
    for at, kind_word, record in stated:
        named = words & {"spirit", kind_word}
        # "... made important instructions. The meeting conveyed them." (the next sentence only)
        pronoun = number - at == 1 and words & {"them", "it"} and words & TAKE_UP_FORMS
        if not (0 < number - at <= STATED_REACH) or not (named or pronoun):
            continue
        if not any(_same(r, record) for r in (*found, *out)):
            out.append(replace(record, rule=STATED_RULE))
    return out


#: An occasion naming an event by its head noun alone: "his speech at the conference".
BARE_EVENT_OCCASION = re.compile(
    r"(?i)^(?:at|during)\s+the\s+(?:conference|meeting|plenary\s+session|session|symposium|forum)$"
)


def _event_named_before(record: SpeechRecord, found: list[SpeechRecord]) -> SpeechRecord:
    """ "The spirit of the X conference and Secretary Y's speech at the conference": the speech
    at the event just cited."""
    if not record.occasion or not BARE_EVENT_OCCASION.match(record.occasion):
        return record
    event = next((r for r in reversed(found) if r.kind in {"conference", "plenary session"}), None)
    if event is None:
        return record
    occasion = f"{record.occasion.split()[0]} the {event.occasion or event.label}"
    label = record.label[: -len(record.occasion)] + occasion
    return replace(record, occasion=occasion, label=label)


def _back_reference(record: SpeechRecord, found: list[SpeechRecord]) -> bool:
    """ "The spirit of the conference" (its head noun alone) after a conference was cited (or a
    speech at one): the same one again."""
    head = record.label.lower()
    if record.rule != SPIRIT_OF_ITEM or " " in head:
        return False
    # "the spirit of the meeting" with no higher event named before: the reported meeting
    return head in EVENT_HEAD_FAMILY or any(
        r.kind == record.kind or head in (r.occasion or r.label).lower().split() for r in found
    )


SPIRIT_OF_ITEM = "cited.spirit_of_item.v1"
# "implement the provincial mass line education the spirit of the meeting": a literal order of
# "<event> meeting spirit", the event's name before "the spirit of the meeting" (no article in it)
NAME_BEFORE_SPIRIT = re.compile(
    r"(?i)\b(?:implement\w*|stud(?:y|ied|ying)|convey\w*|learn\w*|relay\w*)\s+(?:the\s+)?"
    r"(?P<name>(?:(?!(?:the|to|of|a|an)\s|and\s+(?:implement|stud|convey|learn|relay))"
    r"[\w'’-]+\s+){2,12}?)the\s+spirit\s+of\s+the\s+$"
)


SPIRIT_INSIDE = re.compile(
    r"(?i)^(?P<name>.+?)\s+the\s+spirit\s+of\s+the\s+(?P<head>meeting|conference)$"
)


def _name_before_spirit(ctx: Context, start: int, record: SpeechRecord) -> list[SpeechRecord]:
    """A bare "the spirit of the meeting" after an event's name: that event (one per level
    when the name lists levels: "the central and provincial X meeting")."""
    if inside := SPIRIT_INSIDE.match(record.label):  # the name read into the item
        return _per_level(replace(record, label=f"{inside['name']} {inside['head']}"))
    if record.rule != SPIRIT_OF_ITEM or record.label.lower() not in EVENT_HEAD_FAMILY:
        return [record]
    named = NAME_BEFORE_SPIRIT.search(ctx.text[start : ctx.clean_offset(record.span.start)])
    if named is None:
        return [record]
    label = f"{' '.join(named['name'].split())} {record.label.lower()}"
    return _per_level(replace(record, label=label, rule="speech.name_before_spirit.v1"))


_ANY_LEVEL = r"(?:central|national|provincial|municipal|city|district|county|township)"
LEVELS_FIRST = re.compile(
    r"(?i)^(?P<levels>"
    + _ANY_LEVEL
    + r"(?:\s*,\s*"
    + _ANY_LEVEL
    + r")*,?\s+and\s+"
    + _ANY_LEVEL
    + r")\s+(?P<rest>.+)$"
)


def _per_level(record: SpeechRecord) -> list[SpeechRecord]:
    """ "central and provincial X meeting": one meeting per level."""
    listed = LEVELS_FIRST.match(record.label)
    if listed is None:
        return [record]
    levels = re.findall(_ANY_LEVEL, listed["levels"], re.IGNORECASE)
    return [replace(record, label=f"{level} {listed['rest']}") for level in levels]


#: "General Secretary Xi Jinping presided over a meeting of the Political Bureau to review ...":
#: the event a leader presided over, where the speech the report then studies was given.
PRESIDED_OVER = (
    r"\s+(?:presided\s+over|chaired|hosted)\s+(?P<event>(?:a|the)\s+[^,.;:]*?"
    r"\b(?:meeting|session|symposium|conference|forum|study)\b[^,.;:]*?)"
    r"(?=\s*(?:,|\.|;|:|$|\band\s+(?:delivered|made|gave)\b))"
)


def _given_at(ctx: Context, record: SpeechRecord) -> SpeechRecord:
    """A vague speech ("the spirit of his important speech") of a leader the report says
    presided over an event is the speech at that event, when it names one event only."""
    if record.rule != VAGUE or not record.speaker:
        return record
    if record.kind != "speech":
        return record
    events = {
        " ".join(m["event"].split())
        for m in re.finditer(re.escape(record.speaker) + PRESIDED_OVER, ctx.text)
    }
    if len(events) != 1:
        return record
    occasion = f"at {events.pop()}"
    return replace(
        record,
        label=f"{record.label} {occasion}",
        occasion=occasion,
        rule="speech.given_at_presided.v1",
    )


# "General Secretary Xi Jinping paid a visit to X Group": a visit the report states
VISITED = (
    r"\s+(?:(?:recently|once|also|personally)\s+)?(?P<verb>paid\s+an?\s+(?:inspection\s+)?visit\s+to|"
    r"visited|inspected|made\s+an\s+inspection\s+(?:tour\s+)?(?:of|to|in))\s+"
    r"(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,6})"
)


def _given_on_visit(ctx: Context, record: SpeechRecord, before: int) -> SpeechRecord:
    """A vague speech or instructions of a leader the report says (before it) paid one visit:
    the words given on that visit ("X paid a visit to Y Group ... the spirit of the important
    instructions of the General Secretary")."""
    if record.rule != VAGUE or not record.speaker or record.kind not in {"speech", "instructions"}:
        return record
    visit = _one_visit(ctx.text[:before], record.speaker)
    if visit is None:
        return record
    return replace(
        record, label=f"{record.label} {visit}", occasion=visit, rule="speech.given_on_visit.v1"
    )


def _one_visit(text: str, speaker: str) -> str | None:
    """The one visit the report says the speaker paid ("visit to X", "inspection of X"), or None
    when it states none or several."""
    visits = {
        ("inspection of " if m["verb"] == "inspected" or "inspection" in m["verb"] else "visit to ")
        + m["place"]
        for m in re.finditer(re.escape(speaker) + VISITED, text)
    }
    return visits.pop() if len(visits) == 1 else None


def _without_vague_named_later(found: list[SpeechRecord]) -> list[SpeechRecord]:
    """A vague item ("his important speech") before the same speaker's speech of the same kind
    named later in the report is that speech, cited once."""
    named = [r for r in found if r.rule != VAGUE]

    def named_later(vague: SpeechRecord) -> bool:
        kind_word = vague.label.split()[-1].lower()  # "speech" of "important speech"
        return any(
            (r.speaker, r.kind) == (vague.speaker, vague.kind)
            and kind_word in r.label.lower().split()
            for r in named
        )

    return [r for r in found if r.rule != VAGUE or not named_later(r)]


def _named_later(
    ctx: Context, base: int, text: str, found: list[SpeechRecord]
) -> list[SpeechRecord]:
    """A speech cited vaguely ("the spirit of his important speech") and named in a later
    sentence that only talks about it ("his important speech at the X plenary session
    profoundly summarized ..."): the named one is what was cited, in the vague one's place."""
    vague = {(r.speaker, r.kind): r for r in found if r.rule == VAGUE and r.speaker}
    if not vague:
        return found
    for record in _citations(ctx, base, text, None):
        if record.rule == VAGUE:
            continue
        stood_for = vague.pop((record.speaker, record.kind), None)
        if stood_for is not None:
            found = [record if r is stood_for else r for r in found]
    return found


def _pattern_items(
    ctx: Context, sent: SpacySpan, taken: list[tuple[int, int]]
) -> list[SpeechRecord]:
    """Cited items the pattern rules name (kg/nlp/patterns/cited.jsonl): plenary sessions and
    congresses by number, central conferences by name, a higher body's requirements; each
    counts where the sentence takes it up before naming it."""
    items = []
    matches = rule_set("cited", ctx.doc.vocab)(sent)
    for match in _longest_spans(ctx, matches):
        words = ctx.doc[match.start : match.end]
        span = ctx.span(words.start_char, words.end_char)
        start, end = span.start, span.end
        if any(s < end and start < e for s, e in taken):
            continue
        if FOR_A_DOCUMENT.search(
            ctx.text, max(sent.start_char, words.start_char - 60), words.start_char
        ):
            continue  # "the list of candidates for the X Party Congress": a document's subject
        takers = [t for t in ctx.doc[sent.start : match.start] if _takes_up(t, match.start)]
        if not takers and not _taken_up_after(words):
            continue
        if match.rule.id in BODY_REQUIREMENT_RULES and all(t.tag_ == "VBZ" for t in takers):
            continue  # "it explores ..., implements the decisions of X, ...": what it does
        if match.rule.id in LISTS_BODIES:
            items += _more_bodies(ctx, sent, match, words, match.rule.label or "instructions")
        if match.rule.id == OWN_BODIES_MEETINGS:
            # the bodies whose meetings are conveyed are mostly the meeting's own city's: the
            # mention is the words "conference spirit", so their place still names our city
            span = ctx.span(words.start_char, words[1].idx + len(words[1]))
        if match.rule.kind == "dependency":
            words, span = _with_parenthesised_head(ctx, sent, words, span)
            if words[-1].lower_ in TOPIC_EVENT_HEADS:
                words, span = _with_topic(ctx, sent, words, span)
        kind = match.rule.label if match.rule.kind != "dependency" else _item_kind(words)
        if kind is None or (match.rule.kind == "dependency" and kind in SPEECH_KINDS.values()):
            continue  # a speech by kind alone is read by the speech rules, with its speaker
        if _this_meeting(words):
            continue  # "the spirit of this meeting", "X's speech at this meeting": this meeting's
        if match.rule.id == SPIRIT_OF_ITEM and words[-1].lower_ in BODY_HEADS and _plural(words):
            # "the relevant meetings of the provincial committee and the provincial government"
            # (one each; "a meeting of the Central Committee and the State Council" is one)
            items += _more_bodies(ctx, sent, match, words, kind)
        if kind == "plenary session" and len([t for t in words if not t.is_space]) <= 3:
            continue  # "the Third Plenary Session" of no named body: which one is not said
        if match.rule.id in BODY_REQUIREMENT_RULES and words[-1].lower_ in GROUP_HEADS:
            words, span = _with_group_owner(ctx, sent, words, span)
        items.append(
            SpeechRecord(
                label=_balanced(" ".join(words.text.split())),
                kind=kind or "other",
                span=span,
                rule=match.rule.id,
                speaker="Xi Jinping" if match.rule.id in XI_WORKS else None,
            )
        )
        taken.append((start, end))
    return items


#: What a document is for or of, right before an event: "the list of candidates for the
#: municipal party congress", "the draft report of the 13th party congress" (the report's
#: own level's business, not a higher event's spirit).
FOR_A_DOCUMENT = re.compile(
    r"(?i)\b(?:candidates?|delegates?|deputies|representatives|preparations?|preparatory\s+work|"
    r"convening|election|draft(?:\s+\w+)?)\s+(?:(?:\w+\s+){0,2}?(?:for|to|of|at)\s+)?"
    r"(?:the\s+)?$"
)


#: "the provincial party committee's standing committee (enlarged) meeting": the parser ends
#: the item at the body before the parenthesis; the event noun after it is the item's head.
PARENTHESISED_HEAD = re.compile(
    r"\s*\((?i:enlarged|expanded|extended)\)\s+(?i:meeting|session|conference|plenary\s+session)\b"
)


#: Events named by their topic: "the spirit of the symposium on X" (the parser hangs the "on"
#: phrase on the verb, and the bare head noun would read as a back reference).
TOPIC_EVENT_HEADS = frozenset({"symposium", "forum", "seminar", "conference", "teleconference"})
EVENT_TOPIC = re.compile(
    # (not a date: "on the 15th", "on May 4"; "on the 40th anniversary of X" is a topic)
    r"\s+on\s+(?!(?:the\s+)?(?:\d+(?:st|nd|rd|th)?\b(?!\s+anniversary)|(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b))"
    r"[^,.;:()]{3,100}?(?=\s*(?:[,.;:]|$)|\s+(?:was|were|is|are)\s|\s+and\s+(?:the\b|his\b|"
    r"(?:implement|stud|convey|learn|relay|carr|put|adher|deploy)\w*))"
)


def _run_on(ctx: Context, words: SpacySpan, span, end: int):
    """An item's words and span run on to ``end`` (kept as they were if no tokens end there)."""
    longer = ctx.doc.char_span(words.start_char, end, alignment_mode="expand")
    if not longer:
        return words, span
    return longer, ctx.span(words.start_char, end)


def _with_topic(ctx: Context, sent: SpacySpan, words: SpacySpan, span):
    """The event's words run on over its topic, when it follows right after."""
    more = EVENT_TOPIC.match(ctx.text, words.end_char, sent.end_char)
    if more is None:
        return words, span
    return _run_on(ctx, words, span, more.end())


def _with_parenthesised_head(ctx: Context, sent: SpacySpan, words: SpacySpan, span):
    more = PARENTHESISED_HEAD.search(ctx.text, words.start_char, sent.end_char)
    if more is None or more.start() > words.end_char or more.end() <= words.end_char:
        return words, span  # (the parenthesis within or right after the item)
    return _run_on(ctx, words, span, more.end())


def _this_meeting(words: SpacySpan) -> bool:
    """ "the spirit of this meeting", "X's speech at today's meeting": this meeting's (not "this
    year's national two sessions")."""
    if THIS_MEETING_END.search(words.text):
        return True
    return words[0].lower_ in {"this", "today", "today's"} and not (
        len(words) > 1 and words[1].lower_ in {"year", "month", "week", "spring", "year's"}
    )


#: Bodies that are a committee's or government's group or office, named by their remit.
GROUP_HEADS = frozenset({"group", "office", "center", "centre", "department", "bureau"})
#: "the leading group of the provincial party committee for inspection work": the group's
#: owner and remit after it name which group it is (the item runs to the clause's end).
GROUP_OWNER_AND_REMIT = re.compile(
    r"(?:\s+of\s+the\s+(?:[\w'’-]+\s+){0,5}?(?i:committee|government|council))?"
    r"(?:\s+(?:for|on|of)\s+(?!the\s+(?:meeting|conference)\b)[^,.;:()]{1,60}?)?"
    # (an "and" before another body or a verb ends it; "flood control and drought relief" not)
    r"(?=\s*(?:[,.;:]|$)|\s+(?:was|were|is|are)\s|\s+and\s+(?:the\b|his\b|(?i:central|"
    r"national|provincial|municipal|city|county|district)\b|(?:implement|stud|convey|learn|"
    r"relay|carr|put|adher)\w*))"
)


def _with_group_owner(ctx: Context, sent: SpacySpan, words: SpacySpan, span):
    """The group's words run on over its owner and remit, when they follow."""
    more = GROUP_OWNER_AND_REMIT.match(ctx.text, words.end_char, sent.end_char)
    if more is None or more.end() == more.start():
        return words, span
    return _run_on(ctx, words, span, more.end())


THIS_MEETING_END = re.compile(r"(?i)\b(?:this|today[’']?s?)\s+(?:meeting|conference)$")
#: Rules that read a higher body's requirements, decisions and arrangements.
BODY_REQUIREMENT_RULES = frozenset(
    {
        "cited.requirements_of_body.v1",
        "cited.body_requirements.v1",
        "cited.requirements_for_put_forward_by_body.v1",
        "cited.requirements_of_ministry.v1",
        "speech.levels_authorities.v1",
        "cited.requirements_of_superiors.v1",
        "cited.requirements_of_superiors.v2",
    }
)
#: Rules whose item may name several bodies: "the arrangements made by the provincial Party
#: committee and the municipal Party committee" are two bodies' arrangements.
LISTS_BODIES = frozenset(
    {
        "cited.requirements_of_body.v1",
        "cited.conference_spirit_of_body.v1",
        "cited.requirements_of_ministry.v1",
    }
)
OWN_BODIES_MEETINGS = "cited.conference_spirit_of_body.v1"
#: "Xi Jinping Thought on X": his, by its name.
XI_THOUGHT = "cited.xi_thought_on_field.v1"
#: Rules naming works of Xi Jinping's by their titles: his, by their names.
XI_WORKS = frozenset({XI_THOUGHT, "cited.xi_excerpts.v1", "cited.xi_selected_works.v1"})
BODY_HEADS = frozenset({"committee", "government", "council", "commission"})
NEXT_BODY = re.compile(
    r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?(?P<body>(?:[\w'’-]+\s+){0,4}?"
    r"(?:committee|government|council|commission)|(?-i:Ministry\s+of\s+[A-Z][\w-]*(?:\s+(?:and\s+)?"
    # "the requirements of the Ministry of A and the Ministry of B": one item per ministry
    r"[A-Z][\w-]*)*))\b",
    re.IGNORECASE,
)
BODY_OF = re.compile(r"\s(?:of|by|from)\s+(?:the\s+)?", re.IGNORECASE)


def _more_bodies(
    ctx: Context, sent: SpacySpan, match: RuleMatch, words: SpacySpan, kind: str
) -> list[SpeechRecord]:
    """The further bodies listed after a body's requirements, each its own item."""
    text = words.text
    of = list(BODY_OF.finditer(text))
    if not of:
        return []
    head = text[: of[0].end()]  # "deployment requirements of the ", "arrangements made by "
    out, position = [], words.end_char
    while (more := NEXT_BODY.match(ctx.text, position, sent.end_char)) is not None:
        body = " ".join(more["body"].split())
        out.append(
            SpeechRecord(
                label=f"{head}{body}",
                kind=kind,
                span=ctx.span(more.start("body"), more.end("body")),
                rule=match.rule.id,
            )
        )
        position = more.end()
    return out


#: Head nouns of a cited item named after "the spirit of", and the kind each makes it.
ITEM_HEADS = {
    **SPEECH_KINDS,
    "session": "plenary session",
    "sessions": "conference",  # "the two sessions"
    "plenum": "plenary session",
    "congress": "conference",
    "conference": "conference",
    "teleconference": "conference",
    "meeting": "conference",
    "meetings": "conference",
    "forum": "conference",
    "symposium": "conference",
    "seminar": "conference",
    # "the spirit of the celebration of the 100th anniversary of the founding of the Party"
    "celebration": "conference",
    "ceremony": "conference",
    "assembly": "conference",
    "requirements": "instructions",
    "deployment": "instructions",
    "deployments": "instructions",
    "arrangements": "instructions",
    "decisions": "instructions",
}


def _balanced(label: str) -> str:
    """A label without a quotation mark whose pair the item's words cut off ('national "two
    sessions')."""
    if label.count('"') % 2:
        label = label.replace('"', "")
    if label.count("“") != label.count("”"):
        label = label.replace("“", "").replace("”", "")
    if label.count("'") % 2 and not label.endswith("'"):
        label = re.sub(r"(^|\s)'(?=\w)", r"\1", label)  # an opening single quote, not "Party's"
    return label


def _longest_spans(ctx: Context, matches: list) -> list:
    """Each match as the words it names: a token rule's match as it stands; a dependency
    rule's item as its noun phrase, and each noun joined to it by "and" as one more item
    (spaCy parses "the spirit of A and B" with B a conjunct of A). Longest first, no overlaps."""
    spans = []
    for match in matches:
        if match.rule.kind != "dependency":
            spans.append(match)
            continue
        item = ctx.doc[match.tokens[-1]]
        spirit = ctx.doc[match.tokens[0]]  # "the spirit of A and B" may join B to "spirit"
        joined = [
            t
            for t in (*item.subtree, *spirit.conjuncts)
            if t.dep_ in {"conj", "appos"} and t.lower_ in ITEM_HEADS and t.i > item.i
        ]
        last = -1
        if _nouns_joined(item, joined):
            # "the relevant documents and meetings of the province": one item of both nouns
            first, last = _item_bounds(item)[0], max(item.right_edge.i, joined[0].right_edge.i)
            while ctx.doc[last].is_punct:
                last -= 1
            spans.append(replace(match, start=first, end=last + 1, tokens=(joined[0].i,)))
            joined = joined[1:]
        for head in (item, *joined):
            first, last = _item_bounds(head)
            spans.append(replace(match, start=first, end=last + 1, tokens=(head.i,)))
        for head in _comma_listed(ctx, max(last + 1, _item_bounds(item)[1] + 1)):
            first, last = _item_bounds(head)
            spans.append(replace(match, start=first, end=last + 1, tokens=(head.i,)))
    spans.sort(key=lambda m: (m.start, -m.end, m.rule.kind == "dependency"))
    taken, out = -1, []
    for match in spans:
        if match.start >= taken:
            taken = match.end
            out.append(match)
    return out


def _plural(words: SpacySpan) -> bool:
    """Whether the item's head noun (the first that names an item) is plural."""
    head = next((t for t in words if t.lower_ in ITEM_HEADS), words.root)
    return head.tag_ in {"NNS", "NNPS"}


def _nouns_joined(item: Token, joined: list[Token]) -> bool:
    """ "documents and meetings": a noun that names no item joined right away to one that does."""
    return (
        item.lower_ not in ITEM_HEADS
        and bool(joined)
        and joined[0].i == item.i + 2
        and item.nbor().lower_ == "and"
    )


def _comma_listed(ctx: Context, after: int) -> list[Token]:
    """Heads of the items listed after commas that the parser hangs elsewhere ("the spirit of
    A, the provincial B conference, and the city's C teleconference"): each noun phrase that
    starts right after the comma and is headed by a meeting or requirement word."""
    doc, heads = ctx.doc, []
    if after >= len(doc) or doc[after].text != ",":
        return heads  # no comma, no list (and no noun chunks to compute: they cost the most)
    end = doc[after - 1].sent.end if after > 0 else len(doc)
    i = after
    while i < end and doc[i].text == ",":
        j = i + 1 + (i + 1 < end and doc[i + 1].lower_ == "and")
        chunk = _chunk_at(doc, j, end)
        if chunk is None or chunk.root.lower_ not in ITEM_HEADS:
            break
        if chunk.root.dep_.startswith("nsubj") or len(chunk) <= 2:
            break  # ", the meeting pointed out ...": a new clause about this meeting
        heads.append(chunk.root)
        i = _item_bounds(chunk.root)[1] + 1
    return heads


#: How far past a list's comma its item's noun phrase is looked for.
CHUNK_REACH = 25


def _chunk_at(doc, start: int, end: int):
    """The noun chunk starting at token ``start``, if one does (its head within CHUNK_REACH).
    The language's noun-chunk iterator is run over those words only: ``Span.noun_chunks``
    reads the chunks of the whole doc each time, which cost more than all the cited rules."""
    if start >= end:
        return None
    window = doc[start : min(end, start + CHUNK_REACH)]
    for first, last, _label in doc.noun_chunks_iterator(window):
        if first == start:
            return doc[first:last]
    return None


def _item_bounds(head: Token) -> tuple[int, int]:
    """The noun phrase a head noun heads, up to the first word of something joined to it
    ("the X conference on flood control and the Y teleconference": the X conference on
    flood control) or hung on it as a clause ("the X meeting, which ...")."""
    stop = {"conj", "cc", "relcl", "acl", "appos", "advcl"}
    cut = min(
        (
            t.left_edge.i
            for t in head.subtree
            if t is not head and t.dep_ in stop and not _joins_adjectives(t)
        ),
        default=head.right_edge.i + 1,
    )
    first, last = head.left_edge.i, max(head.i, cut - 1)
    while last > head.i and head.doc[last].is_punct:
        last -= 1
    while first < head.i and head.doc[first].lower_ in {"the", "a", "an"}:
        first += 1
    return first, last


def _joins_adjectives(token: Token) -> bool:
    """ "and ministerial" of "at the provincial and ministerial level": adjectives joined inside
    one noun phrase, not a second item."""
    if token.dep_ == "cc":
        return token.head.pos_ == "ADJ"
    return token.dep_ == "conj" and token.pos_ == "ADJ"


def _collective_study(token: Token) -> bool:
    """ "the 24th collective study of the Political Bureau": a meeting (a "study" alone is not)."""
    return token.lower_ == "study" and token.i > 0 and token.nbor(-1).lower_ == "collective"


def _item_kind(words: SpacySpan) -> str | None:
    """The kind its head noun names, or None (then the item is not cited: "the spirit of
    hard work" names no speech or meeting)."""
    heads = [t for t in words if t.lower_ in ITEM_HEADS or _collective_study(t)]
    if not heads:
        return None
    kind = ITEM_HEADS.get(heads[-1].lower_, "conference")
    if heads[-1].lower_ == "sessions" and any(t.lower_ == "plenary" for t in words):
        return "plenary session"  # "the previous plenary sessions of the 19th Central Committee"
    if kind == "plenary session" and not any(t.lower_ in {"plenary", "plenum"} for t in words):
        return "conference"  # "the 15th collective study session", "the first session of"
    return kind


def _same(a: SpeechRecord, b: SpeechRecord) -> bool:
    if a.kind != b.kind or (a.speaker and b.speaker and a.speaker != b.speaker):
        return False  # "the speeches of X and Y at the Z conference" are two
    if _owning_body(a) != _owning_body(b):
        return False  # "the instructions of the Central Committee and the State Council on X"
    if (a.occasion or a.label).lower() == (b.occasion or b.label).lower():
        return True
    if a.occasion and b.occasion and a.speaker == b.speaker and VAGUE not in (a.rule, b.rule):
        # one occasion running on into the sentence ("on Jiangsu's work with the study of ...")
        shorter, longer = sorted((a.occasion.lower(), b.occasion.lower()), key=len)
        if longer.startswith(shorter + " "):
            return True
        # a rewording of one occasion ("on the work of the New Era General Office" / "on the
        # work of the General Office in the new era")
        words_a, words_b = _content_words(a.occasion), _content_words(b.occasion)
        # events differ by one word ("the Central Rural / Economic Work Conference")
        overlap = 1.0 if a.occasion.lower().startswith("at ") else REWORDING_OVERLAP
        if words_a and len(words_a & words_b) / len(words_a | words_b) >= overlap:
            return True
    key, other = _event_key(a.label), _event_key(b.label)
    if a.kind not in {"plenary session", "conference"}:
        return False
    if bool(key[0]) != bool(other[0]) and key[1] == other[1]:
        # "the provincial party congress" after "the Eleventh Provincial Party Congress": the
        # numbered event named again without its number
        bare, numbered = (a, b) if not key[0] else (b, a)
        return _content_words(bare.label) <= _content_words(numbered.label)
    return bool(key[0]) and key == other


OWNING_BODY = re.compile(
    r"\bof\s+(" + _BODY + r"|the\s+(?i:central|provincial|municipal)\s+leaders?)\s"
)


def _owning_body(record: SpeechRecord) -> str | None:
    owner = OWNING_BODY.search(record.label) if record.rule == KIND_OCCASION else None
    return owner.group(1).lower() if owner else None


#: Share of content words two occasions of one speaker and kind have in common to be one.
REWORDING_OVERLAP = 0.6
OCCASION_STOP_WORDS = frozenset({"on", "of", "the", "in", "at", "a", "an", "and", "to", "for"})


def _content_words(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower())) - OCCASION_STOP_WORDS


EVENT_KEY_WORDS = frozenset(
    # ("discipline": the CCDI's plenary session is not the Central Committee's of one number)
    {
        "plenary",
        "congress",
        "conference",
        "central",
        "provincial",
        "municipal",
        "national",
        "discipline",
    }
)


def _event_key(label: str) -> tuple[tuple[int, ...], frozenset[str]]:
    """What tells numbered events apart whatever the wording: "the Seventh Plenary Session of
    the 19th CPC Central Committee" and "... of the 19th Central Committee of the Communist
    Party of China" are one event, (7, 19) plenary central."""
    words = re.findall(r"[a-z0-9]+", label.lower())
    numbers = tuple(
        ORDINAL_WORDS[w] if w in ORDINAL_WORDS else int(re.match(r"\d+", w).group())
        for w in words
        if w in ORDINAL_WORDS or re.fullmatch(r"\d+(?:st|nd|rd|th)", w)
    )
    return numbers, frozenset(w for w in words if w in EVENT_KEY_WORDS)


def _citations(
    ctx: Context, base: int, text: str, last_speaker: str | None
) -> Iterator[SpeechRecord]:
    occasion_spans: list[tuple[int, int]] = []
    matches = (
        []
        if not _names_a_kind(text)
        else [
            *KIND_SERIES.finditer(text),
            *VISIT_OWNED_KIND.finditer(text),
            *OWNED_KIND.finditer(text),
            *KIND_BY.finditer(text),
            *KIND_SPEAKER.finditer(text),
            *KIND_THAT.finditer(text),
            *TOPIC_BEFORE_KIND.finditer(text),
            *VISIT_OF_SPEAKER.finditer(text),
            *VISIT_VERB_KIND.finditer(text),
            *VISIT_AROUND_KIND.finditer(text),
            *UNOWNED_KIND.finditer(text),
        ]
    )
    taken: list[tuple[int, int]] = []
    for match in sorted(matches, key=lambda m: m.start()):
        if any(s <= match.start() < e for s, e in taken):
            continue  # "the important speech made by ..." is read once, by the longer rule
        if match.groupdict().get("bodies") and (match["kind2"] or match["kind"]) == "requirements":
            continue  # a body's requirements are the pattern rules' (cited.requirements_of_body)
        if _a_body_report(match):
            continue  # a government's own work report is a document it reviews
        taken.append(match.span())
        name = match.groupdict().get("name") or _series_owner(text, match)
        leaders = match.groupdict().get("leaders")
        collective = leaders or match.groupdict().get("bodies") or match.groupdict().get("post")
        speaker = None if collective else _speaker_named(name) or _named_before(text, match)
        speaker = None if collective else speaker or last_speaker
        if made_by(match, TOPIC_BEFORE_KIND):
            yield _topic_before_kind(ctx, base, match, speaker)
            last_speaker = speaker
            continue
        if any(made_by(match, r) for r in (VISIT_OF_SPEAKER, VISIT_VERB_KIND, VISIT_AROUND_KIND)):
            yield _visit_of_speaker(ctx, base, match, speaker)
            last_speaker = speaker
            continue
        if match.groupdict().get("surname") or (match.groupdict().get("general") and not speaker):
            speaker = "Xi Jinping"  # "General Secretary Xi", "the General Secretary"
        kinds = _kinds_named(ctx, base, match)
        if leaders:
            kinds = [
                (kind, f"{words} of {each}")
                for each in _leaders_each(leaders)
                for kind, words in kinds
            ]
        elif post := match.groupdict().get("post"):
            kinds = [(kind, f"{words} of the {' '.join(post.split())}") for kind, words in kinds]
        if _an_ideology(match, kinds):
            continue
        if made_by(match, VISIT_OWNED_KIND):
            yield from _visit_records(ctx, base, match, kinds, speaker, text)
            last_speaker = speaker
            continue
        for owner, owned in _owners(match, speaker, kinds):
            yield from _occasions(ctx, base, text, match, owned, owner, occasion_spans)
        last_speaker = speaker
    yield from _visit_requirements(ctx, base, text, occasion_spans)
    yield from _levels_list(ctx, base, text, occasion_spans)
    yield from _levels_before(ctx, base, text, occasion_spans)
    yield from _ordinals_list(ctx, base, text, occasion_spans)
    yield from _body_deployed(ctx, base, text, occasion_spans)
    yield from _levels_authorities(ctx, base, text)
    yield from _explanations(ctx, base, text, last_speaker)
    yield from _topic_after_kind(ctx, base, text)
    for match in THOSE_OF_BODY.finditer(text):
        yield SpeechRecord(
            label=f"{match['kind']} of {match['body']}",
            kind="instructions",
            span=ctx.span(base + match.start("body"), base + match.end("body")),
            rule="speech.those_of_body.v1",
        )
    yield from _named_events(ctx, base, text, occasion_spans)
    yield from _nth_congress_spirit(ctx, base, text)
    yield from _body_put_forward(ctx, base, text, occasion_spans)
    yield from _first_of_two_owners(ctx, base, text)
    yield from _xi_on_books(ctx, base, text)


LEADERS_OF_BODIES = re.compile(
    r"^(?P<head>.*?\bof\s+the\s+)(?P<first>.+?)\s+and\s+the\s+(?P<second>.+)$"
)


LEADERS_OF_LEVELS = re.compile(
    r"(?i)^(?P<the>the\s+)?(?P<levels>(?:central|provincial|municipal)(?:\s+and\s+"
    r"(?:central|provincial|municipal))+)\s+(?P<rest>.+)$"
)


def _leaders_each(leaders: str) -> list[str]:
    """ "the main leaders of the provincial party committee and the provincial government": the
    leaders of each body, one item each."""
    leaders = " ".join(leaders.split())
    if levels := LEADERS_OF_LEVELS.match(leaders):
        listed = re.findall(r"(?i)central|provincial|municipal", levels["levels"])
        return [f"{levels['the'] or ''}{level} {levels['rest']}" for level in listed]
    bodies = LEADERS_OF_BODIES.match(leaders)
    if bodies is None:
        return [leaders]
    return [bodies["head"] + bodies["first"], bodies["head"] + bodies["second"]]


# "After the meeting, the Provincial People's Government put forward clear requirements for
# ...": a higher body's requirements stated with the body as the subject
BODY_PUT_FORWARD = re.compile(
    r"\b(?P<body>(?:(?:CPC|[A-Z][\w’'-]*)\s+)*(?i:provincial|central)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?i:committee|government)|State\s+Council)\s+(?:(?:also|has|have|further)\s+)?"
    r"(?:put\s+forward|made|issued|set\s+out|raised)\s+(?:(?:clear|specific|new|strict|"
    r"detailed|further|explicit)\s+)?(?P<kind>requirements|arrangements|deployments)\b"
)


def _body_put_forward(
    ctx: Context, base: int, text: str, occasion_spans: list[tuple[int, int]]
) -> Iterator[SpeechRecord]:
    for match in BODY_PUT_FORWARD.finditer(text):
        if any(s <= match.start() < e for s, e in occasion_spans):
            continue
        body = " ".join(match["body"].split())
        yield SpeechRecord(
            label=f"{match['kind']} of the {body}",
            kind="instructions",
            span=ctx.span(base + match.start(), base + match.end()),
            rule="speech.body_put_forward.v1",
        )


# "the provincial party committee and provincial government's decisions": the possessive on the
# second body only (the pattern rules read that one); the first body's are an item too
TWO_BODIES_OWN = re.compile(
    r"\b(?i:the)\s+(?P<first>"
    + _BODY
    + r")\s+and\s+(?:the\s+)?"
    + _BODY
    + r"[’']s?\s+(?:(?:important|relevant|overall|work|major)\s+)?(?P<kind>"
    + _REQUIREMENT_WORD
    + r"(?:\s+and\s+"
    + _REQUIREMENT_WORD
    + r")?)\b"
)


#: A book of Xi Jinping's words named in quotation marks: '"Xi Jinping on X"' (unquoted, "Xi
#: Jinping on flood control important instructions" is a literal word order of his instructions).
XI_ON_BOOK = re.compile(r"[“\"《‘](?P<title>Xi\s+Jinping\s+on\s+[^”\"》’.;]{2,80})[”\"》’]")


def _xi_on_books(ctx: Context, base: int, text: str) -> Iterator[SpeechRecord]:
    for match in XI_ON_BOOK.finditer(text):
        yield SpeechRecord(
            label=" ".join(match["title"].split()),
            kind="other",
            span=ctx.span(base + match.start("title"), base + match.end("title")),
            rule="speech.xi_on_book.v1",
            speaker="Xi Jinping",
        )


def _first_of_two_owners(ctx: Context, base: int, text: str) -> Iterator[SpeechRecord]:
    for match in TWO_BODIES_OWN.finditer(text):
        first = " ".join(match["first"].split())
        yield SpeechRecord(
            label=f"{' '.join(match['kind'].split())} of the {first}",
            kind="instructions",
            span=ctx.span(base + match.start("first"), base + match.end("first")),
            rule="speech.first_of_two_owners.v1",
        )


_CONGRESS_NUMBER = (
    r"(?:1[5-9]th|2[01](?:th|st)|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth)"
)
# "the nineteenth spirit", "the 19th Party Congress spirit", "the spirit of the 20th": a literal
# translation's name for the spirit of the party's national congress of that number
NTH_CONGRESS_SPIRIT = re.compile(
    r"(?i)\bthe\s+(?P<n>" + _CONGRESS_NUMBER + r")\s+(?:(?:party|cpc)\s+)?(?:congress\s+)?spirit\b"
    r"|\bspirit\s+of\s+the\s+(?P<n2>" + _CONGRESS_NUMBER + r")(?=\s*(?:,|\.|;|:|$|\band\b))"
)


def _nth_congress_spirit(ctx: Context, base: int, text: str) -> Iterator[SpeechRecord]:
    for match in NTH_CONGRESS_SPIRIT.finditer(text):
        number = (match["n"] or match["n2"]).lower()
        yield SpeechRecord(
            label=f"{number} National Congress of the CPC",
            kind="conference",
            span=ctx.span(base + match.start(), base + match.end()),
            rule="speech.nth_congress_spirit.v1",
        )


# The topics after the first of "speeches on A, B and C": each one item (a further topic must
# not be a clause: ", and the meeting stressed ...")
TOPIC_LIST = re.compile(
    r"(?P<more>(?:\s*,\s*(?!etc\b|and\b)[^,.;:\s][^,.;:]{0,79}?)*)"
    # "on A, B and C", "on A, B, C, etc."
    r"(?:\s*,?\s+and\s+(?P<last>[^,.;:]{1,80}?)"
    + _OCCASION_END
    + r"|\s*,?\s*(?:etc\b|and\s+so\s+on\b))"
)
TOPIC_ITEM = re.compile(r"\s*,\s*(?P<topic>[^,.;:]+)")
#: Lists that name one topic: "agriculture, rural areas and farmers" (the "three rural issues").
ONE_TOPIC = re.compile(
    r"(?i)\bagricultur\w*,?\s+(?:the\s+)?(?:countryside|rural\s+areas)\s*,?\s+(?:and\s+)?"
    r"(?:the\s+)?(?:farmers|peasants|rural\s+(?:people|residents))\b"
)
#: Verb forms that make a further list item a clause or a purpose, not a topic: "..., and the
#: meeting stressed", "..., further promote X and maintain Y", "and to help X" (a gerund, as in
#: "deepening reform", is a topic).
CLAUSE_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "MD", "TO"})


def _topics(
    ctx: Context, base: int, text: str, phrase: str, start: int, end: int, plural: bool
) -> tuple[list[str], int]:
    """An "on A" occasion and the further topics listed after it ("on A, B and C"), each its
    own occasion of a plural kind ("speeches"; one "speech on A, B and C" is one item); with the
    offset the last ends at."""
    if not phrase.lower().startswith("on ") or not plural:
        return [phrase], end
    topics = _topic_list(ctx, base, text, end)
    if not topics:
        return [phrase], end
    end = topics[-1][1]
    if ONE_TOPIC.search(text[start:end]):
        return [" ".join(text[start:end].split())], end
    return [phrase, *(f"on {topic}" for topic, _ in topics)], end


def _topic_list(ctx: Context, base: int, text: str, position: int) -> list[tuple[str, int]]:
    """The further topics of a list that starts right after an "on A" occasion, each with the
    offset its words end at (in ``text``); empty when what follows is no list of topics."""
    if not text[position:].lstrip().startswith(","):
        return []
    listed = TOPIC_LIST.match(text, position)
    if listed is None:
        return []
    bounds = [
        (position + m.start("topic"), position + m.end("topic"))
        for m in TOPIC_ITEM.finditer(listed["more"])
    ]
    if listed["last"]:
        bounds.append(listed.span("last"))
    if not bounds:
        return []
    topics = []
    for start, end in bounds:
        tokens = ctx.doc.char_span(base + start, base + end, alignment_mode="expand")
        if (
            not tokens
            or tokens[0].tag_ == "IN"  # ", on B and on C": further occasions, read as such
            or any(t.tag_ in CLAUSE_TAGS or t.dep_.startswith("nsubj") for t in tokens)
            or all(t.pos_ == "ADV" for t in tokens)  # ", and finally conveyed ...": a clause
            or any(t.lower_ in ITEM_HEADS or t.lower_ == "spirit" for t in tokens)
            or tokens.root.lower_ in DOCUMENT_HEADS
        ):
            return []  # a clause, or a new item ("..., the instructions of Y on Z")
        topics.append((" ".join(text[start:end].split()), end))
    return topics


#: Another speaker's kind right after a kind with no occasion: the occasion after it is both's.
SHARED_OCCASION = re.compile(
    r"\s+and\s+"
    + _SPEAKER_TITLE
    + _NAME
    + r"[’']s\s+"
    + _ADJECTIVES
    + r"(?P<kind>"
    + _KIND_WORD
    + r")\b"
)
#: The same, the other speaker after the kind: "X's instructions and the instructions of Premier
#: Y on Z" (Z is both's).
SHARED_OCCASION_BY = re.compile(
    r"\s+and\s+(?:the\s+)?"
    + _ADJECTIVES
    + r"(?P<kind>"
    + _KIND_WORD
    + r")\s+(?:(?:made|delivered|given)\s+)?(?:of|by)\s+"
    + _SPEAKER_TITLE
    + _NAME
    + r"\b(?![’']s)"
)
#: A sentence opening with what a leader's words were on: "After the outbreak of the epidemic,
#: ...", "In response to the floods, ..." (not a date, nor the reported meeting).
LEADING_TOPIC = re.compile(
    r"^\s*(?P<topic>(?i:after|following|during|in\s+response\s+to|regarding|concerning|"
    r"as\s+for|facing)\s+(?![A-Z][a-z]+\s+\d|\d|(?i:the|this|today[’']?s?)\s+(?:meeting|"
    r"conference|session)\b)[^,;:]{3,100}?)\s*,"
)
TOPIC_FIRST_RULE = "speech.topic_first.v1"
#: An occasion that is the reported meeting itself.
THIS_MEETING = re.compile(
    r"(?i)^(?:during|at|in)\s+(?:the\s+meeting$|(?:this|today[’']?s?)\s+(?:meeting|conference)\b)"
)
#: Head nouns of a document's title: "on A, the 2020 work plan and the list of projects" lists
#: what the meeting reviewed, not topics of a speech.
DOCUMENT_HEADS = frozenset(
    {
        "plan",
        "plans",
        "list",
        "report",
        "opinions",
        "measures",
        "programme",
        "program",
        "draft",
        "regulations",
        "scheme",
        "outline",
        "notice",
        "rules",
        "budget",
    }
)
#: The speaker's higher body named right after the name: "Secretary X of the Provincial Party
#: Committee", "Governor X of the Provincial Government".
HIGHER_BODY_AFTER = re.compile(
    r"\s+of\s+the\s+(?:CPC\s+)?(?:[A-Z][\w-]+\s+)?(?i:provincial|central)\s+(?i:party\s+committee|"
    r"committee|(?:people[’']s\s+)?government)\b"
)
#: The leader whose visit an occasion names: "during General Secretary X's inspection in Y".
VISITOR = re.compile(
    r"^(?:during|in|on)\s+" + _SPEAKER_TITLE + r"(?P<name>" + _NAME + r")[’']s\s+" + _VISIT_WORD
)
#: Titles that make a speaker's requirements a higher level's, even with no occasion named.
HIGHER_TITLE = re.compile(
    r"(?i)\b(?:provincial|central|general\s+secretary|premier|president|governor|state\s+council"
    r"(?:l?or)?)\b"
)


def _owners(
    match: re.Match[str], speaker: str | None, kinds: list[tuple[str, str]]
) -> list[tuple[str | None, list[tuple[str, str]]]]:
    """Whose the kinds a match names are: its speaker's, and a second speaker's ("the speeches
    of X and Y"); or each body's ("the instructions of the Central Committee and the State
    Council"), the body in the words."""
    groups = match.groupdict()
    if groups.get("bodies"):
        bodies = re.findall(_BODY, groups["bodies"])
        return [
            (None, [(kind, f"{words} of {' '.join(body.split())}") for kind, words in kinds])
            for body in bodies
        ]
    second = _speaker_named(groups.get("name2"))
    return [(speaker, kinds), *([(second, kinds)] if second else [])]


#: The speaker named after a list of kinds: "the speeches, instructions and letters of X".
SERIES_OWNER = re.compile(
    r"\s+(?:(?:made|given|delivered|sent)\s+)?(?:of|by|from)\s+"
    + _SPEAKER_TITLE
    + r"(?P<name>"
    + _NAME
    + r")\b"
)


def _series_owner(text: str, match: re.Match[str]) -> str | None:
    if not made_by(match, KIND_SERIES) or match["owner"]:
        return None
    owner = SERIES_OWNER.match(text, match.end())
    return owner["name"] if owner else None


def _named_before(text: str, match: re.Match[str]) -> str | None:
    """The speaker named before a title taken for a name: "Xi Jinping General Secretary's"."""
    if match.groupdict().get("name") not in TITLES_AS_NAMES:
        return None
    before = re.search(r"(" + _NAME + r")\s+$", text[: match.start("name")])
    return before.group(1) if before else None


def _visit_of_speaker(
    ctx: Context, base: int, match: re.Match[str], speaker: str | None
) -> SpeechRecord:
    """A speech named by the visit it was given on, the visit after the speaker's name."""
    if made_by(match, VISIT_OF_SPEAKER):  # "the important speech of X's inspection of Y"
        visit = match["visit"]
        kind_words = _kinds_named(ctx, base, match)[-1]
    elif made_by(match, VISIT_AROUND_KIND):  # "X's inspection of the important speech in Y"
        visit = match["visit"]
        kind_words = (_kind_of(match["kind"]), " ".join(match["words"].split()))
    else:  # "X inspected Y important speech"
        visit = VISIT_OF_VERB[match["verb"]]
        kind_words = (_kind_of(match["kind"]), " ".join(match["words"].split()))
    occasion = f"{visit} of {match['place']}"
    return _record(ctx, base, match.start(), match.end(), kind_words, speaker, occasion)


def _topic_before_kind(
    ctx: Context, base: int, match: re.Match[str], speaker: str | None
) -> SpeechRecord:
    words = " ".join(match["kind"].split())
    kind = (_kind_of(words.split()[-1]), words)
    occasion = " ".join(match["occasion"].split())
    return _record(ctx, base, match.start(), match.end(), kind, speaker, occasion)


def _occasions(
    ctx: Context,
    base: int,
    text: str,
    match: re.Match[str],
    kinds: list[tuple[str, str]],
    speaker: str | None,
    occasion_spans: list[tuple[int, int]],
) -> Iterator[SpeechRecord]:
    """The records of one speaker's kinds: one per occasion named after the match, or one vague
    record when none is named."""
    position = match.end()
    occasion = OCCASION.match(text[position:]) or TITLE_OCCASION.match(text[position:])
    # "X's important instructions and Premier Y's instructions on Z": on Z, both (of one kind:
    # "his speech and his thoughts on Z" are a speech and thoughts on Z)
    shared = (
        SHARED_OCCASION.match(text, position) or SHARED_OCCASION_BY.match(text, position)
        if occasion is None
        else None
    )
    after = OCCASION.match(text[shared.end() :]) if shared else None
    if shared and after and _kind_of(shared["kind"]) in dict(kinds):
        position, occasion = shared.end(), after
    leading = LEADING_TOPIC.match(text[: match.start()]) if occasion is None else None
    if leading and speaker:
        # "After the flood, the city implemented the important instructions of President Xi":
        # the event the sentence opens with is what they were given on
        for kind, words in kinds:
            yield replace(
                _record(
                    ctx,
                    base,
                    match.start(),
                    match.end(),
                    (kind, words),
                    speaker,
                    _lowered(leading["topic"]),
                ),
                rule=TOPIC_FIRST_RULE,
            )
        return
    if occasion is None and not made_by(match, UNOWNED_KIND):
        # "the instructions of Secretary X of the Provincial Party Committee": a higher body's
        higher_body = bool(speaker and match.groupdict().get("name")) and bool(
            HIGHER_BODY_AFTER.match(text, position)
        )
        if not (higher_body or _higher_owner(ctx, match, speaker)):
            return  # "Secretary X's speech", "his speech": the meeting's own leader's
        for kind, words in kinds:
            if words.lower().endswith("requirements") and not (
                higher_body or HIGHER_TITLE.search(match.group())
            ):
                continue  # "Secretary X's requirements" with no occasion: the chair's own
            topic = _need_topic(text, match) if speaker in NATIONAL_LEADERS else None
            if topic is not None:
                record = _record(
                    ctx, base, match.start(), match.end(), (kind, words), speaker, topic
                )
                yield replace(record, rule=NEED_TOPIC_RULE)
                continue
            yield _vague(ctx, base, match, kind, speaker, words)
    while occasion:
        phrase = _occasion_phrase(occasion)
        start, end = position + occasion.start("occasion"), position + occasion.end("occasion")
        if by := SPEAKER_AFTER_OCCASION.search(phrase):  # "on X made by Secretary Y"
            speaker, phrase = by["name"], phrase[: by.start()]
            end -= len(occasion["occasion"].rstrip()) - len(phrase)
        elif speaker is None and (visitor := VISITOR.search(phrase)):
            speaker = visitor["name"]  # "during General Secretary X's inspection in Y"
        plural = any(words.lower().endswith(("s", "instruction")) for _, words in kinds)
        phrases, end = _topics(ctx, base, text, phrase, start, end, plural)
        occasion_spans.append((start, end))
        if THIS_MEETING.match(phrase):
            phrases = []  # "requirements X put forward during the meeting": the chair's own
        for each in phrases:
            for kind, words in kinds:
                yield _record(ctx, base, match.start(), end, (kind, words), speaker, each)
        position = end
        occasion = NEXT_OCCASION.match(text[position:])
        if occasion and occasion["again"] and _kind_of(occasion["again"]) not in dict(kinds):
            occasion = None  # "the speech on X and the instructions on Y": read by their own
        if occasion is None and phrase.lower().startswith("at "):
            occasion = NEXT_EVENT.match(text[position:])


#: "The meeting stressed the importance of flood control, following General Secretary X's
#: instructions": a summary's way of saying what a leader's words (named by kind alone, after
#: the topic) were about.
NEED_TOPIC = re.compile(
    r"(?i)\b(?:importance|significance|need|necessity)\s+(?:of|for)\s+(?!the\s+(?:spirit|important)\b)"
    r"(?P<topic>(?!(?:stud|implement|convey|learn|follow|carr)\w*\b)[^,.;:]{3,80}?)"
    r"(?=\s*[,.;:]|\s+and\s+(?:the\b|to\b)|$)"
)
NEED_TOPIC_RULE = "speech.need_topic.v1"


def _need_topic(text: str, match: re.Match[str]) -> str | None:
    """The one topic a sentence says is important or needed, outside the kind's own words."""
    if not FOLLOWING.search(text, 0, match.start()):
        return None
    topics = [
        t for t in NEED_TOPIC.finditer(text, 0, match.start()) if not ANY_KIND.search(t["topic"])
    ]
    return " ".join(topics[0]["topic"].split()) if len(topics) == 1 else None


#: The words that take a leader's words up after the topic: ", following X's instructions".
FOLLOWING = re.compile(
    r"(?i),\s*(?:following|according\s+to|in\s+line\s+with|in\s+accordance\s+with|"
    r"as\s+required\s+by|guided\s+by)\s+$"
)


def _body_deployed(
    ctx: Context, base: int, text: str, occasion_spans: list[tuple[int, int]]
) -> Iterator[SpeechRecord]:
    for match in BODY_DEPLOYED.finditer(text):
        if not TAKEN_UP_BEFORE.search(text[max(0, match.start() - 60) : match.start()]):
            continue
        occasion_spans.append(match.span())
        yield SpeechRecord(
            label=" ".join(text[match.start("what") : match.end()].split()),
            kind="instructions",
            span=ctx.span(base + match.start("what"), base + match.end()),
            rule="speech.body_deployed.v1",
        )


#: A take-up verb shortly before an item found by its shape ("implement the high-quality
#: development strategy of ...").
TAKEN_UP_BEFORE = re.compile(
    r"(?i)\b(?:stud(?:y|ied|ying)|implement(?:ed|ing)?|convey(?:ed|ing)?|learn(?:ed|ing)?|"
    r"follow(?:ed|ing)?|carry(?:ing)?\s+out|spirit\s+of)\b[^,;.]*$"
)


def _levels_list(
    ctx: Context, base: int, text: str, occasion_spans: list[tuple[int, int]]
) -> Iterator[SpeechRecord]:
    for match in LEVELS_LIST.finditer(text):
        if not EVENT_TAKEN_UP.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        occasion_spans.append(match.span())
        head = f"{match['pre'] or ''}{match['head']}"
        span = ctx.span(base + match.start("pre" if match["pre"] else "head"), base + match.end())
        for level in re.findall(_LEVEL, match["levels"]):
            yield SpeechRecord(
                label=f"{head} of the {level} {match['body']}",
                kind="conference",
                span=span,
                rule="speech.levels_list.v1",
            )


def _levels_before(
    ctx: Context, base: int, text: str, occasion_spans: list[tuple[int, int]]
) -> Iterator[SpeechRecord]:
    for match in LEVELS_BEFORE.finditer(text):
        if not EVENT_TAKEN_UP.search(text[max(0, match.start() - 40) : match.start()]):
            continue
        occasion_spans.append(match.span())
        event = " ".join(match["event"].split())
        last = event.split()[-1].lower()
        event = event[: -len(last)] + EVENT_SINGULAR.get(last, last)
        kind = "plenary session" if "plenary" in event.lower() else "conference"
        if match["topic"]:
            event = f"{event} {' '.join(match['topic'].split())}"
        span = ctx.span(base + match.start("levels"), base + match.end())
        for level in re.findall(_EVENT_LEVEL, match["levels"]):
            yield SpeechRecord(
                label=f"{level} {event}", kind=kind, span=span, rule="speech.levels_before.v1"
            )


#: "General Secretary Xi Jinping's explanation of the proposals": the explanation he gave of a
#: draft at a plenary session, cited as his speech and named by what it explains (the word is
#: no kind word: a local official's "explanation of the draft" is his meeting's business).
EXPLANATION = re.compile(
    r"(?:" + _SPEAKER_TITLE + r"(?P<name>" + _NAME + r")[’']s|\b(?P<his>his))\s+(?:important\s+)?"
    r"(?P<what>explanations?\s+(?:of|on)\s+(?:the\s+)?[^,.;:]{3,100}?)(?=\s*(?:[,.;:]|$)|\s+and\s)"
)


#: "General Secretary Xi Jinping about the important expositions of the work of the Youth
#: League": a literal order of 关于 ... 的重要论述, the topic after the kind and "of".
TOPIC_AFTER_KIND = re.compile(
    r"(?P<owner>" + _SPEAKER_TITLE + r"(?P<name>" + _NAME + r"))\s+(?:about|on|regarding)\s+the\s+"
    r"(?P<kind>(?:important\s+)+(?:" + _KIND_WORD + r"))\s+(?:of|on)\s+"
    r"(?P<topic>[^,.;:]{3,100}?)(?=\s*(?:[,.;:]|$)|\s+and\s)"
)


def _topic_after_kind(ctx: Context, base: int, text: str) -> Iterator[SpeechRecord]:
    for match in TOPIC_AFTER_KIND.finditer(text):
        speaker = _speaker_named(match["name"])
        kind_words = " ".join(match["kind"].split())
        topic = " ".join(match["topic"].split())
        yield SpeechRecord(
            label=f"{speaker}'s {kind_words} on {topic}" if speaker else f"{kind_words} on {topic}",
            kind=_kind_of(kind_words.split()[-1]),
            span=ctx.span(base + match.start(), base + match.end()),
            rule="speech.topic_after_kind.v1",
            speaker=speaker,
            occasion=f"on {topic}",
        )


def _explanations(
    ctx: Context, base: int, text: str, last_speaker: str | None
) -> Iterator[SpeechRecord]:
    for match in EXPLANATION.finditer(text):
        speaker = _speaker_named(match["name"]) if match["name"] else last_speaker
        if speaker not in NATIONAL_LEADERS:
            continue
        what = " ".join(match["what"].split())
        yield SpeechRecord(
            label=f"{speaker}'s {what}",
            kind="speech",
            span=ctx.span(base + match.start(), base + match.end()),
            rule="speech.explanation.v1",
            speaker=speaker,
            occasion=what,
        )


_REQUIREMENT_KIND = (
    r"(?:decision[- ]making\s+(?:and\s+)?)?(?:decisions?|deployments?|requirements?|"
    r"arrangements?)(?:\s+(?:and\s+)?(?:deployments?|arrangements?|requirements?|decisions?))?"
)
_LEVELS = _ANY_LEVEL + r"(?:\s*,\s*" + _ANY_LEVEL + r")*(?:,?\s+and\s+" + _ANY_LEVEL + r")?"
#: Two or more levels: "central and provincial", "central, provincial and municipal".
_LEVEL_LIST = _ANY_LEVEL + r"(?:\s*,\s*" + _ANY_LEVEL + r")*,?\s+and\s+" + _ANY_LEVEL
#: One kind of body at each level listed: "the central and provincial party committees".
_PLURAL_BODIES = r"(?:party\s+committees(?:\s+and\s+governments)?|committees|governments)"
#: Bodies named by their level alone: "the decision-making arrangements of the central,
#: provincial and municipal authorities", "the central and provincial authorities' deployment
#: requirements": one body's requirements per level (instructions without a speaker); so too
#: one kind of body at several levels ("of the central and provincial party committees", "the
#: central and provincial governments' arrangements") and levels alone before the kind ("the
#: central and provincial decisions and deployments").
LEVELS_AUTHORITIES = re.compile(
    r"(?i)\b(?P<kind>" + _REQUIREMENT_KIND + r")\s+(?:(?:made|put\s+forward|issued)\s+)?"
    r"(?:of|by|from)\s+the\s+(?:(?P<levels>" + _LEVELS + r")\s+(?:authorities|levels)\b"
    r"|(?P<levels3>" + _LEVEL_LIST + r")\s+(?P<bodies>" + _PLURAL_BODIES + r")\b)"
    r"|\bthe\s+(?:(?P<levels2>"
    + _LEVELS
    + r")\s+authorities[’']\s+|(?P<levels4>"
    + _LEVEL_LIST
    + r")\s+(?:(?P<bodies2>"
    + _PLURAL_BODIES
    + r")[’']s?\s+)?)(?P<kind2>"
    + _REQUIREMENT_KIND
    + r")\b"
)
LEVELS_AUTHORITIES_RULE = "speech.levels_authorities.v1"


def _levels_authorities(ctx: Context, base: int, text: str) -> Iterator[SpeechRecord]:
    for match in LEVELS_AUTHORITIES.finditer(text):
        kind = " ".join((match["kind"] or match["kind2"]).lower().split())
        levels = match["levels"] or match["levels2"] or match["levels3"] or match["levels4"]
        bodies = _bodies_of_plural(match["bodies"] or match["bodies2"])
        if match["levels4"] and not match["bodies2"] and BARE_REQUIREMENTS.fullmatch(kind):
            continue  # "according to the central and provincial requirements": a manner of work
        span = ctx.span(base + match.start(), base + match.end())
        for level in re.findall(_ANY_LEVEL, levels, re.IGNORECASE):
            for body in bodies:
                yield SpeechRecord(
                    label=f"{kind} of the {level.lower()} {body}"
                    if body
                    else f"{level.lower()} {kind}",
                    kind="instructions",
                    span=span,
                    rule=LEVELS_AUTHORITIES_RULE,
                )


#: Requirements named by nothing but the word: said in passing of how work is done.
BARE_REQUIREMENTS = re.compile(r"requirements?")


def _bodies_of_plural(bodies: str | None) -> list[str | None]:
    """ "party committees and governments" -> each body in the singular ([None]: no body)."""
    if not bodies:
        return [None]
    words = " ".join(bodies.lower().split())
    return [body.removesuffix("s") for body in words.split(" and ")]


#: A take-up word anywhere shortly before a list ("the spirit of the 19th Party Congress and
#: the second, third and fourth plenary sessions of ...").
TAKE_UP_WORD = re.compile(r"(?i)\b(?:spirit|stud(?:y|ied|ying)|implement\w*|convey\w*|learn\w*)\b")


def _ordinals_list(
    ctx: Context, base: int, text: str, occasion_spans: list[tuple[int, int]]
) -> Iterator[SpeechRecord]:
    for match in ORDINALS_LIST.finditer(text):
        if not TAKE_UP_WORD.search(text[max(0, match.start() - 120) : match.start()]):
            continue
        occasion_spans.append(match.span())
        head = " ".join(match["head"].split())[:-1]  # "plenary sessions" -> "plenary session"
        body = " ".join(match["body"].split())
        kind = "conference" if head.lower() == "session" else "plenary session"
        span = ctx.span(base + match.start("ordinals"), base + match.end())
        for ordinal in re.findall(_ORDINAL, match["ordinals"], re.IGNORECASE):
            yield SpeechRecord(
                label=f"{ordinal} {head} of the {body}",
                kind=kind,
                span=span,
                rule="speech.ordinals_list.v1",
            )


def _visit_requirements(
    ctx: Context, base: int, text: str, occasion_spans: list[tuple[int, int]]
) -> Iterator[SpeechRecord]:
    for match in VISIT_REQUIREMENTS.finditer(text):
        if any(s <= match.start() < e for s, e in occasion_spans):
            continue
        name = re.search(_NAME + r"$", match["who"])  # "the Secretary of the X Committee Li Ming"
        occasion = f"{match['visit']} of {match['place']}"
        occasion_spans.append(match.span())
        yield SpeechRecord(
            label=" ".join(match.group().split()),
            kind="instructions",
            span=ctx.span(base + match.start(), base + match.end()),
            rule="speech.visit_requirements.v1",
            speaker=name.group() if name else None,
            occasion=occasion,
        )


def _named_events(
    ctx: Context, base: int, text: str, occasion_spans: list[tuple[int, int]]
) -> Iterator[SpeechRecord]:
    previous_end = -1
    for match in NAMED_EVENT.finditer(text):
        name = TRAILING_ADVERBIAL.sub("", " ".join(match["name"].split()))
        inside_occasion = any(s <= match.start("name") < e for s, e in occasion_spans)
        before = text[max(0, match.start() - 40) : match.start()]
        listed = previous_end >= 0 and EVENT_LIST_JOIN.match(text[previous_end : match.start()])
        if (
            inside_occasion
            or NOT_EVENTS.search(name)
            or not (EVENT_TAKEN_UP.search(before) or listed)
        ):
            continue
        previous_end = match.end()
        kind = "plenary session" if EVENT_KIND.search(name) else "conference"
        span = ctx.span(base + match.start("name"), base + match.end("name"))
        for each in _shared_head_split(name):
            yield SpeechRecord(label=each, kind=kind, span=span, rule="speech.named_event.v1")


#: How the take-up is done, run on into an event's name: "the X Congress in depth".
TRAILING_ADVERBIAL = re.compile(
    r"(?i)\s+(?:in\s+depth|in\s+an\s+all-round\s+way|thoroughly|comprehensively|"
    r"conscientiously|fully|earnestly)$"
)
#: "the national forestry work and the provincial forestry work conference": two
#: conferences of two levels sharing the last word.
SHARED_HEAD = re.compile(
    r"(?i)^(?P<first>(?:national|central|provincial|municipal|city|county|district)\b.*?)"
    r"\s+and\s+the\s+(?P<second>(?:national|central|provincial|municipal|city|county|district)"
    r"\b.*\b(?P<head>conference|meeting))$"
)


def _shared_head_split(name: str) -> list[str]:
    shared = SHARED_HEAD.match(name)
    if shared is None or re.search(r"(?i)\b(?:conference|meeting)\b", shared["first"]):
        return [name]
    return [f"{shared['first']} {shared['head']}", shared["second"]]


def _taken_up_after(words: SpacySpan) -> bool:
    """An item the subject of a passive take-up verb: "the X strategy will be implemented"."""
    root, verb = words.root, words.root.head
    passive = root.dep_ == "nsubjpass" or any(t.dep_ == "auxpass" for t in verb.children)
    return root.dep_.startswith("nsubj") and passive and verb.lemma_.lower() in TAKE_UP_VERBS


#: "According to" takes up only what it governs: "according to the requirements of X", not
#: "according to the agenda, the X congress will open"; so the item must follow closely.
ACCORDING_REACH = 6


def _takes_up(token: Token, item_start: int) -> bool:
    if token.i + 1 < len(token.doc) and token.nbor().text == "|":
        return False  # a web page's "Follow |" button, not a verb of the report
    lemma = token.lemma_.lower()
    if lemma == "accord" and token.pos_ == "VERB":
        between = token.doc[token.i : item_start]
        return len(between) <= ACCORDING_REACH and not any(t.is_punct for t in between)
    return (token.pos_ == "VERB" and lemma in TAKE_UP_VERBS) or lemma in TAKE_UP_NOUNS


def _kinds_named(ctx: Context, base: int, match: re.Match[str]) -> list[tuple[str, str]]:
    """The kinds a match names, each with its words as written. "speeches and instructions" is
    one item (of the last kind); "speeches and important instructions" repeats the adjective,
    so names two ("the important speech and important instructions": a speech, instructions)."""
    if made_by(match, KIND_SERIES):
        return _series_kinds(match["series"])
    owner = match.groupdict().get("owner")
    if owner:
        before = match.group()[len(owner) : match.start("kind") - match.start()]
    else:  # "the series of major speeches made by ...": the words before the kind too
        ahead = ctx.text[max(0, base + match.start() - 60) : base + match.start("kind")]
        adjectives = re.search(_ADJECTIVES + r"$", ahead, re.IGNORECASE)
        before = adjectives.group() if adjectives else ""
    last = "kind2" if match["kind2"] else "kind"
    if match["kind2"] and match["important2"]:
        first = before + match["kind"]
        second = match["important2"] + match["kind2"]
        return [
            (_kind_of(match["kind"]), " ".join(first.split())),
            (_kind_of(match["kind2"]), " ".join(second.split())),
        ]
    words = (
        before
        + match.group()[match.start("kind") - match.start() : match.end(last) - match.start()]
    )
    if match.groupdict().get("title"):
        words += f" titled {match['title']}"
    return [(_kind_of(match[last]), " ".join(words.split()))]


#: Words that begin a title caught as the first half of a name ("President Xi's").
TITLE_WORDS = frozenset(
    {"President", "Secretary", "Premier", "Governor", "Mayor", "Comrade", "Chairman"}
)
#: Leaders called by their surname alone after a title.
SURNAME_ONLY = {"Xi": "Xi Jinping"}


def _speaker_named(name: str | None) -> str | None:
    """The speaker a name group names: "President Xi" is Xi Jinping; a title alone or a title
    and another bare surname names nobody (the speaker cited before is meant)."""
    if not name or name in TITLES_AS_NAMES:
        return None
    first, _, rest = name.partition(" ")
    if first in TITLE_WORDS:
        return SURNAME_ONLY.get(rest)
    return name


def _kind_of(word: str) -> str:
    words = " ".join(word.lower().split())
    return ALL_KINDS.get(words) or ALL_KINDS[words.removeprefix("important ")]


def _series_kinds(series: str) -> list[tuple[str, str]]:
    """Each kind word of a list once, with its words ("recent series of important speeches",
    "important instructions", "congratulatory letters", "replies")."""
    out: list[tuple[str, str]] = []
    for element in re.split(_LIST_SEP, series):
        words = re.sub(r"(?i)^the\s+spirit\s+of\s+", "", " ".join(element.split()))
        kind_word = words.split()[-1].lower()
        if all(kind_word != w.split()[-1].lower() for _, w in out):
            out.append((ALL_KINDS[kind_word], words))
    return out


def _a_body_report(match: re.Match[str]) -> bool:
    """ "The government work report of the municipal government": a document, not a speech."""
    groups = match.groupdict()
    named = groups.get("name") or groups.get("surname")
    kind = (groups.get("kind2") or groups.get("kind") or "").lower()
    return kind.endswith("report") and not named


def _an_ideology(match: re.Match[str], kinds: list[tuple[str, str]]) -> bool:
    """ "Xi Jinping's thought on the rule of law" is an ideology, not cited; his "important
    thoughts on ..." are expositions."""
    if made_by(match, KIND_SERIES):
        return False
    thought = (match["kind2"] or match["kind"]).lower().startswith("thought")
    return thought and not any("important" in words.lower().split() for _, words in kinds)


def _occasion_phrase(occasion: re.Match[str]) -> str:
    phrase = " ".join(occasion["occasion"].split())
    if made_by(occasion, NEXT_EVENT):
        phrase = f"at {phrase}"
    if visit := PLACE_VISIT.match(phrase):
        phrase = f"{visit['visit']} of {visit['place']}"
    return VISIT_CLAUSE.sub(_visit_noun, phrase)


# "when he inspected Hunan", "while inspecting Shaanxi", "when he was investigating in X": the
# visit a speech was given on, named as reports name it ("during his inspection in Hunan")
VISIT_CLAUSE = re.compile(
    r"(?i)\b(?:when|while|as)\s+(?:(?:he|she)\s+)?(?:was\s+)?"
    r"(?P<verb>inspect|visit|investigat|research|survey)(?:ed|ing|e)?\s+(?:(?:in|to)\s+)?(?=[A-Z])"
)
VISIT_NOUNS = {
    "inspect": "inspection",
    "visit": "visit",
    "investigat": "investigation",
    "research": "research",
    "survey": "survey",
}


def _visit_noun(clause: re.Match[str]) -> str:
    return f"during his {VISIT_NOUNS[clause['verb'].lower()]} in "


def _visit_records(
    ctx: Context,
    base: int,
    match: re.Match[str],
    kinds: list[tuple[str, str]],
    speaker: str | None,
    text: str,
) -> Iterator[SpeechRecord]:
    """A speech named by the visit it was given on: "inspection of Yunnan" from the words
    before the kind, or "research in Anyang" from the visit word and the place after it; with
    no place it names nothing (a "research speech" alone is a vague repeat)."""
    end = match.end()
    if match["place"]:
        phrase = f"{match['visit']} of {match['place']}"
    else:
        place = OCCASION.match(text[end:])
        if place is None or not place["occasion"].lower().startswith(("in ", "to ")):
            return
        phrase = f"{match['visit']} {' '.join(place['occasion'].split())}"
        end += place.end("occasion")
    for kind, words in kinds:
        yield _record(ctx, base, match.start(), end, (kind, words), speaker, phrase)


def _vague(
    ctx: Context, base: int, match: re.Match[str], kind: str, speaker: str | None, words: str
) -> SpeechRecord:
    """A speech named by its kind alone ("General Secretary Xi Jinping's series of important
    speeches and instructions"): cited, once, when nothing more specific of its speaker and
    kind came before."""
    return SpeechRecord(
        label=f"{speaker}'s {words}" if speaker else words,
        kind=kind,
        span=ctx.span(base + match.start(), base + match.end()),
        rule=VAGUE,
        speaker=speaker,
        occasion=words,
    )


def _record(
    ctx: Context,
    base: int,
    start: int,
    end: int,
    kind_words: tuple[str, str],
    speaker: str | None,
    occasion: str,
) -> SpeechRecord:
    """A speech with its occasion, labelled with its kind words as written ("Xi Jinping's
    important speeches to Hunan")."""
    kind, words = kind_words
    owner = f"{speaker}'s " if speaker else ""
    return SpeechRecord(
        label=f"{owner}{words} {occasion}",
        kind=kind,
        span=ctx.span(base + start, base + end),
        rule=KIND_OCCASION,
        speaker=speaker,
        occasion=occasion,
    )


# Last: every rule above asks first for the words it cannot match without.
prefilter_module_patterns(globals())
