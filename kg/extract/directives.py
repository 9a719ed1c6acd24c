"""Directives: sentences that state a required action.

A directive is cued by an obligation ("it is necessary to", "must", "should", "need
to", "urged all parties to", "strive to") or is a bare imperative, as machine
translations render the Chinese list of requirements ("Strengthen grassroots
governance, improve ..."). ``verb`` is the lemma of the action the cue governs.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, partial
from itertools import islice

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.extract.context import Context
from kg.extract.people import historical_figures, non_state
from kg.extract.prefilter import prefilter_module_patterns
from kg.extract.topics import topics_of
from kg.ingest.dateline import MONTH_NAMES
from kg.nlp import load_nlp
from kg.nlp.rules import RuleMatch, rule_set, words_in
from kg.types import DirectiveRecord, Span

#: Obligation cues and the modality each records, strongest first.
MODAL_CUES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "necessary",
        re.compile(
            r"(?i)\b(?:it\s+is|it's)\s+(?:also\s+|even\s+more\s+|therefore\s+)?"
            r"(?:necessary|essential|imperative|required)\s+to\b"
        ),
    ),
    (
        "urge",
        re.compile(
            r"(?i)\b(?:urged|urges|urging|requiring|requires|required|requests|requested|"
            r"asks|called\s+(?:up)?on|"
            r"calls\s+(?:up)?on|asked)\s+"
            r"(?P<addressee>[^.;:\"“]{2,80}?)\s+to\b"
        ),
    ),
    # "called for strengthening the protection of ...": the action is a gerund
    ("urge", re.compile(r"(?i)\b(?:called|calls|calling)\s+for\s+(?=\w+ing\b)")),
    # "urged the implementation of rectification": the action is a noun
    (
        "urge",
        re.compile(r"(?i)\b(?:urged|urges|demanded|required)\s+(?=the\s+\w+(?:ation|ment)\b)"),
    ),
    ("need", re.compile(r"(?i)\b(?:the\s+need\s+to|needs?\s+to)\b")),
    ("must", re.compile(r"(?i)\bmust\b(?!-)")),  # not "a must-see"
    # "leading cadres have to take the lead": the obligation as "have to"
    ("must", re.compile(r"(?i)\b(?:have|has)\s+to\b(?=\s+\w)")),
    # prohibitions: "safety work cannot be paralyzed or lax", "must never relax"
    # ("will never be forgotten" foretells, it forbids nothing)
    (
        "must",
        re.compile(r"(?i)\b(?:cannot|can\s*not|must\s+not|shall\s+not|(?<!will\s)never)\s+be\b"),
    ),
    ("should", re.compile(r"(?i)\bshould\b(?!-)")),
    # "The district strives to complete ...": the present tense of a pledge, too
    (
        "strive",
        re.compile(r"(?i)\b(?:strives?|endeavou?rs?)\s+to\b|\bmakes?\s+every\s+effort\s+to\b"),
    ),
)
#: Pattern cues (kg/nlp/patterns/directives.jsonl) whose action may be a noun, not a verb
#: ("called for the implementation of", "highlighted the need for political construction").
VERBLESS_CUES = frozenset({"urge", "necessary"})
#: Sentences with a cue that still state no required action.
NOT_DIRECTIVE = (
    # quorum statements: "There should be 45 members present"
    re.compile(r"(?i)\bthere\s+(?:should|must)\s+be\s+\d+"),
    # "51 members should be present, 49 attended, which is in line with the quorum"
    re.compile(r"(?i)\bquorum\b"),
    # a rhetorical "should" describing what was expected, not what must be done; "should
    # have built more parks" regrets the past
    re.compile(r"(?i)\b(?:should|must)\s+have\s+(?:been|\w+ed|built|done|made|taken|given|seen)\b"),
    # "It is important to note that growth slowed", "It should be pointed out that ...": a
    # remark introduced, no action required
    re.compile(
        r"(?i)\b(?:(?:important|necessary|worth)\s+(?:to\s+)?|(?:should|must)\s+be\s+)"
        r"(?:note[ds]?|noting|point(?:ing|ed)?\s+out|"
        r"mention(?:ing|ed)?)\s+that\b(?!.*\b(?:must|should|need|necessary|required)\b)"
    ),
    # a guess, not a duty: "This must be the best harvest in decades", "It must be a hard year"
    re.compile(r"(?i)^(?:this|that|it)\s+must\s+(?:be|have\s+been)\s+(?:the|a|an)\b"),
    # 离不开 translated: "the achievements cannot be separated from the hard work of ..." praises
    re.compile(
        r"(?i)\b(?:cannot|can\s*not|could\s*not)\s+be\s+separated\s+from\b|\binseparable\s+from\b"
    ),
    # a document's date of effect: "The Regulations shall come into force on March 1"
    re.compile(
        r"(?i)\b(?:come|comes|came)\s+into\s+(?:force|effect)\b|\btakes?\s+effect\s+(?:on|from)\b"
    ),
    # the web page's furniture addresses the reader: "Click here to read the full text."
    re.compile(
        r"(?i)^(?:please\s+)?(?:click|scan|subscribe|download|long[-\s]press|share\s+(?:to|on)|"
        r"follow\s+us|contact\s+us|reprint|welcome\s+to|read\s+more|learn\s+more|see\s+more|"
        r"watch\s+(?:the\s+)?video|thank\s+you|thanks\s+for|"
        # links to other stories: "Related news: Strengthen cooperation ..."
        r"(?:related|recommended|previous|next)\s+(?:news|reading|stories|story|articles?|links?"
        r"|reports?)\s*[:：])\b|\bQR\s+code\b|\bwhen\s+reprinting\b"
    ),
    # a pledge's forecast attributed to a source that is not the meeting: "..., the report
    # said", "..., experts predicted", "..., according to the weather bureau"
    re.compile(
        r"(?i),\s*(?:according\s+to\s+[^,]*?|(?:the\s+|a\s+)?[\w\s]{0,30}?\b(?:report|notice|"
        r"statistics|forecast|bureau|data|survey|organi[sz]ers|experts?|analysts?|sources?|media|"
        r"newspaper|economists?|scholars?|researchers?)s?\s+(?:said|says|predicted|predicts|announced|forecast|showed|shows|noted|"
        r"added|reported)|[\w\s]{0,40}?\s+announced)\W*$"
    ),
)
#: Speakers whose words are no meeting's requirement: residents, experts, entrepreneurs
#: quoted in the report ("A villager said he hoped the road will be repaired").
BYSTANDERS = frozenset(
    {
        "villager",
        "resident",
        "citizen",
        "farmer",
        "tourist",
        "visitor",
        "passenger",
        "expert",
        "analyst",
        "scholar",
        "professor",
        "teacher",
        "student",
        "parent",
        "owner",
        "businessman",
        "entrepreneur",
        "reporter",
        "journalist",
        "netizen",
        "worker",
        "volunteer",
        "patient",
        "customer",
        "consumer",
        "organizer",
        "observer",
        "shopkeeper",
        "vendor",
        "merchant",
        "driver",
        "fisherman",
        "herdsman",
        "employee",
        "manager",
        # heads of schools and teams a report quotes on their own work
        "principal",
        "headmaster",
        "coach",
        "lawyer",
    }
)
#: Titles the small model tags as part of a name ("Comrade", "Professor").
NAME_TITLE_WORDS = frozenset({"comrade", "professor", "dr", "mr", "ms", "academician"})
#: Events, which are attended or held, not bound to act.
EVENT_NOUNS = frozenset({"meeting", "conference", "session", "event", "ceremony", "activity"})
#: Those a notice sets conditions for: applicants, entrants, participants.
APPLICANTS = frozenset({"applicant", "candidate", "entrant", "contestant", "registrant"})
#: Private businesses whose people speak for them, not for a meeting ("chairman of the company").
BUSINESSES = frozenset({"company", "firm", "factory", "shop", "store", "restaurant", "hotel"})
#: Sources that forecast, not pledge: "the report said the city will ...".
SOURCES = frozenset(
    {"report", "notice", "forecast", "bureau", "data", "statistic", "statistics", "survey"}
    | {"media", "newspaper", "source", "expert", "analyst", "observer"}
    # the news report's own voice: "The reporter learned that the city will ..."
    | {"reporter", "journalist", "correspondent"}
)
#: Verbs by which a report tells what it learned of a plan ("The reporter learned from the
#: meeting that the city will ...", "It is reported that the district will ...").
LEARNING_LEMMAS = frozenset({"learn", "report", "understand", "know"})
#: Verbs of states a place keeps or undergoes, not of actions ("will continue to rank first").
STATE_VERBS = frozenset(
    {"rank", "be", "remain", "lead", "grow", "rise", "decline", "fall", "top", "enjoy", "see"}
    | {"experience", "face", "suffer", "rain", "stay", "account", "exceed"}
    | {"last", "reach", "hit", "total", "peak", "surpass"}
)
#: Rules reading a hope for someone, or a pledge reported: who is meant must be able to act.
HOPE_RULES = (
    "directives.said_would.",  # a pledge reported, too: "he said that he would ..."
    "directives.hoped_that.",
    "directives.hoped_clause.",
    "directives.expressed_hope.",
    "directives.expected_that.",
)
#: Speakers in the plural, whose reported "will" is their own resolve.
PLURAL_SPEAKERS = frozenset({"everyone", "everybody", "they", "we", "all", "both", "many", "some"})
#: A pledge's words attributed to a plan, a report or a bureau at the sentence's opening.
ACCORDING_TO_A_SOURCE = re.compile(
    r"(?i)\W*according\s+to\s+(?:the\s+|a\s+)?[\w\s'’“”\"-]{0,40}?\b(?:plans?|reports?|schedule|"
    r"data|statistics|forecasts?|sources?|notice|programmes?|programs?|bureau|estimates?)\b"
)
#: Verbs that stress or require a clause ("stressed that ...").
STRESSING_LEMMAS = frozenset(
    {"stress", "emphasize", "emphasise", "point", "require", "demand", "request", "say"}
    | {"note", "underline", "instruct", "propose"}
)
#: The rule id of a stressed clause whose verb is an infinitive.
INFINITIVE_STRESSED_RULE = "directive.infinitive_stressed.v1"
#: What follows a modal with its action left out: a stop, or "be" and a stop (the end of the
#: text is an excerpt cut after its cue: "He stressed that all departments must").
ELLIPSIS_AFTER_MODAL = re.compile(r"(?:\s+be)?\s*[,.;!?。]")
#: Where the clause of a modal ends: a question mark makes it a question.
QUESTION_OR_STOP = re.compile(r"[.!?;。？]")
#: Conjunctions that make a modal's clause a supposition ("If problems should arise").
CONDITION_MARKS = frozenset({"if", "unless", "lest", "whether"})
#: The obligation "have to", which only a body or a person acting in office bears.
HAVE_TO = re.compile(r"(?i)ha(?:ve|s)\s+to\b")
#: The subject of "calls for", "requires that" when a document's content is described.
DOCUMENT_SUBJECT = re.compile(
    r"(?i)\b(?:plans?|laws?|regulations?|rules|notices?|opinions|documents?|polic(?:y|ies)|"
    r"measures|provisions|standards?|constitution|charter|outlines?|programmes?|schemes?|"
    r"agreements?|contracts?)\b"
)
#: An obligation in the past tense ("It was necessary to", "needed to", "had to", "was
#: required to").
PAST_CUE = re.compile(r"(?i)^(?:it\s+was|needed|\w+\s+had|was|were)\b")
#: A time in the past: what was needed then is a fact reported.
PAST_TIME = re.compile(
    r"(?i)\blast\s+(?:year|month|week|winter|spring|summer|autumn|"
    + "|".join(MONTH_NAMES)
    + r")\b|\b\w+\s+(?:years?|months?|days?)\s+ago\b|\byesterday\b|"
    r"\bin\s+(?:19|20)\d\d\b(?!\s*[-–]\s*\d)"
)
#: A requirement reported as past: a past time before it ("Last year, the committee required
#: ..."; a bare year may be the plan's), or the past perfect ("had required").
PAST_BEFORE_CUE = re.compile(
    r"(?i)\blast\s+(?:year|month|week|winter|spring|summer|autumn)\b|\bago\b|\byesterday\b|"
    r"\bhad\s+$"
)
#: Verbs reporting what a speaker said, hoped or told.
SAYING_LEMMAS = frozenset(
    {"say", "tell", "hope", "add", "believe", "think", "complain", "note"}
    # ... or stressed: "Professor Wen pointed out that reform must rely on farmers"
    | {"point", "stress", "emphasize", "emphasise", "state", "argue"}
    # ... or urged others to do: "The residents urged the government to repair the road"
    | {"urge", "ask", "call", "demand", "request", "suggest", "want", "wish"}
)
#: Words numbering a requirement in a list ("Sixth, do a good job ...").
LIST_ORDINALS = frozenset(
    {
        "first",
        "firstly",
        "second",
        "secondly",
        "third",
        "thirdly",
        "fourth",
        "fourthly",
        "fifth",
        "fifthly",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "finally",
        "lastly",
    }
)
#: A list item's ordinal left in Chinese by the translation: "一是", "二、", "（三）".
CJK_LIST_MARKER = re.compile(r"[(（]?[一二三四五六七八九十]+(?:是|要|[、.．)）])?")
#: Adverbs that may stand before a bare imperative's verb ("Actively strengthen ...").
IMPERATIVE_ADVERB_TAGS = frozenset({"RB", "RBR"})
#: Verbs that open descriptive sentences, never imperatives.
NOT_IMPERATIVE_LEMMAS = frozenset({"be", "have", "say", "see", "note", "enter"})
#: Action verbs of this genre, taken as imperatives at the start of a sentence even when the
#: small model tags the capitalised word as a proper noun ("Adhere to ...", "Persist in ...").
IMPERATIVE_VERBS = frozenset(
    {
        "adhere",
        "persist",
        "insist",
        "uphold",
        "focus",
        "promote",
        "strengthen",
        "improve",
        "deepen",
        "accelerate",
        "implement",
        "ensure",
        "build",
        "strive",
        "tighten",
        "consolidate",
        "establish",
        "enhance",
        "optimize",
        "advance",
        "continue",
        "guide",
        "prevent",
        "resolve",
        "carry",
        "give",
        "make",
        "take",
        "do",
        "pay",
        "grasp",
        "understand",
        "study",
        "increase",
        "expand",
        "foster",
        "cultivate",
        "coordinate",
        "standardize",
        "intensify",
        "speed",
        "highlight",
        "press",
        "compact",
        "fight",
        "innovate",
        "launch",
        "organize",
        "plan",
        # verbs seldom nouns, which the small model still tags so when capitalised
        "persevere",
        "stick",
        "maintain",
        "safeguard",
        "seize",
        "pursue",
        "attach",
        "eliminate",
        "curb",
        "stabilize",
        "solve",
        "integrate",
        "explore",
        "enrich",
    }
)
#: A subject names an addressee when it is an actor (committees, departments, cadres...).
ADDRESSEE_WORDS = re.compile(
    r"(?i)\b(?:committees?|governments?|departments?|districts?|count(?:y|ies)|cadres?|members?|"
    r"officials?|levels?|units?|offices?|organs?|enterprises?|parties|leaders?|organizations?|"
    r"bureaus?|agencies|towns?|streets?|villages?|cities)\b"
)
#: People expected to act besides the addressees above ("deputies are expected to ...").
OTHER_ACTORS = re.compile(
    r"(?i)\b(?:everyone|all|advisers|deputies|delegates|representatives|comrades|meeting|session|conference|"
    r"plenum|forum|symposium|groups?|compan(?:y|ies)|"
    r"corporations?|schools?|universit(?:y|ies)|hospitals?|associations?|federations?|"
    # a delegation, both sides, the places paired: "hoped that the two places will ..."
    r"delegations?|sides|places|localities|teams?|majority|masses|city|provinces?|"
    # the one in office who requires: "The secretary required to establish ..."
    r"secretar(?:y|ies)|mayors?|governors?|chairm[ae]n|directors?|heads?|ministers?|chiefs?)\b"
)
#: What may follow a lexicon verb for it to read as an imperative ("Adhere to", "Press and").
IMPERATIVE_OBJECT_POS = frozenset({"ADP", "DET", "ADJ", "NOUN", "PART", "ADV", "CCONJ", "PRON"})
TERMINAL_PUNCTUATION = (".", "!", "?", ";", "。", "”", '"', "’", ")")
#: A closing bracket or quote ends a sentence only after a stop inside it ("(... the city.)",
#: '... he said."'): a line ending "(photo)", "(2021-2025)" or 'the "gold content"' is a
#: caption or a headline.
BRACKET_WITHOUT_STOP = re.compile(r"[^.!?。;”\"’][)）]$|[^.!?。;,，][”\"’]$")
#: Verbs that modify a noun ("leading cadres"), not the verb of a clause.
MODIFIER_DEPS = frozenset({"amod", "compound", "acl", "nmod"})
#: A list item's number standing as a sentence of its own ("1.", "(2)", "③"), or its stop.
LIST_MARKER = re.compile(r"^(?:[(（]?\d{1,2}[.)、）]?|[①-⑳]|[.)、）])$")
#: The next item's number glued to the end of a list item: "Improve X\n2.", "Improve X (3)".
NEXT_ITEM_NUMBER = re.compile(
    r"\s*\n\s*(?:[(（]?\d{1,2}[.)、）]|[(（][一二三四五六七八九十]+[)）])$"
)
#: The characters a glued item number ends with.
ITEM_NUMBER_ENDS = (".", ")", "、", "）")
#: A sentence that announces a list of requirements ("The meeting pointed out that",
#: "He put forward the following requirements:").
LIST_LEAD = re.compile(
    r"(?i)(?:[:：]|\bthat|\bas\s+follows)\s*$|\b(?:stress|emphasi[sz]|point(?:ed|s)?\s+out|"
    r"requir|request|demand|call(?:ed|s)?\s+(?:on|for)|urg|put\s+forward)\w*\b[^.]*$"
)
#: A lead-in that only a list can follow, even without its colon: "He put forward the
#: following requirements" (the body has begun, though no full stop was read yet).
FOLLOWING_LEAD = re.compile(
    r"(?i)\b(?:the\s+following(?:\s+\w+){0,2}|as\s+follows|"
    # "The meeting put forward three requirements.": the number says a list follows
    r"(?:two|three|four|five|six|seven|several|\d)\s+(?:\w+\s+)?"
    r"(?:requirements|requests|demands|tasks|points|opinions))\s*[:：.]?\s*$"
)
#: A lead-in announcing a list of what was done, or of the agenda, not of requirements: "The
#: main achievements of the past year are as follows:", "The agenda of the meeting is:".
NOT_A_REQUIREMENT_LEAD = re.compile(
    r"(?i)\b(?:achieve\w*|results|progress|highlights|agenda|attend\w*|parts|aspects|consists?|"
    r"divided|contents?|past|reviewed|summari[sz]\w*|last\s+year)\b"
)
#: A lead-in to the outline of a report or a speech: "The report is divided into five parts:",
#: "The speech has three parts".
OUTLINE_LEAD = re.compile(
    r"(?i)\b(?:divided\s+into|consists?\s+of|(?:is|are)\s+composed\s+of|comprises?|has|have|"
    r"contains?)\s+"
    r"(?:\w+\s+){0,2}(?:parts|sections|chapters)\b"
)
#: A quoted slogan as the subject of a sentence describing it: '"Green waters are gold" has
#: become a consensus', '"Do practical things" is our purpose'.
QUOTED_SUBJECT = re.compile(
    r"[“\"][^”\"]{3,200}[”\"]\s+(?:(?:has|have|had)\s+(?:long\s+)?(?:become|been)|is|are|was|were|"
    r"became|becomes|remains?|means|refers|represents)\b"
)
#: A quoted phrase: a title when in book-title marks or written in title case.
QUOTED_PHRASE = re.compile(r"《[^》\n]{2,200}》|[“\"][^”\"\n]{3,200}[”\"]")
#: Words long enough that title case capitalises them ("of", "to", "a" it may leave small).
TITLE_CASED_WORD = re.compile(r"[A-Za-z][\w'’-]{3,}")


def find_directives(ctx: Context) -> list[DirectiveRecord]:
    found: list[DirectiveRecord] = []
    sentences = ctx.sentences
    in_body = False  # a sentence with a full stop has been read: headlines are behind
    in_list = False  # the previous sentence announced a list, or was an unpunctuated item of one
    in_outline = False  # the items read are the parts of a report, not requirements
    # read only when a sentence has someone say something: most articles never need it
    bystanders = cache(partial(_bystander_names, ctx))
    for index, sent in enumerate(sentences):
        text = ctx.text_of(sent).strip()
        if LIST_MARKER.match(text):
            continue  # "1." split off its item: the list goes on
        # "The report is divided into five parts: first, ...; 2. ...": an outline of a report
        # runs to its full stop, whatever its items' verbs say
        if OUTLINE_LEAD.search(text) or in_outline:
            in_outline = not _closes_a_paragraph_item(text)
            in_list = False
            continue
        # "Improve X\n2.": the next item's number glued to this one ends its line, no full stop
        next_number = _next_item_number(text)
        numbered_next = next_number is not None
        item = text[: next_number.start()] if next_number else text
        ends_line = numbered_next or _ends_a_line(ctx, sent)
        line = in_body and in_list and ends_line and len(item.split()) >= 3
        # "... compulsory education The meeting commended ...": a full stop lost mid-paragraph
        run_on = in_body and not line and _runs_on(ctx, sent, item)
        records = _directive(
            ctx,
            sent,
            cut_off=index == len(sentences) - 1,
            line=line or run_on,
            bystanders=bystanders,
            cued_only=run_on,
        )
        found.extend(records)
        # a requirement closed by a full stop announces nothing: the unpunctuated lines after
        # it are links, captions or an outline, unless numbered as items ("2. Improve ...")
        punctuated = _punctuated(item)
        # "... do a good job in the following work." announces a list despite its full stop
        lead = bool(_list_lead(text) or FOLLOWING_LEAD.search(text)) and not (
            NOT_A_REQUIREMENT_LEAD.search(text)
        )
        in_list = lead or bool(records and (line or not punctuated))
        in_body = in_body or punctuated or bool(lead and FOLLOWING_LEAD.search(text))
    return found


def _punctuated(text: str) -> bool:
    """Whether the sentence closes with a full stop (or its like), as the body's sentences do."""
    # (a match is the last two characters: searched from there, not along the whole sentence)
    return text.endswith(TERMINAL_PUNCTUATION) and not BRACKET_WITHOUT_STOP.search(
        text, max(len(text) - 2, 0)
    )


