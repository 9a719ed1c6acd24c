"""Named people and the posts stated beside them.

Two shapes carry posts in this genre:

* a title before the name: "Municipal Party Committee Secretary Yuan Jiajun",
  "Deputy Secretary of the Municipal Party Committee and Mayor Yu Haitian";
* an appositive after it: "Yuan Jiajun, Secretary of the Municipal Party Committee,"
  possibly listing several posts joined by commas and "and".

Names come from spaCy's PERSON entities plus a title-anchored fallback for names
the small model misses. Reporters and photographers come from the credits the
cleaner removed; they are people, not officials.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kg.clean import Removal
from kg.extract.anchored import anchored_finditer
from kg.extract.context import Context
from kg.extract.gazetteer import COUNTY_KINDS, gazetteer
from kg.extract.phrases import phrase_trie
from kg.extract.prefilter import prefilter_module_patterns
from kg.extract.surnames import chinese_surnames, minority_name_parts
from kg.nlp.rules import rule_set
from kg.resources import data_file
from kg.types import PersonRecord, PostRecord, Span

#: Titles written several ways for one post: a place's party secretary (一把手, "the top
#: official"); a mayor's or governor's assistant (市长助理).
ROLE_SYNONYMS = {
    "top official": "Party Chief",
    "top leader": "Party Chief",
    "party boss": "Party Chief",
    "assistant to the mayor": "Assistant to the Mayor",
    "assistant mayor": "Assistant to the Mayor",
    "mayor assistant": "Assistant to the Mayor",
    "mayor's assistant": "Assistant to the Mayor",
    "assistant to the governor": "Assistant to the Governor",
    "assistant governor": "Assistant to the Governor",
    # a body's head as translations word it (负责人, 主要负责同志): "the person in charge of the
    # Municipal Bureau of Finance Zhou Ting"
    "person in charge": "Head",
    "principal person in charge": "Head",
    "main person in charge": "Head",
    "main responsible comrade": "Head",
    "principal responsible comrade": "Head",
}
#: Role titles, longest first so "Deputy Secretary" wins over "Secretary".
ROLE_TITLES = sorted(
    [
        "General Secretary",
        "Secretary-General",
        "Secretary General",
        "Deputy Secretary-General",
        "First Secretary",
        "Deputy Secretary",
        "Party Secretary",
        "Secretary",
        "Executive Vice Mayor",
        "Executive Deputy Mayor",
        "Deputy Mayor",
        "Vice Mayor",
        "Mayor",
        "Executive Vice Governor",
        "Vice Governor",
        "Deputy Governor",
        "Governor",
        "Executive Vice Chairman",
        "Executive Chairman",
        "Vice Chairman",
        "Vice-Chairman",
        "Vice Chairwoman",
        "Chairman",
        "Chairwoman",
        "Vice President",
        "President",
        "Vice Premier",
        "Premier",
        "Deputy Director",
        "Executive Director",
        "Director",
        "Deputy Head",
        "Head",
        "Chief Procurator",
        "Procurator-General",
        "Commissioner",
        "Minister",
        "Deputy Minister",
        "Standing Committee Member",
        "Member",
        "Deputy Leader",
        "Group Leader",
        "Leader",
        "Deputy District Mayor",
        "District Mayor",
        "County Magistrate",
        "Deputy County Magistrate",
        # shapes of real translations: "Chair of the ... Conference", "Party chief of Anhui",
        # "Vice Secretary of", "acting mayor", "executive deputy county head"
        "Chair",
        "Chairperson",
        "Vice Chairperson",
        "Vice Chair",
        "Vice Secretary",
        "Party Chief",
        "Acting Mayor",
        "Acting Governor",
        "County Head",
        "Deputy County Head",
        "Executive Deputy County Head",
        "Convener",
        "Vice-Premier",
        "Deputy Party Secretary",
        "Commander-in-Chief",
        "Deputy Commander-in-Chief",
        # state-owned enterprise heads ("General Manager of State Grid X Power Supply Company")
        "General Manager",
        "Deputy General Manager",
        # "District Chief" (区长), "Standing Deputy District Mayor" (常务副区长), "Deputy Chief of
        # the Leading Group": heads and deputies as real translations write them
        "District Chief",
        "Deputy District Chief",
        "Executive Vice President",
        "Executive Deputy Director",
        "Executive Deputy Head",
        "Executive Deputy Secretary",
        # a rank before a deputy's rank: "executive deputy minister", "standing deputy director"
        "Executive Deputy Minister",
        "Executive Vice Minister",
        "Executive Vice Chairman",
        "Standing Deputy Director",
        "Standing Vice Chairman",
        "Standing Deputy Secretary",
        "Standing Deputy Head",
        "First Deputy Director",
        "First Deputy Head",
        "First Deputy Secretary",
        "First Deputy Leader",
        # military districts and civil-service ranks
        "Political Commissar",
        "Deputy Political Commissar",
        "Commander",
        "Deputy Commander",
        "Chief of Staff",
        "Inspector",
        "First-level Inspector",
        "Second-level Inspector",
        "District Head",
        "Deputy District Head",
        "Executive Deputy District Head",
        "Township Head",
        "Deputy Township Head",
        "Town Mayor",
        "Deputy Town Mayor",
        "Deputy County Mayor",
        "County Mayor",
        "County Chief",
        "Deputy County Chief",
        "Deputy Chief",
        # national and county titles of news English: "State Councilor Wang Yi", "Magistrate X"
        "State Councilor",
        "State Councillor",
        "Councilor",
        "Councillor",
        "Magistrate",
        "Deputy Magistrate",
        # "chief of the municipal public security bureau" (局长 as some translations write it)
        "Chief",
        "Standing Deputy Mayor",
        "Standing Vice Mayor",
        "Standing Deputy District Mayor",
        "Standing Deputy County Magistrate",
        "Standing Vice Governor",
        "Executive Vice Governor",
        # "Provincial People's Congress representative": a congress deputy (kept only then)
        "Representative",
        "Director General",
        "Director-General",
        "Deputy Director General",
        "Deputy Director-General",
        # misspelt roles of real translations ("Secertary Li Ming"); canonical_role mends them
        "Secertary",
        "Secratary",
        "Secetary",
        "Secreatry",
        "Deputy Secertary",
        "Chariman",
        "Vice Chariman",
        "Govenor",
        "Vice Govenor",
        "Secretory",
        "Deputy Secretory",
        # letters swapped or dropped in the commonest role word ("Secretery", "Secrtary")
        "Secretery",
        "Secrtary",
        "Deputy Secretery",
        # "Majoy", "Major" for Mayor: real translations' typos of the head of a city
        "Majoy",
        "Vice Majoy",
        "Deputy Majoy",
        "Major",
        "Vice Major",
        "Deputy Major",
        "Executive Vice Major",
        # heads of a county or district as "governor"; deans of party schools
        "County Governor",
        "Deputy County Governor",
        "District Governor",
        "Deputy District Governor",
        "Dean",
        "Vice Dean",
        "Executive Vice Dean",
        "Top Official",
        "Top Leader",
        "Party Boss",
        # a mayor's or governor's assistant (市长助理), as translations word it
        "Assistant to the Mayor",
        "Assistant Mayor",
        "Mayor Assistant",
        "Mayor's Assistant",
        "Assistant to the Governor",
        "Assistant Governor",
        "Person in Charge",
        "Principal Person in Charge",
        "Main Person in Charge",
        "Main Responsible Comrade",
        "Principal Responsible Comrade",
        # "deputy secretary general of the municipal government" (no hyphen); a procuratorate's
        # head and a bureau's as some translations word them (检察长, 局长)
        "Deputy Secretary General",
        "Chief Prosecutor",
        "Deputy Chief Prosecutor",
        "Bureau Chief",
        "Deputy Bureau Chief",
    ]
    # the long role words' slips, alone and after a rank ("Deputy Secretery")
    # 常务 as translations write it: "Routine Deputy Mayor", "Permanent Vice Mayor", "Normal
    # Vice Governor" are the executive deputies, in the text's own words
    + [
        f"{rank} {title.split(' ', 1)[1]}"
        for title in [
            "Executive Vice Mayor",
            "Executive Deputy Mayor",
            "Executive Vice Governor",
            "Executive Deputy Governor",
            "Executive Deputy County Magistrate",
            "Executive Deputy District Mayor",
            "Executive Deputy Director",
            "Executive Vice Chairman",
            "Executive Deputy Head",
            "Executive Deputy Secretary",
        ]
        for rank in ("Routine", "Permanent", "Normal", "Regular")
    ],
    key=len,
    reverse=True,
)
#: Misspelt role words and the role word they stand for.
MISSPELT_ROLE_WORDS = {
    "secertary": "Secretary",
    "secratary": "Secretary",
    "secetary": "Secretary",
    "secreatry": "Secretary",
    "chariman": "Chairman",
    "govenor": "Governor",
    "secretory": "Secretary",
    "secretery": "Secretary",
    "secrtary": "Secretary",
    "majoy": "Mayor",
    "major": "Mayor",
}
#: "a deputy to the Provincial People's Congress": "deputy" alone is a role only before "to"
#: (else it starts "deputy secretaries-general" and the like).
#: "Vice-governor", "deputy-director": the rank joined to the role by a hyphen, as often.
HYPHENATED_RANKS = [
    t.replace(" ", "-", 1)
    for t in ROLE_TITLES
    if " " in t and t.split()[0] in {"Vice", "Deputy", "Executive", "Standing"}
] + [
    # "executive vice-mayor", "standing deputy-director": the hyphen after an inner rank
    re.sub(r"\b(Vice|Deputy) ", r"\1-", t)
    for t in ROLE_TITLES
    if re.search(r".\b(?:Vice|Deputy) ", t)
]
_ROLE = (
    "(?:"
    + phrase_trie(ROLE_TITLES + HYPHENATED_RANKS)
    + r"|(?i:deputy)(?=\s+to\s)"
    # "NPC deputy Zhang Wei", "Provincial People's Congress deputy": a congress's delegate
    + r"|(?<=(?i:npc)\s)(?i:deputy)|(?<=(?i:congress)\s)(?i:deputy))"
)

#: Lower-case words allowed inside an organisation name written before a title.
_ORG_WORD = (
    r"(?:[A-Z][\w’'-]*|of|the|and|for|\d+(?:st|nd|rd|th)|"  # "the 14th Municipal Party Committee"
    r"(?i:municipal|provincial|party|committee|city|county|"
    # misspellings real translations keep ("municpal party commitee")
    r"municpal|muncipal|provincal|commitee|comittee|committe|goverment|govenment|"
    r"district|people[’']s|government|standing|cpc|"
    # "the party leadership group of the municipal government", "leading party group"
    r"leadership|leading|group|"
    # departments named by their work: "propaganda minister", "organization department"
    r"organization|organisation|propaganda|publicity|department))"
)
#: Last words of an organisation name: a title that ends in one ("Secretary of the Municipal
#: Party Committee Fan Rui") is as good as one that ends in a role ("... Secretary Fan Rui").
_ORG_HEAD = (
    r"(?:Committee|Commitee|Comittee|Committe|Government|Goverment|Govenment|"
    # "the Municipal Political Consultative Conference" (the CPPCC written out with its level;
    # "the 12th Chinese People's Political Consultative Conference" of a city is the city's)
    r"CPPCC|NPC|Congress|Commission|Inspection|Bureau|Office|Group|"
    r"(?:(?<=[Mm]unicipal )|(?<=[Pp]rovincial )|(?<=[Cc]ounty )|(?<=[Dd]istrict )|(?<=[Cc]ity ))"
    r"Political\s+Consultative\s+Conference|"
    # the consultative conference's acronym as translations misspell it
    r"CCPCC|CPPPC|CPCC|"
    r"Department|Zone|Area|Court|Procuratorate|Federation|League|Council|Presidium|Banner|"
    r"County|District|City|Province|Region|Delegation|Sub-district|Garrison|Command|"
    # working bodies and the lowest levels: "leader of the inspection team", "commander of the
    # flood control headquarters", "secretary of the party committee of Xinhe Town"
    r"Team|Headquarters|Town|Township|Subdistrict|"
    # public service bodies and the lowest units: "director of the municipal center for
    # disease control", "head of the fire rescue detachment", "secretary of the X Village branch"
    r"Center|Centre|Detachment|Village|Community|Ministry|"
    # "dean of the municipal party school" (a school outside the state is dropped later)
    r"School|"
    # public hospitals and universities (a private one's post is dropped later, by non_state)
    r"Hospital|University|College|"
    # "Secretary of the Anqing Municipal Committee of the CPC": the party named last
    r"CPC)"
)
#: What a body's name may end in after its head word: "Bureau of Natural Resources and Planning".
#: (In lower case too, as real translations write it: "bureau of civil affairs Zhou Tao".)
_HEAD_OF_WHAT = (
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:and\s+)?[A-Z][\w’'-]*){0,4}"
    r"|\s+(?:of|for)\s+[a-z][a-z’'-]+(?:\s+(?:and\s+)?[a-z][a-z’'-]+){0,3})?"
)


def _one_title(head_of_what: str = "") -> str:
    """One post written before a name: organisation words, a role, maybe "of the <body>"."""
    return (
        r"(?:"
        + _ORG_WORD
        + r"\s+)*?"
        + _ROLE
        # "to": "Deputy to the 14th National People's Congress"
        + r"(?:\s+(?:of|to)\s+(?:the\s+)?(?:(?:"
        + _ORG_WORD
        # a body's describing words in lower case: "of the military sub-district", "of the
        # municipal health commission" (the body's head word still ends it)
        + r"\s+|[a-z][a-z’'-]+\s+){0,6}?"
        # real translations write the body in lower case too: "of the municipal party committee"
        + "(?i:"
        + _ORG_HEAD
        + ")"
        + head_of_what
        # or a place: "Party Secretary of Chongqing" (parse_post keeps it only if it is one)
        + r"|[A-Z][a-z]+(?:'[a-z]+)?))?"
    )


def _titles(one: str) -> str:
    """One post or several joined by "and", commas or slashes."""
    return one + r"(?:(?:(?:\s+and|,)\s+|\s*/\s*)" + one + r")*"


_ONE_TITLE = _one_title()
#: Scanned patterns start at a word: trying each position inside words halved the time of
#: extracting names, with the same matches on every test and benchmark text.
WORD_START = r"(?<![\w’'-])"
# A title directly before a name (known to start where the title ends, so the body's name may
# run on in capitalised words: "Director of the Bureau of Human Resources and Social Security").
# A colon may stand between them, as in lists of who attended: "Vice Mayor: Zhao Qun",
# "Secretary：Li Hua" (a full-width colon).
TITLE_BEFORE_NAME = re.compile(
    r"(?P<title>" + _titles(_one_title(_HEAD_OF_WHAT)) + r")(?:\s+|[^\S\n]*[:：][^\S\n]*)$"
)
# A title run on into a government with its head's role dropped: "Deputy Secretary of the county
# Party committee, county people's government Han Lin" heads that government too.
TITLE_THEN_GOVERNMENT = re.compile(
    r"(?P<title>"
    + _ONE_TITLE
    + r"(?:(?:\s+and|,)\s+"
    + _ONE_TITLE
    + r")*)\s*,\s+(?P<gov>(?:"
    + _ORG_WORD
    + r"\s+)*?(?i:government))\s+$"
)
# A post phrase at the start of an appositive chunk ("a member of the Standing Committee of ...").
STARTS_WITH_ROLE = re.compile(r"^(?:a|an|the)?\s*" + _ROLE + r"\b")
ROLE_OF_ORG = re.compile(r"^(?P<role>" + _ROLE + r")\s+of\s+(?:the\s+)?(?P<org>.+)$")
ORG_THEN_ROLE = re.compile(r"^(?P<org>.+?)\s+(?P<role>" + _ROLE + r")$")
# Two posts joined by "and" inside one chunk: split where the second role starts.
AND_NEXT_ROLE = re.compile(r"(?:(?:\s+and|,)\s+|\s*/\s*)(?=(?:a\s+|the\s+)?" + _ROLE + r"\b)")
#: A name whose parts a middle dot joins ("Aili·Maimaiti"), after a title or before a post.
DOTTED_NAME = r"[A-Z][a-z]{1,12}(?:[·•・‧][A-Z][a-z]{1,12})+"
# Fallback for names the model misses right after a title: two or three capitalised syllables.
TITLE_THEN_NAME = re.compile(
    WORD_START
    + r"(?P<title>"
    + _titles(_ONE_TITLE)
    # the surname may be written in capitals, as some sites do: "Mayor ZHAO Jianjun"
    # a one-letter surname is kept only if the list knows it ("Vice Mayor E Jie")
    + r")\s+(?P<name>(?:[A-Z][a-z]{0,7}|[A-Z]{2,6})(?:-[a-z]{1,6})?(?:\s+[A-Za-z][a-z]{1,10}){1,2}"
    + "|"
    + DOTTED_NAME
    + r")(?:[’']s)?\b"
)
#: Every title holds a role starting a word, and no character outside words, spaces,
#: apostrophes, hyphens, commas and slashes: the scan of titles before names looks only at the
#: pieces of text between such characters that name a role (:mod:`kg.extract.anchored`).
ROLE_ANCHOR = re.compile(WORD_START + _ROLE)
TITLE_BREAKS = re.compile(r"[^\w\s’'\-,/·•・‧]+")  # (a middle dot joins a name's parts)
#: A lower-case given name after a title ("Secretary Yuan jiajun") is a name only if the model
#: does not read it as another part of speech ("Secretary Yuan presided").
NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "X"})
# Fallback for names the model misses before an appositive post: "Cui Yonghui, Secretary of",
# "Ren Bo, vice mayor and director of", "Ren Bo, Vice Mayor, attended".
NAME_THEN_POST = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][a-z]{0,7}(?:\s+[A-Z][a-z]{1,10}){1,2}|"
    + DOTTED_NAME
    + r")(?:,|\s*[-—–]+|\s*[(（])\s*"
    + r"(?:a\s+|the\s+)?(?:[A-Z][a-z]+[’']s\s+)?"  # "Li Ming, Hunan's Party chief,"
    + r"(?:(?i:full[\s-]time)\s+)?"  # "Li Ming, full-time deputy secretary of"
    + _ROLE
    + r"(?:\s+(?:of|and)\b|\s*,)"
)
# Fallback for names the model misses after a title set off by a comma: "Secretary, Du Xiaoyu
# presided" (the title's role, then the name, then a verb or a comma).
ROLE_COMMA_NAME = re.compile(
    r"(?<![\w’'-])"
    + _ROLE
    + r"\s*,\s+(?P<name>[A-Z][a-z]{1,7}\s+[A-Z][a-z]{1,10})(?=\s+[a-z]|\s*[,.;])"
)
# Fallback for names the model misses after a title and a colon: "Vice Mayor: Zhao Qun" (the
# title itself is checked before the colon, by TITLE_BEFORE_NAME).
COLON_THEN_NAME = re.compile(
    r"(?<=[A-Za-z])[^\S\n]*[:：][^\S\n]*"
    r"(?P<name>(?:[A-Z][a-z]{0,7}|[A-Z]{2,6})(?:-[a-z]{1,6})?(?:\s+[A-Z][a-z]{1,10}){1,2})\b"
)
# A name written all in lower case with its given name hyphenated, in either order: "mayor
# ming-hua li", "li ming-hua" (the hyphen between two pinyin syllables marks a given name).
LOWER_HYPHENATED_NAMES = (
    re.compile(
        r"(?<![\w’'-])(?P<given>[a-z]{1,6}-[a-z]{1,6})\s+(?P<surname>[a-z]{1,6})(?![\w’'-])"
    ),
    re.compile(
        r"(?<![\w’'-])(?P<surname>[a-z]{1,6})\s+(?P<given>[a-z]{1,6}-[a-z]{1,6})(?![\w’'-])"
    ),
)
# Fallback for names the model misses before "was elected <post> of": "Lin Duo was elected".
NAME_ELECTED = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][a-z]{1,7}(?:\s+[A-Z][a-z]{1,10}){1,2})\s+(?:was|has\s+been)\s+"
    r"(?:elected|appointed|named|chosen)\s+(?:as\s+)?(?:the\s+|an?\s+)?" + _ROLE + r"\s+of\b"
)
# Fallback for names the model misses after the verb that elects them: "The session elected Gao
# Feng as secretary", "decided to appoint Fan Yu as director of".
ELECTED_NAME_AS = re.compile(
    r"(?<![\w’'-])(?i:elect|elects|elected|appoint|appoints|appointed|nominate|nominates|"
    r"nominated)\s+(?:Comrade\s+)?(?P<name>[A-Z][a-z]{0,7}(?:\s+[A-Z][a-z]{1,10}){1,2})\s+as\s+"
    r"(?:the\s+|an?\s+)?" + _ROLE + r"\b"
)
# A surname the translation left in lower case before an appositive post: "he Angang, member of".
LOWER_SURNAME_THEN_POST = re.compile(
    r"(?<![\w’'])(?P<name>[a-z]{1,6}\s+[A-Z][a-z]{1,10}),\s+(?:a\s+|the\s+)?" + _ROLE + r"\s+of\b"
)
# A name the translation wrote as one word before an appositive post: "Yuke, Deputy Secretary of".
ONE_WORD_NAME_THEN_POST = re.compile(
    r"(?<![\w’'])(?P<name>[A-Z][a-z]{3,10}),\s+(?:a\s+|the\s+)?" + _ROLE + r"\b"
    # or after one: "the propaganda minister Zhengxin attended"
    r"|(?<![\w’'-])" + _ROLE + r"\s+(?P<after>[A-Z][a-z]{3,10})(?![\w’'-]|\s+[A-Z])"
)
# A name right after a run-on title that ends in a body, not a role: "chaired by Deputy
# Secretary of the county Party committee, county people's government Han Lin."
ORG_THEN_NAME = re.compile(
    r"(?i:government|committee|congress|cppcc|commission)\s+"
    r"(?P<name>[A-Z][a-z]{1,7}\s+[A-Z][a-z]{1,10})(?=\s*[,.;]|\s+[a-z])"
)
# A plural title before a list of names: "Vice Mayors Sun Qing and Hu Bin attended".
_LIST_NAME = r"[A-Z][a-z]+\s+[A-Z][a-z]+(?:[’'-][a-z]+)?"  # "Chen Min'er", "Li Xiao-ming"
PLURAL_TITLES = {
    "vice mayors": "Vice Mayor",
    "deputy mayors": "Deputy Mayor",
    "vice governors": "Vice Governor",
    "vice chairmen": "Vice Chairman",
    "vice chairpersons": "Vice Chairman",
    "vice chairwomen": "Vice Chairwoman",
    "deputy secretaries": "Deputy Secretary",
    "members": "Member",
    "leaders": None,
    "leading comrades": None,
    "comrades": None,
}


def _plural(word: str) -> str:
    """ "Mayor" -> "mayors", "Secretary" -> "secretaries", "Chairman" -> "chairmen"."""
    word = word.lower()
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _singular_title(title: str) -> str:
    return " ".join(MISSPELT_ROLE_WORDS.get(w.lower(), w) for w in title.split())


#: Every role title of two or more words written in the plural before names ("Deputy county
#: magistrates A and B", "Vice Majors A"): the singular title is each name's post. One-word
#: roles stay out ("directors A and B" says of what only elsewhere), as do hyphenated ones.
PLURAL_TITLES = {
    **{
        " ".join([*t.lower().split()[:-1], _plural(t.split()[-1])]): _singular_title(t)
        for t in ROLE_TITLES
        if " " in t and "-" not in t and t != "Standing Committee Member"
    },
    **PLURAL_TITLES,
}
TITLE_LIST = re.compile(
    WORD_START
    + r"(?P<title>(?:"
    + _ORG_WORD
    + r"\s+)*?(?P<plural>(?i:"
    + phrase_trie(list(PLURAL_TITLES))
    + r")))\s+(?P<names>"
    + _LIST_NAME
    + r"(?:\s*,\s*"
    + _LIST_NAME
    + r")*(?:\s*,?\s+and\s+"
    + _LIST_NAME
    # one name after a plural title ("Vice mayors Zhao Lei attended"): the translation's number
    + r")?)\b(?!\s+[A-Z])"
)
#: Posts in companies, schools and hospitals do not make an official ("chairman of Haier Group");
#: party leading groups and party groups are state bodies.
NON_STATE_ORG = re.compile(
    r"(?i)\b(?:company|co\b|corporation|ltd|inc|enterprise|factory|university|college|school|"
    r"hospital|institute|association|bank|firm|(?<!party )(?<!general )branch|chamber|"
    r"technolog(?:y|ies)|"
    r"holdings?|plaza|airlines?|airways|pharmaceuticals?|electronics|"
    r"(?<!leading )(?<!party )(?<!working )(?<!supervision )(?<!steering )(?<!inspection )"
    r"(?<!leadership )(?<!members. )(?<!members )(?<!work )(?<!study )group)\b"
)
#: Public institutions among them: a people's or a municipal hospital, a party school, a state
#: grid company; their leaders act in office.
PUBLIC_INSTITUTION = re.compile(
    r"(?i)\b(?:people[’']s|municipal|county|provincial|district|city)\s+(?:[\w’'-]+\s+){0,3}?"
    r"hospital\b|\bparty\s+school\b|\bstate\s+grid\b|\bstate-owned\b"
)


#: A place's enterprise in the trades the state runs: "Suzhou Rail Transit Group Co., Ltd.",
#: "Wuxi Water Investment Group", "Nanjing Urban Construction Investment Holding" (local
#: state-owned enterprises are named by their city and their trade; private ones rarely run these).
STATE_TRADE = re.compile(
    r"(?i)^(?:the\s+)?(?P<place>[A-Z][a-z]+)\s+(?:(?:municipal|city|provincial)\s+)?"
    r"(?:[\w&-]+\s+){0,3}?(?:investment|transit|rail(?:way)?|metro|water|energy|power|grid|gas|"
    r"heating|urban\s+construction|state[- ]owned|assets?|communications?|transportation|"
    r"expressway|port|airport|culture\s+and\s+tourism)\b"
)
#: A university's leaders (not its scholars) hold public office: "President of Soochow
#: University", "Party Secretary of Jiangnan University".
UNIVERSITY_LEADER_ROLES = frozenset(
    {"President", "Vice President", "Secretary", "Deputy Secretary", "Party Secretary"}
)
UNIVERSITY = re.compile(r"(?i)\b(?:university|college)\b")


def state_enterprise(org: str) -> bool:
    match = STATE_TRADE.match(org)
    return bool(match and gazetteer().lookup(match["place"]))


def non_state(org: str) -> bool:
    """A company, school, hospital or association that is not a public institution."""
    if not NON_STATE_ORG.search(org) or PUBLIC_INSTITUTION.search(org):
        return False
    return not state_enterprise(org)


def _public_university_post(post: PostRecord) -> bool:
    return bool(post.org and UNIVERSITY.search(post.org) and post.role in UNIVERSITY_LEADER_ROLES)


# Credits the cleaner removed: "Photo by reporter Su Si/Visual Chongqing".
CREDIT_NAMES = re.compile(
    r"(?P<role>[Rr]eporters?|[Pp]hotographers?|[Cc]orrespondents?|[Cc]ameraman)\s+"
    r"(?P<names>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}(?:\s*(?:and|,)\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})*)"
)

#: Roles that imply their organisation when the text names none.
DEFAULT_ORG_FOR_ROLE = {"General Secretary": "CPC Central Committee"}
#: "Municipal party secretary": the party committee is implied by "party". ("Party chief of
#: Anhui province" is kept in the text's words, as annotators of real reports keep it.)
PARTY_SECRETARY = re.compile(r"(?i)^party\s+secretary$")
#: Words that never appear in a person's name (titles, organisation words, pronouns).
NOT_NAME_WORDS = frozenset(
    form
    for t in ROLE_TITLES
    for w in t.replace("-", " ").lower().split()
    for form in (w, w + "s", w.removesuffix("man") + "men")  # "Vice Mayors Xu Li" is no name
) | {
    "municipal",
    "provincial",
    "party",
    "committee",
    "city",
    "county",
    "district",
    "government",
    "comrade",
    "comrades",
    "the",
    "of",
    "and",
    "general",
    "central",
    "people",
    "congress",
    "new",
    "era",
    "spirit",
    "thought",
    "cpc",
    "china",
    "chinese",
    # organisation and event words the model tags as people ("United Front Work Department")
    "autonomous",
    "region",
    "department",
    "front",
    "work",
    "works",
    "electric",
    "power",
    "association",
    "center",
    "centre",
    "meeting",
    "meets",
    "bureau",
    "office",
    "commission",
    "company",
    "education",
    "theme",
    "conference",
    "consultative",
    "political",
    "social",
    "aid",
    "clan",
    "river",
    "news",
    # headline verbs after a name ("Wang Fang Presides over ...")
    "presides",
    "inspects",
    "attends",
    "visits",
    "stresses",
    "chairs",
    "holds",
    "urges",
    "calls",
    "supervision",
    "circuit",
    "group",
    # institutions the model's spans end in ("president of X Private Hospital")
    "hospital",
    "school",
    "university",
    "college",
    "private",
    # a company's legal form ("chairman of Hengda Textile Co., Ltd.")
    "co",
    "ltd",
    "inc",
    "corp",
    # military bodies ("Political Commissar of the Municipal Military Sub-district")
    "military",
    "sub",
    "garrison",
    "armed",
    "police",
    # participles after a name ("with Secretary Qin Hua presiding")
    "presiding",
    "chairing",
    "hosting",
    "attending",
    "speaking",
    # places below a county the model tags as people when they hold a meeting ("X Town held")
    "town",
    "township",
    "village",
    "street",
    "subdistrict",
    # head words of companies, institutions and places a title's organisation ends in, taken
    # for a name when the title stands before it ("chairman of Xinda Co., Ltd.", "Director of
    # Longmen Grottoes Research Institute", "Zhongshan Road")
    "corporation",
    "institute",
    "academy",
    "plaza",
    "road",
    "avenue",
    "square",
    "museum",
    "station",
    "tv",
    "bank",
    "factory",
    "motor",
    "motors",
    "technology",
    "holdings",
    "hotel",
    # development zones a title's place ends in ("Party Secretary of the Xinhe High-tech Zone")
    "zone",
    "zones",
    "detachment",
    "community",
    "ministry",
    "park",
    "high-tech",
    "hi-tech",
    "cppcc",
    "npc",
}
#: Words an organisation name written before a title can start with (besides place names).
ORG_START_WORDS = frozenset(
    {
        "municipal",
        "provincial",
        "party",
        "cpc",
        "city",
        "county",
        "district",
        "banner",
        "league",
        "prefecture",
        "standing",
        "central",
        "people's",
        "people’s",
        "national",
        "state",
        "autonomous",
        "prefectural",
        "township",
        "town",
        "communist",
        "political",
        "discipline",
        "municipality",
        "province",
        # functional departments: "Organization Department director"
        "organization",
        "organisation",
        "propaganda",
        "publicity",
        "united",
        # congresses and conferences named by their acronyms: "CPPCC member", "NPC deputy"
        "cppcc",
        "npc",
    }
)
#: "Provincial Leader X", "Municipal Leader X": the collective post, written for one person.
LEADER_LEVELS = {
    "provincial": "provincial",
    "municipal": "municipal",
    "city": "city",
    "county": "county",
    "district": "district",
}
#: Heads of a place's government: "<role> of <Word>" names a place even if the gazetteer
#: does not know it.
PLACE_HEAD_ROLES = frozenset(
    {
        "Mayor",
        "Vice Mayor",
        "Deputy Mayor",
        "Acting Mayor",
        "Governor",
        "Vice Governor",
        "Acting Governor",
        "District Mayor",
        "District Chief",
        "County Magistrate",
        "County Head",
    }
)
#: Administrative levels written alone before a title ("County Deputy Secretary").
LEVEL_WORDS = frozenset(
    {"district", "county", "city", "municipal", "provincial", "township", "town"}
)
SMALL_WORDS = {"of", "the", "and", "for", "on", "in", "at", "to"}


def find_people(ctx: Context) -> list[PersonRecord]:
    """Every named person mention in the article, with posts stated beside it (not the
    revolutionaries and model figures a report names as history)."""
    records = [r for r in _officials_and_names(ctx) if r.name not in historical_figures()]
    records.extend(r for r in _title_lists(ctx) if r.name not in historical_figures())
    listed = [r for r in _name_lists(ctx) if r.name not in historical_figures()]
    if listed:
        records = _without_names_across(records, listed)
    records.extend(listed)
    records.extend(_credited(ctx.cleaned.removed))
    records.extend(_surname_appositives(ctx, records))
    records = _with_repeated_names(ctx, records)
    records = _respectively(ctx, records)
    records = _elected_together(ctx, records)
    records = [_speaking_for_a_body(ctx, r) for r in records]
    records = [_acting_in_office(ctx, r) for r in records]
    records = [_introduced_as_bystander(ctx, r) for r in records]
    return sorted(records, key=lambda r: r.span)


def _with_repeated_names(ctx: Context, records: list[PersonRecord]) -> list[PersonRecord]:
    """Every mention of a Chinese name found somewhere, where no rule found it: the model tags
    a name by its context ("Zhang Qingwei Investigates ..." under a site's breadcrumbs is one
    organisation to it, or one name "Zhang Qingwei Investigates"), and a full name is the same
    person wherever it stands."""
    names = {r.name for r in records if not r.credit and " " in r.name and looks_chinese(r.name)}
    if not names:
        return records
    kept = []
    for record in records:
        known = next((n for n in names if record.name.startswith(n + " ")), None)
        if known and not record.posts and not looks_chinese(record.name):
            start = ctx.clean_offset(record.span.start)  # the name without the word run on
            record = replace(record, name=known, span=ctx.span(start, start + len(known)))
        kept.append(record)
    taken = [r.span for r in kept]
    for name in sorted(names):
        for match in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", ctx.text):
            span = ctx.span(*match.span())
            if not any(t.start < span.end and span.start < t.end for t in taken):
                kept.append(PersonRecord(name, span, "person.repeated_name.v1"))
                taken.append(span)
    return kept


def _without_names_across(
    records: list[PersonRecord], listed: list[PersonRecord]
) -> list[PersonRecord]:
    """The model's names that run across two listed names ("Gao Ming Sun" of "city leaders
    Gao Ming Sun Lei Xu Kun") give way to the list's."""
    spans = {r.span for r in listed}
    return [
        r
        for r in records
        if r.span in spans
        or not any(s.start < r.span.end and r.span.start < s.end for s in spans)
        or all(
            s.start <= r.span.start and r.span.end <= s.end
            for s in spans
            if s.start < r.span.end and r.span.start < s.end
        )
    ]


