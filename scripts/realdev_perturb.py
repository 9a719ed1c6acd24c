#!/usr/bin/env python3
"""Do the rules hold when a report is written a little differently? A metamorphic check.

Unseen reports differ from the dev reports in ways that change no fact: another site's
spaces and punctuation (no-break spaces, full-width commas), another translator's casing
("the municipal party committee"), spelling ("emphasised"), quotes, or verbs ("chaired"
for "presided over"). Each dev report is run as it is and once per perturbation below; what
a perturbation changes (officials, their number of posts, the numbers of cited items,
documents and directives, the first meeting's date, chair and city) is printed. Needs no
gold: the report's own first reading is the reference. Nothing is stored.

usage: realdev_perturb.py [--split dev] [--texts ../shared/realdev/docs] [NAME ...]

Prints, per perturbation, how many reports it changed and how many came out different, then
each difference. A difference is a rule that reads a fact from the wording, not the shape.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate.realdev import split_ids  # noqa: E402
from kg.ingest.article import article_from_text  # noqa: E402
from kg.pipeline import process  # noqa: E402

Perturbation = Callable[[str], str]

_TITLES = (
    r"Secretary|Deputy Secretary|Mayor|Vice Mayor|Governor|Vice Governor|Director|Chairman|"
    r"Vice Chairman|Standing Committee|Municipal Party Committee|Provincial Party Committee|"
    r"Municipal Government|People's Congress|CPPCC"
)
_BRITISH = {
    "emphasized": "emphasised",
    "emphasize": "emphasise",
    "organization": "organisation",
    "modernization": "modernisation",
    "realize": "realise",
    "standardize": "standardise",
}

_HEADER = (
    "Home > News Center > Government Affairs > Local News\n"
    "Font size: [Large] [Medium] [Small]   Print   Close\n"
    "Share to: WeChat Weibo QQ\n\n"
)
_FOOTER = (
    "\n\nResponsible editor: Gao Lanfang   Proofreader: Mo Xiaowen\n"
    "[Print this page] [Close window]\n"
    "Related news:\nThe city's spring planting is in full swing\n"
    "Host: General Office   Technical support: Information Center\n"
)

#: Each rewrites a report the way another site or translator might, changing no fact.
PERTURBATIONS: dict[str, Perturbation] = {
    # characters the cleaner removes, before the text: every cleaned offset is then 50 less than
    # the original one, so a rule comparing the two kinds of offset reads differently
    "shifted_offsets": lambda t: "\u200b" * 50 + t,
    # another site's furniture around the report: breadcrumbs, controls, share and editor lines
    "site_header": lambda t: _HEADER + t,
    # (after a last sentence closed: an excerpt's cut one would run on into the furniture)
    "site_footer": lambda t: t.rstrip().rstrip(".") + "." + _FOOTER,
    # &nbsp; between words, as web pages carry it
    "no_break_spaces": lambda t: t.replace(" ", "\u00a0"),
    # the Chinese full-width comma, colon and semicolon a translation kept
    "full_width_punctuation": lambda t: (
        t.replace(", ", "，").replace(": ", "：").replace("; ", "；")
    ),
    "lower_case_titles": lambda t: re.sub(rf"\b(?:{_TITLES})\b", lambda m: m[0].lower(), t),
    "cpc_x_municipal_committee": lambda t: re.sub(
        r"\b(\w+) Municipal Party Committee\b", r"CPC \1 Municipal Committee", t
    ),
    "chaired": lambda t: re.sub(r"\bpresided over\b", "chaired", t),
    "hosted": lambda t: re.sub(r"\bpresided over\b", "hosted", t),
    "curly_quotes": lambda t: re.sub(r'"([^"\n]{1,200})"', "\u201c\\1\u201d", t),
    "angle_quotes": lambda t: re.sub(r'[\u201c"]([^"\u201d\n]{1,200})[\u201d"]', "《\\1》", t),
    "the_conference": lambda t: re.sub(
        r"\b[Tt]he meeting (?=pointed out|emphasized|stressed|required|noted)",
        lambda m: m[0].replace("meeting", "conference"),
        t,
    ),
    "the_session": lambda t: re.sub(r"\b([Tt]he) meeting\b", r"\1 session", t),
    "no_article_before_spirit": lambda t: re.sub(r"\bthe (spirit|important)\b", r"\1", t),
    "british_spelling": lambda t: re.sub("|".join(_BRITISH), lambda m: _BRITISH[m[0]], t),
    "president_xi": lambda t: t.replace("General Secretary Xi Jinping", "President Xi Jinping"),
    "important_talk": lambda t: re.sub(
        r"important speech(es)?", lambda m: "important talk" + ("s" if m[1] else ""), t
    ),
    "no_space_after_stop": lambda t: re.sub(r"(?<=[a-z])\. (?=[A-Z])", ".", t),
    "no_serial_comma": lambda t: re.sub(r"(\w), and\b", r"\1 and", t),
}


def reading(doc: str, text: str) -> dict:
    """What the check compares: one report's facts, as counts and names."""
    resolved = process(article_from_text(doc, text, source=doc))
    first = resolved.meetings[0] if resolved.meetings else None
    return {
        "officials": {
            p.name.lower(): len(p.posts) for p in resolved.people.values() if p.is_official
        },
        "cited": len(resolved.speeches),
        "documents": len(resolved.documents),
        "directives": len(resolved.directives),
        "date": first.record.date.value if first and first.record.date else None,
        "chair": first.chair.name if first and first.chair else None,
        "city": first.city.name if first and first.city else None,
    }


def differences(before: dict, after: dict) -> list[str]:
    found = []
    lost = sorted(set(before["officials"]) - set(after["officials"]))
    gained = sorted(set(after["officials"]) - set(before["officials"]))
    fewer = [n for n, k in before["officials"].items() if after["officials"].get(n, k) < k]
    for label, names in (("officials lost", lost), ("gained", gained), ("fewer posts", fewer)):
        if names:
            found.append(f"{label} {', '.join(names)}")
    for key in ("cited", "documents", "directives", "date", "chair", "city"):
        if before[key] != after[key]:
            found.append(f"{key} {before[key]} -> {after[key]}")
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "names", nargs="*", help=f"perturbations (default all): {', '.join(PERTURBATIONS)}"
    )
    parser.add_argument("--split", default="dev")
    parser.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "realdev" / "docs")
    args = parser.parse_args()
    unknown = set(args.names) - set(PERTURBATIONS)
    if unknown:
        parser.error(f"no perturbation {', '.join(sorted(unknown))}")
    texts = {
        d: (args.texts / f"{d}.txt").read_text(encoding="utf-8")
        for d in sorted(split_ids(args.texts, args.split))
    }
    first = {doc: reading(doc, text) for doc, text in texts.items()}
    for name in args.names or PERTURBATIONS:
        perturb = PERTURBATIONS[name]
        changed, lines = 0, []
        for doc, text in texts.items():
            perturbed = perturb(text)
            if perturbed == text:
                continue
            changed += 1
            if found := differences(first[doc], reading(doc, perturbed)):
                lines.append(f"  {doc}: " + "; ".join(found))
        print(f"{name}: {changed} reports changed, {len(lines)} read differently", flush=True)
        for line in lines:
            print(line, flush=True)


if __name__ == "__main__":
    main()
