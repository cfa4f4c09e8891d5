"""Search: the 100+ query fixture written independently of the keyword lists."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from puspa.conversation.search import edit_distance_at_most, is_greeting, normalize, search
from puspa.domain.content import Content

FIXTURE = yaml.safe_load((Path(__file__).parents[1] / "data" / "search_queries.yaml").read_text())


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