#: Prepositions that attach to a name where the person works ("Host Wang Lei of Anhui TV"),
#: besides an apposition ("Wu Fang, host of Jinhua TV").
PLACE_OF_WORK = frozenset({"of", "from", "at"})
#: Dependencies of the words of a title written before a name ("Anhui TV host Wang Lei").
TITLE_DEPS = frozenset({"compound", "amod", "nmod", "det"})


def _introduced_as_bystander(ctx: Context, record: PersonRecord) -> PersonRecord:
    """A name with no state post whose own title or apposition makes them a professor, a host,
    a guide or an entrepreneur is named, but no official, wherever else the article names them
    (presiding over a ceremony, 'said that ...')."""
    if record.credit or record.posts or record.titled:
        return record
    name = _name_tokens(ctx, record)
    if name is None:
        return record
    description = _description(name)
    found = NON_OFFICIAL_CONTEXT.search(description)
    if found is None:
        return record
    return replace(record, bystander=found.group().lower(), acting=False)


def _name_tokens(ctx: Context, record: PersonRecord) -> SpacySpan | None:
    """The parse's tokens of a record's name (its span is in the original text's offsets)."""
    sentence = ctx.sentence_of(record.span)
    if sentence is None:
        return None
    # the cleaner mostly leaves a sentence whole: its offset from the sentence's start holds
    shift = record.span.start - ctx.span(sentence.start_char, sentence.end_char).start
    start = sentence.start_char + shift
    length = record.span.end - record.span.start
    guess = ctx.doc.char_span(start, start + length, alignment_mode="expand")
    if guess is not None and ctx.span(guess.start_char, guess.end_char) == record.span:
        return guess
    inside = [
        t.i
        for t in sentence
        if record.span.start <= ctx.span(t.idx, t.idx + len(t)).start < record.span.end
    ]
    return sentence.doc[inside[0] : inside[-1] + 1] if inside else None


