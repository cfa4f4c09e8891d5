"""Content validation names file, field and problem in Indonesian, and catches every mistake at once."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from content_seed.publish import diff, validate, version_of
from puspa.errors import ContentError


def _broken(bundle: dict[str, Any], change: Any) -> list[str]:
    edited = copy.deepcopy(bundle)
    change(edited)
    with pytest.raises(ContentError) as info:
        validate(edited)
    return info.value.problems


def _service(bundle: dict[str, Any], service_id: str) -> dict[str, Any]:
    return next(s for s in bundle["layanan"] if s["id"] == service_id)


def test_published_content_is_valid(bundle: dict[str, Any]) -> None:
    content = validate(bundle)
    assert len(content.services) == 25
    assert all(s.checked_on.year >= 2026 for s in content.services)


def test_title_too_long_names_file_and_field(bundle: dict[str, Any]) -> None:
    problems = _broken(bundle, lambda b: _service(b, "kk").update(judul="Kartu Keluarga Baru dan Lama"))
    assert problems == [
        "layanan/kk.yaml: kolom 'judul' terlalu panjang (28 huruf, maks. 20): 'Kartu Keluarga Baru dan Lama'"
    ]


def test_misspelled_key_gets_a_suggestion(bundle: dict[str, Any]) -> None:
    def change(b: dict[str, Any]) -> None:
        _service(b, "kk")["persyaratn"] = _service(b, "kk").pop("persyaratan")

    problems = _broken(bundle, change)
    assert "layanan/kk.yaml: kolom 'persyaratn' tidak dikenal (maksud Anda 'persyaratan'?)" in problems


def test_every_problem_is_reported_at_once(bundle: dict[str, Any]) -> None:
    def change(b: dict[str, Any]) -> None:
        del _service(b, "kk")["biaya"]
        _service(b, "kia")["diperiksa"] = "kemarin"
        b["kantor"]["nama_layanan"] = "x" * 61

    problems = _broken(bundle, change)
    assert any("layanan/kk.yaml: kolom 'biaya' wajib diisi" in p for p in problems)
    assert any("layanan/kia.yaml: kolom 'diperiksa' harus berupa tanggal" in p for p in problems)
    assert any(p.startswith("kantor.yaml: kolom 'nama_layanan' terlalu panjang (61 huruf, maks. 60)") for p in problems)


def test_card_whose_second_half_breaks_the_interactive_body_is_refused(bundle: dict[str, Any]) -> None:
    # Cards keep their buttons: a long card is split, and each half must fit one interactive body.
    problems = _broken(bundle, lambda b: _service(b, "kk").update(catatan="panjang " * 600))
    wanted = "layanan/kk.yaml (Selengkapnya): melebihi batas WhatsApp (interactive body"
    assert any(p.startswith(wanted) for p in problems)


def test_card_whose_first_half_breaks_the_interactive_body_is_refused(bundle: dict[str, Any]) -> None:
    problems = _broken(bundle, lambda b: _service(b, "kk").update(ringkasan="panjang " * 200))
    assert any(p.startswith("layanan/kk.yaml: melebihi batas WhatsApp (interactive body") for p in problems)


def test_service_missing_from_categories_is_refused(bundle: dict[str, Any]) -> None:
    problems = _broken(bundle, lambda b: b["kategori"][0]["layanan"].remove("kk"))
    assert any("layanan 'kk' belum dicantumkan" in p for p in problems)


def test_category_naming_a_missing_file_is_refused(bundle: dict[str, Any]) -> None:
    problems = _broken(bundle, lambda b: b["kategori"][0]["layanan"].append("tidak_ada"))
    assert problems == ["kategori.yaml: layanan 'tidak_ada' tidak ada file layanan/tidak_ada.yaml"]


def test_card_without_any_content_is_refused(bundle: dict[str, Any]) -> None:
    def change(b: dict[str, Any]) -> None:
        for key in ("persyaratan", "langkah", "informasi"):
            _service(b, "tbm").pop(key, None)

    problems = _broken(bundle, change)
    assert any("layanan/tbm.yaml: isi minimal salah satu" in p for p in problems)


def test_version_is_stable_and_diff_names_files(bundle: dict[str, Any]) -> None:
    assert version_of(bundle) == version_of(copy.deepcopy(bundle))
    edited = copy.deepcopy(bundle)
    _service(edited, "kk")["biaya"] = "Gratis."
    edited["layanan"] = [s for s in edited["layanan"] if s["id"] != "tbm"]
    changes = diff(bundle, edited)
    assert changes.changed == ("layanan/kk.yaml",)
    assert changes.removed == ("layanan/tbm.yaml",)
    assert changes.added == ()
    assert diff(None, bundle).added[0] == "kantor.yaml"
    assert diff(bundle, bundle).empty


def test_duplicate_titles_are_refused(bundle: dict[str, Any]) -> None:
    problems = _broken(bundle, lambda b: _service(b, "kia").update(judul="Kartu Keluarga (KK)"))
    assert any("judul 'Kartu Keluarga (KK)' dipakai lebih dari sekali" in p for p in problems)


def test_the_running_bot_ignores_keys_it_does_not_know(bundle: dict[str, Any]) -> None:
    from puspa.domain.content import parse_content

    newer = copy.deepcopy(bundle)
    _service(newer, "kk")["kolom_baru"] = "dari content_seed yang lebih baru"
    assert parse_content(newer, "v2", strict=False).service("kk") is not None
    with pytest.raises(ContentError):
        parse_content(newer, "v2")


def test_information_card_needs_no_fee_or_duration(bundle: dict[str, Any]) -> None:
    telepon = _service(bundle, "telepon")
    assert "biaya" not in telepon and "lama_proses" not in telepon
    problems = _broken(bundle, lambda b: _service(b, "kk").pop("biaya"))
    assert "layanan/kk.yaml: kolom 'biaya' wajib diisi" in problems