def _next_item_number(text: str) -> re.Match[str] | None:
    """The next item's number glued to the end of a stripped sentence, if there is one (only a
    sentence ending as a number does is searched)."""
    return NEXT_ITEM_NUMBER.search(text) if text.endswith(ITEM_NUMBER_ENDS) else None


def _list_lead(text: str) -> re.Match[str] | None:
    """Whether the sentence announces a list (:data:`LIST_LEAD`): every match lies after the
    sentence's last full stop, so only that tail is searched."""
    return LIST_LEAD.search(text, text.rfind(".") + 1)


def _closes_a_paragraph_item(text: str) -> bool:
    """Whether the sentence ends at a full stop, not at an item's semicolon or at the next
    item's number glued to it ("... hardships;2.")."""
    return text.endswith(".") and not re.search(r"[;；]\s*\d{1,2}\.$", text)


def _runs_on(ctx: Context, sent: SpacySpan, text: str) -> bool:
    """Whether an unpunctuated sentence of six words or more runs on into the next sentence on
    its line: the translation lost the full stop between them ("... compulsory education The
    meeting ..."), where a headline or a caption stands on a line of its own."""
    if _punctuated(text) or len(text.split()) < 6:
        return False
    end = sent.start_char + len(ctx.text_of(sent).rstrip())
    after = ctx.text[end : end + 3]
    return bool(after) and "\n" not in after and after.lstrip()[:1].isupper()