def _description(name: SpacySpan) -> str:
    """The words describing a name: its title right before it ("Professor", "Anhui TV host")
    and what stands in apposition with it or says where it is from."""
    doc, root = name.doc, name.root
    members = {t.i for t in name}
    start = name.start
    while start > 0 and doc[start - 1].dep_ in TITLE_DEPS and doc[start - 1].head.i in members:
        start -= 1
        members.add(start)
    end = name.end
    for child in root.children:
        set_off = doc[name.end].is_punct if name.end < len(doc) else False
        if child.i >= name.end and (
            (child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"} and set_off)
            or (child.dep_ == "prep" and child.lower_ in PLACE_OF_WORK)
        ):
            end = max(end, child.right_edge.i + 1)
    return doc[start:end].text


_PAIRED_NAME = r"[A-Z][a-z]{0,7}\s+[A-Z][a-z]{1,10}"
#: Names and as many posts paired in order by "respectively": "A and B, secretary and mayor of
#: the city respectively,", "A and B were elected chairman and vice chairman of X respectively".
RESPECTIVELY = re.compile(
    r"(?<![\w’'-])(?P<names>"
    + _PAIRED_NAME
    + r"(?:\s*,\s*"
    + _PAIRED_NAME
    + r")*\s*,?\s+and\s+"
    + _PAIRED_NAME
    + r")(?:\s*,\s*(?:the\s+)?|\s+(?:were|are|have\s+been|was)\s+(?:respectively\s+)?"
    r"(?:elected|appointed|named|chosen|selected)\s+(?:as\s+)?(?:the\s+)?)"
    r"(?P<titles>[^;.()]{3,200}?)\s*,?\s+respectively\b"
)
TITLE_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")


def _respectively(ctx: Context, records: list[PersonRecord]) -> list[PersonRecord]:
    """Posts paired with names by "respectively" replace the posts read from the same words
    as one person's ("Wu Qing: Secretary; Mayor of the City Respectively")."""
    paired = list(_respective_posts(ctx))
    if not paired:
        return records
    covered = [post.span for record in paired for post in record.posts]
    start, end = min(s.start for s in covered), max(s.end for s in covered)
    out = []
    for record in records:
        kept = tuple(p for p in record.posts if not (start <= p.span.start < end))
        out.append(record if kept == record.posts else replace(record, posts=kept))
    return out + paired


def _respective_posts(ctx: Context) -> Iterator[PersonRecord]:
    """Each name of a list with the post in the same place of a list that "respectively"
    pairs with it; a body named after the last post is every post's ("chairman and vice
    chairman of the CPPCC")."""
    for match in RESPECTIVELY.finditer(ctx.text):
        names = list(re.finditer(_PAIRED_NAME, match["names"]))
        titles = TITLE_SEPARATOR.split(match["titles"].strip())
        if len(names) != len(titles) or not all(STARTS_WITH_ROLE.match(t) for t in titles):
            continue
        shared = re.search(r"\s+of\s+(?:the\s+)?(?P<org>.+)$", titles[-1])
        for name_match, title in zip(names, titles, strict=True):
            name = normalize_name(name_match.group())
            if not (is_person_name(name) and _has_surname(name)):
                continue
            phrase = (
                title if " of " in title or shared is None else f"{title} of the {shared['org']}"
            )
            role, org = parse_post(phrase)
            at = match.start("titles") + match["titles"].index(title)
            post = PostRecord(role, org, ctx.span(at, at + len(title)), "post.respectively.v1")
            start = match.start("names") + name_match.start()
            yield PersonRecord(
                name=name,
                span=ctx.span(start, start + len(name_match.group())),
                rule="person.respectively.v1",
                posts=(post,),
            )


#: A surname alone before an appositive post, as news English refers back to a person named in
#: full before: "Li, also a member of the Standing Committee of the Political Bureau, said".
SURNAME_THEN_POST = re.compile(
    r"(?<![\w’'-])(?P<surname>[A-Z][a-z]{1,5}),\s+(?:who\s+is\s+)?(?:also\s+)?(?:a\s+|an\s+|the\s+)?"
    + _ROLE
    + r"\b"
)
#: A capitalised word right before a surname: then it is the given name of another's name.
WORD_BEFORE = re.compile(r"[A-Z][\w’'-]*\s+$")


def _surname_appositives(ctx: Context, records: list[PersonRecord]) -> Iterator[PersonRecord]:
    """Posts given to a surname referring back to the one person of that surname named before."""
    by_surname: dict[str, set[str]] = {}
    for record in records:
        if record.credit is None:
            by_surname.setdefault(record.name.split()[0], set()).add(record.name)
    for match in SURNAME_THEN_POST.finditer(ctx.text):
        start, end = match.span("surname")
        names = by_surname.get(match["surname"], set())
        if len(names) != 1 or WORD_BEFORE.search(ctx.text, max(0, start - 30), start):
            continue
        if match["surname"].lower() not in chinese_surnames():
            continue
        sent_end = ctx.sentence_bounds(start)[1]
        posts = tuple(_posts_after(ctx, end, sent_end))
        if posts:
            yield PersonRecord(
                next(iter(names)), ctx.span(start, end), "person.surname_appositive.v1", posts
            )


#: Verbs by which a report shows a named person acting in the meeting's business: presiding,
#: attending, speaking, requiring, inspecting. In this genre such a person holds office,
#: unless the sentence names a company, a school or a trade (NON_OFFICIAL_CONTEXT).
ACTING_LEMMAS = frozenset(
    {
        "preside",
        "chair",
        "host",
        "attend",
        "speak",
        "stress",
        "emphasize",
        "emphasise",
        "point",
        "require",
        "deliver",
        "inspect",
        "visit",
        "investigate",
        "urge",
        "demand",
        "convey",
        "announce",
        "accompany",
        "participate",
        "lead",
        # reporting, explaining, summing up: the business of a meeting's officials
        "report",
        "explain",
        "summarize",
        "summarise",
        "introduce",
        "arrange",
        "deploy",
        "propose",
    }
)
#: Common verbs that show acting in office only with the name as their subject ("Zhang Wei made
#: arrangements", "Zhang Wei said that ..."), not anywhere in its sentence.
SUBJECT_ACTING_LEMMAS = frozenset({"say", "note", "call", "ask", "make", "give", "put", "read"})
NON_OFFICIAL_CONTEXT = re.compile(
    r"(?i)\b(?:compan(?:y|ies)|enterprises?|corporation|co\.|ltd|firm|factory|professors?|"
    r"experts?|scholars?|universit(?:y|ies)|students?|teachers?|villagers?|residents?|"
    r"reporters?|correspondents?|editors?|photographers?|entrepreneurs?|founder|ceo|"
    r"businessm[ae]n|workers?|farmers?|volunteers?|citizens?|athletes?|models?|"
    # commentators of news English: "a senior researcher at the Academy of Social Sciences"
    r"researchers?|academ(?:y|ies|icians?)|analysts?|commentators?|observers?|lawyers?|"
    r"independent\s+representatives?|"
    # people a report quotes who hold no office
    r"netizens?|tourists?|visitors?|patients?|doctors?|nurses?|parents?|pupils?|employees?|"
    r"technicians?|engineers?|drivers?|shopkeepers?|vendors?|retirees?|veterans?|"
    # guides, hosts and performers of an event's programme, and the media's own people
    r"translators?|interpreters?|guides?|curators?|museums?|hosts?|anchors?|presenters?|"
    r"(?:tv|television|radio)\s+stations?|artists?|actors?|actress(?:es)?|bloggers?|"
    r"champions?|historians?|coach(?:es)?|principals?|headmasters?|lawyers?|"
    r"(?<!party )schools?)\b"
)


#: One syllable of Hanyu Pinyin, without tones: a given name is one to three of them.
PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ui|ao|ou|iu|ie|ue|er|an|en|in|un|"
    r"ia|ua|uo|a|o|e|i|u|v)"
)
PINYIN_GIVEN_NAME = re.compile(rf"(?i)(?:{PINYIN_SYLLABLE}[-'’]?){{1,3}}")


@lru_cache(maxsize=1 << 14)  # names recur in every article
def looks_chinese(name: str) -> bool:
    """A surname the list knows, then given names spelt in pinyin syllables ("Wei Zhaohui",
    not "Wang Speech" or "Shenyang Held", which the model also tags as people)."""
    words = name.split()
    if len(words) == 1 and (camel := CAMEL_CASE_NAME.fullmatch(name)):
        return _camel_case_name(camel)  # "LouXiuHua"
    return (
        len(words) >= 2
        and words[0].lower() in chinese_surnames()
        and all(PINYIN_GIVEN_NAME.fullmatch(w) for w in words[1:])
    )


@lru_cache(maxsize=1 << 12)
def minority_name(name: str) -> bool:
    """A name of one to three parts of the Uyghur, Tibetan or Mongolian peoples' names, one of
    them a part the list knows ("Tsering Dorje", "Dawa Tashi", "Bagatur")."""
    words = MIDDLE_DOT.sub(" ", name).split()
    if not 1 <= len(words) <= 3 or not any(w.lower() in minority_name_parts() for w in words):
        return False
    if any(not w[:1].isupper() or w.lower() in NOT_NAME_WORDS for w in words):
        return False
    return gazetteer().lookup(name) is None


@lru_cache(maxsize=1 << 14)  # names recur in every article
def chinese_in_any_order(name: str) -> bool:
    """A Chinese name, or one written surname last as English does ("Jianguo Wang"), or a name
    of Xinjiang's peoples joined by middle dots ("Aili·Maimaiti")."""
    if looks_chinese(name) or minority_name(name):
        return True
    if MIDDLE_DOT.search(name):
        return is_person_name(name)
    words = name.split()
    return (
        len(words) == 2
        and words[-1].lower() in chinese_surnames()
        and words[0].lower() not in chinese_surnames()
        and bool(PINYIN_GIVEN_NAME.fullmatch(words[0]))
    )


#: A name the meeting holds up as a model to learn from, not one acting at it.
MODEL_BEFORE = re.compile(
    r"(?i)\b(?:(?:spirit|deeds|example|story|stories|memory|footsteps)\s+of|learn(?:ing)?\s+from)"
    r"\s+(?:comrade\s+)?$"
)
#: A person named with posts that are none of the state's (a company's, a school's).
NON_STATE_POST_RULE = "person.non_state_post.v1"


def _acting_in_office(ctx: Context, record: PersonRecord) -> PersonRecord:
    """An untitled name is an official where its sentence shows it acting in office (not one
    whose stated posts are a company's or a school's)."""
    if record.credit or record.titled or record.posts or not chinese_in_any_order(record.name):
        return record
    if record.rule == NON_STATE_POST_RULE:
        return record
    if MODEL_BEFORE.search(ctx.article.text, max(0, record.span.start - 40), record.span.start):
        return record  # "learn from the spirit of Shi Laihe": a model figure, not one acting
    sentence = ctx.sentence_of(record.span)
    if sentence is None or NON_OFFICIAL_CONTEXT.search(ctx.text_of(sentence)):
        return record
    if any(t.lemma_.lower() in ACTING_LEMMAS and t.pos_ == "VERB" for t in sentence):
        return replace(record, acting=True)
    name = _name_tokens(ctx, record)
    if name is not None and _subject_of_acting_verb(name.root):
        return replace(record, acting=True)
    return record


def _subject_of_acting_verb(token: Token) -> bool:
    """The name (or the first of the names it is listed with) is the subject of a verb that
    shows acting in office."""
    while token.dep_ == "conj" and token.head is not token:
        token = token.head
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = token.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() in SUBJECT_ACTING_LEMMAS


#: "On behalf of the 13th Municipal Party Committee, Zhang Wei delivered the report": one who
#: speaks for a party or state body holds office in it.
ON_BEHALF = re.compile(
    r"(?i:on\s+behalf\s+of)\s+(?:the\s+)?[^,;.]{0,100}?(?i:committee|government|congress|cppcc|"
    r"commission|presidium)\s*,\s*$"
)


def _speaking_for_a_body(ctx: Context, record: PersonRecord) -> PersonRecord:
    if record.credit or record.titled or record.posts:
        return record
    before = ctx.article.text[max(0, record.span.start - 160) : record.span.start]
    return replace(record, titled=True) if ON_BEHALF.search(before) else record


#: "A, deputy secretary B and C were chosen as deputy heads": a plural post the clause's
#: subjects were elected to together, whatever titles they are named with.
ELECTED_TOGETHER = re.compile(
    r"\b(?:were|have\s+been|are)\s+(?:elected|chosen|appointed|named|selected)\s+"
    r"(?:as\s+)?(?:the\s+)?"
)
#: Where the clause whose subjects were elected starts: "X was elected head, while A and B ...".
CLAUSE_BREAK = re.compile(
    r";|\b(?:while|whereas|that)\b"
    # another subject's election before: "A was elected secretary, and B and C were elected"
    r"|\bwas\s+(?:elected|chosen|appointed|named|selected)\b"
)


def _elected_together(ctx: Context, records: list[PersonRecord]) -> list[PersonRecord]:
    if not ELECTED_TOGETHER.search(ctx.text):
        return records
    cues = _cues(ctx)
    out = list(records)
    for match in ELECTED_TOGETHER.finditer(ctx.text):
        cue = next(
            (c for c in cues if c.start == match.end() and c.label.startswith("title:")), None
        )
        if cue is None:
            continue
        sent_start, sent_end = ctx.sentence_bounds(match.start())
        breaks = list(CLAUSE_BREAK.finditer(ctx.text, sent_start, match.start()))
        clause = ctx.span(breaks[-1].end() if breaks else sent_start, match.start())
        org_match = TITLE_ORG.match(ctx.text[cue.end : sent_end])
        org = org_match["org"] if org_match else None
        posts = _collective_post(ctx, cue, org, cue.end + (org_match.end() if org_match else 0))
        for index, record in enumerate(out):
            inside = clause.start <= record.span.start and record.span.end <= clause.end
            held = {post.role for post in record.posts}
            new = tuple(post for post in posts if post.role not in held)
            if new and inside and record.credit is None:
                out[index] = replace(record, posts=(*record.posts, *new), titled=True)
    return out


@lru_cache(maxsize=1 << 14)  # names and titles recur in every article
def normalize_name(raw: str) -> str:
    """'Xi Jinping’s' -> 'Xi Jinping'; 'Zheng shanjie' -> 'Zheng Shanjie'; spacing folded."""
    name = re.sub(r"[’']s?$", "", " ".join(raw.split()))
    return " ".join(part[:1].upper() + part[1:] for part in name.split())


