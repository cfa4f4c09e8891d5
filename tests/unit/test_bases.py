"""How an office's files resolve over a kabupaten base (content_seed/bases.py), on small folders."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from content_seed.__main__ import main
from content_seed.bases import merge_card, offices_extending
from content_seed.files import BASES_DIR, load_bundle, read_folder, texts_in
from puspa.errors import ContentError


def _write(folder: Path, files: dict[str, Any]) -> None:
    for name, data in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        text = data if isinstance(data, str) else yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        path.write_text(text, encoding="utf-8")


VALUES = {"kecamatan": "Satu", "jam": "07.30"}


def _card(card_id: str, **keys: Any) -> dict[str, Any]:
    return {"id": card_id, "judul": card_id.upper(), "diperiksa": "2026-11-29", "sumber": [f"sumber {card_id}"], **keys}


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """bases/kab: two shared cards (kk needs the office's place), a survey, a menu listing the
    office's own `kantor` card; offices/satu extends it."""
    _write(tmp_path / "bases" / "kab", {
        "dasar.yaml": {"nama": "Kabupaten Uji", "isian": {"kecamatan": "nama kecamatan", "jam": "jam buka"}},
        "kantor.yaml": {"zona_waktu": "WIB", "kode_wilayah_nik": "3201"},
        "kategori.yaml": {"kategori": [
            {"id": "dok", "judul": "Dokumen", "deskripsi": "d", "layanan": ["kk", "pbb"]},
            {"id": "kontak", "judul": "Kontak", "deskripsi": "k", "layanan": ["kantor"]},
        ]},
        "kata.yaml": {"sapaan": ["halo"], "abaikan": ["mau"], "sinonim": {}},
        "survei.yaml": {"dasar": "PermenPANRB 14/2017"},
        "layanan/kk.yaml": _card("kk", informasi="Gratis.", diisi_kantor=["tempat"]),
        "layanan/pbb.yaml": _card("pbb", informasi="Tanyakan ke petugas Kecamatan {kecamatan}.",
                                  tempat="Kantor Kecamatan {kecamatan}", jam_layanan="Kecamatan: {jam}."),
    })  # fmt: skip
    _write(tmp_path / "offices" / "satu", {
        "dasar.yaml": {"dasar": "kab", "nomor_id": "100000000000002", "isian": VALUES},
        "kantor.yaml": {"nama": "Kecamatan Satu", "zona_waktu": "WITA"},
        "layanan/kk.yaml": {"id": "kk", "tempat": "Loket Satu", "diperiksa": "2026-12-06", "sumber": ["staf Satu"]},
        "layanan/kantor.yaml": _card("kantor", informasi="Kantor Satu.", tempat="Desa Satu"),
    })  # fmt: skip
    return tmp_path


def _load(root: Path, office: str = "satu") -> dict[str, Any]:
    return load_bundle(root / "offices" / office, root / "bases")


def _problems(root: Path, office: str = "satu") -> list[str]:
    with pytest.raises(ContentError) as raised:
        _load(root, office)
    return raised.value.problems


def _cards(bundle: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {card["id"]: card for card in bundle["layanan"]}


def test_an_office_gets_the_base_cards_with_its_own_values_filled_in(root: Path) -> None:
    bundle = _load(root)
    pbb = _cards(bundle)["pbb"]
    assert pbb["informasi"] == "Tanyakan ke petugas Kecamatan Satu."
    assert (pbb["tempat"], pbb["jam_layanan"]) == ("Kantor Kecamatan Satu", "Kecamatan: 07.30.")
    assert [card["id"] for card in bundle["layanan"]] == ["kantor", "kk", "pbb"]  # id order, as files sort
    assert bundle["bagian"] == {"survei": {"dasar": "PermenPANRB 14/2017"}}  # dasar.yaml is never a section


def test_an_office_card_merges_key_by_key_over_the_base_card(root: Path) -> None:
    kk = _cards(_load(root))["kk"]
    assert kk["tempat"] == "Loket Satu" and kk["informasi"] == "Gratis." and kk["judul"] == "KK"
    assert kk["sumber"] == ["sumber kk", "staf Satu"]  # the office's sources follow the base's
    assert kk["diperiksa"] == "2026-11-29"  # the older date: the shared part was checked then
    assert "diisi_kantor" not in kk


def test_merge_card_removes_a_key_written_empty_and_replaces_lists() -> None:
    base = _card("kk", catatan="Catatan dasar.", kata_kunci=["kk"])
    own = {"id": "kk", "catatan": None, "kata_kunci": ["kartu keluarga"], "diperiksa": "2026-01-01"}
    merged = merge_card(base, own)
    assert "catatan" not in merged and merged["kata_kunci"] == ["kartu keluarga"]
    assert merged["diperiksa"] == "2026-01-01"
    unfilled = merge_card(base, {"id": "kk", "diperiksa": "ISI: tanggal"})
    assert unfilled["diperiksa"] == "ISI: tanggal"  # not a date: left for the publisher to refuse


def test_kantor_is_merged_key_by_key_and_other_files_are_replaced_whole(root: Path) -> None:
    _write(root / "offices" / "satu", {"survei.yaml": {"undangan": "Survei Satu"}})
    bundle = _load(root)
    assert bundle["kantor"] == {"nama": "Kecamatan Satu", "zona_waktu": "WITA", "kode_wilayah_nik": "3201"}
    assert bundle["bagian"]["survei"] == {"undangan": "Survei Satu"}
    assert bundle["kata"]["sapaan"] == ["halo"]


def test_a_card_the_office_does_not_offer_leaves_the_menu_and_an_empty_category_goes(root: Path) -> None:
    _write(root / "offices" / "satu", {
        "dasar.yaml": {"dasar": "kab", "isian": VALUES, "tidak_ditawarkan": ["pbb", "kantor"]},
    })  # fmt: skip
    (root / "offices" / "satu" / "layanan" / "kantor.yaml").unlink()
    bundle = _load(root)
    assert sorted(_cards(bundle)) == ["kk"]
    assert bundle["kategori"] == [{"id": "dok", "judul": "Dokumen", "deskripsi": "d", "layanan": ["kk"]}]


def test_the_office_adds_its_own_cards_to_a_base_category(root: Path) -> None:
    _write(root / "offices" / "satu", {
        "dasar.yaml": {"dasar": "kab", "isian": VALUES, "kartu_tambahan": {"dok": ["pasar"]}},
        "layanan/pasar.yaml": _card("pasar", informasi="Pasar desa."),
    })  # fmt: skip
    bundle = _load(root)
    assert bundle["kategori"][0]["layanan"] == ["kk", "pbb", "pasar"]
    assert _cards(bundle)["pasar"]["informasi"] == "Pasar desa."


def test_staff_are_read_from_the_office_only(root: Path) -> None:
    assert "petugas" not in _load(root)  # absent: nothing breaks
    _write(root / "offices" / "satu", {"petugas.yaml": {"petugas": [{"nama": "Ani", "nomor": "6281200000001"}]}})
    assert _load(root)["petugas"] == {"petugas": [{"nama": "Ani", "nomor": "6281200000001"}]}
    _write(root / "bases" / "kab", {"petugas.yaml": {"petugas": []}})
    assert "dasar kab: petugas.yaml: hanya boleh ada di folder kantor, tidak di dasar" in _problems(root)


def test_every_mistake_in_the_inheritance_is_named(root: Path) -> None:
    _write(root / "offices" / "satu", {
        "dasar.yaml": {"dasar": "kab", "isian": {"kecamatn": "Satu"}, "tidak_ditawarkan": ["pbbb", "kk"],
                       "kartu_tambahan": {"dokk": ["x"]}, "nomor": "1"},
    })  # fmt: skip
    _write(root / "bases" / "kab", {"layanan/ktp.yaml": _card("ktp", tempat="{kantor}", diisi_kantor=["tempat"])})
    problems = _problems(root)
    assert "dasar.yaml: kolom 'nomor' tidak dikenal (maksud Anda 'nomor_id'?)" in problems
    assert "dasar.yaml: isian 'kecamatan' belum diisi (nama kecamatan)" in problems
    assert "dasar.yaml: isian 'kecamatn' tidak dipakai dasar kab (maksud Anda 'kecamatan'?)" in problems
    assert "dasar.yaml: tidak_ditawarkan: 'pbbb' bukan kartu dasar kab (maksud Anda 'pbb'?)" in problems
    assert "layanan/kk.yaml: kartu ini tertulis di tidak_ditawarkan (dasar.yaml); hapus salah satunya" in problems
    assert "dasar.yaml: kartu_tambahan: kategori 'dokk' tidak ada (maksud Anda 'dok'?)" in problems
    assert "dasar kab: layanan/ktp.yaml: '{kantor}' bukan isian dasar ini (yang ada: kecamatan, jam)" in problems
    assert "dasar kab: layanan/ktp.yaml: kolom 'tempat' ada di 'diisi_kantor' dan juga ditulis di kartu dasar" in (
        problems
    )


def test_a_base_card_names_what_each_office_must_write(root: Path) -> None:
    (root / "offices" / "satu" / "layanan" / "kk.yaml").write_text("id: kk\ninformasi: Lain.\n", encoding="utf-8")
    problem = "layanan/kk.yaml: kantor ini harus menulis tempat sendiri (kartu dasar kab tidak mengisinya)"
    assert problem in _problems(root)


def test_an_unknown_base_is_named(root: Path) -> None:
    _write(root / "offices" / "satu", {"dasar.yaml": {"dasar": "kab-lain"}})
    assert _problems(root)[0] == "dasar.yaml: dasar 'kab-lain' tidak ada (yang ada: kab)"


def test_offices_extending_a_base_are_found_by_their_dasar_file(root: Path) -> None:
    _write(root / "offices" / "dua", {"kantor.yaml": {"nama": "Kecamatan Dua"}})  # extends nothing
    _write(root / "offices" / "tiga", {"dasar.yaml": "dasar: kab\nnomor_id: [tidak ditutup\n"})
    found, unreadable = offices_extending("kab", root / "offices")
    assert [(path.name, settings.number_id) for path, settings in found] == [("satu", "100000000000002")]
    assert list(unreadable) == ["tiga"] and "dasar.yaml baris" in unreadable["tiga"][0]  # never passed by silently


def test_the_kabupaten_base_holds_no_office_fact_residents_read() -> None:
    """Jonggol's facts stay in Jonggol's folder: the base names a kecamatan only through an isian
    ({kecamatan}); "jonggol" may remain in search examples and ignored words, and in sources."""
    problems: list[str] = []
    base = read_folder(BASES_DIR / "kabupaten-bogor", "", problems)
    assert problems == []
    unseen = {"kata_kunci", "contoh_pertanyaan", "sumber"}  # search vocabulary and staff's record
    shown = [(f"layanan/{card_id}.yaml", key, card[key]) for card_id, card in base.cards.items()
             for key in card if key not in unseen]  # fmt: skip
    shown += [(f"{name}.yaml", "", data) for name, data in base.files.items() if name not in {"kata", "dasar"}]
    for where, key, value in shown:
        for path, text in texts_in(value, key):
            assert "jonggol" not in text.lower(), f"{where}: {path}"


def test_a_base_publish_stops_at_an_office_whose_base_cannot_be_read(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _write(root / "offices" / "tiga", {"dasar.yaml": "dasar: kab\nnomor_id: [tidak ditutup\n"})
    assert main(["--base", "kab", "--root", str(root), "--dry-run"]) == 1
    err = capsys.readouterr().err
    assert "Kantor tiga: ada 2 masalah." in err and "tidak jelas kantor ini memakai dasar apa" in err
    assert "TIDAK diterbitkan ke kantor mana pun" in err
