#!/usr/bin/env python3
"""Do the rules know officials and cities by their shape, or by the names they were tuned on?

A metamorphic check on the real reports, needing no new gold: each report is run as it is
and again with every gold official's name (or the gold city's name) swapped for an invented
one, in the text and in the gold alike. A rule that found "Zhang Wei, Secretary of ..."
should find "Lei Haoming, Secretary of ..." just as well; a drop means the names themselves
(a model's memory of common names, a word list) carried the finding. Nothing is stored.

usage: realdev_swaps.py [--split dev] [--texts ../shared/realdev/docs] [--seed 1]

Prints, per check, how many gold items were found before and after the swap, and each one
lost. National leaders are not swapped (a registry is meant to know them by name).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate.realdev import split_ids  # noqa: E402
from kg.extract.divisions import divisions  # noqa: E402
from kg.ingest.article import article_from_text  # noqa: E402
from kg.pipeline import process  # noqa: E402

#: Common surnames and given-name syllables the invented names are drawn from.
SURNAMES = [
    "Wang",
    "Li",
    "Zhang",
    "Liu",
    "Chen",
    "Yang",
    "Huang",
    "Zhao",
    "Wu",
    "Zhou",
    "Xu",
    "Sun",
    "Ma",
    "Zhu",
    "Hu",
    "Guo",
    "He",
    "Gao",
    "Lin",
    "Luo",
    "Zheng",
    "Liang",
    "Xie",
    "Song",
    "Tang",
    "Han",
    "Feng",
    "Deng",
    "Cao",
    "Peng",
    "Zeng",
    "Xiao",
    "Tian",
    "Dong",
    "Pan",
    "Yuan",
    "Cai",
    "Jiang",
    "Yu",
    "Du",
    "Ye",
    "Cheng",
    "Wei",
    "Su",
    "Lu",
    "Ding",
    "Ren",
    "Shen",
    "Yao",
    "Jin",
    "Fu",
    "Zhong",
    "Cui",
    "Tan",
    "Fan",
    "Shi",
    "Liao",
    "Jia",
    "Xia",
    "Fang",
    "Bai",
    "Zou",
    "Meng",
    "Xiong",
    "Qin",
    "Qiu",
    "Yin",
    "Xue",
    "Yan",
    "Duan",
    "Lei",
    "Hou",
    "Long",
    "Tao",
    "Gu",
    "Mao",
    "Hao",
    "Gong",
    "Shao",
    "Wan",
    "Qian",
]
SYLLABLES = [
    "wei",
    "min",
    "hua",
    "jian",
    "ping",
    "jun",
    "hong",
    "ming",
    "qiang",
    "guo",
    "xin",
    "yong",
    "jie",
    "tao",
    "bin",
    "hui",
    "lin",
    "yan",
    "feng",
    "chao",
    "dong",
    "gang",
    "hai",
    "tian",
    "yu",
    "zhi",
    "peng",
    "rong",
    "kai",
    "liang",
    "bo",
    "xiang",
    "xu",
    "wen",
    "qing",
    "fei",
    "lei",
    "hao",
    "long",
    "an",
    "ning",
    "yi",
    "jing",
    "kun",
    "sheng",
    "chun",
    "lan",
    "mei",
    "xia",
    "zhen",
    "rui",
    "cheng",
    "kang",
]
#: Leaders of the centre, known by name by design: left as they are.
NOT_SWAPPED = frozenset(
    {"Xi Jinping", "Li Qiang", "Li Keqiang", "Wang Huning", "Zhao Leji", "Cai Qi"}
    | {"Ding Xuexiang", "Li Xi", "Han Zheng", "Wang Yang", "Li Zhanshu", "Wang Qishan"}
)


def key(name: str | None) -> str:
    return re.sub(r"[^a-z]", "", (name or "").lower())


def same_place(gold: str, found: str | None) -> bool:
    """score.py's test: one name holds the other ("Suzhou" and "Suzhou City")."""
    return bool(found) and (key(gold) in key(found) or key(found) in key(gold))


def invented_name(rng: random.Random) -> str:
    given = "".join(rng.choice(SYLLABLES) for _ in range(rng.choice((1, 2, 2))))
    return f"{rng.choice(SURNAMES)} {given.capitalize()}"


def swapped(text: str, mapping: dict[str, str]) -> str:
    for old, new in sorted(mapping.items(), key=lambda kv: -len(kv[0])):
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)
    return text


def officials_found(doc: str, text: str) -> tuple[set[str], set[str]]:
    resolved = process(article_from_text(doc, text, source=doc))
    officials = {key(p.name) for p in resolved.people.values() if p.is_official}
    chairs = {key(m.chair.name) for m in resolved.meetings if m.chair}
    return officials, chairs


def first_city(doc: str, text: str) -> str | None:
    resolved = process(article_from_text(doc, text, source=doc))
    first = resolved.meetings[0] if resolved.meetings else None
    return first.city.name if first and first.city else None


def check_names(reports: list[tuple[str, dict, str]], rng: random.Random) -> None:
    counts = {"officials": [0, 0, 0], "chairs": [0, 0, 0]}
    for doc, gold, text in reports:
        names = [o["name"] for o in gold["officials"] if o["name"] not in NOT_SWAPPED]
        mapping = {n: invented_name(rng) for n in names if len(n.split()) == 2 and n in text}
        before = officials_found(doc, text)
        after = officials_found(doc, swapped(text, mapping))
        chairs = {m["chair"] for m in gold["meetings"] if m["chair"] in mapping}
        for what, olds, found in (("officials", mapping, 0), ("chairs", chairs, 1)):
            for old in olds:
                was, is_ = key(old) in before[found], key(mapping[old]) in after[found]
                counts[what][0] += 1
                counts[what][1] += was
                counts[what][2] += is_
                if was and not is_:
                    print(f"  lost {what[:-1]}: {doc}: {old} -> {mapping[old]}")
    for what, (total, was, is_) in counts.items():
        print(f"{what} (names swapped): {total} in gold, found {was} before, {is_} after")


def check_cities(reports: list[tuple[str, dict, str]], rng: random.Random) -> None:
    cities = sorted(
        d.stem
        for d in divisions().values()
        if d.kind == "city" and re.fullmatch(r"[A-Z][a-z]+", d.stem)
    )
    total = was = is_ = 0
    for doc, gold, text in reports:
        city = gold["city"]
        if city not in cities or not re.search(rf"\b{city}\b", text):
            continue
        new = rng.choice([c for c in cities if c != city and c not in text])
        before = first_city(doc, text)
        after = first_city(doc, swapped(text, {city: new}))
        total += 1
        was += same_place(city, before)
        now = same_place(new, after)
        is_ += now
        if same_place(city, before) and not now:
            print(f"  lost city: {doc}: {city} -> {new} (found {after})")
    print(f"cities (names swapped): {total} in gold, found {was} before, {is_} after")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev")
    parser.add_argument("--texts", type=Path, default=ROOT.parent / "shared" / "realdev" / "docs")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "realdev")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    reports = []
    for doc in sorted(split_ids(args.texts, args.split)):
        gold = json.loads((args.gold / f"{doc}.json").read_text(encoding="utf-8"))
        reports.append((doc, gold, (args.texts / f"{doc}.txt").read_text(encoding="utf-8")))
    check_names(reports, random.Random(args.seed))
    check_cities(reports, random.Random(args.seed))


if __name__ == "__main__":
    main()