@lru_cache(maxsize=1)
def historical_figures() -> frozenset[str]:
    lines = data_file("historical_figures.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


MIDDLE_DOT = re.compile(r"\s*[·•・‧]\s*")


@lru_cache(maxsize=1 << 14)  # names and titles recur in every article
def is_person_name(name: str) -> bool:
    # "Aili·Maimaiti": names of Xinjiang's peoples join their parts with a middle dot
    words = MIDDLE_DOT.sub(" ", name).split()
    if not 2 <= len(words) <= 4:
        return False  # single words are NER noise in this genre; Chinese names have 2-3
    # "Lü Hong": pinyin's ü, kept by some translations
    if any(not re.fullmatch(r"[A-ZÜ][a-zA-ZüÜ’'-]*", w) for w in words):
        return False
    if any(w.lower() in NOT_NAME_WORDS for w in words):
        return False
    if any(gazetteer().lookup(w) for w in words[1:]) and words[0].lower() not in chinese_surnames():
        return False  # "Safe Shijiazhuang" is a slogan with a city in it; "Chen Jining" a person
    return gazetteer().lookup(name) is None


@lru_cache(maxsize=1 << 14)  # names and titles recur in every article
def parse_post(phrase: str) -> tuple[str, str | None]:
    """Role and organisation of a post phrase.

    'Secretary of the Municipal Party Committee' -> ('Secretary', 'Municipal Party Committee')
    """
    text = re.sub(r"^(?:a|an|the)\s+", "", " ".join(phrase.split()), flags=re.I).strip(" ,.;")
    if match := DEPUTY_TO.match(text):
        return "Deputy", canonical_org(match["org"])  # a congress delegate
    if re.fullmatch(_ROLE, text):
        role, org = text, None
    elif match := ROLE_OF_ORG.match(text):
        role, org = match["role"], match["org"]
    elif match := ORG_THEN_ROLE.match(text):
        org, role = _trim_org_start(match["org"]), match["role"]
        unit_word = match["role"].split()[0]
        if unit_word.lower() in UNIT_WORDS and (
            unit := _trim_org_start(f"{match['org']} {unit_word}")
        ):
            # "Binjiang District Mayor": the district whose mayor it is
            org = unit if len(unit.split()) > 1 else org
    elif match := re.match(_ROLE + r"\b", text):
        role, org = match.group(), None  # "Mayor and Yongqian": a garbled rest is not a post
    else:
        role, org = text, None
    role = canonical_role(role)
    if role == "Representative":
        # a congress's representative is its deputy; anyone else's holds no office
        return ("Deputy", canonical_org(org)) if org and CONGRESS.search(org) else (role, None)
    if role == "Leader" and org and org.lower() in LEADER_LEVELS:
        return f"{LEADER_LEVELS[org.lower()]} leader", None  # "Provincial Leader X"
    if role == "Standing Committee Member" and org:
        # "CPC Hunan Provincial Standing Committee member": a member of its standing committee
        body = org if org.lower().endswith("committee") else f"{org} Committee"
        return "Member", canonical_org(f"Standing Committee of the {body}")
    # a place's one-word name, or "Anhui province" (not "Municipal Party Committee")
    place = gazetteer().lookup(org) if org and ONE_PLACE.fullmatch(org.strip()) else None
    if (
        org
        and len(org.split()) == 1
        and place is None
        # "of the presidium" names a body; "of the headquarters" is the one named before
        and not (re.search(_ORG_HEAD, org, re.IGNORECASE) and org.lower() not in BARE_WORKING_BODY)
        and org.lower() not in ORG_START_WORDS
        and not (canonical_role(role) in PLACE_HEAD_ROLES and org[:1].isupper())
        # "Pinghu Party Secretary": a pinyin place the gazetteer does not know
        and not (_unknown_place_name([org]) and re.search(r"(?i)secretary|chief", role))
    ):
        # ("Governor of Lvshunkou": a head of government is head of a place, known or not)
        org = None  # "Director of Publicity": not an organisation we can name
    if (
        PARTY_SECRETARY.match(role)
        or (place is not None and "Secretary" in role)
        # "Party Chief of Changzhou": the head of its party committee
        or (place is not None and role.lower() == "party chief")
    ):
        # "Municipal party secretary", "Party Secretary of Chongqing": the party committee
        level = (
            "Municipal"
            if place is not None and place.kind in {"city", "municipality", "county-level city"}
            else ""  # "Gushi County Party Committee": the unit's name carries its level
            if place is not None and place.kind in COUNTY_KINDS
            else "Provincial"
            if place is not None
            else None
        )
        role = "Secretary" if PARTY_SECRETARY.match(role) else role
        if place is not None:
            org = " ".join(f"{place.name} {level} Party Committee".split())
        else:
            org = f"{org} Party Committee" if org else "Party Committee"
    if org and org.lower() in DEPARTMENT_WORDS and "Minister" in role:
        org = f"{org} Department"  # "organization minister": of the organization department
    if (
        org
        and org.lower() in LEVEL_WORDS
        and role in {"Secretary", "Deputy Secretary", "Party Chief"}
    ):
        org = f"{org} Party Committee"  # "District Deputy Secretary": of the district's committee
    if org and org.lower() in BARE_LEVELS and HEAD_OF_GOVERNMENT.search(role):
        # "vice governor of the province", "mayor of the city": the level's own government,
        # which resolution names after the article's place
        org = None
    if org is None:
        org = DEFAULT_ORG_FOR_ROLE.get(role)
    return role, canonical_org(org) if org else None


#: A level written alone as a post's body: "of the province", "of the city".
BARE_LEVELS = frozenset({"province", "city", "municipality", "county"})
#: Roles heading a government, whose level alone names the government.
HEAD_OF_GOVERNMENT = re.compile(r"(?i)\b(?:mayor|governor|magistrate)$")


#: A working body's head word alone ("commander of the headquarters"): the body named in full
#: before, not one to name by that word.
BARE_WORKING_BODY = frozenset({"team", "headquarters"})
#: Words naming a party committee's department by its work, written alone before "minister".
DEPARTMENT_WORDS = frozenset({"organization", "organisation", "propaganda", "publicity"})
#: An organisation that can only be a place: one word, or a word and "province".
ONE_PLACE = re.compile(r"[^\s]+(?:\s+(?i:province))?")
#: Bodies whose representatives are deputies holding office.
CONGRESS = re.compile(r"(?i)\b(?:congress|npc|cppcc)\b")
#: "Deputy to the Provincial People's Congress": a delegate of that congress.
DEPUTY_TO = re.compile(r"(?i)^deputy\s+to\s+(?:the\s+)?(?P<org>.+)$")


#: Words after a county-level or lower unit's own name.
UNIT_WORDS = frozenset({"district", "county", "town", "township", "banner"})
#: Words after a place's name in a title: "Haining Municipal", "Pinghu Party Secretary".
PLACE_FOLLOWERS = UNIT_WORDS | {"municipal", "city", "party", "mayor", "vice", "deputy"}


def _unknown_place_name(words: list[str]) -> bool:
    """ "Haining" in "Haining Mayor", "Tongxiang" in "Tongxiang Municipal Party Committee": a
    capitalised word spelt in pinyin syllables before a level or head word names a place the
    gazetteer may not know (county-level cities are many); "Yesterday Municipal" does not."""
    word = words[0] if words else ""
    return (
        word[:1].isupper()
        and len(word) > 3
        and word.lower() not in NOT_NAME_WORDS
        and bool(PINYIN_GIVEN_NAME.fullmatch(word))
        and (len(words) == 1 or words[1].lower() in PLACE_FOLLOWERS)
    )


def _trim_org_start(org: str) -> str | None:
    """Drop words a title-before-name match swallowed ("Yesterday Municipal" -> "Municipal")."""
    words = org.split()
    while (
        words
        and not (
            words[0].lower() in ORG_START_WORDS
            or gazetteer().lookup(words[0])
            # "Binjiang District": a name before a unit's word is the unit's, known or not
            or (len(words) > 1 and words[0][:1].isupper() and words[1].lower() in UNIT_WORDS)
            or _unknown_place_name(words)
        )
    ):
        words.pop(0)
    return " ".join(words) or None


#: A rank joined to its role by a hyphen: "Vice-mayor", "Deputy-Director".
HYPHENATED_RANK = re.compile(r"(?i)\b(vice|deputy)-(?=[a-z])")


def canonical_role(role: str) -> str:
    # the text's own spelling: "Secretary General" and "Secretary-General" both occur, and a
    # reader searching for one does not find the other; but a rank's hyphen ("Vice-mayor") is
    # spelling only, and "Vice-Mayor" shares no word with "Vice Mayor" when posts are compared
    role = HYPHENATED_RANK.sub(lambda m: m.group(1) + " ", role)
    if synonym := ROLE_SYNONYMS.get(role.lower()):
        return synonym
    words = [MISSPELT_ROLE_WORDS.get(w.lower(), w) for w in role.split()]
    return " ".join(w if w.isupper() else _capitalise_parts(w) for w in words)


def _capitalise_parts(word: str) -> str:
    """'secretary-general' -> 'Secretary-General', 'commander-in-chief' -> 'Commander-in-Chief'."""
    parts = word.lower().split("-")
    return "-".join(
        p if i > 0 and p in SMALL_WORDS else p[:1].upper() + p[1:] for i, p in enumerate(parts)
    )


#: Misspelt organisation words of real translations, and their spelling.
MISSPELT_ORG_WORDS = {
    "municpal": "municipal",
    "muncipal": "municipal",
    "provincal": "provincial",
    "commitee": "committee",
    "comittee": "committee",
    "committe": "committee",
    "goverment": "government",
    "govenment": "government",
    "ccpcc": "CPPCC",
    "cpppc": "CPPCC",
    "cpcc": "CPPCC",
}


def canonical_org(org: str) -> str:
    """Title-case an organisation name, keep acronyms, fold apostrophes, mend misspellings."""
    words = [
        MISSPELT_ORG_WORDS.get(word.lower(), word)
        for word in " ".join(org.replace("’", "'").split()).split(" ")
    ]
    out = []
    for i, word in enumerate(words):
        if word.isupper() and len(word) > 1:
            out.append(word)
        elif i > 0 and word.lower() in SMALL_WORDS:
            out.append(word.lower())
        else:
            out.append(word[:1].upper() + word[1:])
    return " ".join(out)


#: The surname He, which the model reads as the pronoun: "He Rong presided", "He Rong, mayor,"
#: (a pronoun is followed by a lower-case verb, not by a capitalised given name and a verb).
HE_SURNAME_NAME = re.compile(
    r"(?<![\w’'-])(?P<name>He (?P<given>[A-Z][a-z]{1,8}))"
    r"(?=,|\s+(?:presided|chaired|hosted|attended|stressed|pointed|delivered|spoke|said)\b)"
)


#: A name right before the verb of what an official does, which the model may miss or read as
#: a date or a body ("Sun Bo chairs", "Aili·Maimaiti stressed"): kept only for Chinese names
#: and names joined by middle dots.
ACTING_VERB_AFTER_NAME = re.compile(
    # a literal space first, then the verbs' first letters: the scan skips most of the text
    r" (?=[pchseiudr])(?:presid(?:ed|es)|chair(?:ed|s)|host(?:ed|s)|stress(?:ed|es)|"
    r"emphasiz(?:ed|es)|point(?:ed|s)\s+out|investigat(?:ed|es)|inspect(?:ed|s)|delivered|"
    r"urge[ds]|requir(?:ed|es))\b"
)
NAME_BEFORE_VERB = re.compile(
    r"(?<![\w’'-])(?P<name>[A-Z][a-z]{0,7}[^\S\n]+[A-Z][a-z]{1,10}(?:-[a-z]{1,6})?|"
    + DOTTED_NAME
    + r")\Z"
)


#: Head words of places and bodies that follow a name-like pair of words: "Gao Feng Village",
#: "Zhong Shan Road", "Li Ning Company" name a village, a road, a company, not a person.
PLACE_OR_ORG_AFTER = re.compile(
    r"\s+(?:Village|Town|Township|Community|Road|Street|Avenue|Lane|Square|Plaza|Park|Bridge|"
    r"Lake|Mountain|Temple|Station|Group|Company|Co\.|Corporation|Hospital|School|University|"
    r"Institute|Museum|Memorial\s+Hall|Cup|Foundation|Fund|Association|Society|"
    # hotels, buildings and parks named like people: "Jin Jiang Hotel", "Zhong Guan Cun"
    r"Hotel|Restaurant|Building|Tower|Pavilion|Airport|Port|Cun|Science\s+Park)\b"
)


#: The same head words as the last word of the model's name ("Jin Tai Tower").
PLACE_OR_ORG_WORDS = frozenset(
    {"Village", "Town", "Township", "Road", "Street", "Avenue", "Square", "Plaza", "Park"}
    | {"Bridge", "Lake", "Mountain", "Temple", "Station", "Group", "Company", "Corporation"}
    | {"Hospital", "School", "University", "Institute", "Museum", "Hotel", "Building", "Tower"}
    | {"Pavilion", "Airport", "Port", "Expressway", "Cun"}
)


def _officials_and_names(ctx: Context) -> Iterator[PersonRecord]:
    text = ctx.text
    candidates = [
        (*_entity_name_span(text, ent.start_char, ent.end_char), "person.ner.v1")
        for ent in ctx.doc.ents
        if ent.label_ == "PERSON"
    ]
    for match in LOWER_SURNAME_THEN_POST.finditer(text):
        start, end = match.span("name")
        if _has_surname(match["name"]) and not any(s < end and start < e for s, e, _ in candidates):
            candidates.append((start, end, "person.title_fallback.v1"))
    for match in ORG_THEN_NAME.finditer(text):
        start, end = match.span("name")
        if _has_surname(match["name"]) and not any(s < end and start < e for s, e, _ in candidates):
            candidates.append((start, end, "person.org_then_name.v1"))
    for pattern in LOWER_HYPHENATED_NAMES:
        for match in pattern.finditer(text):
            start, end = match.span()
            if match["surname"] not in chinese_surnames():
                continue
            if not PINYIN_GIVEN_NAME.fullmatch(match["given"]):
                continue
            # the model's pieces of it ("hua li", "wang speech") give way to the whole name
            candidates = [c for c in candidates if not (c[0] < end and start < c[1])]
            candidates.append((start, end, "person.lower_hyphenated.v1"))
    for match in HE_SURNAME_NAME.finditer(text):
        start, end = match.span("name")
        if PINYIN_GIVEN_NAME.fullmatch(match["given"]) and not _overlaps(candidates, start, end):
            candidates.append((start, end, "person.he_surname.v1"))
    for start, end in _names_before_acting_verbs(text):
        if not _overlaps(candidates, start, end):
            candidates.append((start, end, "person.before_acting_verb.v1"))
    candidates.extend(
        found for found in _names_ending_entities(ctx) if not _overlaps(candidates, *found[:2])
    )
    respelled = _joined_names(text)
    candidates.extend(
        (start, start + len(word), "person.joined_name.v1")
        for start, (word, _) in respelled.items()
        if not any(s < start + len(word) and start < e for s, e, _ in candidates)
    )
    titled = anchored_finditer(TITLE_THEN_NAME, ROLE_ANCHOR, TITLE_BREAKS, text)
    others = (NAME_THEN_POST, NAME_ELECTED, ROLE_COMMA_NAME, ELECTED_NAME_AS)
    colon_titled = (
        m
        for m in COLON_THEN_NAME.finditer(text)
        if TITLE_BEFORE_NAME.search(text, max(0, m.start() - 160), m.start("name"))
    )
    for matches in (titled, colon_titled, *(pattern.finditer(text) for pattern in others)):
        for match in matches:
            start, end = match.span("name")
            end = _name_end(ctx, start, end)
            if end is None:
                continue
            words = normalize_name(text[start:end]).split()
            if (len(words[0]) == 1 or words[0].isupper()) and words[
                0
            ].lower() not in chinese_surnames():
                # "Vice Mayor E Jie", "Mayor LI Qiang" have names; "Mayor A Li" and "Chairman of
                # the District CPPCC Yao Fei" start with no surname
                continue
            if words[0].lower() in NOT_NAME_WORDS:
                continue  # "Director of the Committee Office Zhang Wei": no name starts at "Office"
            overlapping = [c for c in candidates if c[0] < end and start < c[1]]
            if all(start <= s and e <= end for s, e, _ in overlapping):
                # the model's "Tang" inside "Tang Lei- Secretary of ...": the longer name wins
                candidates = [c for c in candidates if c not in overlapping]
                candidates.append((start, end, "person.title_fallback.v1"))
    camel = {m.start(): m.group() for m in CAMEL_CASE_NAME.finditer(text) if _camel_case_name(m)}
    candidates = [
        c for c in candidates if not any(s <= c[0] < s + len(w) for s, w in camel.items())
    ]
    candidates.extend((s, s + len(w), "person.camel_case.v1") for s, w in camel.items())
    for start, end, rule in sorted(candidates):
        if rule == "person.camel_case.v1":
            yield _camel_case_record(ctx, start, end)
            continue
        start, end = _trim_to_name(text, start, end)
        start = _after_place_words(text, start, end)
        name = respelled[start][1] if start in respelled else normalize_name(text[start:end])
        shorter = " ".join(name.split()[:2])
        if not is_person_name(name) and is_person_name(shorter) and _has_surname(shorter):
            # "Wang Fang Presides": a headline verb after a two-word name
            name, end = (
                shorter,
                start + len(text[start:end].split()[0]) + 1 + len(text[start:end].split()[1]),
            )
        if not is_person_name(name) and (title_word := TITLE_WORD_FIRST.match(text, start, end)):
            # "Commissar Cui Lin": the model took the title's last word into the name
            start = title_word.end()
            name = normalize_name(text[start:end])
            if not _has_surname(name):
                continue
        if "\n" in text[start:end]:
            continue  # a headline's last words and the dateline below it: "Projects On September"
        if not (is_person_name(name) or _one_word_name(respelled, start, name)):
            continue
        if PLACE_OR_ORG_AFTER.match(text, end) or name.rsplit(" ", 1)[-1] in PLACE_OR_ORG_WORDS:
            continue  # "Gao Feng Village", "Wang Fu Road": a place named after a person's name
        sent_start, sent_end = ctx.sentence_bounds(start)
        if 0 < sent_start == start and not SENTENCE_END_MARK.search(
            ctx.text, max(0, start - 5), start
        ):
            # the model split before the name ("... Inspection | He Bao attended", the surname
            # read as a pronoun): the title before it is in the sentence before
            sent_start = ctx.sentence_bounds(start - 1)[0]
        if ctx.text[end:sent_end].strip() in {"-", "—", "–"} and sent_end < len(ctx.text):
            next_word = sent_end + len(ctx.text[sent_end:]) - len(ctx.text[sent_end:].lstrip())
            sent_end = ctx.sentence_bounds(next_word)[1]  # the model split at "Tang Lei- Secretary"
        posts = [*_posts_before(ctx, sent_start, start), *_posts_after(ctx, end, sent_end)]
        posts = _with_org_after_name(ctx, posts, end, sent_end)
        if posts and ENTERPRISE_AFTER_NAME.match(ctx.text, end, sent_end):
            posts = []  # "Chairman Wang Fang of Xinda Company": a company's chairman
        posts.extend(_elected_posts(ctx, end, sent_end, start))
        posts = _one_rank_each(posts)
        posts = [p for p in posts if not _military_major(ctx, p, sent_start, sent_end)]
        # "President of Hengda Private Hospital Li Bo": a post stated, though not the state's
        stated = bool(posts) or _non_state_title_before(ctx, sent_start, start)
        posts = [
            p
            for p in _state_posts(_party_bodies_of_next(posts))
            if p.role != "Representative" and not _party_membership(p)
        ]
        if posts and not chinese_in_any_order(name) and not any(_a_state_body(p) for p in posts):
            posts = []  # "Hans Mueller, President of Siemens China": a foreign guest's company
        rule_id = rule if not posts else "person.post.v1"
        if stated and not posts:
            rule_id = NON_STATE_POST_RULE  # "chairman of Ningde Tea Group": a company's post
        yield PersonRecord(name=name, span=ctx.span(start, end), rule=rule_id, posts=tuple(posts))


#: Words of the armed forces: in their sentence "Major" is the rank, elsewhere in this genre
#: it is a translation's misspelt Mayor ("Major Dong Pengfei attended the meeting").
MILITARY_CONTEXT = re.compile(
    r"(?i)\b(?:people[’']s\s+liberation\s+army|pla|army|armed\s+police|military|troops?|"
    r"garrison|regiments?|battalions?|brigades?|navy|naval|air\s+force|soldiers?|militia|"
    r"servicem[ae]n|officers?\s+and\s+(?:soldiers|men))\b"
)
MAJOR_WORD = re.compile(r"(?i)\bmajors?\b")


def _military_major(ctx: Context, post: PostRecord, sent_start: int, sent_end: int) -> bool:
    """A Mayor read from "Major" in a sentence about the armed forces: a rank, not a post."""
    if post.role not in {"Mayor", "Vice Mayor", "Deputy Mayor"}:
        return False
    if not MAJOR_WORD.search(ctx.quote(post.span)):
        return False
    return bool(MILITARY_CONTEXT.search(ctx.text, sent_start, sent_end))


#: A name some sites write as one word, each syllable capitalised: "LouXiuHua", "HuanJinYuan".
CAMEL_CASE_NAME = re.compile(
    r"(?<![\w’'-])(?P<surname>[A-Z][a-z]{0,5})(?P<given>(?:[A-Z][a-z]{1,5}){1,2})(?![\w’'-])"
)
PINYIN_ONE_SYLLABLE = re.compile(rf"(?i){PINYIN_SYLLABLE}")


def _camel_case_name(match: re.Match[str]) -> bool:
    """A surname the list knows, then one or two capitalised pinyin syllables."""
    syllables = re.findall(r"[A-Z][a-z]*", match["given"])
    return match["surname"].lower() in chinese_surnames() and all(
        PINYIN_ONE_SYLLABLE.fullmatch(s) for s in syllables
    )


def _camel_case_record(ctx: Context, start: int, end: int) -> PersonRecord:
    sent_start, sent_end = ctx.sentence_bounds(start)
    posts = [*_posts_before(ctx, sent_start, start), *_posts_after(ctx, end, sent_end)]
    posts = [p for p in _state_posts(_party_bodies_of_next(posts)) if p.role != "Representative"]
    rule = "person.post.v1" if posts else "person.camel_case.v1"
    return PersonRecord(ctx.text[start:end], ctx.span(start, end), rule, tuple(posts))


#: A bare party body before a post in an enterprise or institution: "Secretary of the Party
#: Committee and General Manager of X Company" is the party committee of that company.
BARE_PARTY_BODY = re.compile(
    r"(?i)^(?:the\s+)?(?:party\s+(?:committee|group|branch|leadership\s+group|leading\s+group)|"
    r"leading\s+party\s+(?:members[’']?\s+)?group)$"
)


def _party_bodies_of_next(posts: list[PostRecord]) -> list[PostRecord]:
    """ "Secretary of the Party Group and Director of the Municipal Bureau of Finance": the party
    group is the bureau's. A bare party body takes the organisation of the next post that names
    a state body (companies are left to :func:`_state_posts`)."""
    out = list(posts)
    for index, post in enumerate(posts):
        if not (post.org and BARE_PARTY_BODY.match(post.org)):
            continue
        body = next(
            (p.org for p in posts[index + 1 :] if p.org and not BARE_PARTY_BODY.match(p.org)), None
        )
        if body and not non_state(body) and not re.search(r"(?i)\bparty\b", body):
            org = f"{canonical_org(post.org)} of the {body}"
            out[index] = PostRecord(post.role, org, post.span, "post.party_body_of_next.v1")
    return out


#: The party itself, whose members hold no post by being members ("an outstanding Communist
#: Party member"), unlike members of its committees.
WHOLE_PARTY = re.compile(
    r"(?i)^(?:the\s+)?(?:communist\s+party(?:\s+of\s+china)?|cpc|party|chinese\s+communist\s+party)$"
)


#: Words of the bodies of the Chinese party and state (and of the places they govern): a foreign
#: guest's post in none of them is a company's or a chamber's.
STATE_BODY_WORDS = re.compile(
    r"(?i)\b(?:committee|government|congress|cppcc|conference|bureau|department|commission|"
    r"council|court|procuratorate|office|party|league|federation|province|provincial|city|"
    r"municipal|county|district|region|prefecture|town|township|banner|state|people)\b"
)


def _a_state_body(post: PostRecord) -> bool:
    """A post in a body of the state, or a bare title ("Mayor") whose body the text implies."""
    if post.org is None:
        return True
    return bool(STATE_BODY_WORDS.search(post.org)) and not non_state(post.org)


#: Roles that name no office of the state when no body is given with them: a manager's is a
#: company's, a "leader" alone is of a community ("overseas Chinese leader").
BARE_NON_STATE_ROLES = frozenset({"general manager", "deputy general manager", "ceo", "leader"})


def _party_membership(post: PostRecord) -> bool:
    """A post that is none: membership of the party, or an enterprise's or a community's role
    with no body named."""
    if post.org is None and post.role.lower() in BARE_NON_STATE_ROLES:
        return True  # "General Manager Liu Bin", "Overseas Chinese leader Chen": no state post
    return post.role == "Member" and bool(post.org and WHOLE_PARTY.match(post.org))


def _state_posts(posts: list[PostRecord]) -> list[PostRecord]:
    """Posts that make an office holder. Company, school and hospital posts do not, unless the
    person also leads the body's party committee: that is a state-owned enterprise or public
    institution whose leader acts in office ("Secretary of the Party Committee and General
    Manager of X Power Supply Company")."""
    enterprise = next(
        (p.org for p in posts if p.org and non_state(p.org) and not _public_university_post(p)),
        None,
    )
    party = [p for p in posts if p.org and BARE_PARTY_BODY.match(p.org)]
    if enterprise is None:
        return posts
    if not party:
        return [p for p in posts if not (p.org and non_state(p.org)) or _public_university_post(p)]
    return [
        PostRecord(
            p.role, f"{canonical_org(p.org)} of {enterprise}", p.span, "post.state_enterprise.v1"
        )
        if p in party
        else p
        for p in posts
    ]


def _names_before_acting_verbs(text: str) -> Iterator[tuple[int, int]]:
    """Chinese names, and names joined by middle dots, right before what an official does."""
    for verb in ACTING_VERB_AFTER_NAME.finditer(text):
        name_end = verb.start()
        if not text[name_end - 1 : name_end].isalpha():
            continue  # no name ends right before the verb ("(chairs")
        match = NAME_BEFORE_VERB.search(text, max(0, name_end - 40), name_end)
        if match is None:
            continue
        name = normalize_name(match["name"])
        if looks_chinese(name) or MIDDLE_DOT.search(name) or minority_name(name):
            yield match.span("name")


def _overlaps(candidates: list[tuple[int, int, str]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e, _ in candidates)


def _names_ending_entities(ctx: Context) -> Iterator[tuple[int, int, str]]:
    """A name the model glued to the title before it into one organisation: "the Municipal
    Bureau of Natural Resources and Planning Zhang Wei" ends in a name after a whole title."""
    for ent in ctx.doc.ents:
        if ent.label_ == "PERSON" or len(ent) < 3:
            continue
        first, last = ent[-2], ent[-1]
        name = f"{first.text} {last.text}"
        if not (looks_chinese(name) and is_person_name(name)):
            continue
        if TITLE_BEFORE_NAME.search(ctx.text, max(0, first.idx - 160), first.idx):
            yield first.idx, last.idx + len(last.text), "person.name_ending_entity.v1"


def _joined_names(text: str) -> dict[int, tuple[str, str]]:
    """One-word names before a post that the text also writes as two ("Yuke" / "Yu Ke"): where
    each starts -> (the word, the two-word spelling)."""
    found = {}
    for match in anchored_finditer(ONE_WORD_NAME_THEN_POST, ROLE_ANCHOR, TITLE_BREAKS, text):
        group = "name" if match["name"] else "after"
        word = match[group]
        for cut in range(1, len(word) - 1):
            spelt = f"{word[:cut]} {word[cut:].capitalize()}"
            if word[:cut].lower() in chinese_surnames() and re.search(
                r"(?<![\w’'])" + re.escape(spelt) + r"(?![\w’'])", text
            ):
                found[match.start(group)] = (word, spelt)
                break
        else:
            if _surname_and_two_syllables(word) or minority_name(word):
                found[match.start(group)] = (word, word)  # "Lixiaoming", kept as written
    return found


def _one_word_name(respelled: dict[int, tuple[str, str]], start: int, name: str) -> bool:
    """A name written as one word beside a post, kept as written ("Mayor Lixiaoming")."""
    return start in respelled and respelled[start][1] == name and " " not in name


#: A syllable with its initial consonant: the given name of a joined name is two of them.
PINYIN_TWO_SYLLABLES = re.compile(
    rf"(?i)(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]){PINYIN_SYLLABLE.split(')?', 1)[1]}){{2}}"
)


@lru_cache(maxsize=1 << 12)
def _surname_and_two_syllables(word: str) -> bool:
    """ "Lixiaoming", "Zhangdefu": a surname, then a given name of two pinyin syllables, each
    with its initial; not a place ("Shangrao")."""
    if len(word) < 6 or gazetteer().lookup(word) or word.lower() in NOT_NAME_WORDS:
        return False
    return any(
        word[:cut].lower() in chinese_surnames() and PINYIN_TWO_SYLLABLES.fullmatch(word[cut:])
        for cut in (1, 2, 3, 4, 5)
    )


def _name_end(ctx: Context, start: int, end: int) -> int | None:
    """Cut a fallback name before a lower-case word the model reads as no name ("Fan Rui
    presided" -> "Fan Rui"); None when fewer than two words are left."""
    words = ctx.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return end
    kept = []
    for token in words:
        if token.text[:1].islower() and token.pos_ not in NAME_POS:
            break
        kept.append(token)
    if len(kept) < 2 and not (kept and MIDDLE_DOT.search(kept[0].text)):
        return None  # (one word joined by middle dots is a whole name: "Nur·Bekri")
    # never past the match: a token may run on past the name ("Xiaoming(female")
    return min(end, kept[-1].idx + len(kept[-1].text))


#: A plural title word: most articles have none, and then the costly list pattern is not run.
PLURAL_WORD = re.compile(
    r"\b" + phrase_trie(sorted({t.split()[-1] for t in PLURAL_TITLES})) + r"\b"
)


def _title_lists(ctx: Context) -> Iterator[PersonRecord]:
    for match in anchored_finditer(TITLE_LIST, PLURAL_WORD, TITLE_BREAKS, ctx.text):
        # the title starts at the plural title at the latest ("county" of "Deputy county
        # magistrates" may start an organisation, but not inside the title)
        lead = min(_title_lead(match["title"]), match.start("plural") - match.start("title"))
        role = PLURAL_TITLES[" ".join(match["plural"].lower().split())]
        org_words = ctx.text[match.start("title") + lead : match.start("plural")].strip()
        if role == "Member" and PARTY_ONLY.fullmatch(org_words):
            continue  # "Party members A and B": members of the party hold no office by that
        leaders_of = None
        if role is None and match["plural"].lower() in LEADER_PLURALS:
            role = _place_leaders(org_words)  # "Jinhua leaders A, B and C"
            leaders_of = gazetteer().lookup(org_words) if role else None
            org_words = ""
        base = match.start("names")
        for name_match in re.finditer(_LIST_NAME, match["names"]):
            name = normalize_name(name_match.group())
            if not is_person_name(name):
                continue
            posts: tuple[PostRecord, ...] = ()
            if role:
                phrase = f"{org_words} {role}".strip()
                title_span = ctx.span(match.start("title") + lead, match.end("title"))
                post_role, org = parse_post(phrase)
                if leaders_of is not None:
                    post_role, org = role, leaders_of.name  # the named place's leaders
                posts = (PostRecord(post_role, org, title_span, "post.title_list.v1"),)
            start = base + name_match.start()
            yield PersonRecord(
                name=name,
                span=ctx.span(start, start + len(name_match.group())),
                rule="person.title_list.v1",
                posts=posts,
                titled=True,
            )


#: The party itself, not one of its bodies: "(ordinary) Party members", "CPC members".
PARTY_ONLY = re.compile(
    r"(?i)(?:ordinary\s+|grassroots\s+)?(?:the\s+)?(?:party|cpc|communist\s+party)"
)
#: Collective words for a place's leaders ("Jinhua leaders A and B").
LEADER_PLURALS = frozenset({"leaders", "leading comrades"})
#: A place's kind and the word its collective leaders are called by.
LEADER_OF_KIND = {"province": "provincial", "city": "city", "municipality": "city"}


def _place_leaders(words: str) -> str | None:
    """ "Jinhua" -> "city leader", "Henan" -> "provincial leader": the leaders of a named place."""
    place = gazetteer().lookup(words) if words and " " not in words.strip() else None
    if place is None:
        return None
    level = LEADER_OF_KIND.get(place.kind, "county" if place.kind in COUNTY_KINDS else None)
    return f"{level} leader" if level else None


#: Title words the model may take into a name's entity: "Commissar" of "Political Commissar".
TITLE_WORD_FIRST = re.compile(
    r"(?:(?i:"
    + "|".join(sorted({w for t in ROLE_TITLES for w in t.replace("-", " ").split()}, key=len)[::-1])
    + r")\s+)+"
)
#: Honorifics an entity may carry that are not part of the name ("Comrade Huang Wenhui").
HONORIFIC = re.compile(
    r"(?:Comrade|Mr\.?|Ms\.?|Mrs\.?|Madam|Dr\.?|Professor|"
    # military ranks before a name: "Colonel Hu Jun", "Major General Wang Qiang"
    r"(?:Senior\s+|Lieutenant\s+)?Colonel|(?:Major|Lieutenant|Rear|Vice)\s+(?:General|Admiral)|"
    r"General(?!\s+Secretary)|Admiral|Captain|Lieutenant)\s+"
)


#: What the model may take into a name entity around the name: a dateline's dash before it
#: ("-- Lu Ping"), an appositive after a comma ("Lu Ping, member of the ...").
ENTITY_LEAD = re.compile(r"[^\w]+")
ENTITY_STOP = re.compile(r"\s*[,;(（]")


def _entity_name_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The name inside a PERSON entity: no punctuation before it, nothing after a comma."""
    if lead := ENTITY_LEAD.match(text, start, end):
        start = lead.end()
    if stop := ENTITY_STOP.search(text, start, end):
        end = stop.start()
    while end > start and text[end - 1] in ".:!?":
        end -= 1  # "Zhao Jun." at the sentence's end
    return start, _with_given_name(text, start, end)


#: The word after a surname the model tagged alone: "presided over by Zhou Min.", "Zhou Min
#: presided" (the model's entity is "Zhou"; a short given name reads to it as another word).
GIVEN_NAME_AFTER = re.compile(r" (?P<given>[A-Z][a-z]{1,8})\b")


def _with_given_name(text: str, start: int, end: int) -> int:
    """The end of the name when the entity is a surname alone and a pinyin given name follows."""
    if text[start:end].lower() not in chinese_surnames():
        return end
    match = GIVEN_NAME_AFTER.match(text, end)
    if match is None or not PINYIN_GIVEN_NAME.fullmatch(match["given"]):
        return end
    return match.end()


def _trim_to_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading titles ("Secretary Yuan Jiajun") and a trailing possessive from an entity."""
    piece = text[start:end]
    if match := re.match(r"(?:" + _ORG_WORD + r"\s+)*?" + _ROLE + r"(?:\s+|\s*[:：]\s*)", piece):
        start += match.end()
    if match := HONORIFIC.match(text[start:end]):
        start += match.end()
    if match := re.search(r"[’']s?(?:\s|$)", text[start:end]):
        end = start + match.start()
    while end > start and text[end - 1] in "-—– .:!?":
        # "Tang Lei- Secretary of": the dash is the translation's comma; "Zhao Jun.": the
        # tokenizer kept the sentence's full stop on the name
        end -= 1
    return start, end


#: Words opening a sentence the model may take into the name after them: "Both Gao Feng, ...".
LEADING_WORDS = frozenset({"both", "including", "with", "by", "as", "while", "then", "also"})


def _after_place_words(text: str, start: int, end: int) -> int:
    """Where the name starts in an entity the model ran on from the place or body of the title
    before it: "(Mayor of) Mianyang Yu Ke", "(Head of) Hedong District Bai Zhenyu", "(Vice
    chairs of the municipal) CPPCC Luo Xin"."""
    if text.count(" ", start, end) < 2:
        return start  # two words or fewer: a name alone
    words = list(re.finditer(r"\S+", text[start:end]))
    for cut in range(1, len(words) - 1):
        head = [w.group() for w in words[:cut]]
        tail = " ".join(w.group() for w in words[cut:])
        if head[0].lower() in chinese_surnames():
            return start
        if _has_surname(tail) and all(
            w.lower() in NOT_NAME_WORDS or w.lower() in LEADING_WORDS or gazetteer().lookup(w)
            for w in head
        ):
            return start + words[cut].start() if is_person_name(tail) else start
    return start


#: Words between a title and its name saying which of several holders it is: "Vice Mayor in
#: charge Zhou Zhan", "the deputy director concerned Li Lan".
IN_CHARGE_BEFORE = re.compile(
    # "Deputy Mayor in charge of water conservancy Lu Hao": the work in lower case
    r"\s(?:in\s+charge(?:\s+of(?:\s+(?:the\s+)?[a-z][\w’'-]*){1,5})?|concerned|responsible)\s+$"
)
#: An honorific between a title and the name it precedes.
HONORIFIC_BEFORE = re.compile(r"\s(?:Comrade|Mr\.?|Ms\.?|Mrs\.?|Madam)\s+$")


def _posts_before(ctx: Context, sent_start: int, name_start: int) -> Iterator[PostRecord]:
    window_start = max(sent_start, name_start - 160)
    if honorific := HONORIFIC_BEFORE.search(ctx.text, window_start, name_start):
        name_start = honorific.start() + 1  # "Mayor of Nanning Mr. Zhou Hong": the title is his
    if in_charge := IN_CHARGE_BEFORE.search(ctx.text, window_start, name_start):
        name_start = in_charge.start() + 1  # "Vice Mayor in charge Zhou Zhan": the title is his
    match = TITLE_BEFORE_NAME.search(ctx.text, window_start, name_start)
    if match is None and (
        run_on := TITLE_THEN_GOVERNMENT.search(ctx.text, window_start, name_start)
    ):
        match = run_on
        gov_at = run_on.start("gov")
        yield PostRecord(
            "Head",
            canonical_org(run_on["gov"]),
            ctx.span(gov_at, run_on.end("gov")),
            "post.government_head_dropped.v1",
        )
    if match is None:
        yield from _title_set_off_before(ctx, window_start, name_start)
        return
    if non_state(match["title"]) and not UNIVERSITY.search(match["title"]):
        return  # "Company chairman Zhang Bin": a company post, though "Company" is trimmed off
    if standing := STANDING_COMMITTEE_BEFORE.search(ctx.text, window_start, match.start("title")):
        # "Municipal Party Committee Standing Committee, Propaganda Department Minister X": the
        # translation dropped "member" (常委): a member of that standing committee
        org = (
            _trim_org_start(standing["org"])
            if standing["org"]
            else f"{standing['level'].title()} Party Committee"
        )
        if org:
            ends = standing.end("standing") if standing["org"] else standing.end("standing_only")
            span = ctx.span(standing.start("org" if standing["org"] else "level"), ends)
            body = canonical_org(f"Standing Committee of the {org}")
            yield PostRecord("Member", body, span, "post.standing_committee_dropped_member.v1")
    after_names = _after_names(match["title"])
    lead = after_names + _title_lead(match["title"][after_names:])
    if after_names == 0 and _after_named_person(ctx.text, window_start, match.start("title")):
        # "Guo Rui, vice chairman of the CPPCC, secretary-general Shen Yan": the posts up to the
        # last comma are the first person's appositive; only the last is this name's title
        lead = max(
            lead, _first_conflicting_part(match["title"]) or _last_comma_joint(match["title"])
        )
    title_start = match.start("title") + lead
    title = match["title"][lead:]
    position = 0
    level = SLASHED_LEVEL.match(title)
    for part in _title_parts(title):
        position = title.index(part, position)
        if level and position and re.fullmatch(_ROLE, part.strip()):
            # "District Deputy Secretary/Mayor": the level word is the second title's too
            role, _ = parse_post(f"{level['level']} {part.strip()}")
            span = ctx.span(title_start + position, title_start + position + len(part.strip()))
            yield PostRecord(role, None, span, "post.title_before_name.v1")
        elif re.search(_ROLE, part):
            post = _post(ctx, part, title_start + position, "post.title_before_name.v1")
            if post.org is None and position == 0 and (place := _place_owning(ctx, title_start)):
                # "Yunnan's Party chief X": the possessive names the place the post is of
                role, org = parse_post(f"{place} {part.strip()}")
                post = replace(post, role=role, org=org)
            yield post
        position += len(part)


#: A place's possessive right before a title: "Yunnan's Party chief", "the city's mayor".
POSSESSIVE_PLACE = re.compile(r"(?<![\w’'-])(?P<place>[A-Z][a-z]+)[’']s\s+$")


def _place_owning(ctx: Context, title_start: int) -> str | None:
    match = POSSESSIVE_PLACE.search(ctx.text, max(0, title_start - 30), title_start)
    return match["place"] if match and gazetteer().lookup(match["place"]) else None


#: A name and a comma right before a title: the title starts as that name's appositive.
APPOSITIVE_OF_NAME = re.compile(r"(?<![\w’'-])(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+)\s*,\s*$")


def _after_named_person(text: str, start: int, end: int) -> bool:
    """A name with no title of its own ends right before ``end``: what follows its comma is its
    appositive. ("Director A, Secretary B" lists titled names: there each title is the next's.)"""
    found = APPOSITIVE_OF_NAME.search(text, start, end)
    return (
        found is not None
        and _has_surname(found["name"])
        and is_person_name(found["name"])
        and TITLE_BEFORE_NAME.search(text, max(start, found.start() - 160), found.start()) is None
    )


def _last_comma_joint(title: str) -> int:
    """Where the title after its last comma starts (0 if it has none)."""
    comma = title.rfind(",")
    if comma < 0:
        return 0
    return comma + 1 + len(title[comma + 1 :]) - len(title[comma + 1 :].lstrip())


#: Rank words before a role: "Deputy Secretary" and "Secretary" are one role at two ranks.
RANK_WORDS = frozenset({"deputy", "vice", "executive", "standing", "first", "acting"})


def _role_without_rank(role: str) -> str:
    """ "Deputy Secretary" -> "secretary": the role compared across ranks (lower case, unlike
    kg.resolve's ``_base_role``, which keeps the role's spelling for a body's lookup)."""
    return " ".join(w for w in role.lower().replace("-", " ").split() if w not in RANK_WORDS)


def _same_body(one: str | None, other: str | None) -> bool:
    """The same body, one maybe with its place: "Linyi Municipal Party Committee", "Municipal
    Party Committee"."""
    if one is None or other is None:
        return one is other
    shorter, longer = sorted(
        (one.lower().removeprefix("the "), other.lower().removeprefix("the ")), key=len
    )
    if shorter == longer:
        return True
    place = longer.removesuffix(" " + shorter).split()
    # the longer name only adds a place before the body ("the Political and Legal Committee of
    # the Municipal Party Committee" is another body)
    return longer.endswith(" " + shorter) and len(place) <= 2 and not {"of", "the"} & set(place)


def _rank_conflict(held: list[tuple[str, str | None]], role: str, org: str | None) -> bool:
    """One person is not the secretary and the deputy secretary of one body: in "A, Secretary of
    the Municipal Party Committee, Deputy Secretary of the Municipal Party Committee, Mayor B"
    the second post is B's (a translation's order)."""
    return any(
        _role_without_rank(r) == _role_without_rank(role)
        and r.lower() != role.lower()
        and _same_body(o, org)
        for r, o in held
    )


def _one_rank_each(posts: list[PostRecord]) -> list[PostRecord]:
    """Posts found around a name, less those at another rank of a role it holds in the same
    body: "A was elected secretary, and B and C deputy secretaries" elects A secretary only."""
    if len(posts) < 2:
        return posts
    held: list[tuple[str, str | None]] = []
    kept = []
    for post in posts:
        if not _rank_conflict(held, post.role, post.org):
            held.append((post.role, post.org))
            kept.append(post)
    return kept


def _first_conflicting_part(title: str) -> int:
    """Where, in posts joined by commas, the first post at another rank of a role held
    before starts (0 if none does)."""
    held: list[tuple[str, str | None]] = []
    position = 0
    for part in _title_parts(title):
        position = title.index(part, position)
        role, org = parse_post(part.strip())
        if held and _rank_conflict(held, role, org):
            return position + len(part) - len(part.lstrip())
        held.append((role, org))
        position += len(part)
    return 0


#: "The city's Party chief, Qian Hong, presided", "Anhui's governor, Li Fang,": a title after
#: "the" or a possessive, or opening a sentence or clause, set off from the name by a comma.
TITLE_SET_OFF = re.compile(
    r"(?<![\w’'-])(?:(?P<the>(?i:the))\s+(?:(?P<level>(?i:city|province|county|district))[’']s\s+)?"
    # or a title opening the sentence: "Municipal Party Committee Secretary, Li Ming presided"
    # (the body may run on: "The head of the Municipal Bureau of Statistics, Sun Yi,")
    r"|(?P<place>[A-Z][a-z]+)[’']s\s+|(?=[A-Z]))(?P<title>"
    + _one_title(_HEAD_OF_WHAT)
    + r")\s*,\s*$"
)
#: What may come before a set-off title: the sentence's start, a clause break, "said".
SET_OFF_OPENS = re.compile(
    r"(?:^|[,;:]|[-—–]|\b(?:and|said|says)"
    # "chaired by the mayor, X" (but "entrusted by the county head, X" is another person)
    r"|\b(?:presided(?:\s+over)?|chaired|hosted|moderated|attended)\s+by)\s*$"
)
#: The end of a dateline or a clause that opens a new statement: "Wuxi, May 3 -- ", "...; ".
STATEMENT_OPENS = re.compile(r"(?:[;:]|[-—–]+)\s*$")
#: The possessive level word as it is written before a body's name.
LEVEL_ADJECTIVE = {"city": "Municipal", "province": "Provincial", "county": "County"}
LEVEL_ADJECTIVE["district"] = "District"


def _title_set_off_before(ctx: Context, window_start: int, name_start: int) -> Iterator[PostRecord]:
    match = TITLE_SET_OFF.search(ctx.text, window_start, name_start)
    if match is None or non_state(match["title"]):
        return
    before = ctx.text[window_start : match.start()]
    if not SET_OFF_OPENS.search(before):
        return  # "entrusted by the county head, he Angang presided": another person's title
    bare = not (match["the"] or match["place"])
    if bare and before.strip() and not STATEMENT_OPENS.search(before):
        return  # "Zhang Wei, Mayor, Li Ming, Vice Mayor": the title after a comma is Zhang's
    level = match["level"] and LEVEL_ADJECTIVE[match["level"].lower()]
    place = match["place"] if match["place"] and gazetteer().lookup(match["place"]) else None
    role, org = parse_post(" ".join(w for w in (place or level, match["title"]) if w))
    span = ctx.span(match.start("title"), match.end("title"))
    yield PostRecord(role, org, span, "post.title_set_off_before_name.v1")


#: A standing committee named before a title without the member's role: "Municipal Party
#: Committee Standing Committee, Secretary-General Zhang Wei".
STANDING_COMMITTEE_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<org>(?:"
    + _ORG_WORD
    + r"\s+)*?(?i:committee))\s+(?P<standing>(?i:standing\s+committee))\s*[,、]\s*$"
    # "The Municipal Standing Committee, the propaganda minister X": the level's party committee
    + r"|(?<![\w’'-])(?P<level>(?i:municipal|provincial|county|district))\s+"
    + r"(?P<standing_only>(?i:standing\s+committee))\s*[,、]\s*(?:the\s+)?$"
)


#: Where titles written before a name may be joined.
TITLE_JOINT = re.compile(r"(?:\s+and|,)\s+|\s*/\s*")


def _title_parts(title: str) -> list[str]:
    """Posts joined before a name, split where the next starts with a role ("Secretary of the
    Committee and Mayor") or the last ended in one ("Congress representative, Municipal Party
    Secretary")."""
    parts, start = [], 0
    for joint in TITLE_JOINT.finditer(title):
        before, after = title[start : joint.start()], title[joint.end() :]
        if re.match(r"(?:a\s+|the\s+)?" + _ROLE + r"\b", after) or re.search(_ROLE + r"$", before):
            parts.append(before)
            start = joint.end()
    parts.append(title[start:])
    return parts


#: "District Deputy Secretary/Mayor Pu Lin": titles joined by a slash after one level word.
SLASHED_LEVEL = re.compile(
    r"(?i)^(?P<level>district|county|city|municipal|provincial|township|town)\s+" + _ROLE + r"\s*/"
)
#: Two capitalised words that may be a name inside a title before a name.
_NAME_IN_TITLE = re.compile(
    r"(?<![\w’'-])(?=(?P<name>(?:[A-Z][a-z]+|[A-Z]{2,6})\s+[A-Z][a-z]+)(?![\w’'-]))"
)


def _after_names(title: str) -> int:
    """Where a title starts after another person's name it swallowed: "Mayor Yu Hong and vice
    mayor Lin Jun" is Lin Jun's "vice mayor" only."""
    start = 0
    for found in _NAME_IN_TITLE.finditer(title):
        name, end = found["name"], found.end("name")
        if _has_surname(name) and is_person_name(name):
            rest = re.match(r"\s*(?:,|and\b)\s*", title[end:])
            if rest:
                start = end + rest.end()
    return start


#: "Director Yu Hongtao of the Standing Committee of the ... Congress": the organisation of a
#: bare title written after the name.
ORG_AFTER_NAME = re.compile(
    r"^\s+of\s+(?:the\s+)?(?P<org>(?:" + _ORG_WORD + r"\s+)*" + _ORG_HEAD + r")\b"
)


def _with_org_after_name(
    ctx: Context, posts: list[PostRecord], name_end: int, sent_end: int
) -> list[PostRecord]:
    match = ORG_AFTER_NAME.match(ctx.text[name_end:sent_end])
    if not match or not posts or posts[-1].org is not None:
        return posts
    last = posts[-1]
    org = canonical_org(match["org"])
    span = Span(last.span.start, ctx.span(name_end, name_end + match.end()).end)
    return [*posts[:-1], PostRecord(last.role, org, span, "post.title_name_of_org.v1")]


#: "Chairman Wang Fang of Xinda Company": the bare title before the name is the company's.
ENTERPRISE_AFTER_NAME = re.compile(
    r"\s+of\s+(?:the\s+)?(?:[A-Z][\w’'&.-]*\s+)*?(?i:company|co\.|corporation|group|ltd|inc|"
    r"enterprise|factory|university|college|school|institute|association|bank)\b"
)

#: "X, Party chief of Anhui, was elected head of the delegation at the meeting": the post a
#: person is elected or appointed to, up to a preposition or punctuation.
_ELECTED = (
    r"(?:was|were|has\s+been|have\s+been)\s+(?:elected|appointed|named|chosen|selected)\s+"
    r"(?:as\s+)?(?:the\s+|an?\s+)?"
)
_STOP = r"(?!(?:at|on|in|by|with|during|while|and|to|after|before)\b)"
ELECTED_POST = re.compile(
    r"^(?:\s*,[^,]{0,200},)?\s*"
    + _ELECTED
    + r"(?P<post>"
    + _ROLE
    + r"(?:\s+of\s+(?:the\s+)?(?:"
    + _STOP
    + r"(?:[\w’'-]+|\([A-Z]{2,}\))(?:\s+|(?=[,.;]|$)))+)?)"
)


#: "Gu Tian is the secretary of the municipal party committee": a post said with a copula.
COPULA_POST = re.compile(
    r"^\s+(?:is|was|serves\s+as|served\s+as)\s+(?:also\s+)?(?:(?:the|a|an)\s+)?(?P<post>"
    + _ROLE
    + r"(?:\s+of\s+(?:the\s+)?(?:"
    + _STOP
    + r"(?:[\w’'-]+|\([A-Z]{2,}\))(?:\s+|(?=[,.;]|$)))+)?)(?=\s*[,.;]|\s*$)"
)


#: "decided to appoint Hu Qi as director of ...": the verb before the name, the post after it.
APPOINT_BEFORE = re.compile(
    r"(?<![\w’'-])(?i:appoint|appoints|appointed|nominate|nominates|nominated|elect|elects|elected|"
    r"approved\s+the\s+appointment\s+of|appointment\s+of)\s+$"
)
APPOINTED_AS = re.compile(
    r"^\s+as\s+(?:the\s+)?(?P<post>"
    + _ROLE
    + r"(?:\s+of\s+(?:the\s+)?(?:"
    + _STOP
    + r"(?:[\w’'-]+|\([A-Z]{2,}\))(?:\s+|(?=[,.;]|$)))+)?)"
)


def _elected_posts(
    ctx: Context, name_end: int, sent_end: int, name_start: int | None = None
) -> list[PostRecord]:
    rest = ctx.text[name_end:sent_end]
    match = ELECTED_POST.match(rest)
    rule = "post.elected_as.v1"
    if not match and (match := COPULA_POST.match(rest)):
        rule = "post.copula.v1"
    if (
        not match
        and name_start is not None
        and APPOINT_BEFORE.search(ctx.text, max(0, name_start - 40), name_start)
        and (match := APPOINTED_AS.match(rest))
    ):
        rule = "post.appointed_as.v1"
    if not match:
        return []
    start = name_end + match.start("post")
    post = _post(ctx, match["post"].rstrip(), start, rule)
    if post.org and (short := ACRONYM_GLOSS.sub(r"\g<acronym>", post.org)) != post.org:
        post = replace(post, org=short)  # "Communist Party of China (CPC) Gansu ..." -> "CPC Gansu"
    return [post]


#: A body written out and then abbreviated: "Communist Party of China (CPC)".
ACRONYM_GLOSS = re.compile(r"(?:[A-Z][a-z]+\s+(?:of\s+)?)+\((?P<acronym>[A-Z]{2,})\)")


#: A unit's own name starting a title: "Binjiang District Mayor", "Xihu District Party".
NAMED_UNIT_START = re.compile(r"[A-Z][a-z’'-]+\s+(?:District|County|Town|Township|Banner)\b")


def _title_lead(title: str) -> int:
    """Length of the words before where a title really starts: capitalised sentence words
    ("Implementing the Spirit of General Secretary") are not part of it."""
    for word in re.finditer(r"\S+", title):
        rest = title[word.start() :]
        first = word.group().lower()
        if (
            (STARTS_WITH_ROLE.match(rest) and first not in {"a", "an", "the"})
            or (first in ORG_START_WORDS or gazetteer().lookup(word.group()))
            or NAMED_UNIT_START.match(rest)
            or _unknown_place_name(rest.split()[:2])
        ):
            return word.start()
    return 0


#: Between a name and its posts, a word on the person, not a post: "(female)", "(Hui)".
#: One thing said of a person, not a post: a sex or an ethnic group ("Hui nationality").
_PERSONAL = (
    r"(?i:female|male)|(?!" + _ROLE + r"[)）,，])[A-Z][a-z]+"
    r"(?:\s+(?i:nationality|ethnic\s+group|ethnic\s+minority|ethnicity|ethnic))?"
)
PERSONAL_ASIDE = re.compile(
    r"\s*[(（](?:(?:" + _PERSONAL + r")(?:\s*[,，、;]\s*(?:" + _PERSONAL + r"))*|"
    # photo captions: "Li Ming (pictured), secretary of"
    r"pictured|(?:first\s+from\s+)?(?:left|right)|cent(?:er|re)|middle|front)[)）]"
)
#: A name set off by commas right after a chunk: the chunk was the title before it.
NAME_SET_OFF_NEXT = re.compile(r"\s*(?P<name>[A-Z][a-z]+\s+[A-Z][a-z]+)\s*[,.;]")
#: A post in lower case right after the name, the comma dropped: "Wang Lin secretary of the
#: municipal party committee presided".
BARE_POST_AFTER = re.compile(r"[^\S\n]+(?=[a-z])(?=" + _ROLE + r"\s+of\s)")
#: Who the person is before the posts, set off by commas as in a profile: "female", "Han
#: nationality", "born in 1972".
PERSONAL_CHUNK = re.compile(
    r"\s*(?i:female|male|(?:of\s+)?(?:the\s+)?[a-z]+\s+(?:nationality|ethnicity|ethnic\s+group)|"
    r"born\s+in\s+[\w\s.]{1,20}?|aged\s+\d{2})\s*"
)
#: An appositive naming a place and its head: "Wuxi mayor", "Jiangsu's party chief".
PLACE_THEN_ROLE = re.compile(
    r"^(?P<place>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:[’']s)?\s+(?P<role>" + _ROLE + r")$"
)
#: "Chinese president": the state's post, written with the country's adjective.
NATIONAL_ADJECTIVE = re.compile(r"(?i:chinese|china's|state)\s+(?=" + _ROLE + r"\b)")


def _posts_after(ctx: Context, name_end: int, sent_end: int) -> Iterator[PostRecord]:
    if aside := PERSONAL_ASIDE.match(ctx.text, name_end, sent_end):
        name_end = aside.end()  # "Wang Hua (female), deputy mayor of"
    rest = ctx.text[name_end:sent_end]
    # "Wang Fang, Secretary of", "Wang Fang (Secretary of", "Wang Fang- Secretary of"
    opener = re.match(r"\s*[,，(（]|\s*[-—–]+\s*(?:the\s+)?(?=\S)", rest) or BARE_POST_AFTER.match(
        rest
    )
    if not opener:
        return
    position = name_end + opener.end()
    # posts in parentheses end at the closing one: "Li Keqiang (a member of ..., Secretary of ...)"
    end = sent_end
    if opener.group().strip() in {"(", "（"}:
        close = re.search(r"[)）]", ctx.text[position:sent_end])
        end = position + close.start() if close else sent_end
    held: list[tuple[str, str | None]] = []
    for chunk in re.split(r"[,;，；—–]", ctx.text[position:end]):
        if PERSONAL_CHUNK.fullmatch(chunk):
            position += len(chunk) + 1  # "Li Hong, female, Han nationality, deputy mayor"
            continue
        if (
            chunk.lstrip().startswith("and ")
            and " of " not in chunk  # a bare title ("and deputy secretary of X, B, C" lists on)
            and (named := NAME_SET_OFF_NEXT.match(ctx.text, position + len(chunk) + 1))
            and is_person_name(named["name"])
        ):
            break  # "A, the party secretary, and the mayor, B,": the title set off before B
        body = APPOSITIVE_LEAD.sub("", chunk)
        if adjective := NATIONAL_ADJECTIVE.match(body):
            body = body[adjective.end() :]  # "Chinese president and chairman of the CMC"
        lead = len(chunk) - len(body)
        if possessive := POSSESSIVE_TITLES.match(body.rstrip(" .;\n")):
            # "the committee's vice chairman": the role of the organisation named before it
            for index, (offset, part) in enumerate(_split_titles(possessive["titles"])):
                role, org = parse_post(part)
                if index == 0:  # later posts name their own organisation ("provincial governor")
                    role, org = parse_post(f"{part} of the {canonical_org(possessive['org'])}")
                at = position + lead + possessive.start("titles") + offset
                yield PostRecord(
                    role, org, ctx.span(at, at + len(part)), "post.appositive_possessive.v1"
                )
            position += len(chunk) + 1
            continue
        if (placed := PLACE_THEN_ROLE.match(body.rstrip(" .;—–-\n"))) and gazetteer().lookup(
            placed["place"]
        ):
            # "Wuxi mayor", "Jiangsu's party chief": the head of that place
            phrase = f"{placed['place']} {placed['role']}"
            at = position + lead
            role, org = parse_post(phrase)
            yield PostRecord(
                role, org, ctx.span(at, at + len(placed.group())), "post.place_role.v1"
            )
            position += len(chunk) + 1
            continue
        if ORG_FIRST_TITLES.match(body.rstrip(" .;—–-\n")):
            # "CPC Hunan Provincial Committee deputy secretary and Hunan governor"
            for offset, part in _split_titles(body.rstrip(" .;—–-\n")):
                yield _post(ctx, part, position + lead + offset, "post.appositive_org_first.v1")
            position += len(chunk) + 1
            continue
        if org_first := ORG_FIRST_THEN_ROLE_FIRST.match(body):
            at = position + lead + org_first.start("first")
            yield _post(ctx, org_first["first"], at, "post.appositive_org_first.v1")
            lead += org_first.end()
            body = body[org_first.end() :]
        if not STARTS_WITH_ROLE.match(body.rstrip(" .;\n")):
            break
        clause_at = _clause_start(ctx, position + lead, position + len(chunk))
        if (
            clause_at is not None
            and _person_starts_at(ctx, clause_at)
            and TITLE_BEFORE_NAME.match(ctx.text, position + lead, clause_at)
        ):
            break  # "A, Mayor B, Chairman C attended": the title before the next person's name
        if clause_at is not None:
            # "Chairman of the CPPCC attended and spoke": the post ends where the verb starts
            body = body[: clause_at - position - lead]
            chunk = chunk[: clause_at - position]
        if topic := TOPIC_AFTER_POST.search(body):
            # "executive chairman of the presidium on the draft list of candidates for the
            # chairman, ...": what the person explained follows the post, not another post
            body = body[: topic.start()]
            clause_at = clause_at or position + lead + topic.start()
        inner = 0
        for part in AND_NEXT_ROLE.split(body):
            part_at = body.index(part, inner)
            post = _post(ctx, part.rstrip(" .;\n"), position + lead + part_at, "post.appositive.v1")
            if _rank_conflict(held, post.role, post.org):
                return  # the rest is the next name's title (see _rank_conflict)
            held.append((post.role, post.org))
            yield post
            inner = part_at + len(part)
        if clause_at is not None:
            break
        position += len(chunk) + 1


#: Words before the posts of an appositive: "and", "who is also", "as the", "newly elected",
#: "the current", "then", "former" (the post is the same, given in the text's words).
APPOSITIVE_LEAD = re.compile(
    r"^\s*(?:and\s+)?(?:who\s+(?:is|was|serves\s+as|served\s+as)\s+)?(?:also\s+)?"
    # a second post held with the first (兼任): "concurrently director of", "concurrently
    # serving as"
    r"(?:(?:who\s+)?concurrently\s+(?:(?:serves|serving|acts|acting)\s+as\s+)?)?"
    r"(?:in\s+(?:his|her)\s+capacity\s+)?(?:as\s+)?"
    r"(?:(?:the|a|an)\s+)?(?:(?:newly[\s-]+(?:elected|appointed)|current|then|former|incumbent|"
    # a deputy secretary with no other post (专职副书记): "full-time deputy secretary"
    r"full[\s-]time)\s+)?"
)
#: A preposition that starts the topic a person speaks on after their post.
TOPIC_AFTER_POST = re.compile(
    r"\s+(?:(?:on|about|regarding|concerning)\s+(?:the\s+)?(?=[a-z])"
    # where and since when, not which body: "secretary of the committee at the meeting stressed"
    r"|(?i:at\s+the\s+(?:meeting|conference|symposium|forum|session)\b|since\s+\d{4}\b))"
)

#: An appositive of posts written organisation first, each ending in its role:
#: "CPC Hunan Provincial Committee secretary and Hunan Provincial People's Congress Standing
#: Committee director" (the organisation must start like one, so "He said" is not a post).
_ORG_FIRST_START = (
    r"^(?:the\s+)?(?=(?i:cpc|municipal|provincial|city|county|district|"
    # "Party Group Secretary", "Party Committee member"
    r"party\s+(?:group|committee|leadership|leading)|"
    r"[A-Z]\w+\s+(?:municipal|provincial|city|county|district|party|people|"
    # "Hetang Town Party Secretary", "Shaoshan Village Party Secretary"
    r"town|township|village|subdistrict|street)))"
)
ORG_FIRST_TITLES = re.compile(
    _ORG_FIRST_START
    + r"(?:"
    + _ORG_WORD
    + r"\s+)+?"
    + _ROLE
    + r"(?:\s+and\s+(?:"
    + _ORG_WORD
    + r"\s+)*?"
    + _ROLE
    + r")*$"
)
#: One post written organisation first, then "and" a post written role first: "Party Group
#: Secretary and Director of the Municipal Bureau of Finance".
ORG_FIRST_THEN_ROLE_FIRST = re.compile(
    _ORG_FIRST_START
    + r"(?P<first>(?:"
    + _ORG_WORD
    + r"\s+)+?"
    + _ROLE
    + r")\s+and\s+(?=(?:the\s+)?"
    + _ROLE
    + r"\b)"
)


#: Posts after a possessive organisation: "the municipal Party committee's deputy secretary and
#: provincial governor", "the committee's chairman".
POSSESSIVE_TITLES = re.compile(
    r"^(?:the\s+)?(?P<org>(?:" + _ORG_WORD + r"\s+)*?(?i:" + _ORG_HEAD + r"))[’']s\s+"
    r"(?P<titles>(?:"
    + _ORG_WORD
    + r"\s+)*?"
    + _ROLE
    + r"(?:\s+and\s+(?:"
    + _ORG_WORD
    + r"\s+)*?"
    + _ROLE
    + r")*)$"
)


def _split_titles(phrase: str) -> list[tuple[int, str]]:
    """Split posts joined by "and" where the part before ends in a role."""
    parts, start = [], 0
    for joint in re.finditer(r"\s+and\s+", phrase):
        if re.search(_ROLE + r"$", phrase[start : joint.start()]):
            parts.append((start, phrase[start : joint.start()]))
            start = joint.end()
    parts.append((start, phrase[start:]))
    return parts


#: Finite verbs: a run-on appositive ("..., Chairman of the CPPCC attended the meeting") ends there.
FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP"})


#: Words after a place's name that make it no person's: "Fengqiao Town", "Shishan Street".
PLACE_UNIT_WORDS = UNIT_WORDS | {"street", "village", "subdistrict", "city", "province"}


def _person_starts_at(ctx: Context, at: int) -> bool:
    """A name, not a verb, starts at ``at`` (where :func:`_clause_start` cut a chunk)."""
    words = ctx.doc.char_span(at, at + 1, alignment_mode="expand")
    return words is not None and len(words) > 0 and words[0].tag_ not in FINITE_VERB_TAGS


def _clause_start(ctx: Context, start: int, end: int) -> int | None:
    """Where a new clause or another person starts inside an appositive chunk, if it does."""
    words = ctx.doc.char_span(start, end, alignment_mode="expand")
    if words is None:
        return None
    for token in words[1:]:
        if token.idx >= end:
            break
        following = token.nbor(1) if token.i + 1 < len(token.doc) else None
        # (the model's "District Head" is no person, nor is its "Fengqiao Town")
        place_word = following is not None and following.lower_ in PLACE_UNIT_WORDS
        if (token.tag_ in FINITE_VERB_TAGS and token.text.islower()) or (
            token.ent_type_ == "PERSON" and token.lower_ not in NOT_NAME_WORDS and not place_word
        ):
            return token.idx
        if (
            following is not None
            and token.text.lower() in chinese_surnames()
            and token.text.istitle()
            and following.text.istitle()
            and following.text.lower() not in NOT_NAME_WORDS
            and following.idx < end
        ):
            # "... of the CPPCC Wang Shuming sat": a name the model missed starts here
            return token.idx
    return None


def _post(ctx: Context, phrase: str, start: int, rule: str) -> PostRecord:
    stripped = phrase.strip()
    start += phrase.index(stripped) if stripped else 0
    role, org = parse_post(stripped)
    return PostRecord(role=role, org=org, span=ctx.span(start, start + len(stripped)), rule=rule)


def _credited(removed: tuple[Removal, ...]) -> Iterator[PersonRecord]:
    for removal in removed:
        if removal.step != "photo_credit":
            continue
        for match in CREDIT_NAMES.finditer(removal.text):
            credit = "photographer" if re.match(r"(?i)photo", match["role"]) else "reporter"
            for name_match in re.finditer(
                r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}", match["names"]
            ):
                name = normalize_name(name_match.group())
                if not is_person_name(name):
                    continue
                start = removal.span.start + match.start("names") + name_match.start()
                yield PersonRecord(
                    name=name,
                    span=Span(start, start + len(name_match.group())),
                    rule="person.credit.v1",
                    credit=credit,
                )


# --- Lists of names: "city leaders A, B and C attended", "A, B and C, vice chairmen of X, ..."

_BLANK = r"[^\S\n]"
#: A Chinese surname as a whole word, capitalised ("Pan" of "Pan Yuelong").
#: (the name's capital is _LISTED_NAME's to check)
_SURNAME = phrase_trie(sorted(chinese_surnames()))
#: One name in a list: two capitalised syllables, maybe hyphenated, maybe after "Mr."/"Comrade".
_LISTED_NAME = (
    r"(?:(?:Mr\.?|Ms\.?|Comrade)" + _BLANK + r"+)?"
    # a surname in capitals as some sites write it: "ZHANG Defu"
    r"(?P<n>(?:[A-Z][a-z]+(?:-[a-z]+)?|(?=[A-Z]{2})(?="
    + _SURNAME
    + _BLANK
    + r")[A-Z]{2,6})"
    + _BLANK
    + r"+[A-Z][a-z]+(?:-[a-z]+)?)"
)
#: A post in parentheses after a listed name: "Yu Hua (executive vice mayor), Tan Ping".
_ASIDE = r"(?:" + _BLANK + r"*[(（][^()（）\n]{1,80}[)）])?"
ASIDE = re.compile(_ASIDE.removesuffix("?"))
#: Two or more names in a row joined by commas or "and": the shape of a list of leaders.
NAME_LIST = re.compile(
    WORD_START
    + _LISTED_NAME.replace("?P<n>", "?:")
    + _ASIDE
    + r"(?:"
    + _BLANK
    + r"*[,，、]"
    + _BLANK
    + r"*(?:and"
    + _BLANK
    + r"+)?"
    + _LISTED_NAME.replace("?P<n>", "?:")
    + _ASIDE
    + r"|"
    # a comma the translation dropped between two names: "Yao Jin He Han, Cheng Yu"
    + _BLANK
    + r"+(?="
    + _LISTED_NAME.replace("?P<n>", "?:")
    + r"[,，、])"
    + _LISTED_NAME.replace("?P<n>", "?:")
    + r"|"
    + _BLANK
    + r"+and"
    + _BLANK
    + r"+"
    + _LISTED_NAME.replace("?P<n>", "?:")
    + _ASIDE
    # names joined by spaces alone ("city leaders Pan Yue Qin Hao attended", the translation's
    # 、 lost): kept only where each name on both sides is a Chinese name (`_listed_names`)
    + r"|"
    + _BLANK
    + r"+(?="
    + _SURNAME
    + _BLANK
    + r")"
    + _LISTED_NAME.replace("?P<n>", "?:")
    + r")+(?![\w-])"
)
LISTED_NAME = re.compile(_LISTED_NAME)
_TITLE_BODY = r"(?:" + _ORG_WORD + r"\s+)*(?i:" + _ORG_HEAD + r")"
#: "of the Provincial CPPCC" after a collective title: the body its members sit in, maybe a body
#: within a body ("members of the party group of the municipal government").
TITLE_ORG = re.compile(
    r"^\s+of\s+(?:the\s+)?(?P<org>"
    + _TITLE_BODY
    + r"(?:\s+of\s+(?:the\s+)?"
    + _TITLE_BODY
    + r"){0,2})(?![\w-])"
)
#: Between a collective title and the names: "city leaders A", "leaders of Wuxi such as A".
TITLE_TO_LIST = re.compile(
    r"^\s*[,:：]?\s*(?:such\s+as|including|namely)?\s*(?:(?:Mr|Ms)\.?\s+|Comrades?\s+)?$"
)
#: After the names, before what is said of them: "..., etc. attended", "... and others attended".
LIST_TAIL_FILLER = re.compile(
    r"^(?:\s*[(（][^()（）\n]{1,80}[)）])?\s*,?\s*(?:etc\.?|and\s+others|and\s+so\s+on)?\s*,?\s*"
)
#: "A, B and other members of ...": the title that follows belongs to every name.
LIST_AND_OTHER = re.compile(r"^\s*,?\s*(?:and|as\s+well\s+as)\s+other\s+")
#: "A and B were elected as deputy secretaries-general of ...": the post elected to.
LIST_ELECTED = re.compile(r"^\s*,?\s*" + _ELECTED)
#: "elected A as secretary and B and C as deputy secretaries": the post the list is elected to.
LIST_AS = re.compile(r"^\s+as\s+(?:the\s+)?")
#: "A, B and C, vice chairmen of ...": an appositive title after the list.
LIST_APPOSITIVE = re.compile(r"^\s*,\s*(?:who\s+are\s+(?:also\s+)?)?(?:the\s+|all\s+)?")


#: Labels of cues that say who is present, not what post they hold.
PRESENT = frozenset({"present", "seated", "present before"})
#: Cue labels that are no collective post.
NOT_TITLES = PRESENT | {"not official"}


@dataclass(frozen=True)
class Cue:
    """A word rule's match in character offsets: a collective title or "attended"."""

    start: int
    end: int
    label: str
    rule: str


def _cues(ctx: Context) -> list[Cue]:
    found = []
    for match in rule_set("people", ctx.doc.vocab).longest(ctx.doc):
        span = ctx.doc[match.start : match.end]
        found.append(Cue(span.start_char, span.end_char, match.rule.label or "", match.rule.id))
    return found


def _name_lists(ctx: Context) -> Iterator[PersonRecord]:
    """Names listed together and said to be present, or under one collective title, are
    officials; the title, if any, is each one's post."""
    text = ctx.text
    cues: list[Cue] | None = None
    for match in NAME_LIST.finditer(text):
        names = _listed_names(match)
        if len(names) < 2:
            continue
        if cues is None:
            cues = _cues(ctx)
        list_start, list_end = names[0][0], names[-1][1]
        sent_start, sent_end = _list_sentence(ctx, list_start, list_end)
        if _under_non_official_title(ctx, cues, sent_start, list_start):
            continue
        posts = _collective_before(ctx, cues, sent_start, list_start)
        after_posts, present = _collective_after(ctx, cues, list_end, sent_end)
        last_has_own = False
        if _own_title_before(ctx, sent_start, list_start):
            # "Vice Mayor Hu Qi and Lu Fang, director of the bureau,": the first name has its
            # own title, so the appositive is the last name's alone
            last_has_own = len(names) == 2 and bool(after_posts)
            after_posts = [p for p in after_posts if not p.rule.startswith("post.")]
        present = present or _said_present_before(ctx, cues, sent_start, list_start)
        if not (posts or after_posts or present):
            continue
        if not (posts or after_posts or last_has_own):
            posts = _shared_title_before(ctx, sent_start, list_start, len(names))
        for start, end, name in names:
            yield PersonRecord(
                name=name,
                span=ctx.span(start, end),
                rule="person.name_list.v1",
                posts=tuple(posts + after_posts),
                titled=True,
            )


def _non_state_title_before(ctx: Context, sent_start: int, name_start: int) -> bool:
    match = TITLE_BEFORE_NAME.search(ctx.text, max(sent_start, name_start - 160), name_start)
    return bool(match and non_state(match["title"]) and not UNIVERSITY.search(match["title"]))


def _own_title_before(ctx: Context, sent_start: int, list_start: int) -> bool:
    return (
        TITLE_BEFORE_NAME.search(ctx.text, max(sent_start, list_start - 160), list_start)
        is not None
    )


#: The end of a sentence the text itself marks.
SENTENCE_END_MARK = re.compile(r"[.!?。！？;；]['\"’”)）]*\s*$")


def _list_sentence(ctx: Context, list_start: int, list_end: int) -> tuple[int, int]:
    """The sentence of a list of names, and the one before if the model split there with no
    full stop ("attended by municipal leaders | Hu Qi, Lu Fang and Zou Yi"), and the one after
    if the model split inside the list ("Comrade Qin | Hao attended")."""
    sent_start, sent_end = ctx.sentence_bounds(list_start)
    split_at_list = sent_start > 0 and not ctx.text[sent_start:list_start].strip()
    if split_at_list and not SENTENCE_END_MARK.search(ctx.text, max(0, sent_start - 5), sent_start):
        sent_start = ctx.sentence_bounds(sent_start - 1)[0]
    if sent_end < list_end:
        sent_end = ctx.sentence_bounds(list_end - 1)[1]
    return sent_start, sent_end


#: One bare role right before a list of untitled names: "Chairman A, B, C and D attended" (the
#: presidium's executive chairmen) or "Vice Mayor A, B and C": the role is each one's.
BARE_ROLE_BEFORE = re.compile(r"(?<![\w’'-])(?P<role>" + _ROLE + r")\s+$")
#: Roles held by one person in a body: "Secretary A, B and C" lists the secretary and others.
SOLE_ROLES = frozenset(
    {
        "Secretary",
        "Party Secretary",
        "General Secretary",
        "Mayor",
        "Governor",
        "President",
        "Premier",
        "Party Chief",
        "County Magistrate",
        "District Mayor",
        "County Head",
    }
)
#: A title held by several ("Vice Mayor A and B": a translation's singular) is shared by two
#: names or more; one held by one person ("Mayor A, B") is not shared at all (SOLE_ROLES).
SHARED_TITLE_MIN_NAMES = 2


def _shared_title_before(
    ctx: Context, sent_start: int, list_start: int, count: int
) -> list[PostRecord]:
    match = BARE_ROLE_BEFORE.search(ctx.text, max(sent_start, list_start - 40), list_start)
    if match is None or count < SHARED_TITLE_MIN_NAMES:
        return []
    role = canonical_role(match["role"])
    if role in SOLE_ROLES:
        return []
    before = ctx.text[max(sent_start, match.start() - 30) : match.start()]
    if re.search(r"(?:[A-Z][\w’'-]*|of|the)\s*$", before):
        return []  # "Vice Chairman of the CPPCC A": a title with its body, for the first name
    span = ctx.span(match.start("role"), match.end("role"))
    return [PostRecord(role, None, span, "post.title_shared_by_list.v1")]


def _listed_names(match: re.Match[str]) -> list[tuple[int, int, str]]:
    """The names of a list, from its first to its last real name ("Party Committee" is not)."""
    names = []
    # the asides' words are posts, not names: blanked, keeping every offset
    listed = ASIDE.sub(lambda aside: " " * len(aside.group()), match.group())
    previous_end = None
    for name_match in LISTED_NAME.finditer(listed):
        name = normalize_name(name_match["n"])
        start = match.start() + name_match.start("n")
        if _joined_by_spaces(
            match.string, previous_end, start, match.start() + name_match.end("n")
        ) and not (_chinese_or_minority(name) and _chinese_or_minority(names[-1][2])):
            # two names joined by spaces only must both be Chinese names, or the words are a
            # title's or a headline's ("Municipal Party Committee Secretary"): the list ends
            if sum(_name_like(n[2]) for n in names) >= 2:
                break
            names = []
        previous_end = start + len(name_match["n"])
        names.append((start, previous_end, name if is_person_name(name) else None))
    # the list's ends are where names start with a surname ("Organization Department, Li Qing"),
    # or are spelt in pinyin throughout (a rare surname: "Que Yuemin")
    while names and not _name_like(names[0][2]) and not _after_colon(match.string, names[0]):
        names.pop(0)
    while names and not _name_like(names[-1][2]):
        names.pop()
    if any(name is None for _, _, name in names):
        return []
    return names  # type: ignore[return-value]


def _after_colon(text: str, listed: tuple[int, int, str | None]) -> bool:
    """A name right after a colon ("Attending: Nurlan Abdumanjin, Qin Hao") starts the list
    though it has no Chinese surname: no title or body's name ends there."""
    start, _, name = listed
    return name is not None and text[max(0, start - 3) : start].rstrip().endswith((":", "："))


def _chinese_or_minority(name: str | None) -> bool:
    return name is not None and (looks_chinese(name) or minority_name(name))


def _joined_by_spaces(text: str, previous_end: int | None, start: int, end: int) -> bool:
    """A name after the one before with nothing but spaces between, and no comma after it
    either (a comma the translation dropped before a comma-joined name is an older rule's)."""
    if previous_end is None or text[previous_end:start].strip():
        return False
    return not re.match(r"[^\S\n]*[,，、]", text[end:])


def _has_surname(name: str | None) -> bool:
    return name is not None and name.split()[0].lower() in chinese_surnames()


def _name_like(name: str | None) -> bool:
    """A known surname first, or every word a run of pinyin syllables."""
    return name is not None and (
        _has_surname(name)
        or all(PINYIN_GIVEN_NAME.fullmatch(w) for w in name.split())
        or minority_name(name)
    )


def _under_non_official_title(
    ctx: Context, cues: list[Cue], sent_start: int, list_start: int
) -> bool:
    """ "Entrepreneurs A and B attended": listed under a word for people who hold no office."""
    return any(
        cue.label == "not official"
        and sent_start <= cue.start
        and cue.end <= list_start
        and TITLE_TO_LIST.match(ctx.text[cue.end : list_start])
        for cue in cues
    )


def _said_present_before(ctx: Context, cues: list[Cue], sent_start: int, list_start: int) -> bool:
    """ "Attending the meeting were A, B and C": present, said before the list (maybe with a
    collective title between, which gives the posts)."""
    if any(c.label == "not official" and sent_start <= c.start < list_start for c in cues):
        return False  # "Entrepreneurs attending the forum were A and B"
    return any(
        cue.label == "present before"
        and sent_start <= cue.start
        and cue.end <= list_start
        # a collective title may stand between: "were leaders of the four teams A, B and C"
        and re.match(r"^\s*[:,]?\s*(?:[\w’'-]+\s+){0,6}?$", ctx.text[cue.end : list_start])
        for cue in cues
    )


#: Between two collective titles before one list: "Members of the Standing Committee of the
#: Municipal Party Committee, vice mayors A and B" (each title is every name's).
TITLES_JOINT = re.compile(r"\s*(?:,|and|,\s*and)\s*")


def _collective_before(
    ctx: Context, cues: list[Cue], sent_start: int, list_start: int
) -> list[PostRecord]:
    posts: list[PostRecord] = []
    end_at = list_start
    for cue in sorted(cues, key=lambda c: c.start, reverse=True):
        if not (sent_start <= cue.start and cue.end <= end_at) or cue.label in NOT_TITLES:
            continue
        gap = ctx.text[cue.end : end_at]
        org_match = TITLE_ORG.match(gap)
        rest = gap[org_match.end() :] if org_match else gap
        joined = TITLE_TO_LIST.match(rest) if end_at == list_start else TITLES_JOINT.fullmatch(rest)
        if not joined:
            break
        end = cue.end + (org_match.end() if org_match else 0)
        org = org_match["org"] if org_match else None
        if org is None and (before := ORG_BEFORE_TITLE.search(ctx.text, sent_start, cue.start)):
            org = before["org"]  # "Provincial People's Congress deputies A and B"
        inner = INNER_BODY_BEFORE.search(ctx.text, sent_start, cue.start)
        if org and inner:
            org = f"{inner['body']} of the {org}"  # "party group members of the government"
        posts = _collective_post(ctx, cue, org, end) + posts
        end_at = cue.start
    return posts


#: A body within a body named before a collective title whose "of the" names the outer one:
#: "Party group members of the municipal government".
INNER_BODY_BEFORE = re.compile(
    r"(?<![\w’'-])(?P<body>(?i:party\s+(?:leadership\s+|leading\s+)?group|standing\s+committee))\s+$"
)


def _collective_after(
    ctx: Context, cues: list[Cue], list_end: int, sent_end: int
) -> tuple[list[PostRecord], bool]:
    """Posts an appositive or "and other <title>" after the list gives every name, and whether
    the list is said to be present ("attended", "took their seats")."""
    rest = ctx.text[list_end:sent_end]
    by_start = {cue.start: cue for cue in cues}
    for opener in (LIST_AND_OTHER, LIST_APPOSITIVE, LIST_ELECTED, LIST_AS):
        match = opener.match(rest)
        cue = _title_cue_at(ctx, cues, list_end + match.end(), sent_end) if match else None
        if cue is not None:
            org_match = TITLE_ORG.match(ctx.text[cue.end : sent_end])
            end = cue.end + (org_match.end() if org_match else 0)
            org = org_match["org"] if org_match else None
            if org is None and (before := ORG_BEFORE_TITLE.search(ctx.text, list_end, cue.start)):
                org = before["org"]  # "and other municipal party committee standing members"
            return _collective_post(ctx, cue, org, end), True
    position = list_end + LIST_TAIL_FILLER.match(rest).end()
    shared: list[PostRecord] = []
    if (appositive := LIST_APPOSITIVE.match(rest)) and STARTS_WITH_ROLE.match(
        rest[appositive.end() :]
    ):
        # "A, B and C, the executive chairman of the presidium, took their seats": the
        # appositive between the list and what they did is every name's post
        comma = rest.find(",", appositive.end())
        if comma >= 0:
            position = list_end + comma + 1 + LIST_TAIL_FILLER.match(rest[comma + 1 :]).end()
            shared = list(_posts_after(ctx, list_end, list_end + comma + 1))
    cue = by_start.get(position)
    if cue is not None and cue.label in PRESENT:
        return shared, True
    if _present_after_more_names(ctx, cues, list_end, sent_end):
        return [], True
    # "A, B, C waited for the meeting and took their seats on the rostrum"
    seated = any(c.label == "seated" and list_end <= c.start < sent_end for c in cues)
    return [], seated


def _present_after_more_names(ctx: Context, cues: list[Cue], list_end: int, sent_end: int) -> bool:
    """ "A, B, C, Secretary-General D attended": the list runs on into titled names, and the
    sentence's one verb says all of them were present."""
    if not ctx.text[list_end:sent_end].lstrip().startswith(","):
        return False
    if any(c.label == "not official" and list_end <= c.start < sent_end for c in cues):
        return False  # "A and B, entrepreneurs from the district, attended"
    for cue in cues:
        if list_end <= cue.start < sent_end and cue.label == "present":
            if not TITLE_THEN_NAME.search(ctx.text, list_end, cue.start):
                return False  # what runs on is no titled name
            words = ctx.doc.char_span(list_end, cue.start, alignment_mode="expand")
            return words is not None and not any(t.tag_ in FINITE_VERB_TAGS for t in words)
    return False


#: Describing words between the list and its plural title: "the commended outstanding Party
#: secretaries of ...".
TITLE_ADJECTIVES = re.compile(r"^(?:[a-z][\w-]*\s+){0,4}$")


#: A body named before a collective title: "other municipal party committee standing members".
ORG_BEFORE_TITLE = re.compile(
    r"(?<![\w’'-])(?P<org>(?i:municipal|provincial|city|county|district|cpc)\s+(?:"
    + _ORG_WORD
    + r"\s+)*?(?i:"
    + _ORG_HEAD
    + r"))\s+$"
)


def _title_cue_at(ctx: Context, cues: list[Cue], start: int, sent_end: int) -> Cue | None:
    """A collective title at ``start``, or after a few lower-case describing words."""
    for cue in cues:
        if start <= cue.start < sent_end and cue.label not in NOT_TITLES:
            gap = ctx.text[start : cue.start]
            return (
                cue
                if TITLE_ADJECTIVES.match(gap) and not _has_verb(ctx, start, cue.start)
                else None
            )
    return None


def _has_verb(ctx: Context, start: int, end: int) -> bool:
    """A finite verb or "and" between a list and a title: "A, B and others visited members of
    the CPPCC" visited the members; they are not members."""
    words = ctx.doc.char_span(start, end, alignment_mode="expand") if end > start else None
    return words is not None and any(
        t.tag_ in FINITE_VERB_TAGS or t.lower_ in {"and", "others"} for t in words
    )


#: Collective titles that are a post only with the body they name after them.
BODY_SAID_AFTER = frozenset({"Member", "Head", "Director"})


def _collective_post(ctx: Context, cue: Cue, org: str | None, end: int) -> list[PostRecord]:
    kind, _, value = cue.label.partition(":")
    span = ctx.span(cue.start, end)
    if kind == "leader":
        return _leader_posts(ctx, cue, value, span)
    if kind != "title" or (org is None and value in BODY_SAID_AFTER):
        return []  # "members A and B", "heads A and B": members of what is not said
    if value == "Delegate" and org and CONGRESS.search(org):
        # "Provincial People's Congress deputies A and B": deputies to that congress
        return [PostRecord("Deputy", canonical_org(org), span, cue.rule)]
    role, parsed_org = parse_post(f"{value} of the {canonical_org(org)}" if org else value)
    if parsed_org and non_state(parsed_org):
        return []
    return [PostRecord(role, parsed_org, span, cue.rule)]


#: A place named right before a collective title: "Wuxi city leaders", "Jiangsu's leaders".
PLACE_BEFORE_TITLE = re.compile(r"(?<![\w’'-])(?P<place>[A-Z][a-z]+)(?:[’']s)?\s+$")
#: A place named inside one: "leaders of Wuxi such as", "leaders of Jiangsu Province".
PLACE_IN_TITLE = re.compile(r"\bof\s+(?:the\s+)?(?P<place>[A-Z][a-z]+(?:\s+(?i:province|city))?)\b")


def _leader_posts(ctx: Context, cue: Cue, level: str, span: Span) -> list[PostRecord]:
    """ "city leaders A and B": each a leader of the place the title names ("Wuxi city
    leaders", "leaders of Jiangsu Province"), else of the article's place of that level."""
    named = PLACE_IN_TITLE.search(ctx.text, cue.start, cue.end) or PLACE_BEFORE_TITLE.search(
        ctx.text, max(0, cue.start - 30), cue.start
    )
    place = gazetteer().lookup(named["place"]) if named else None
    named_level = place and LEADER_OF_KIND.get(
        place.kind, "county" if place.kind in COUNTY_KINDS else None
    )
    if place and named_level and (level in {"place", named_level} or level == "municipal"):
        return [PostRecord(f"{named_level} leader", place.name, span, cue.rule)]
    if level == "place":
        return []  # "leaders of Party Committee": no place's leaders
    return [PostRecord(f"{level} leader", None, span, cue.rule)]


# Last: every rule above asks first for the words it cannot match without.
# the verb scan leads with a literal space: the engine skips to spaces faster than the guard
# asks for its fifteen words
prefilter_module_patterns(globals(), keep=frozenset({"ACTING_VERB_AFTER_NAME"}))
