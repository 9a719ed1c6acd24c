from kg.extract.divisions import divisions
from kg.extract.gazetteer import _read_tsv


def test_the_division_table_loads_whole():
    table = divisions()
    assert len(table) >= 3000
    assert all(len(code) == 6 and code.isdigit() for code in table)
    assert all(d.parent in table for d in table.values() if d.parent)
    provinces = {row["iso"] for row in _read_tsv("provinces.tsv")}
    assert {d.province_iso for d in table.values()} <= provinces
    assert {d.province_iso for d in table.values() if d.level == "province"} == provinces


def test_banners_are_named_run_together_too():
    hangjin = divisions()["150625"]
    assert (hangjin.stem, hangjin.name) == ("Hangjin", "Hangjin Banner")
    assert "Hangjinqi" in hangjin.leveled


def test_polyphonic_characters_are_read_as_in_place_names():
    assert divisions()["500230"].stem == "Fengdu"  # 丰都: du, not dou
    assert divisions()["310112"].stem == "Minhang"  # 闵行: hang, not xing