def _continues_a_line(ctx: Context, sent: SpacySpan) -> bool:
    """Whether the sentence starts on the line the sentence before it ends on (a list item's
    number, "2.", is the sentence's own)."""
    before = ctx.text[: sent.start_char].rstrip(" \t")
    line_start = before.rfind("\n") + 1
    return bool(before) and not before.endswith("\n") and not LIST_MARKER.match(before[line_start:])


def _ends_a_line(ctx: Context, sent: SpacySpan) -> bool:
    """Whether the sentence runs to the end of its line (the next starts on a new one): an
    unpunctuated line after a lead-in or a requirement is one more item of the list, where
    related-story links and footers ("Contact Us") follow no requirement."""
    end = sent.start_char + len(ctx.text_of(sent).rstrip())
    return "\n" in ctx.text[end : end + 3] or end >= len(ctx.text.rstrip())


def _directive(
    ctx: Context,
    sent: SpacySpan,
    *,
    cut_off: bool = False,
    line: bool = False,
    bystanders: Callable[[], frozenset[str]] = frozenset,
    cued_only: bool = False,
) -> list[DirectiveRecord]:
    """``cut_off``: the sentence is the excerpt's last, which may stop mid-word ("It is
    necessary to st") and still state its requirement. ``line``: the sentence is a line of
    the body, which lists requirements one a line without full stops ("Strengthen safety
    supervision and prevent major accidents"). ``bystanders``: gives the names the article
    describes as experts, entrepreneurs or history, whose words are no requirement wherever
    they speak. ``cued_only``: only a cue makes the sentence a directive, not a bare
    imperative (a sentence run on into the next, whose opening verb may be a headline's)."""
    sent_text = ctx.text_of(sent)
    text = sent_text.strip()
    if not (cut_off or line or _punctuated(text)) or any(p.search(text) for p in NOT_DIRECTIVE):
        return []  # headlines above the body carry no punctuation; quorums are not actions
    if _voiced_by_a_bystander(sent, bystanders) or _according_to_a_bystander(sent):
        return []
    if DOCUMENT_VOICE.match(text):  # "The report proposed that the city should ...": its content
        return []
    start = sent.start_char + sent_text.index(text)
    span = ctx.span(start, start + len(text))
    titles = _quoted_titles(sent_text)
    for modality, cue in MODAL_CUES:
        match = next((m for m in cue.finditer(sent_text) if not _inside(m.start(), titles)), None)
        if match is None:
            continue
        verb = _verb_after(sent, sent.start_char + match.end()) or _modal_head(
            sent, sent.start_char + match.start()
        )
        if verb is None and modality != "urge" and not (cut_off and _ends_in_cue(sent_text, match)):
            continue
        if verb is not None and _in_a_relative_clause(verb):
            continue  # "The village, which must be relocated, has 300 households": a description
        if _elliptical(sent_text, match):
            continue  # "as good as it should be", "As it should, ...": no action follows
        if modality == "urge" and PAST_BEFORE_CUE.search(sent_text[: match.start()]):
            return []  # "Last year, the committee had required all cities to ...": a past fact
        if _supposed(sent, sent.start_char + match.start()) or _in_a_question(
            sent_text, match.start()
        ):
            continue  # "Why should we ...?", "If problems should arise, ...": no requirement
        if verb is not None and _an_eligibility_rule(verb):
            return []  # "All applicants must be under 35": a notice's condition
        if HAVE_TO.match(match.group()) and not _obliges_an_actor(
            sent, sent.start_char + match.start()
        ):
            continue  # "Students in the village have to walk 10 km": a hardship described
        if modality == "urge" and _a_documents_content(sent, sent.start_char + match.start()):
            continue  # "The plan calls for building 30 parks": the plan's content
        if verb is not None and _reports_a_past_fact(verb, modality):
            return []
        addressee = match.groupdict().get("addressee") or (
            _subject_addressee(ctx, verb) if verb is not None else None
        )
        return _actions(ctx, text, span, verb, modality, addressee)
    for cue in rule_set("directives", sent.doc.vocab).longest(sent):
        if _inside(sent.doc[cue.start].idx - sent.start_char, titles):
            continue
        verb = _cued_verb(sent, cue)
        if verb is None and cue.rule.label not in VERBLESS_CUES:
            continue
        if _forecast(sent, cue, verb) or _borne_by_no_actor(sent, cue, verb):
            continue
        if _a_documents_content(sent, sent.doc[cue.start].idx):
            continue
        if _past_obligation(sent, cue, verb) or _attributed_pledge(sent, cue):
            return []
        if verb is not None and _reports_a_past_fact(verb, cue.rule.label):
            return []
        return _actions(ctx, text, span, verb, cue.rule.label, None, rule=cue.rule.id)
    verb = _infinitive_stressed(sent)
    if verb is not None and not _inside(verb.idx - sent.start_char, titles):
        return _actions(ctx, text, span, verb, "urge", None, rule=INFINITIVE_STRESSED_RULE)
    # a bare imperative cut off runs on in its paragraph: a last unpunctuated line of its own
    # is a footer or a related story's headline ("Deepen reform in the new era")
    if cut_off and not (line or _punctuated(text) or _continues_a_line(ctx, sent)):
        return []
    if QUOTED_SUBJECT.match(text):
        return []  # '"Do practical things for the people" is our purpose': a slogan described
    verb = None if cued_only else _imperative_verb(sent)
    if verb is not None and _past_clause_after(sent, verb):
        return []  # "Take the lead, the model deeds of Zhang Lan were reported": a headline
    if verb is not None and not _inside(verb.idx - sent.start_char, titles):
        return _actions(ctx, text, span, verb, "imperative", None)
    return []


