"""Who is who across articles: the evidence that gives a person one IRI everywhere.

Articles are built one at a time (and rebuilt or removed alone), so identity must be a
function of what one article says, not of the whole corpus. A person's IRI is their
normalised name plus their *jurisdiction*:

* national posts (General Secretary of the CPC Central Committee, the State Council ...)
  -> ``person/<name>``: one node for a national leader in every article;
* local posts -> the most local place those posts name (``person/yuan-jiajun-chongqing``),
  so two "Li Qiang"s in different cities never merge;
* no post, but a chair or credit in an article about a place -> that place;
* no evidence at all -> a node local to the article, rather than a guess.

Precision matters more than recall: a wrong merge corrupts every query built on it. The
price is that one person moving from one city to another is two nodes. The rule that
decided is recorded on the node (``pol:resolvedBy``) for auditing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.gazetteer import Place

#: Organisations whose posts are national: their holders are one person wherever cited.
NATIONAL_ORG = re.compile(
    r"\b(?:CPC Central Committee|Central Committee|State Council|National People's Congress|"
    r"National Committee of the CPPCC|Central Military Commission|Central Commission for "
    r"Discipline Inspection|Political Bureau|Politburo|National Supervisory Commission)\b"
)

#: Rule ids recorded as ``pol:resolvedBy``.
NATIONAL = "person.national_post.v1"
JURISDICTION = "person.post_jurisdiction.v1"
ARTICLE_PLACE = "person.article_place.v1"
ARTICLE_LOCAL = "person.article_local.v1"
TYPO = "person.one_letter_typo_same_post.v1"


@dataclass(frozen=True)
class Identity:
    """What a person's IRI is made of: a scope (None: national; a place; or the article)."""

    rule: str
    place: Place | None = None

    @property
    def is_article_local(self) -> bool:
        return self.rule == ARTICLE_LOCAL


def identity(
    org_names: list[str], local_places: list[Place], article_place: Place | None, has_role: bool
) -> Identity:
    """Decide a person's scope from the organisations of their posts in one article.

    ``local_places`` are the article's places from most to least local (unit, city, province).
    """
    if any(NATIONAL_ORG.search(name) for name in org_names):
        return Identity(NATIONAL)
    for place in local_places:  # the most local place any of their posts names
        if any(place.name.split()[0] in name for name in org_names):
            return Identity(JURISDICTION, place)
    if has_role and article_place is not None:
        return Identity(ARTICLE_PLACE, article_place)
    return Identity(ARTICLE_LOCAL)


def one_letter_apart(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]
