"""Search: the 100+ query fixture written independently of the keyword lists."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from puspa.conversation.root_words import is_root_word
from puspa.conversation.search import edit_distance_at_most, is_chitchat, is_greeting, normalize, search
from puspa.domain.content import Content

FIXTURE = yaml.safe_load((Path(__file__).parents[1] / "data" / "search_queries.yaml").read_text())
# Never tuned on (see its header): it says how search does on questions nobody adjusted words for.
HELD_OUT = yaml.safe_load((Path(__file__).parents[1] / "data" / "search_heldout.yaml").read_text())


def _right(query: str, expect: str | None, content: Content) -> bool:
    result = search(query, content)
    ids = [s.id for s in result.services]
    if expect is None:
        return not result.found
    return (result.clear and ids[0] == expect) or (not result.clear and expect in ids[:3])


def test_search_fixture_is_large_enough() -> None:
    assert len(FIXTURE["queries"]) >= 200
    assert sum(1 for q in FIXTURE["queries"] if q["expect"] is None) >= 30
    assert {q["expect"] for q in FIXTURE["queries"]} >= {"akta_kematian", "pindah", "surat_keterangan", "kantor"}


def test_search_fixture_at_least_98_percent_right(content: Content) -> None:
    # 246 of 250 (98.4 %) when this was set: the bar sits just under it, so a regression fails.
    wrong = [q for q in FIXTURE["queries"] if not _right(q["q"], q["expect"], content)]
    share = 1 - len(wrong) / len(FIXTURE["queries"])
    assert share >= 0.98, f"{share:.1%} right; wrong: {wrong}"


def test_out_of_scope_questions_get_no_card(content: Content) -> None:
    outside = [q["q"] for q in FIXTURE["queries"] if q["expect"] is None]
    shown = [q for q in outside if search(q, content).found]
    assert len(shown) / len(outside) <= 0.05, shown


@pytest.mark.parametrize(
    ("query", "expect"),
    [("syarat bikin kk", "kk"), ("akte lahir anak", "akta_lahir"), ("izin hajatan", "izin_resepsi"),
     ("KTP HILANG!!!", "ktp_el"), ("ktp anak", "kia"), ("kartu kelurga hilang", "kk")],
)  # fmt: skip
def test_search_clear_match(query: str, expect: str, content: Content) -> None:
    result = search(query, content)
    assert result.clear
    assert result.services[0].id == expect


def test_search_kuburan_offers_burial_services(content: Content) -> None:
    ids = [s.id for s in search("kuburan", content).services]
    assert "penguburan" in ids


@pytest.mark.parametrize("query", ["harga cabe", "lowongan kerja", "", "???"])  # "sku" has a card now
def test_search_unrelated_finds_nothing(query: str, content: Content) -> None:
    assert not search(query, content).found


@pytest.mark.parametrize("greeting", FIXTURE["greetings"])
def test_greetings_from_fixture_are_greetings(greeting: str, content: Content) -> None:
    assert is_greeting(greeting, content)


@pytest.mark.parametrize("text", ["syarat kk", "mohon info ktp", "punten bade naros ktp hilang", "123"])
def test_questions_are_not_greetings(text: str, content: Content) -> None:
    assert not is_greeting(text, content)


def test_normalize_folds_case_accents_punctuation_and_stretching() -> None:
    assert normalize("Halooo, Assalamu'alaikum!! Café") == ["halo", "assalamualaikum", "cafe"]


def test_edit_distance_handles_transposition_and_limits() -> None:
    assert edit_distance_at_most("kelurga", "keluarga", 1)
    assert edit_distance_at_most("aktq", "akta", 1)
    assert edit_distance_at_most("kleuarga", "keluarga", 1)  # swapped letters
    assert not edit_distance_at_most("kua", "kia", 0)
    assert not edit_distance_at_most("penguburan", "pendidikan", 2)


def test_held_out_questions_at_least_96_percent_right(content: Content) -> None:
    # 158 of 163 (96.9 %) when this was set, from 141 (86.5 %) with the list of other agencies' words;
    # the bar lets one more miss through, so a regression fails. If it does, fix the mechanism or the
    # tuning fixture's words: never copy these questions into contoh_pertanyaan or kata.yaml, and never
    # change an expectation to make the figure go up.
    wrong = [q for q in HELD_OUT["queries"] if not _right(q["q"], q["expect"], content)]
    share = 1 - len(wrong) / len(HELD_OUT["queries"])
    assert share >= 0.965, f"{share:.1%} right; wrong: {wrong}"


def test_held_out_set_covers_every_card_and_questions_with_no_card(content: Content) -> None:
    expected = {q["expect"] for q in HELD_OUT["queries"]}
    assert expected >= {s.id for s in content.services} | {None}
    assert sum(q["expect"] is None for q in HELD_OUT["queries"]) >= 40
    assert set(HELD_OUT["obrolan"]) <= {q["q"] for q in HELD_OUT["queries"] if q["expect"] is None}


def test_held_out_questions_were_not_copied_into_the_content(content: Content) -> None:
    held_out = {" ".join(normalize(q["q"])) for q in HELD_OUT["queries"]}
    examples = {" ".join(normalize(e)) for s in content.services for e in s.examples}
    tuning = {" ".join(normalize(q["q"])) for q in FIXTURE["queries"]}
    assert not held_out & examples
    assert not held_out & tuning


@pytest.mark.parametrize(
    ("query", "expect"),
    [
        ("ktp ilang pas naek motor", "ktp_el"),
        ("kk sy rusak kena banjir, mau cetak ulang gmn", "kk"),
        ("abis cerai mau bikin kk baru gmn", "kk"),
        ("tagihan pbb gede, ada keringanan?", "pbb"),
    ],
)
def test_a_service_word_beats_a_word_of_another_agencys_topic(query: str, expect: str, content: Content) -> None:
    result = search(query, content)
    assert result.clear, [s.id for s in result.services]
    assert result.services[0].id == expect


@pytest.mark.parametrize(
    "query",
    ["perpanjang sim", "bayar pajak motor dmn", "ngurus akta cerai di mana", "kucing sy ilang", "daftar cpns"],
)
def test_words_that_only_describe_what_is_asked_name_no_card(query: str, content: Content) -> None:
    # "hilang", "bayar", "perpanjang", "daftar" appear only inside longer keywords: they name no card
    assert not search(query, content).found


def test_ktp_alone_still_names_every_card_that_uses_it(content: Content) -> None:
    ids = [s.id for s in search("ktp", content).services]
    assert {"ktp_el", "ktp_jadi"} <= set(ids)


@pytest.mark.parametrize("query", ["akte", "bikin akte", "hilang", "bayar"])
def test_card_words_that_name_no_card_get_a_list_to_choose_from_never_a_card(query: str, content: Content) -> None:
    result = search(query, content)
    assert result.found and not result.clear
    if "akte" in query:
        assert {"akta_lahir", "akta_kematian"} <= {s.id for s in result.services}


@pytest.mark.parametrize("query", ["min udh makan belom?", "min lagi makan apa", "rekan kerja sy"])
def test_an_ordinary_word_is_not_read_as_a_misspelt_card_word(query: str, content: Content) -> None:
    assert not search(query, content).found  # "makan" is not "makam", "rekan" is not "rekam"


def test_a_real_misspelling_is_still_read_as_the_card_word(content: Content) -> None:
    assert search("kartu kelurga hilang", content).services[0].id == "kk"
    assert search("akta kematin bapak", content).services[0].id == "akta_kematian"
    assert search("legalisr fotokopi", content).services[0].id == "legalisir"


def test_root_words_are_ordinary_words() -> None:
    assert is_root_word("makan") and is_root_word("rekan") and is_root_word("makam")
    assert not is_root_word("kelurga") and not is_root_word("kematin") and not is_root_word("")


@pytest.mark.parametrize(
    "text", ["min udh makan belom?", "wkwkwk", "hahaha", "kamu robot ya?", "lagi ngapain kak", "jomblo ga min"]
)
def test_chitchat_is_recognised(text: str, content: Content) -> None:
    assert is_chitchat(text, content)


@pytest.mark.parametrize(
    "text",
    ["jadwal posyandu", "bansos kapan cair", "ok", "", "🙏",
     "tetangga sy muter musik keras tiap malem ampe subuh, anak sy ga bisa tidur, lapor kemana"],
)  # fmt: skip
def test_questions_and_other_messages_are_not_chitchat(text: str, content: Content) -> None:
    assert not is_chitchat(text, content)


def test_normalize_spells_out_a_plural_written_with_a_2() -> None:
    assert normalize("taman kanak2 buat anak2") == ["taman", "kanak", "kanak", "buat", "anak", "anak"]
    assert normalize("pbb-p2 17an") == ["pbb", "p2", "17an"]