def _an_eligibility_rule(verb: Token) -> bool:
    """Whether the obligation binds those who apply or take part, as a notice's conditions
    do ("Applicants must be under 35 years of age"), not a body the meeting addresses."""
    subject = _subject_of(verb)
    return subject is not None and subject.lemma_.lower() in APPLICANTS


def _elliptical(text: str, match: re.Match[str]) -> bool:
    """Whether a modal stands without its action: "as good as it should be", "As it should,
    the project was completed"."""
    return bool(ELLIPSIS_AFTER_MODAL.match(text, match.end())) and match.group().lower() in {
        "should",
        "must",
    }


def _in_a_relative_clause(verb: Token) -> bool:
    """Whether the verb's clause describes a noun ("problems that need to be solved"): its
    modal qualifies the noun, the sentence's own clause states something else. The relative
    pronoun is its subject: "stressed at the meeting that we need to ..." has its own."""
    clause = verb if verb.dep_ == "relcl" else verb.head if verb.dep_ == "xcomp" else None
    if clause is None or clause.dep_ != "relcl":
        return False
    subject = _subject_of(clause)
    return subject is not None and subject.lower_ in {"that", "which", "who"}


def _supposed(sent: SpacySpan, char: int) -> bool:
    """Whether the modal at ``char`` supposes, not requires: in a condition ("If problems
    should arise, ...") or an inverted condition ("Should the rain continue, ..."). A negative
    opening inverts a prohibition, which stays one ("Under no circumstances should we relax
    ..."). (A question, "Why should we build another bridge?", is :func:`_in_a_question`'s,
    for every cue.)"""
    modal = next((t for t in sent if t.idx == char), None)
    if modal is None or modal.tag_ != "MD":
        return False
    verb = modal.head
    if any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in verb.children):
        return True
    subject = _subject_of(verb)
    before = next((t for t in reversed(sent.doc[sent.start : modal.i]) if not t.is_punct), None)
    if before is None and modal.lower_ == "should":
        return True  # "Should there be any questions, please call": no question mark, a condition
    inverted = subject is not None and subject.i > modal.i
    return inverted and (before is None or before.tag_ in {"WRB", "WP", "WDT"})


