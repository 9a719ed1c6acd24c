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


def test_units_renamed_since_2016_keep_the_old_code_and_names():
    pidu = divisions()["510124"]  # 郫县 became 郫都区 in 2016
    assert (pidu.stem, pidu.name, pidu.kind) == ("Pidu", "Pidu District", "district")
    assert "Pixian County" in pidu.leveled and "Pixian" in pidu.bare
    assert "renamed" in pidu.history and "code is the 2016 one" in pidu.history
    laiwu = divisions()["371202"]  # 莱城区 became Jinan's 莱芜区 in 2019
    assert (laiwu.name, laiwu.parent) == ("Laiwu District", "370100")
    assert divisions()["110105"].history == ""  # Chaoyang District: unchanged


def test_conventional_spellings_take_every_level_form():
    ejin_horo = divisions()["150627"]
    assert ejin_horo.name == "Ejin Horo Banner"
    assert "Yijinhuoluoqi" in ejin_horo.leveled
    hami = divisions()["650500"]
    assert "Kumul" in hami.bare and "Kumul City" in hami.leveled
    # official English joins the peoples with "and", and spells them in several ways
    assert "Enshi Tujia and Miao Autonomous Prefecture" in divisions()["422800"].leveled
    assert "Ili Kazakh Autonomous Prefecture" in divisions()["654000"].leveled
    otog_front = divisions()["150623"]
    assert otog_front.stem == "Otog Front" and "Etuokeqianqi" in otog_front.leveled
