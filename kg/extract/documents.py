"""Policy documents a meeting reviewed, studied, deliberated, adopted or heard reported.

Titles come in quotes (“Jinan Three-Year Action Plan for ... (2023-2025)”) or bare
after the verb ("reviewed the decision of the Standing Committee ... on ..."). A
quoted phrase is a document only next to a review verb and when it reads like one
(a document word, or long enough to be a title); short quoted slogans are concepts.

Lists run past semicolons and, after a colon, over numbered items and lines the parser cut into
sentences. Translations drop articles, put the owner first and the document word last ("the
People's Government of X City Work Report (Draft)"), and quote with guillemets, corner brackets
or curly quotes the wrong way round; the rules read those shapes too. A verb of making public
(issued, released, read out) counts only with the meeting as its subject.

A report only heard is a briefing, unless it is a work report (of an organ), or heard in
the same sentence as documents reviewed: then it is an item of the agenda; a report delivered
("the mayor delivered the government work report") is kept on the same terms. Word lists
(title words, title heads) are rows of ``kg/nlp/patterns/documents.jsonl``; the regular
expressions here read shape (quotes, lists, clauses).
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.dates import WEEKDAYS
from kg.extract.gazetteer import gazetteer
from kg.extract.people import is_person_name, normalize_name
from kg.extract.prefilter import prefilter_module_patterns
from kg.ingest.dateline import MONTH_NAMES
from kg.nlp.rules import rules
from kg.types import DocumentRecord, Span

REVIEW_VERB = re.compile(
    r"(?i)\b(?:review(?:ed|s)?|stud(?:ied|y)|deliberat(?:e|ed|es)|adopt(?:ed|s)?|pass(?:ed|es)?|"
    r"approv(?:e|ed|es)|discuss(?:ed|es)?|examin(?:e|ed|es)|learn(?:ed|t)|conveyed|"
    r"agreed\s+in\s+principle(?:\s+(?:with|to|on))?|agreed\s+(?:with|on)|hear(?:d)?\s+(?:a\s+|the\s+)?reports?\s+(?:on|of)|"
    r"listened\s+to\s+(?:a\s+|the\s+)?report(?:s)?\s+on|issued|printed\s+and\s+distributed|"
    r"consider(?:ed|s)?|voted\s+on|explained|interpreted|explanations?\s+(?:of|on)|"
    # a report or article delivered under a quoted title: "a report entitled “...”"
    r"(?:en)?titled|delivered\s+(?:a|the)\s+report)\b"
)


def _words(rule_id: str) -> str:
    """A regex alternation of the phrases of one row of ``kg/nlp/patterns/documents.jsonl``."""
    (rule,) = [r for r in rules("documents") if r.id == rule_id]
    return "|".join(re.escape(word) for word in sorted(rule.pattern, key=len, reverse=True))


#: Words that make a quoted phrase read as a title (data: documents.title_word.v2).
DOCUMENT_WORDS = re.compile(rf"(?i)\b(?:{_words('documents.title_word.v2')})\b")
#: Nouns that head a bare title (data: documents.head_noun.v2), and those that do only when
#: capitalised (documents.capitalised_head.v3).
HEAD_NOUN = (
    _words("documents.head_noun.v2") + "|(?-i:" + _words("documents.capitalised_head.v3") + ")"
)


def _head_stems(*rule_ids: str) -> tuple[str, ...]:
    """The head nouns of the rows named, lower-cased, each kept only if no shorter one is in it
    ("plan" stands for "plans" and "planning"): a sentence holding none has no listed title."""
    words = {w.lower() for r in rules("documents") if r.id in rule_ids for w in r.pattern}
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


#: Pieces of every title head (a cheap test before the list verbs' long alternation).
HEAD_STEMS = _head_stems("documents.head_noun.v2", "documents.capitalised_head.v3")
#: A quoted title; the excerpt may cut it off before its closing quote.
#: A title in book-title marks, which may hold quotes of its own.
BOOK_TITLE = re.compile(r"《(?P<title>[^《》\n]{3,300})》")
#: Translations also use guillemets, corner and lenticular brackets, "<<...>>" or "<...>", and a
#: curly quote turned the
#: wrong way at either end ("“Plan for ...“", "”Plan for ...”").
QUOTED = re.compile(
    r"(?:[“”\"《«「『〈【]|<<?)(?P<title>(?:[^“”\"《》«»「」『』〈〉【】<>\n]|\n(?!\s*\n)){3,300}?)"
    r"(?:[“”\"》»」』〉】]|>>?|(?=\s*$))"
)
#: An item's number: "2.", "(3)", "4、", "（5）", "②", or a bullet before a space.
_ITEM_NUMBER = r"(?:[(（]?\d{1,2}[)）]|\d{1,2}[.、]|[①-⑳]|[-•·▪●*](?=\s))"
#: An item's ordinal word: "first, the A; second, the B".
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth)(?:ly)?\s*,"
#: Verbs whose object is a list of bare titles ("adopted the A, the B and the C"), each
#: form as the reports write it, and "submitted ... for review" whose titles follow.
LIST_VERB = re.compile(
    r"(?i)\b(?:(?:also\s+)?(?:reviewed|deliberated|adopted|approved|passed|discussed|examined|"
    r"considered|heard|review|deliberate|adopt|approve|pass|discuss|examine|hear|studied|study|"
    r"explained|interpreted|learned|learnt|conveyed|relayed|communicated|transmitted|"
    # 研究 / 审定 / 通报 translated: "researched", "finalized", "notified the Notice on"
    r"researched|finali[sz]ed|notified|circulated|"
    # a headline's present tense: "Hexi Municipal Government reviews Measures for ..."
    r"reviews|deliberates|adopts|approves|passes|discusses|examines|considers|"
    # what the meeting was told of: "was informed of / briefed on / learned about the Notice on ..."
    r"informed\s+of|briefed\s+on|learn(?:ed|t)\s+about|agreed\s+to(?=\s+the\s)|"
    # 原则同意 translated: "the meeting agreed in principle (with) the Plan for ..."
    r"agreed\s+in\s+principle(?:\s+(?:with|to|on))?|agreed\s+(?:with|on)|"
    # assent in other words: "endorsed / ratified the Plan for ...", "gave its approval to the"
    r"endorsed|ratified|gave\s+(?:its\s+)?(?:approval|consent)\s+to|agreed(?=\s+(?:the|a)\s)|"
    r"went\s+(?:through|over)|took\s+up|"
    # the review as a noun the meeting did: "carried out a review of", "conducted deliberations on"
    r"(?:carried\s+out|conducted|made|had|held)\s+(?:a\s+|an\s+)?(?:(?:preliminary|detailed|careful|"
    r"special)\s+)?(?:review|deliberations?|discussions?|examination|study)\s+(?:of|on)|"
    # a clause opened by a gerund: "held its plenary meeting, reviewing the ..."
    r"reviewing|deliberating|adopting|approving|passing|discussing|examining|hearing|studying)"
    r"(?:\s+and\s+(?:approved|adopted|passed|approve|adopt|pass|approving|adopting|passing|"
    # "studied and implemented / deployed the Opinions on ...": the study is the review
    r"implemented|deployed|agreed|accepted|finali[sz]ed|revised|endorsed))?"
    # "deliberated on / over the ...", 审议通过 word for word: "reviewed through the ..."
    r"(?:\s+(?:on|upon|over|through)(?=\s+(?:the|a|an)\s))?|"
    # an organ's report delivered to a session: "Mayor Li delivered the government work report"
    # (only formal reports are kept: a report made on a topic is a briefing)
    r"(?P<delivered>(?:delivered|made|gave|presented)(?=\s+(?:a|the|an)\s+(?:[\w'’-]+\s+){0,3}?reports?\b))|"
    # (opinions listened to are read below, with the draft they were given on)
    r"listen(?:ed|ing)?\s+to(?!\s+(?:the\s+)?(?:opinions|views|suggestions|comments)\b)"
    r"(?:\s+and\s+(?:deliberated|reviewed|discussed))?|"
    r"voted\s+(?:by\s+(?:(?:a\s+)?show\s+of\s+hands|(?:secret\s+)?ballot)\s+)?(?:on|through|to\s+(?:adopt|pass|approve))|"
    r"for\s+(?:review|deliberation)|"
    # a document the meeting itself made public: "the meeting read out / issued the Decision on"
    r"(?P<announce>(?:also\s+)?(?:read(?:\s+out)?|released|issued|published|promulgated|announced|"
    # "the meeting decided to issue / agreed to print and distribute the Plan for ..."
    r"(?:decided|agreed)\s+to\s+(?:print\s+and\s+(?:distribute|issue)|issue|release|promulgate)|"
    # the review as a noun: "the meeting saw the adoption of the Plan for ..."
    r"(?:the\s+)?(?:adoption|approval|passage)\s+of))|"
    # "an explanation (from X) on the draft list of candidates"
    r"(?:explanations?|statement|briefing)\s+(?:(?:from\s+[^;.]{1,200}?\s+)?on|of|about|regarding)|"
    # ... its "opinions" lost in translation: "asking for the city the party congress report
    # (draft)" (only a draft is kept: "asked for the report on X" is a request)
    r"(?P<asked>(?:ask(?:ed|ing)?|seek(?:ing)?|sought|solicit(?:ed|ing)?)\s+for(?=\s+(?:the|a)\s))|"
    # a draft put out for comment: "solicited opinions on the draft plan"
    r"(?:solicit(?:ed|ing)?|seek(?:ing)?|sought|ask(?:ed|ing)?\s+for|listen(?:ed|ing)?\s+to)\s+"
    r"(?:the\s+)?(?:opinions|views|suggestions|comments)\s+(?:and\s+suggestions\s+)?"
    # ... and whose: "solicited opinions from the democratic parties on the draft report"
    r"(?:(?:from|of)\s+[^,;.:“\"]{3,80}?\s+)?(?:on|about)|"
    r"(?:these|they|it|decision)\s+(?:also\s+)?include[sd]?|"
    # "The meeting reviewed three documents. They are the A, the B and the C."
    r"(?:they|these)\s+(?:are|were)(?=\s+(?:the|a|an)\s+(?-i:[A-Z]))|"
    # "Documents reviewed at the meeting included the A and the B"
    r"(?:documents|drafts|items)\s+(?:[\w-]+\s+){1,5}?include[sd]?|"
    # "Among the documents reviewed (at the meeting) were the A and the B"
    r"among\s+the\s+(?:documents|drafts|items)\s+(?:reviewed|adopted|approved|passed|deliberated|"
    r"discussed|studied|examined)(?:\s+(?:at|during|by)\s+the\s+(?:meeting|session|conference))?\s+"
    r"(?:was|were)|"
    # "The following documents were reviewed at the meeting: the A; the B"
    r"(?:the\s+)?following\s+(?:documents|drafts|items|matters)\s+(?:was|were)\s+"
    r"(?:reviewed|adopted|approved|passed|deliberated|discussed|studied|examined)"
    r"(?:\s+and\s+\w+)?(?:\s+(?:at|during|by)\s+the\s+(?:meeting|session|conference))?(?=\s*:)|"
    # the passive put first: "Also reviewed and adopted at the meeting were the A and the B"
    r"(?:reviewed|adopted|approved|passed|deliberated|discussed|studied|examined)"
    r"(?:\s+and\s+\w+)?\s+(?:at|during|by)\s+the\s+(?:meeting|session|conference)\s+(?:was|were))"
    # a list announced by a bare colon: "The meeting reviewed: 1. the A; 2. the B"; a manner
    # between commas: "adopted, in principle, the A"
    r"(?:\s+|(?=\s*:)|(?=,))"
    r"(?:,?\s*(?:in\s+groups|in\s+depth|in\s+detail|carefully|seriously|earnestly|fully|collectively|"
    r"again|further|in\s+writing|in\s+principle|in\s+turn|successively|respectively|separately|one\s+by\s+one|"
    r"item\s+by\s+item|unanimously|by\s+(?:a\s+)?(?:show\s+of\s+hands|(?:secret\s+)?ballot|vote|voting))"
    # ... before a colon too: "discussed and adopted in principle: 1. ..."
    r"\s*,?(?:\s+|(?=\s*:))){0,2}"
    # "adopted the following documents: the A; the B", "reviewed (1) the A, (2) the B"
    r"(?P<following>(?:the\s+following(?:\s+\w+){0,2})?\s*:\s*)?(?:(?:"
    + _ITEM_NUMBER
    + "|"
    # "the following items: first, the A; second, the B"
    + _ORDINAL
    + r")\s*)?"
    # "reviewed several documents, including the A and the B"
    r"(?:(?:\w+\s+){0,2}(?:documents|regulations|matters|items|drafts)\s*,?\s*(?:including|such\s+as|namely)\s*[:,]?\s*)?"
    r"(?=(?:the|a|an)\s|(?:reports|lists|drafts|resolutions|decisions)\s+(?:on|of)\s|"
    # a lower-case title with its article dropped: "reviewed implementation opinions on ...",
    # "approved draft regulations on ..." (a head that names a document, on or for a matter)
    r"(?-i:(?:(?!(?:about|of|on|for|to|the|and|in|with)\s)[a-z][\w-]*\s+){0,2}(?:opinions|regulations|plan|"
    r"programme|program|scheme|provisions|rules|methods|(?:implementation|interim|administrative|"
    r"management)\s+measures)\s+(?:on|for|regarding)\s)|"
    # a title with no article, as translations drop it: "reviewed Measures for ...",
    # "the following documents: Implementation Plan for ...", "discussed 'Three Measures ...'"
    r"['‘]?(?-i:[A-Z0-9])[\w'’-]*\s)"
)
#: A piece of every form LIST_VERB reads: a sentence holding none has no list of titles (a
#: cheap test before the long alternation).
LIST_VERB_STEMS = (
    "review", "deliberat", "adopt", "approv", "pass", "discuss", "examin", "consider", "hear",
    "stud", "explain", "explan", "interpret", "learn", "convey", "relay", "communicat",
    "transmit", "inform", "brief", "agree", "listen", "vote", "statement", "solicit", "seek",
    "sought", "ask", "include", "read", "releas", "issu", "publish", "promulgat", "announc",
    "decided", "among", "endors", "ratif", "consent", "they are", "they were", "these are",
    "these were", "went ", "took up", "research", "finali", "notif", "circulat",
)  # fmt: skip
#: ... and of a report delivered ("made the work report"), asked only where "report" is.
DELIVERY_STEMS = ("deliver", "made", "gave", "present")
#: Where a verb's list of titles ends: the clause's end, or a new clause of the sentence.
LIST_END = re.compile(
    r"(?i)[.;:]|,\s*(?:and\s+)?(?:emphasiz|stress|point|decid|agree|submitt|which|who|requir|"
    r"it\s|and\s+(?:then|also)\b)|\s+(?:and|to)\s+(?:decided|agreed|submitted|vote|put\s+forward)\b|"
    # a tail of the list or a clause after it: ", among others", ", after which Li spoke"
    r",\s*(?:among\s+others|and\s+so\s+on|after\s+which|whereupon|after\s+(?:that|hearing|listening))\b|"
    # "reviewed the work report and offered suggestions": the members' next act
    r"\s+and\s+(?-i:[a-z]+ed)\s+(?=(?:the|a|an|its|their|some|many|suggestions|opinions|views|comments|"
    r"proposals|speeches)\b)|"
    # "studied the Regulations ... and required all departments to implement them"
    r"\s+and\s+(?:required|requested|urged|called|stressed|emphasi[sz]ed|pointed|demanded|asked|"
    r"instructed|has|have|had|was|were)\b|"
    # the next verb of a run of clauses ("review A, listen to the report on B and pass C")
    r"(?:,\s*(?:and\s+)?|\s+and\s+)(?=(?:also\s+)?(?:listen(?:ed)?\s+to|hear|heard|review|reviewed|"
    r"approved?|adopt(?:ed)?|pass(?:ed)?|deliberated?|discuss(?:ed)?|examined?|studied|study|"
    r"vote[ds]?)\s)"
)
#: "submit the X to the Y for deliberation": the X is a document under review.
SUBMITTED = re.compile(
    r"(?i)\b(?:submit(?:ted|s|ting)?\s+(?:the|a)\s+(?P<title>[^,;.“\"]{5,200}?)|"
    # "agreed that the X be submitted to the Y for review"
    r"(?:agreed|decided)\s+that\s+(?:the|a)\s+(?P<agreed>[^,;.“\"]{5,200}?)\s+(?:should\s+|would\s+)?be\s+"
    r"submitted)\s+to\s+(?:the\s+)?"
    r"[^,;.]{2,120}?\s+for\s+(?:review|deliberation|approval|consideration)\b"
)
#: "put the X to a vote": the X is a document voted on.
PUT_TO_VOTE = re.compile(
    r"(?i)\bput\s+(?:the|a)\s+(?P<title>[^,;.“\"]{5,200}?)\s+to\s+(?:a\s+)?vote\b"
)
#: The end of a list announced by "the following:"; an item's number ("2. the B") is not it.
FOLLOWING_END = re.compile(r"(?<!\b\d)(?<!\b\d\d)\.(?:\s|$)")
#: A title opening its sentence, then reviewed in the passive.
PASSIVE_VERB = (
    r"\s+(?:was|were|has\s+been)\s+(?:\w+ly\s+|also\s+)?(?:reviewed|adopted|approved|passed|deliberated|circulated|"
    r"issued|examined|discussed|studied|considered|explained|submitted\s+for|read\s+out|released|"
    # "the draft X was submitted to the meeting for deliberation"
    r"submitted\s+to\s+(?:the\s+)?(?:meeting|session|conference|plenary\s+session)\s+for)\b"
)
PASSIVE_TITLE = re.compile(
    r"(?i)^\s*(?:(?:at|in|during|on|after|upon|following|through)\s+[^,]{2,40},\s*)?"
    # the article translations drop: "Regulations of X City on Pets (Draft) were deliberated"
    r"(?:(?:the|a|an)\s+|(?=(?-i:[A-Z]))|"
    # a plural with no article: "reports from the inspection team on ... were circulated"
    r"(?=(?:reports|lists|drafts|documents)\s+(?:of|on|from|by|for)\s))"
    r"(?P<title>[^,;:.“\"]{5,250}?)" + PASSIVE_VERB
)
#: "The A, the B and the C were adopted": a list of noun phrases, each opened by an article.
PASSIVE_LIST = re.compile(
    r"(?i)^\s*(?:(?:at|in|during|on|after|upon|following|through)\s+[^,]{2,40},\s*)?(?P<title>(?:the|a|an)\s+[^,;:.“\"]{3,250}?"
    r"(?:,\s*(?:and\s+)?(?:the|a|an)\s+[^,;:.“\"]{3,250}?)+)"
    + PASSIVE_VERB.replace("(?:was|were|has\\s+been)", "(?:were|have\\s+been)")
)
#: A time in the past: a document reviewed then was not reviewed at the meeting reported.
PAST_TIME = re.compile(
    r"(?i)\b(?:in\s+(?:19|20)\d\d(?!\s*[-–—]\s*\d)(?!\s*\))|last\s+(?:year|month|week)|"
    r"\w+\s+years?\s+ago|previously|earlier\s+this\s+year)\b"
)
#: ... after a listed title, where a year may be the title's ("key points of work in 2018").
LISTED_PAST_TIME = re.compile(
    r"(?i)\b(?:last\s+(?:year|month|week)|\w+\s+years?\s+ago|previously|earlier\s+this\s+year)\b"
)
#: A place as the subject of a review verb passed a law or a plan at another time: "The province
#: passed the Regulations on Water Pollution in 2018" (the meeting reviews, a place does not).
PLACE_SUBJECT = re.compile(
    r"(?i)\b(?:the|our|this)\s+(?:province|city|county|district|country|town|nation|state)\s+"
    r"(?:\w+ly\s+|also\s+)?$"
)
#: A central body as the subject of a review verb: "In 2019, the State Council approved the Plan
#: for ...", "a meeting of the Political Bureau of the CPC Central Committee, which reviewed the
#: Regulations on ..." (its review is cited; a State Council executive meeting reported is one).
CENTRAL_SUBJECT = re.compile(
    r"(?i)\b(?:State\s+Council|Central\s+Committee|Political\s+Bureau|Politburo)"
    r"(?:\s+of\s+the\s+(?:CPC|Communist\s+Party\s+of\s+China))?\s*(?:,\s*which\s+)?"
    r"(?:\w+ly\s+|also\s+|ha[sd]\s+)?$"
)
#: The meeting as the subject of a verb of making public ("The meeting issued the Plan ...").
MEETING_SUBJECT = re.compile(r"(?i)\b(?:meeting|session|conference|plenum|plenary)\b")
#: A higher body's meeting, cited, reviewed the title: "Xi Jinping presided over a meeting of
#: the Political Bureau of the CPC Central Committee to review the Outline of ...".
HIGHER_MEETING = re.compile(
    r"(?i)\bmeeting\s+of\s+the\s+(?:[\w'’-]+\s+){0,3}?(?:Political\s+Bureau|Politburo|State\s+Council|"
    r"Central\s+Committee)\b[^,;.]{0,60}?\s+to\s+$"
)
#: The list's tail after its last title: "the Work Plan for X and other matters".
_OTHER_THINGS = (
    r"other\s+(?:[\w-]+\s+)?(?:matters|items|issues|documents|topics|work|things|affairs|questions)"
)
OTHER_TAIL = re.compile(
    r"(?i)(?:,?\s+(?:and|as\s+well\s+as)\s+"
    + _OTHER_THINGS
    + r"|,?\s*(?:etc\.?|and\s+so\s+on))\s*$"
)
#: Where the title goes next, or who made it, after the last title: "approved the Report on
#: Y to be submitted to the congress", "the Regulations on X newly revised by the CPC Central
#: Committee".
SOURCE_OR_DESTINATION_TAIL = re.compile(
    r"(?i),?\s+(?:(?:which\s+will\s+be|to\s+be)\s+(?:submitted|reported|sent)\b.*|"
    r"(?:(?:newly|recently|jointly)\s+)?(?:revised|issued|promulgated|released|formulated|"
    r"printed\s+and\s+distributed|made|delivered|presented|given)\s+by\s+(?:the\s+)?(?-i:[A-Z]).*|"
    # who delivered it: "the government work report on behalf of the municipal government"
    r"on\s+behalf\s+of\b.*)$"
)
#: ... and as a list item of its own: no title, nor a continuation of the one before.
OTHER_ITEM = re.compile(r"(?i)^\s*(?:and\s+)?(?:" + _OTHER_THINGS + r"|etc\.?|so\s+on)\s*$")
#: A plenary session or congress by its number as the subject of a review verb: "The Sixth
#: Plenary Session reviewed and adopted the Resolution on ..." (one the meeting studied).
NUMBERED_EVENT_SUBJECT = re.compile(
    r"(?i)\b(?P<event>(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d{1,2}(?:st|nd|rd|th))\s+(?:plenary\s+session|(?:national\s+|party\s+)?congress))\b"
    r"(?:\s+of\s+the\s+[^,;.]{0,60}?)?\s+(?:also\s+|successfully\s+)?$"
)


def _higher_meetings_act(ctx: Context, before: str) -> bool:
    """Whether a review verb's subject is another, higher meeting: the Political Bureau's, or a
    plenary session or congress whose spirit the report studies ("The meeting conveyed the
    spirit of the Sixth Plenary Session ... The Sixth Plenary Session adopted the Resolution")."""
    if HIGHER_MEETING.search(before):
        return True
    event = NUMBERED_EVENT_SUBJECT.search(before)
    return event is not None and f"spirit of the {event['event'].lower()}" in ctx.text.lower()


#: The meeting's own day after a title: "approved a work report on Monday to be submitted".
DAY_TAIL = re.compile(
    r"(?i)\s+on\s+(?:" + "|".join(WEEKDAYS) + r"|(?:" + "|".join(MONTH_NAMES) + r")\s+\d{1,2})\b.*$"
)
#: How the meeting reviewed, after a title: "discussed the work report in groups", "adopted
#: the plan in principle", "reviewed the regulations article by article".
MANNER_TAIL = re.compile(
    r"(?i),?\s+(?:in\s+(?:groups|principle|detail|turn)|one\s+by\s+one|item\s+by\s+item|"
    r"article\s+by\s+article|at\s+the\s+meeting|at\s+the\s+session|separately|respectively|"
    r"unanimously|successively)\s*$"
)
#: Who did the passive review: "was approved by the State Council".
AGENT = re.compile(r"(?i)^(?:\s+and\s+\w+)?\s+by\s+(?P<agent>[^,;.]+)")
#: Agents that are the meeting reported or its members: "adopted by a show of hands".
MEETING_AGENT = re.compile(
    r"(?i)(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,6}?(?:meeting|session|conference|congress|presidium|"
    r"standing\s+committee|delegates|deputies|members|participants|vote|voting|show\s+of\s+hands|ballot)"
)
#: ", which was (then) adopted at the meeting": the phrase before the comma was reviewed.
RELATIVE_PASSIVE = re.compile(
    r"(?i),\s*which\s+(?:was|were)\s+(?:then\s+|also\s+|subsequently\s+|\w+ly\s+)?"
    r"(?:reviewed|adopted|approved|passed|deliberated|discussed|examined)\b"
    r"(?:\s+and\s+\w+)?\s+(?:at|during|by)\s+the\s+(?:meeting|session|conference)"
)
#: Reports and opinions "heard" or "listened to" are briefings (on work safety, on a visit),
#: not documents; a named work report is one.
HEARD = re.compile(r"(?i)(?:also\s+)?(?:heard|hear|hearing|listen(?:ed|ing)?\s+to)\b(?!\s+and\b)")
BRIEFING = re.compile(
    r"(?i)^(?!work\s+reports?\b(?!\s+(?:of|from|by)\s+(?:the\s+)?(?:[\w()-]+\s+){0,4}"
    # ... but the work reports of people (township secretaries, principals) are briefings
    r"(?:secretaries|heads|leaders|principals|cadres|directors|chiefs|officials|members)\b))"
    r"(?:\S+\s+)?(?:reports?|opinions|briefings?)\b"
)
#: A work report of an organ is a title even when heard: "heard the report on the work of the
#: standing committee" (a report on the work of a city is a briefing).
FORMAL_REPORT = re.compile(
    r"(?i)^reports?\s+on\s+the\s+work\s+of\s+(?:the\s+)?[^,]*?\b(?:committees?|government|"
    r"courts?|procuratorates?|congress|commissions?|presidium|cppcc|npc)\b|"
    # the plan and budget reports of a people's congress session
    # the report on the handling of deputies' suggestions or members' proposals
    r"^reports?\s+on\s+(?:the\s+)?(?:handling|handled)\s+(?:of\s+)?(?:the\s+)?(?:[\w'’-]+\s+){0,3}?"
    r"(?:suggestions|proposals|motions)\b|"
    r"^reports?\s+on\s+(?:the\s+)?(?:(?:implementation|execution)\s+of\s+(?:the\s+)?[^,]*?"
    r"\b(?:plan|budget)s?\b|[^,]*?\bfinal\s+accounts\b)|"
    # an organ's report to a congress on a topic: "the report of the Municipal People's
    # Government on the implementation of the Food Safety Law"
    r"^reports?\s+of\s+the\s+(?:[\w'’-]+\s+){0,6}?(?:Government|Court|Procuratorate|"
    r"Commission|Committee)\s+on\b"
)
#: A draft: "the ... report (draft)", "the draft plan for ...".
DRAFT = re.compile(r"(?i)\bdraft\b")
#: A report that names what it reports: "the government work report", "the report on the
#: implementation of" ("a special research report", "a work report" name nothing).
REPORT_HEADED = re.compile(
    r"(?i)^(?:(?:[\w'’-]+\s+){1,3}?work\s+reports?\b|(?:[\w'’-]+\s+){0,3}?reports?\s+(?:on|of)\s)"
)
#: A report on a topic; heard next to reviewed documents it is one of the agenda's items.
TOPICAL_REPORT = re.compile(r"(?i)^reports?\s+(?:on|of\s+the\s+[^,]{3,80}?\s+on)\b")
#: A list piece that continues the title before it: no article, no "and the" opens it.
#: A new clause ("and to study the ...", "stressing the ...") is not a continuation.
CONTINUATION = re.compile(
    # ("..., and personnel matters": business of the meeting, not the title's words)
    r"(?i)^(?![^,]*\b(?:matters|issues|affairs|items)\s*$)\s*(?:and\s+)?(?!(?:the|a|an|and|as\s+well\s+as|to)\s|"
    r"(?!(?:on|of|for|in|by|with|from)\s)\w+\s+(?:the|a|an|its|our)\s)\S"
)
#: "the work reports of the provincial court and the provincial procuratorate": one report each.
ORGAN_PAIR = re.compile(
    r"(?i)(?P<first>(?:work\s+)?reports?\s+(?:on\s+the\s+work\s+)?of\s+the\s+[^,]+?\b{organ})"
    r"\s+and\s+(?:of\s+)?the\s+(?P<second>[^,]+?\b{organ})$".format(
        organ=r"(?:court|procuratorate|government|committee|commission)"
    )
)
#: A verb under a modal is a task set ("delegates should discuss the plan"), not a review done.
MODAL = re.compile(
    r"(?i)\b(?:should|must|shall|needs?\s+to|ha(?:ve|s)\s+to|(?:are|is)\s+(?:encouraged|required)\s+to|"
    # "It is necessary to study the Decision ...", "urged all units to learn the Notice ...":
    # a task set, not a review done
    r"it\s+is\s+(?:\w+\s+)?(?:necessary|essential|imperative|important|vital|crucial)\s+to|"
    r"(?:required|requested|urged|asked|called\s+on)\s+(?:[\w'’-]+\s+){0,6}?to|strive\s+to)\b"
)
#: A modal governs a bare verb; a past one is a new clause ("..., must act, and reviewed the").
PAST_VERB = re.compile(r"(?i)^(?:also\s+)?(?:\w+ed|heard)\b")
#: A gerund after "when" is what someone else did ("his speech when listening to the work
#: report", "when reviewing the agreement, he pointed out"), not the meeting's review.
GERUND = re.compile(r"(?i)^(?:also\s+)?\w+ing\b")
TEMPORAL = re.compile(r"(?i)\b(?:when|while|after|before|upon)\s*$")
MEETING_ACT = re.compile(
    r"(?i)\b(?:meeting|session|conference|plenum)\s+(?:closed|ended|concluded|adjourned)\s+"
    r"(?:after|upon)\s*$"
)
#: Verbs that adopt; an item adopted among titles is a title with no document word.
ADOPTING = re.compile(r"(?i)^(?:also\s+)?(?:\w+\s+and\s+)?(?:adopted|approved|passed)\b")
COMPANION = re.compile(
    r"(?i)^(?!.*\b(?:work|spirit|situation|matters|issues|appointments?|removals?|adjustments?|"
    r"establishment|changes?|construction|progress|implementation)\b)(?:\w+\s+){1,3}of\s+the\s+"
    # an item of a congress's own business: "the secretariat organization of the congress"
    r".*\b(?:congress|session|conference|meeting|committee|presidium|cppcc|npc|assembly)\b"
)
#: "the report on the 2023 budget and the 2024 draft budget" is one report of two years.
NEXT_YEAR_HALF = re.compile(
    r"(?i)^(?:\d{4}\s+)?(?:draft\s+)?(?:plan|budget)s?(?:\s+for\s+\d{4})?(?:\s*\(draft\))?\s*$"
)
#: Two gerunds sharing an object are one title: "Notice on Printing and Distributing the Plan".
SHARED_OBJECT = re.compile(r"(?i)^\w+ing\s+(?:the|a|an)\s")
#: A list announced by a colon, items one a line or numbered: "reviewed the following:".
LIST_OPENING = re.compile(r":\s*$")
#: An item number the sentence splitter cut from its item: "...; 2." ends a sentence.
CUT_NUMBER = re.compile(r"(?:^|[;,:]\s*)(?:[(（]?\d{1,2}[.、)）]?|[①-⑳])\s*$")
#: A numbered line: "1. the Plan for ...", "(2) Measures for ...".
NUMBERED = re.compile(r"^\s*" + _ITEM_NUMBER + r"\s")
#: A clause after a semicolon that may be one more title of the list: an article or a
#: number opens it.
SEMICOLON_ITEM = re.compile(
    r"(?i);\s*(?P<item>(?:and\s+)?(?:"
    + _ITEM_NUMBER
    + r"\s*|"
    + _ORDINAL
    + r"\s*)?(?:the|a|an)\s[^;.]+)"
)
#: Separators between the titles of a list (an item's number goes with its separator).
LIST_SEPARATOR = re.compile(
    r"(?i)(?:\s*[,;，、]\s*(?:and\s+|(?:together|along)\s+with\s+|as\s+well\s+as\s+)?|"
    # "the A as well as the B", "the A together with the B"
    r"\s+(?:as\s+well\s+as|together\s+with|along\s+with)\s+)(?:"
    + _ITEM_NUMBER
    + r"\s*|"
    + _ORDINAL
    + r"\s*)?"
)
#: ... in a list announced by a colon, a line break too (one title a line); elsewhere a line
#: break may be the hard wrapping of a title.
LINE_SEPARATOR = re.compile(
    r"(?i)\s*(?:[,;，、]\s*(?:and\s+)?|\n\s*)(?:" + _ITEM_NUMBER + r"\s*|" + _ORDINAL + r"\s*)?"
)
#: A quoted title then "and" a bare one: "the “A” and the B, and the C" (the serial comma
#: marks the last item, not this one).
QUOTE_THEN_AND = re.compile(r"[”\"》»」』〉]\s+and\s")
#: "and" between two titles when the list has no serial comma to show where titles end
#: ("a draft list of X and a draft agenda", "reports on X and reports on Y").
LAST_AND = re.compile(
    r"(?i)\s+and\s+(?=(?:the|a|an)\s|(?:reports?|lists?|drafts?)\s+(?:on|of)\b|['‘]?(?-i:[A-Z]))"
)
#: Leading words of a listed item that are not part of its title.
ITEM_LEAD = re.compile(
    r"(?i)^(?:" + _ITEM_NUMBER + r"\s*)?(?:" + _ORDINAL + r"\s*)?"
    r"(?:(?:including|includes?|such\s+as|and|also|as\s+well\s+as)\s+)*(?:(?:the|a|an)\s+)?"
    # what was approved is the document made public: "approved the release of the Plan for ..."
    r"(?:(?:release|issuance|publication|promulgation)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:explanations?|reports?)\s+on\s+(?:the\s+)?(?=(?:drafting|formulation|revision)\s+of\s+the\s))?"
    r"(?:explanations?\s+on\s+(?:the\s+)?)?"
    # what of the document was read: "the relevant provisions of the Regulations on ..."
    r"(?:(?:relevant|main)\s+(?:contents?|provisions)\s+of\s+(?:the\s+)?)?"
    # a common noun owning the title is no part of it: "the city's implementation plan for ..."
    r"(?:(?-i:(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)(?<![Pp]eople)['’]s\s+)?"
    # the document drafted is the title: "a report on the drafting of the ... (draft)"
    r"(?:(?:drafting|formulation|revision)\s+of\s+the\s+|drafting\s+of\s+)?"
)
#: A listed object is a title when a document word heads it: it ends the phrase ("the work
#: report", "the agenda (draft)") or takes a complement ("the list of ...", "report on ...").
HEADED_BY_DOCUMENT = re.compile(
    r"(?i)^(?:(?!\b(?:of|on|for|to|regarding|about|in|from|by|with)\b)[^,])*?\b(?:"
    + HEAD_NOUN
    # a year after the head: "the Talent Strategy 2030", "the Government Work Report 2024"
    + r")(?:\s+\d{4})?(?:\s*\([^)]*\))?"
    # a complement: "of/on/for ...", "made by ...", or a participle ("regulations banning ...")
    r"(?:\s+(?:(?:\w+ed|made)\s+)?(?:of|on|for|to|regarding|about|in|from|by|with|between|among|concerning)\b.*|\s+\w+ing\b.*)?$"
)
#: The translation's Chinese word order, owner first and document word last: "the People's
#: Government of X City Work Report (Draft)", "the first session of the ... Congress election
#: method (draft)". The first preposition follows a body or a session, so "the implementation
#: of the X plan" is not one.
HEADED_LAST = re.compile(
    r"(?i)^(?:[\w'’-]+\s+){0,6}?(?:session|meeting|congress|committee|government|conference|"
    r"commission|cppcc|npc|city|province|county|district)\s+(?:of|about|on)\s[^,]*?\b(?:"
    + HEAD_NOUN
    + r")(?:\s*\([^)]*\))?\s*$"
)
#: Document nouns with nothing naming them: "the plan and the measures", "the draft report",
#: "these opinions" (a title names its subject, its body or its place).
GENERIC_NOUNS_ONLY = re.compile(
    r"(?i)^(?:(?:the|a|an|this|these|that|those|its|their|our|said|draft|relevant|related|new|"
    r"revised|above|two|three|and|,)\s*)*(?:"
    + HEAD_NOUN
    + r")(?:\s*(?:,|and)\s+(?:(?:the|a|an|its|their|draft|relevant)\s+)*(?:"
    + HEAD_NOUN
    + r"))*\s*(?:\(draft\))?$"
)
#: Listed objects that are talk about documents, not their titles.
NOT_LIST_TITLE = re.compile(
    r"(?i)^(?:spirit|important|relevant|related|other|above|situation|series|number|"
    # the meeting as the subject of a clause ("the meeting heard reports")
    r"(?:meeting|session|conference)\s+(?:\w+ed|heard)\b|"
    # (a capitalised "Several Opinions on ..." is a title's first word)
    r"(?-i:several|some|Some)\b(?!\s+(?:measures|opinions|provisions|regulations|policies|rules|guidelines|"
    r"methods)\s+(?:on|for|to)\b))\b|"
    r"\breport\s+on\s+the\s+spirit\b|"
    # points made by someone ("the points raised by the team"); "key points" of work is a title
    r"^points\b|"
    # what a body or several firms intend: "the decision of the county to close the quarry",
    # "the plans of several enterprises to expand", "the measures for the county to carry them
    # out" (a title decides "on" a matter)
    r"^(?=(?-i:[a-z]))[^,]*?\b(?:decisions?|plans?|measures)\s+(?:of|for)\s+[^,]{1,60}?\s+to\s+(?-i:[a-z])\w+\b|"
    r"^(?:decisions?|plans?|lists?|reports?)\s+of\s+(?:several|some|many|all)\b|"
    # a sanction of a person ("a decision to remove X from membership") is a personnel act
    r"^decisions?\s+to\s+(?:remove|dismiss|expel|punish|discipline)\b|"
    # steps still to take ("the measures to be taken next"), views of people ("the opinions of
    # the masses on housing"): no title names them
    r"^(?=(?-i:[a-z]))(?:measures|plans?|steps|arrangements)\s+to\s+be\b|"
    r"^(?=(?-i:[a-z]))(?:opinions|suggestions|views)\s+(?:and\s+suggestions\s+)?(?:of|from)\s+(?:the\s+)?"
    r"(?:masses|public|people|residents|citizens|villagers|enterprises|experts|all\s+sides|"
    r"grassroots)\b|"
    # a report of an event ("the report of a traffic accident") is an account, not a title
    r"^reports?\s+(?:of|on|about)\s+an?\s|"
    # a bare document word and where it was read ("the report in groups") names no title
    r"^(?:reports?|drafts?|plans?|decisions?|resolutions?)\s+(?:in|during|at)\s|"
    # a quoted title is the quoted rule's; a quoted phrase inside a bare title is its own
    # (a short quoted name opening a bare title is its modifier: "the “14th Five-Year” Plan for")
    r"^[“”\"《](?![^”\"》]{1,40}[”\"》]\s+(?-i:[A-Z]))|"
    r"(?<![\w,.])[“\"《][^”\"》]*\b(?:regulations?|measures|plan|opinions?|report|notice|decision)\b|"
    # "the work of ...", but a work report or work plan is a title
    r"^work\b(?!\s+(?:reports?|plans?|points|rules|programs?|programmes?|schemes?|arrangements|summary)\b)|"
    # "the implementation opinions" with no subject refers back to another document
    r"^implementation\s+(?:opinions|plans?|measures)\b(?!\s*\(|.*\b(?:on|for|regarding)\b)|"
    # a gerund opens a clause ("outlining the key points"), "and carry out" a new action
    r"^(?-i:[a-z]+ing)\s+(?:the|a|an|our|its)\b|^(?!people['’]s)\w+['’]s\b|\band\s+(?:carry|implement|do|make|strengthen|promote)\b"
)
#: A possessor opening a title: a person's report ("Xi Jinping's report delivered to the
#: congress") is a speech cited, not a document reviewed; a body's or a place's is one.
POSSESSOR = re.compile(r"^(?P<owner>(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)['’]s\s")
#: A capitalised possessive opening a listed title: "Suzhou's plan for ...".
PLACE_POSSESSIVE = re.compile(r"(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+(?=\S)")
#: A body's possessive opening a title ("the General Office of the State Council's Notice").
OWNER = re.compile(r"^[^,'’]{2,80}?(?<!People)['’]s\s+(?=\S)")
#: A post or a courtesy title before a name: "Comrade Zhang Wei", "Mayor Li".
HONORIFIC = re.compile(
    r"^(?:Comrade|Mayor|Governor|Secretary|Director|Chairman|Chairwoman|President|Professor|"
    r"Premier|Minister|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)\s+(?=[A-Z])"
)
#: A quoted title follows its verb closely ("reviewed the “...”", "heard a report on the “...”")
#: or the title before it in a list ("... the “A” and the “B”").
MAX_VERB_GAP = 25
# "the report ... on the implementation of the “Regulations ...”": the title is the object of a
# nominalised review, as close to it as a quote to its verb
NOUN_CUE = re.compile(
    r"(?i)\b(?:implementation|enforcement|revision|amendment|formulation|drafting|draft)\s+"
    r"(?:of\s+)?(?:the\s+)?$"
)
#: Words between a verb and its quoted title that say how it was reviewed, not what:
#: "adopted in principle the newly revised “...”".
GAP_FILLER = re.compile(
    r"(?i)\b(?:in\s+principle|in\s+writing|unanimously|newly|revised|amended|"
    # what of the document was read: "reviewed the relevant contents of the “...”"
    r"(?:the\s+)?(?:relevant\s+|main\s+)?(?:contents?|provisions)\s+of|"
    # the document named before its quoted title: "studied the spirit of the document “...”",
    # "learned the document of the Provincial Party Committee “...”"
    r"(?:the\s+)?(?:spirit\s+of\s+the\s+)?documents?(?:\s+of\s+the(?:\s+[\w'’-]+){1,6}?(?=\s*$))?|"
    r"by\s+(?:a\s+)?(?:show\s+of\s+hands|vote)|"
    # the form of the text reviewed: "the revised version of the “...”", "the draft for comments of"
    r"(?:the\s+)?(?:(?:revised|new|final|latest)\s+)?(?:version|draft|text)(?:\s+for\s+(?:comments|review|"
    r"discussion|approval|deliberation))?\s+of|"
    # the documents told as a set: "a number of documents including the “...”"
    r"a\s+number\s+of|several|including|such\s+as|namely)\s*"
)
#: An aside between commas, between a verb and its quoted object.
ASIDE = re.compile(r",[^,;.“”\"]{3,60},")
#: The body whose title it is, between verb and quote: "reviewed the municipal government's “...”".
POSSESSIVE_GAP = re.compile(r"^[^,;.:“”\"]{0,60}['’]s\s*$")
#: A quoted title reviewed in the passive: "the “...” was submitted for deliberation".
REVIEWED_AFTER = re.compile(
    r"(?i)\s*(?:\([^)]*\)\s*)?(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+)?(?:reviewed|"
    r"adopted|approved|passed|deliberated|studied|discussed|examined|submitted\s+for|circulated|"
    r"read\s+out|released|submitted\s+to\s+(?:the\s+)?(?:meeting|session|conference)\s+for)\b"
)
#: Between two quoted titles of a list: a comma (Chinese or not), "and", "as well as", or nothing.
LIST_JOIN = re.compile(
    r"(?i)^\s*(?:[,、，;]\s*)?(?:(?:and|as\s+well\s+as)\s+)?(?:the\s+)?(?:(?:revised\s+)?draft\s+)?$"
)
#: Works whose quoted titles are no documents: lectures, talks, films, songs.
NOT_A_DOCUMENT_KIND = re.compile(
    r"(?i)\b(?:lecture|lesson|class|talk|presentation|course|film|documentary|movie|exhibition|"
    r"song|opera|drama|play|video)\s+(?:(?:en)?titled\s+|called\s+|named\s+|on\s+)?$"
)
#: Quoted phrases shorter than this with no document word are slogans, not titles.
MIN_TITLE_WORDS = 6


def find_documents(ctx: Context) -> list[DocumentRecord]:
    found: list[DocumentRecord] = []
    for base, text in _clauses(ctx):
        found.extend(_listed_titles(ctx, base, text))
        found.extend(_passive_titles(ctx, base, text))
        found.extend(_submitted_titles(ctx, base, text))
        found.extend(_relative_titles(ctx, base, text))
        previous_end = -1
        quotes = _quoted(text)
        passive = _reviewed_after(text, quotes)
        for match, reviewed_after in zip(quotes, passive, strict=True):
            title = " ".join(match["title"].split())
            near_verb = reviewed_after or any(
                _close_to_verb(text[v.end() : match.start()])
                and not _higher_meetings_act(ctx, text[: v.start()])
                for v in REVIEW_VERB.finditer(text, 0, match.start())
            )
            in_list = previous_end >= 0 and bool(
                LIST_JOIN.match(text[previous_end : match.start()])
            )
            after_noun_cue = bool(NOUN_CUE.search(text[max(0, match.start() - 40) : match.start()]))
            near_verb = near_verb or in_list or after_noun_cue
            reads_as_title = DOCUMENT_WORDS.search(title) or len(title.split()) >= MIN_TITLE_WORDS
            if NOT_A_DOCUMENT_KIND.search(text[max(0, match.start() - 40) : match.start()]):
                continue  # "gave a lecture entitled “...”": a talk's title, not a document's
            if near_verb and reads_as_title and not title.endswith((".", "!", "?")):
                found.append(_record(ctx, base, match, title, "document.quoted.v1"))
                previous_end = match.end()
    return _distinct(found)


def _quoted(text: str) -> list[re.Match[str]]:
    """The quoted phrases of a sentence, in order; a title in 《》 keeps the quotes inside it
    ("《Plan for the “Two Zones” of ...》")."""
    books = list(BOOK_TITLE.finditer(text)) if "《" in text else []
    if books:
        text = BOOK_TITLE.sub(lambda book: " " * len(book[0]), text)
    return sorted([*books, *QUOTED.finditer(text)], key=lambda match: match.start())


def _clauses(ctx: Context) -> list[tuple[int, str]]:
    """The sentences, with a list the parser cut into sentences joined again: "The meeting
    reviewed: 1. the A; 2. the B", or one title a line after "reviewed the following:"."""
    joined: list[tuple[int, int]] = []
    for sent in ctx.sentences:
        start, end = sent.start_char, sent.end_char
        if joined and end <= joined[-1][1]:
            continue  # read with the list before it
        if joined and CUT_NUMBER.search(ctx.text, joined[-1][0], joined[-1][1]):
            joined[-1] = (joined[-1][0], end)
            continue
        start = max(start, joined[-1][1] if joined else 0)
        if LIST_OPENING.search(ctx.text, start, end):
            end = _listed_lines_end(ctx.text, end)
        joined.append((start, end))
    return [(start, ctx.text[start:end]) for start, end in joined]


def _listed_lines_end(text: str, end: int) -> int:
    """The end of the lines after a colon that are items of its list: numbered, or titles."""
    while end < len(text):
        line_end = text.find("\n", end + 1)
        line_end = len(text) if line_end < 0 else line_end
        line = text[end:line_end].strip()
        if not line or not (NUMBERED.match(line) or _is_title(_lead_stripped(line.rstrip(";,.")))):
            break
        end = line_end
    return end


#: Which rule's reading of a title wins where two overlap: the quotes mark it exactly.
RULE_PRIORITY = (
    "document.quoted.v1",
    "document.listed.v1",
    "document.passive.v1",
    "document.submitted.v1",
)


def _close_to_verb(gap: str) -> bool:
    """Whether the text between a review verb and a quote leaves the quote its object; an
    aside between commas ("approved in principle, after full discussion, the “...”") is no
    distance."""
    gap = ASIDE.sub(" ", gap)
    filled = GAP_FILLER.sub("", gap)
    return len(filled) <= MAX_VERB_GAP or bool(POSSESSIVE_GAP.match(filled))


def _reviewed_after(text: str, quotes: list[re.Match[str]]) -> list[bool]:
    """For each quoted phrase, whether a passive review verb follows it, or follows the list
    of quoted titles it opens ("The “A” and the “B” were reviewed and approved")."""
    flags = [False] * len(quotes)
    for index in range(len(quotes) - 1, -1, -1):
        end = quotes[index].end()
        flags[index] = bool(REVIEWED_AFTER.match(text, end)) or (
            index + 1 < len(quotes)
            and flags[index + 1]
            and bool(LIST_JOIN.match(text[end : quotes[index + 1].start()]))
        )
    return flags


def _distinct(found: list[DocumentRecord]) -> list[DocumentRecord]:
    """One record per title: the same title found twice, or a title read inside another's
    span (a list verb inside a quoted title), is dropped."""
    listed = [r.span for r in found if r.rule == "document.listed.v1"]
    # a quoted name inside a bare title that goes on past it is the title's modifier: "the
    # Hexi “Three Lines and One List” zoning control plan"
    found = [r for r in found if r.rule != "document.quoted.v1" or not _modifier_in(r.span, listed)]
    ranked = sorted(found, key=lambda r: RULE_PRIORITY.index(r.rule))
    kept: list[DocumentRecord] = []
    titles: set[str] = set()
    for record in ranked:
        overlaps = any(
            record.span.start < k.span.end and k.span.start < record.span.end for k in kept
        )
        if not overlaps and record.title.lower() not in titles:
            kept.append(record)
            titles.add(record.title.lower())
    return sorted(kept, key=lambda r: r.span.start)


def _modifier_in(quoted: Span, listed: list[Span]) -> bool:
    """Whether a bare title holds the quoted span and runs on for more than its closing quote."""
    return any(span.start < quoted.start and quoted.end + 2 < span.end for span in listed)


def _listed_titles(ctx: Context, base: int, text: str) -> list[DocumentRecord]:
    """Bare titles listed after a review verb: "adopted the examination report of the
    credentials committee, the agenda of the congress, and the election rules (draft)"."""
    titles: list[tuple[int, int]] = []
    heard: list[tuple[int, int]] = []
    lowered = text.lower()
    if not any(stem in lowered for stem in LIST_VERB_STEMS) and not (
        "report" in lowered and any(stem in lowered for stem in DELIVERY_STEMS)
    ):
        return []  # no verb of review: the long alternation of LIST_VERB need not run
    if not any(head in lowered for head in HEAD_STEMS):
        return []  # no document noun: no listed title can head a piece of the sentence
    for verb in LIST_VERB.finditer(text):
        before = _clause_before(text, verb.start())
        under_modal = MODAL.search(before) and not PAST_VERB.match(verb[0])
        someone_elses = GERUND.match(verb[0]) and TEMPORAL.search(before)
        # ... but "the session closed after adopting the resolution on ..." is the meeting's act
        if someone_elses and MEETING_ACT.search(before):
            someone_elses = None
        if under_modal or someone_elses:
            continue
        if (
            PLACE_SUBJECT.search(before)
            or CENTRAL_SUBJECT.search(before)
            or _higher_meetings_act(ctx, before)
        ):
            continue
        if verb["announce"] and not MEETING_SUBJECT.search(before):
            continue  # "the State Council issued the Opinions on ...": another body's act
        # a list announced by "the following:" runs on past its semicolons
        end = (FOLLOWING_END if verb["following"] else LIST_END).search(text, verb.end())
        stop = _past_semicolon_titles(text, end.start() if end else len(text.rstrip()))
        previous: list[tuple[int, int]] | None = None
        companions: list[tuple[int, int]] = []
        titles_before = len(titles)
        for item_start, item_end in _list_items(text, verb.end(), stop, bool(verb["following"])):
            item = text[item_start:item_end]
            if OTHER_ITEM.match(item):
                previous = None
                continue
            if previous and CONTINUATION.match(item) and not _is_title(_lead_stripped(item)):
                # "regulations banning the digging of sand, stone, and soil": the comma was
                # the title's own, so the piece extends the title before it
                previous[-1] = (previous[-1][0], item_end)
                continue
            lead = ITEM_LEAD.match(item)
            first = item_start + (lead.end() if lead else 0)
            first = _past_place_possessive(text, first)
            if LISTED_PAST_TIME.search(text, first, item_end):
                previous = None
                continue  # "passed the Report on X last year": a review in the past
            # "approved a work report on Monday to be submitted ...": the day is the meeting's
            day = DAY_TAIL.search(text, first, item_end)
            item_end = day.start() if day else item_end
            # ("the report made by Zhang Hua on behalf of the committee" names its report only
            # by who made it: that tail stays when no title is left without it)
            tails = ((OTHER_TAIL, False), (MANNER_TAIL, False), (SOURCE_OR_DESTINATION_TAIL, True))
            for tail, leaves_title in tails:
                found_tail = tail.search(text, first, item_end)
                if found_tail and (
                    not leaves_title
                    or _is_title(" ".join(text[first : found_tail.start()].split()))
                ):
                    item_end = found_tail.start()
            title = " ".join(text[first:item_end].split())
            previous = None
            if not _is_title(title):
                if ADOPTING.match(verb[0]) and COMPANION.match(title):
                    companions.append((first, item_end))
                continue
            formal = not BRIEFING.match(title) or FORMAL_REPORT.match(title)
            if verb["asked"] and not DRAFT.search(title):
                previous = None  # a request for a document, not one put out for comment
            elif verb["delivered"]:
                # a report delivered is a document of the session only as an organ's formal report
                previous = titles if formal and REPORT_HEADED.match(title) else None
            elif not HEARD.match(verb[0]) or formal:
                previous = titles
            elif TOPICAL_REPORT.match(title):
                previous = heard
            if previous is not None:
                previous.append((first, item_end))
        # "adopted the examination report ..., the agenda ..., and the secretariat
        # organization of the congress": what is adopted beside titles is one
        if len(titles) > titles_before:
            titles.extend(companions)
    # a report heard among documents reviewed is an item of the agenda, not a briefing
    kept = titles + heard if titles else []
    spans = [part for a, b in sorted(kept) for part in _organ_reports(text, a, b)]
    return [_titled(ctx, base, a, b, "document.listed.v1") for a, b in spans]


def _past_place_possessive(text: str, first: int) -> int:
    """Where a title starts after a place owning it: "Suzhou's plan for ..." (a place in the
    gazetteer; a person's report is a speech, and stays for :func:`_a_persons` to reject)."""
    owner = PLACE_POSSESSIVE.match(text, first)
    if owner and gazetteer().lookup(owner["place"]):
        return owner.end()
    return first


def _past_semicolon_titles(text: str, stop: int) -> int:
    """Where a list cut at a semicolon ends when the clauses after it are titles too: "reviewed
    the A; the B; and the C" (a clause with a verb of its own ends the list)."""
    while text.startswith(";", stop):
        segment = SEMICOLON_ITEM.match(text, stop)
        if segment is None or not _is_title(_lead_stripped(segment["item"])):
            break
        stop = segment.end("item")
    return stop


def _organ_reports(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The work reports of two organs, heard together, are two documents."""
    pair = ORGAN_PAIR.match(text, start, end)
    if not pair:
        return [(start, end)]
    return [(pair.start("first"), pair.end("first")), (pair.start("second"), pair.end("second"))]


def _is_title(title: str) -> bool:
    # a body owning the title: "the General Office of the State Council's Notice on ..."
    owner = OWNER.match(title)
    headed = (
        HEADED_BY_DOCUMENT.search(title)
        or HEADED_LAST.search(title)
        or (owner and HEADED_BY_DOCUMENT.search(title[owner.end() :]))
    )
    return bool(
        headed
        and not NOT_LIST_TITLE.search(title)
        and not GENERIC_NOUNS_ONLY.match(title)
        and not _a_persons(title)
        and len(title.split()) >= 2
    )


def _a_persons(title: str) -> bool:
    owner = POSSESSOR.match(title)
    if owner is None:
        return False
    # "Comrade Zhang Wei's report", "Mayor Li's report": a post or "Comrade" before a name
    name = HONORIFIC.sub("", owner["owner"])
    if name != owner["owner"] and name:
        return True
    return is_person_name(normalize_name(owner["owner"]))


def _lead_stripped(item: str) -> str:
    lead = ITEM_LEAD.match(item)
    return " ".join(item[lead.end() if lead else 0 :].split())


def _clause_before(text: str, position: int) -> str:
    boundary = max(text.rfind(mark, 0, position) for mark in ";:")
    return text[boundary + 1 : position]


def _reviewed_elsewhere(text: str, end: int) -> bool:
    """Whether the clause after a passive review verb puts the review at another body or time:
    "was approved by the State Council in 2019", "were issued by the General Office"."""
    clause = re.split(r"[.;]", text[end:], maxsplit=1)[0]
    agent = AGENT.search(clause)
    return bool(PAST_TIME.search(clause)) or (
        agent is not None and not MEETING_AGENT.match(agent["agent"])
    )


def _passive_titles(ctx: Context, base: int, text: str) -> list[DocumentRecord]:
    """A title before its passive verb: "A decision to convene the session ... was reviewed and
    adopted", "the notice of criticism on ... was circulated"."""
    found = []
    for match in PASSIVE_TITLE.finditer(text):
        # "In 2020, the Plan for ... was approved": the review of another time
        if _reviewed_elsewhere(text, match.end()) or PAST_TIME.search(
            text, 0, match.start("title")
        ):
            continue
        # "the A and the B were adopted": each title its own
        for start, end in _split_on_and(text, match.start("title"), match.end("title")):
            lead = ITEM_LEAD.match(text[start:end])
            first = start + (lead.end() if lead else 0)
            if _is_title(" ".join(text[first:end].split())):
                found.append(_titled(ctx, base, first, end, "document.passive.v1"))
    for match in PASSIVE_LIST.finditer(text):
        if _reviewed_elsewhere(text, match.end()) or PAST_TIME.search(
            text, 0, match.start("title")
        ):
            continue
        for start, end in _list_items(text, match.start("title"), match.end("title")):
            lead = ITEM_LEAD.match(text[start:end])
            first = start + (lead.end() if lead else 0)
            if _is_title(" ".join(text[first:end].split())):
                found.append(_titled(ctx, base, first, end, "document.passive.v1"))
    return found


def _relative_titles(ctx: Context, base: int, text: str) -> list[DocumentRecord]:
    """A title the sentence names first, then says was reviewed: "Chen Jun explained the draft
    Plan for Sponge Cities, which was approved at the meeting"."""
    found = []
    for clause in RELATIVE_PASSIVE.finditer(text):
        before = text[: clause.start()]
        start = max(before.rfind(mark) for mark in ",;:.") + 1
        for article in re.finditer(r"(?i)\b(?:the|a|an)\s+", before[start:]):
            first = start + article.end()
            if _is_title(" ".join(before[first:].split())):
                found.append(_titled(ctx, base, first, clause.start(), "document.passive.v1"))
                break
    return found


def _submitted_titles(ctx: Context, base: int, text: str) -> list[DocumentRecord]:
    """A title the meeting sends on: "agreed to submit the Wuhu Regulations (Draft) to the
    standing committee for deliberation", or puts to a vote."""
    found = []
    lowered = text.lower()
    matches = [*SUBMITTED.finditer(text)] if "submit" in lowered else []
    if "vote" in lowered:
        matches.extend(PUT_TO_VOTE.finditer(text))
    for match in matches:
        group = "agreed" if match.groupdict().get("agreed") else "title"
        title = " ".join(match[group].split())
        if _is_title(title):
            found.append(
                _titled(ctx, base, match.start(group), match.end(group), "document.submitted.v1")
            )
    return found


def _list_items(
    text: str, start: int, stop: int, one_a_line: bool = False
) -> list[tuple[int, int]]:
    """Start and end of each item of the list ``text[start:stop]``; ``one_a_line`` when a
    colon announced it, and its titles may stand one a line."""
    items: list[tuple[int, int]] = []
    chunk = text[start:stop]
    serial_comma = bool(re.search(r",\s*and\s", chunk))
    cursor = 0
    separators = (LINE_SEPARATOR if one_a_line else LIST_SEPARATOR).finditer(chunk)
    for separator in [*separators, None]:
        end = separator.start() if separator else len(chunk)
        pieces = [(cursor, end)]
        if not serial_comma or QUOTE_THEN_AND.search(chunk, cursor, end):
            pieces = _split_on_and(chunk, cursor, end)
        items.extend((start + a, start + b) for a, b in pieces if chunk[a:b].strip())
        cursor = separator.end() if separator else end
    return items


def _split_on_and(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split at "and" only where a title follows it: "the outline of the plan and the
    long-range objectives through 2035" is one title."""
    joints = list(LAST_AND.finditer(chunk, start, end))
    pieces, cursor = [], start
    for index, joint in enumerate(joints):
        right_end = joints[index + 1].start() if index + 1 < len(joints) else end
        right = _lead_stripped(chunk[joint.end() : right_end])
        if _inside_quotes(chunk[cursor : joint.start()]):
            continue  # "the “Three Lines and One List” plan": the quoted name's own "and"
        if _is_title(right) and not NEXT_YEAR_HALF.match(right) and not SHARED_OBJECT.match(right):
            pieces.append((cursor, joint.start()))
            cursor = joint.end()
    return [*pieces, (cursor, end)]


def _inside_quotes(piece: str) -> bool:
    """Whether a quote opened in ``piece`` is still open at its end (a straight quote opens
    after a space and before a word; "Plan for X\"" only closes a quote left out)."""
    if piece.rfind("“") > piece.rfind("”"):
        return True
    last = piece.rfind('"')
    opens = last >= 0 and (last == 0 or piece[last - 1].isspace()) and last + 1 < len(piece)
    return opens and not piece[last + 1].isspace()


def _titled(ctx: Context, base: int, start: int, end: int, rule: str) -> DocumentRecord:
    # single quotes around a bare title ('Opinions on ...') are not part of it
    piece = ctx.text[base + start : base + end]
    start += len(piece) - len(piece.lstrip("'‘"))
    end -= len(piece) - len(piece.rstrip("'’"))
    # ... nor is a closing quote whose opening one the translation left out ('Plan for X"')
    piece = ctx.text[base + start : base + end]
    stray_straight = piece.endswith('"') and piece.count('"') % 2 == 1
    if stray_straight or (piece.endswith("”") and "“" not in piece):
        end -= 1
    title = " ".join(ctx.text[base + start : base + end].split())
    title = title[:1].upper() + title[1:]
    return DocumentRecord(title=title, span=ctx.span(base + start, base + end), rule=rule)


def _record(ctx: Context, base: int, match: re.Match[str], title: str, rule: str) -> DocumentRecord:
    # a comma the translation put inside the quotes ("“Explanation on ...,” published by")
    trailing = len(title) - len(title.rstrip(",;: "))
    title = title[: len(title) - trailing]
    title = title[:1].upper() + title[1:]
    end = match.end("title")
    end -= len(match["title"]) - len(match["title"].rstrip(",;: "))
    span = ctx.span(base + match.start("title"), base + end)
    return DocumentRecord(title=title, span=span, rule=rule)


# Last: every rule above asks first for the words it cannot match without.
prefilter_module_patterns(globals())