def _in_a_question(text: str, start: int) -> bool:
    """Whether the cue at ``start`` stands in a clause that ends with a question mark ("Why do
    we need to reform?"): a question asks, it requires nothing."""
    clause_end = QUESTION_OR_STOP.search(text, start)
    return clause_end is not None and clause_end.group() in {"?", "？"}


def _infinitive_stressed(sent: SpacySpan) -> Token | None:
    """The action of 强调X要VB word for word: "He stressed that party organizations at all levels
    to implement the responsibility" — an infinitive as the stressed clause's verb, which no
    English "that" clause has."""
    if STRESSING_LEMMAS.isdisjoint(words_in(sent)[1]):
        return None  # no stressing verb to head the clause
    for verb in sent:
        if (
            verb.tag_ == "VB"
            and verb.dep_ == "ccomp"
            and verb.head.lemma_.lower() in STRESSING_LEMMAS
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and any(c.dep_ in {"nsubj", "mark"} for c in verb.children)
        ):
            return verb
    return None


def _obliges_an_actor(sent: SpacySpan, char: int) -> bool:
    """Whether the subject of "have to" (at ``char``) can be obliged: a body, cadres, "we"."""
    have = next((t for t in sent if t.idx == char), None)
    if have is None:
        return True
    subject = _subject_of(have)
    return subject is None or _an_actor(subject)


def _a_documents_content(sent: SpacySpan, char: int) -> bool:
    """Whether a document, not the meeting, calls for or requires the action (the cue's verb at
    ``char``): "The plan calls for building 30 parks", "The law requires that drivers stop"."""
    head = next((t for t in sent if t.idx == char), None)
    if head is None:
        return False
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return subject is not None and bool(DOCUMENT_SUBJECT.search(subject.text))


def _past_obligation(sent: SpacySpan, cue: RuleMatch, verb: Token | None) -> bool:
    """Whether an obligation in the past tense reports what was done: "It was necessary to
    evacuate 200 residents during the flood last July", "The project needed to relocate 300
    households and was completed in June" (reported speech keeps "was necessary to" without
    a date or a sequel)."""
    if not PAST_CUE.match(sent.doc[cue.start : cue.end].text):
        return False
    if PAST_TIME.search(sent.text):
        return True
    cue_verb = sent.doc[cue.start]
    heads = [t for t in (verb, cue_verb, cue_verb.head) if t is not None]
    return any(
        c.dep_ == "conj"
        and (c.tag_ == "VBD" or any(a.lower_ in {"was", "were"} for a in c.children))
        for head in heads
        for c in head.children
    )


def _attributed_pledge(sent: SpacySpan, cue: RuleMatch) -> bool:
    """Whether a report, a notice or a bureau, not the meeting, says a place will do something:
    "The report said the city will improve the road network next year"."""
    if cue.rule.label != "strive":
        return False
    if ACCORDING_TO_A_SOURCE.match(sent.text):
        return True  # "According to the plan, the city will build 30 parks"
    for verb in sent:
        if verb.lemma_.lower() not in SAYING_LEMMAS | LEARNING_LEMMAS:
            continue
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None and subject.lemma_.lower() in SOURCES:
            return True
        # "It is reported that ...", "It was learned that ...": the paper's news, no pledge
        if (
            subject is not None
            and subject.lower_ == "it"
            and verb.lemma_.lower() in LEARNING_LEMMAS
        ):
            return True
    return False


def _forecast(sent: SpacySpan, cue: RuleMatch, verb: Token | None) -> bool:
    """Whether a pledge or an expectation foretells an event, not an action: "The city will
    continue to be affected by heat", "The project is expected to be completed next year",
    "Xuzhou will continue to rank first"."""
    if verb is None:
        return False
    if [t.lower_ for t in sent.doc[verb.i + 1 : verb.i + 3]] == ["to", "be"]:
        return True
    expected = any(t.lower_ == "expected" for t in sent.doc[cue.start : cue.end])
    # "GDP is expected to grow by 6%", "The session is expected to last three days"
    return _continues_a_state(verb) or (expected and verb.lemma_.lower() in STATE_VERBS)


def _borne_by_no_actor(sent: SpacySpan, cue: RuleMatch, verb: Token | None) -> bool:
    """Whether the one a cue obliges, expects or hopes for cannot act on it: "The project
    required to invest 2 billion yuan" (a cost), "Residents were told to evacuate" (what
    bystanders were told), "It is hoped that the rain will stop" (a wish), "The economy is
    expected to grow" (a forecast)."""
    cue_verb = sent.doc[cue.start]
    if cue.rule.id.startswith("directives.required_to."):
        # the parser may read "The project required to ..." as a reduced relative clause
        requirer = cue_verb.head if cue_verb.dep_ == "acl" else _subject_of(cue_verb)
        return requirer is not None and not _an_actor(requirer)
    if cue.rule.id.startswith("directives.passive_obligation."):
        bearer = _subject_of(sent.doc[cue.end - 2]) or _subject_of(cue_verb)
        if bearer is not None and bearer.lemma_.lower() in BYSTANDERS | EVENT_NOUNS:
            return True  # "The meeting was required to be attended by ...": an event's rule
    if cue.rule.id.startswith("directives.not_allowed."):
        # "Vehicles are not allowed to park here" is a sign; "It is not allowed to ..." forbids
        forbidden = next(
            (
                s
                for t in [*sent.doc[cue.start : cue.end], verb]
                if t is not None
                for s in [_shared_subject(t)]
                if s is not None
            ),
            None,
        )
        return forbidden is not None and forbidden.lower_ != "it" and not _an_actor(forbidden)
    if cue.rule.id.startswith("directives.said_would.") and _listeners_resolve(cue_verb):
        return True
    if cue.rule.id.startswith(HOPE_RULES):
        # with no action verb ("It is hoped that the weather will be fine"), the clause's
        # first subject is who is hoped of
        hoped_of = (
            _subject_of(verb)
            if verb is not None
            else next((t for t in sent.doc[cue.end : sent.end] if t.dep_ == "nsubj"), None)
        )
        return hoped_of is not None and not _an_actor(hoped_of)
    expected = next((t for t in sent.doc[cue.start : cue.end] if t.lower_ == "expected"), None)
    subject = _shared_subject(expected) if expected is not None else None
    return subject is not None and not _an_actor(subject)


def _shared_subject(verb: Token) -> Token | None:
    """The verb's subject, or the subject of the verb it is joined to by "and" ("The project
    has ... and is expected to be completed": the project is expected)."""
    subject = _subject_of(verb)
    if subject is None and verb.dep_ == "conj":
        return _subject_of(verb.head)
    return subject


def _listeners_resolve(saying: Token) -> bool:
    """Whether those who say they will act are many, the listeners of a meeting telling their
    resolve ("Everyone said that they would ...", "the members said that they would ..."),
    not one speaker pledging for himself or the body he leads ("He said that we will ...")."""
    speaker = _subject_of(saying)
    return speaker is None or speaker.tag_ in {"NNS", "NNPS"} or speaker.lower_ in PLURAL_SPEAKERS


def _past_clause_after(sent: SpacySpan, verb: Token) -> bool:
    """Whether a clause in the past tense with its own subject follows the imperative: the
    imperative words are a heading or a slogan over a report ("Build a strong city: the output
    exceeded 1 trillion yuan", "Continue to write a new chapter, a film, was broadcast")."""
    for token in sent.doc[verb.i + 1 : sent.end]:
        if token.lemma_.lower() in SAYING_LEMMAS and _after_a_quote(verb, token):
            continue  # '"Be a good servant of the people," he told the officials'
        past = token.tag_ == "VBD" or (
            token.tag_ == "VBN" and any(a.lower_ in {"was", "were"} for a in token.children)
        )
        # a past form the lemma does not share ("found", not "set") needs no subject to be one
        unmistakable = token.tag_ == "VBD" and token.lower_ != token.lemma_.lower()
        if past and token.pos_ in {"VERB", "AUX"} and (_subject_of(token) or unmistakable):
            return True
    return False


def _after_a_quote(start: Token, token: Token) -> bool:
    """Whether a closing quotation mark stands between ``start`` and ``token``: the token
    reports the words quoted."""
    return any(t.text in {"”", '"', "’"} for t in token.doc[start.i : token.i])


def _subject_of(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _continues_a_state(verb: Token) -> bool:
    """ "Xuzhou will continue to rank first in grain output": a state kept, not an action."""
    doc = verb.doc
    if verb.lemma_ != "continue" or verb.i + 2 >= verb.sent.end:
        return False
    return doc[verb.i + 1].lower_ == "to" and doc[verb.i + 2].lemma_.lower() in STATE_VERBS


def _an_actor(subject: Token) -> bool:
    """A person, a pronoun for people, or a body: who can be expected to act. The noun and its
    modifiers say so, not a place after it ("students in the village")."""
    words = subject.doc[subject.left_edge.i : subject.i + 1].text
    return (
        (subject.pos_ == "PRON" and subject.lower_ != "it")
        or subject.ent_type_ == "PERSON"
        or subject.pos_ == "PROPN"  # a named company, school or place: "XCMG Group will ..."
        or bool(ADDRESSEE_WORDS.search(words) or OTHER_ACTORS.search(words))
    )


def _voiced_by_a_bystander(
    sent: SpacySpan, bystanders: Callable[[], frozenset[str]] = frozenset
) -> bool:
    """Whether a resident, an expert or another bystander says the sentence's words: "Residents
    said they must wait", "“...,” said Wang, a villager", or one the article described so
    before ("Professor Wang Li of Fudan University spoke. Wang Li suggested that ...")."""
    lowers, lemmas = words_in(sent)
    if SAYING_LEMMAS.isdisjoint(lemmas) and not any(w.startswith("hope") for w in lowers):
        return False  # no saying verb: the common case, decided without Token objects
    for verb in sent:
        # the small model lemmatises "hoped" as "hop": its surface says more
        saying = verb.lemma_.lower() in SAYING_LEMMAS or verb.lower_.startswith("hope")
        if not saying or verb.pos_ != "VERB":
            continue
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            if any(_a_bystander(word) for word in _described(subject)):
                return True
            if _person_name(subject) in bystanders():
                return True
    return False


#: What a document is said to propose or point out: "The report proposed that the city should
#: ...", "The Opinions point out that ..." describe its content (the meeting's own report is
#: stressed by the meeting or its speaker, not by the paper).
DOCUMENT_VOICE = re.compile(
    r"(?i)^(?:the\s+|this\s+)?[“\"]?(?:[\w’'-]+\s+){0,3}?(?:report|plan|opinions|notice|decision|"
    r"resolution|outline|regulations|measures|document|programme|program)s?[”\"]?\s+"
    r"(?:also\s+)?(?:propos(?:e|es|ed)|points?\s+out|pointed\s+out|says?|said|stated?s?|"
    r"suggest(?:s|ed)?|puts?\s+forward|holds?|held|believes?|stipulated?s?|"
    r"clarif(?:y|ies|ied))\b"
)


def _bystander_names(ctx: Context) -> frozenset[str]:
    """Names the article describes as bystanders where it names them (by a title before the
    name or an apposition), and the revolutionaries of the past it quotes ("Comrade Mao Zedong
    once said that ...")."""
    names = set(historical_figures())
    for ent in ctx.doc.ents:
        if ent.label_ != "PERSON":
            continue
        described = _described(ent.root)
        # a company's or a school's post: "Nan Hui, Chairman of Chint Group"
        after = [w.i for w in described if w.i >= ent.end]
        apposition = ent.doc[min(after) : max(after) + 1].text if after else ""
        if any(_a_bystander(word) for word in described) or non_state(apposition):
            names.add(_person_name(ent.root))
    return frozenset(names)


def _person_name(token: Token) -> str:
    """The capitalised words of a name ending at ``token`` ("Zhang Wei" of "Professor Zhang
    Wei"): its compound proper nouns."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].pos_ == "PROPN":
        if doc[start - 1].lower_ in NAME_TITLE_WORDS:
            break
        start -= 1
    return doc[start : token.i + 1].text


def _described(subject: Token) -> list[Token]:
    """The words describing who speaks: the subject, its title before it ("Professor Wang"),
    and what stands in apposition with everything it says ("Liu Fang, chairman of the
    company")."""
    doc = subject.doc
    words = list(doc[subject.left_edge.i : subject.i + 1])
    for child in subject.children:
        # "Representatives of residents said ...", "an expert from the academy said ..."
        if child.dep_ == "appos" or (child.dep_ == "prep" and child.lower_ in {"of", "from"}):
            words.extend(doc[child.left_edge.i : child.right_edge.i + 1])
    return words


def _according_to_a_bystander(sent: SpacySpan) -> bool:
    """Whether the sentence opens by giving its words to a bystander: "According to a villager,
    the village must rebuild the bridge"."""
    words = list(islice((t for t in sent if not (t.is_space or t.is_punct)), 2))
    if [t.lower_ for t in words] != ["according", "to"]:
        return False
    # the source is the preposition's object, not a word inside it ("according to the peak
    # passenger flow" names no passenger)
    source = next((c for c in words[1].children if c.dep_ == "pobj"), None)
    return source is not None and _a_bystander(source)


def _a_bystander(word: Token) -> bool:
    """Whether the word names a bystander, in the plural or capitalised too ("Netizens", which
    the small model takes for a name and leaves unlemmatised)."""
    lower = word.lower_
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower.removesuffix("s")
    return bool({word.lemma_.lower(), singular} & (BYSTANDERS | BUSINESSES))


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    """Where ``text`` quotes a title: its cue words are the title's, not a requirement ("studied
    the book “Strive to Build a Strong Country”"). A title is in book-title marks, or in quotes
    and title case (a quoted requirement is a sentence: "“We must ...”")."""
    titles = []
    for match in QUOTED_PHRASE.finditer(text):
        words = TITLE_CASED_WORD.findall(match.group())
        title_case = len(words) >= 2 and all(w[0].isupper() for w in words)
        if match.group().startswith("《") or title_case:
            titles.append((match.start(), match.end()))
    return titles


def _inside(position: int, ranges: list[tuple[int, int]]) -> bool:
    return any(start <= position < end for start, end in ranges)


def _cued_verb(sent: SpacySpan, cue: RuleMatch) -> Token | None:
    """The action a pattern cue introduces: its own last token when that is the verb ("we will
    adhere", "stressed studying"), else the first verb after it."""
    last = sent.doc[cue.end - 1]
    if last.pos_ == "VERB" and last.lemma_.lower() not in NOT_IMPERATIVE_LEMMAS - {"be"}:
        return last
    if cue.end >= sent.end:
        return None
    if last.lower_ == "that":  # "required that every township draw up ...": the clause's verb
        clause = sent.doc[cue.end : sent.end]
        # "the hope that the counties will share ...": the clause completes the cue's noun
        return next(
            (
                t
                for t in clause
                if t.pos_ == "VERB"
                and (t.dep_ not in MODIFIER_DEPS or cue.start <= t.head.i < cue.end)
            ),
            None,
        )
    return _verb_after(sent, sent.doc[cue.end].idx)


def _ends_in_cue(text: str, match: re.Match[str]) -> bool:
    """The excerpt stops right after the cue, in the action's first word ("It is necessary to
    st"): the requirement is visible though its verb is not."""
    return len(text[match.end() :].split()) <= 1


def _verb_after(sent: SpacySpan, char: int) -> Token | None:
    """The first verb after the cue, skipping adverbs and auxiliaries ("must be resolved")."""
    for token in sent:
        if token.idx < char:
            continue
        if token.pos_ == "VERB":
            return token
        if token.pos_ not in {"ADV", "AUX", "PART", "PUNCT", "SPACE"}:
            return None
    return None


def _imperative_verb(sent: SpacySpan) -> Token | None:
    """The verb of a bare imperative, skipping leading adverbs ("Actively strengthen ..."), an
    ordinal ("Sixth, do a good job ...") and the "To"/"Want to" that translates 要."""
    # "To carry out ..." is a requirement only when its verb rules the sentence (no finite
    # main clause: "To coordinate X, the bottom line will affect Y" describes)
    root = sent.root
    # a present tense without a subject commands as well: "To X, do a good job in Y"
    commands = root.tag_ == "VB" or (root.tag_ == "VBP" and _subject_of(root) is None)
    to_opens = (commands or root.lower_ == "want") and not any(
        c.tag_ == "MD" for c in root.children
    )
    for token in sent:
        if token.is_space or token.is_punct:
            continue
        if token.i == _opening(sent) and (
            token.lower_ in LIST_ORDINALS or CJK_LIST_MARKER.fullmatch(token.text)
        ):
            continue  # "Second, ...", "二是 ...": the item's ordinal
        if token.tag_ == "LS" or (token.like_num and token.i - _opening(sent) <= 1):
            continue  # "(1) Strengthen ...", "3. Ensure ...": the item's number
        if to_opens and _opens_after_markers(token) and token.lower_ in {"to", "want"}:
            continue  # "To carry out ...", "Second, to ...", "Want to ..." with no main verb
        lemma = token.lemma_.lower()
        follows = sent.doc[token.i + 1].pos_ if token.i + 1 < sent.end else ""
        if token.text.lower() in IMPERATIVE_VERBS and follows in IMPERATIVE_OBJECT_POS:
            return token
        if token.tag_ == "VBG" and lemma in IMPERATIVE_VERBS and token.dep_ == "ROOT":
            return token  # "Deepening reform, ..." — a translated imperative list, no finite verb
        if token.tag_ in IMPERATIVE_ADVERB_TAGS:
            continue
        if _verb_read_as_a_noun(sent, token, follows):
            return token  # "Support enterprises in ...": the small model took the verb for a noun
        if token.tag_ == "VB" and (lemma not in NOT_IMPERATIVE_LEMMAS or token.text == "Be"):
            return token  # a capitalised "Be" opening a sentence is always an imperative
        if token.tag_ == "VBP" and lemma not in NOT_IMPERATIVE_LEMMAS and not _subject_of(token):
            return token  # "Check the cranes": a present tense without a subject commands
        return None
    return None


#: Prepositions after a capitalised word that make it a caption's noun ("Report from ...",
#: "Review of the year"), not a verb with its complement ("Respond to ...").
CAPTION_PREPOSITIONS = frozenset({"of", "from", "by", "for"})
#: Tags of a finite clause: a sentence with one has a verb of its own, not a verbless list item.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _verb_read_as_a_noun(sent: SpacySpan, token: Token, follows: str) -> bool:
    """Whether the opening word is a verb the small model tagged as a noun at the head of a
    verbless sentence of four words or more, with an object after it: "Support enterprises in
    technological transformation." (no finite verb anywhere: the sentence commands)."""
    if token.pos_ not in {"NOUN", "PROPN"} or not token.text[:1].isupper():
        return False
    if follows not in {"DET", "ADJ", "NOUN", "PRON", "ADP"} or sent.end - token.i < 4:
        return False
    after = sent.doc[token.i + 1]
    # the object starts in lower case: "Copyright © Zhuhai Government" is a footer's name
    if not after.is_lower or (after.pos_ == "ADP" and after.lower_ in CAPTION_PREPOSITIONS):
        return False
    if token.lower_ not in _base_verbs():
        return False
    return not any(t.tag_ in FINITE_TAGS for t in sent)


@cache
def _base_verbs() -> frozenset[str]:
    """The base forms the pipeline's lemmatizer knows as verbs (its "lemma_index" table)."""
    nlp = load_nlp()
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = nlp.get_pipe("lemmatizer").lookups
    if not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", ()))


def _opens_after_markers(token: Token) -> bool:
    """Whether only a list's marks come before the token in its sentence: its number, its
    ordinal, "Want" ("Second, to strengthen ...", "Want to grasp ...")."""
    before = token.doc[token.sent.start : token.i]
    return all(
        t.is_punct
        or t.is_space
        or t.like_num
        or t.tag_ == "LS"
        or t.lower_ in LIST_ORDINALS | {"want"}
        or CJK_LIST_MARKER.fullmatch(t.text)
        for t in before
    )


def _opening(sent: SpacySpan) -> int:
    """Index of the sentence's first word."""
    return next((t.i for t in sent if not (t.is_space or t.is_punct)), sent.start)


def _subject_addressee(ctx: Context, verb: Token) -> str | None:
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ == "PRON":
        return None
    text = ctx.text[subject.left_edge.idx : subject.right_edge.idx + len(subject.right_edge.text)]
    return text if ADDRESSEE_WORDS.search(text) else None


def _modal_head(sent: SpacySpan, char: int) -> Token | None:
    """The verb a modal governs when no verb follows it ("there must be no chance")."""
    modal = next((t for t in sent if t.idx == char and t.tag_ == "MD"), None)
    return modal.head if modal is not None and modal.head.pos_ in {"VERB", "AUX"} else None


def _reports_a_past_fact(verb: Token, modality: str) -> bool:
    """A translation's "should" that reports what happened: "Experts should be invited to give
    a lecture, and Professor Zhou gave a lecture" (main-clause "should", past-tense sequel); a
    requirement told with its outcome: "the mayor required all departments to submit their
    plans, and all of them were submitted on time"."""
    if modality == "should":
        heads = [verb]
    elif modality == "urge" and verb.dep_ in {"xcomp", "ccomp"}:
        heads = [verb.head]  # the requiring verb: "required ... to submit"
    else:
        return False
    return any(
        head.dep_ == "ROOT"
        and any(
            c.dep_ == "conj"
            and _has_own_subject(c)
            and (
                c.tag_ == "VBD"
                or any(a.tag_ == "VBD" for a in c.children if a.dep_ in {"aux", "auxpass"})
            )
            for c in head.children
        )
        for head in heads
    )


def _has_own_subject(verb: Token) -> bool:
    """A past-tense clause joined to a requirement reports a fact only with its own subject:
    "set up classes" after "we should strengthen leadership," is one more requirement (the
    small model tags "set", "put" as past tense)."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)


def _with_adverbs(action: Token, first: Token) -> Token:
    """Where an action's words begin: its verb, or the adverbs right before it."""
    begin = action
    while begin.i > first.i and begin.doc[begin.i - 1].tag_ in IMPERATIVE_ADVERB_TAGS:
        begin = begin.doc[begin.i - 1]
    return begin


def _lead_start(action: Token, first: Token) -> Token:
    """Where the words before an action begin, for the action before it to end there."""
    begin = action
    while begin.i > first.i and _leads_an_action(begin.doc[begin.i - 1]):
        begin = begin.doc[begin.i - 1]
    return begin


def _leads_an_action(token: Token) -> bool:
    """Words between a list's separator and its next action: adverbs, and in a numbered list
    its ordinal, subject and modal ("; second, we must improve ...")."""
    return (
        token.tag_ in IMPERATIVE_ADVERB_TAGS
        or token.tag_ == "MD"
        or token.lower_ in {"we", "also"}
        or token.lower_ in LIST_ORDINALS
        or (token.text == "," and token.i > 0 and token.doc[token.i - 1].lower_ in LIST_ORDINALS)
    )


def _action_starts(verb: Token) -> list[Token]:
    """The verb and every later base-form verb that opens a new action after a comma, a
    semicolon or "and" ("strengthen X, vigorously promote Y and ensure Z"). Read off the
    surface: the small model often misparses these lists, so their tree is no guide."""
    doc = verb.doc
    sent = verb.sent
    starts = [verb]
    for token in doc[verb.i + 1 : sent.end]:
        if not (token.tag_ == "VB" or token.lower_ in IMPERATIVE_VERBS) or token.pos_ == "AUX":
            continue
        j = token.i - 1
        while j > verb.i and _leads_an_action(doc[j]):
            j -= 1
        if (
            doc[j].text in {",", ";", "；", "，"}
            or (doc[j].lower_ == "and" and doc[j - 1].text == ",")
            or (doc[j].lower_ == "and" and token.tag_ == "VB" and doc[j - 1].pos_ != "VERB")
        ):
            starts.append(token)
    return starts


def _actions(
    ctx: Context,
    sentence: str,
    span: Span,
    verb: Token | None,
    modality: str,
    addressee: str | None,
    *,
    rule: str | None = None,
) -> list[DirectiveRecord]:
    """One directive per action of the sentence; each keeps the whole sentence as provenance."""
    rule = rule or f"directive.{modality}.v1"
    clean_addressee = " ".join(addressee.split()) if addressee else None
    if verb is None:
        return [
            DirectiveRecord(
                topics=topics_of(sentence, sentence),
                text=sentence,
                verb=None,
                modality=modality,
                span=span,
                rule=rule,
                addressee=clean_addressee,
            )
        ]
    starts = _action_starts(verb)
    begins = [_with_adverbs(action, verb) for action in starts]
    records = []
    for index, (action, begin) in enumerate(zip(starts, begins, strict=True)):
        stop = (
            _lead_start(starts[index + 1], verb).i if index + 1 < len(starts) else action.sent.end
        )
        text = ctx.text[begin.idx : action.doc[stop - 1].idx + len(action.doc[stop - 1].text)]
        text = re.sub(r"(?:[\s,;，；]+(?:and)?)*[\s,;.。，；]*$", "", text)
        text = re.sub(r"(?:\s*,)?\s+and$", "", text)
        # "crack down on illegal acts\n2.": the next item's number is not this action's
        text = re.sub(r"\s*\n\s*[(（]?\d{1,2}$", "", text)
        # "strengthen X; second," : the next item's ordinal is not this action's
        text = re.sub(r"(?i)[\s,;.]+(?:" + "|".join(LIST_ORDINALS) + r")$", "", text)
        records.append(
            DirectiveRecord(
                topics=topics_of(text, sentence),
                text=text,
                verb=action.lemma_.lower(),
                modality=modality,
                span=span,
                rule=rule,
                addressee=clean_addressee,
                action=index,
            )
        )
    return records


# Last: every rule above asks first for the words it cannot match without.
prefilter_module_patterns(globals())
