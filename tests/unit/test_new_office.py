"""Joining: `python -m content_seed new-office` scaffolds an office the publisher refuses until every
placeholder is filled in, and a filled office (tests/data/offices/cileungsi-filled, test data)
resolves over the Kabupaten Bogor base and passes every check."""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from content_seed.__main__ import main
from content_seed.files import BASES_DIR, load_bundle
from content_seed.joining import checklist, placeholders_in, scaffold
from content_seed.publish import validate
from puspa.app.config import TEMPLATE_SETTINGS
from puspa.errors import ContentError

ROOT = Path(__file__).parents[2]
FILLED = ROOT / "tests" / "data" / "offices" / "cileungsi-filled"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    """A content folder with the real Kabupaten Bogor base and no office."""
    shutil.copytree(BASES_DIR, tmp_path / "bases")
    (tmp_path / "offices").mkdir()
    return tmp_path


def _yaml(path: Path) -> Any:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_new_office_writes_every_fact_as_a_placeholder(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["new-office", "cileungsi", "--extends", "kabupaten-bogor", "--root", str(root)]) == 0
    out = capsys.readouterr().out
    office = root / "offices" / "cileungsi"
    settings = _yaml(office / "dasar.yaml")
    assert settings["dasar"] == "kabupaten-bogor" and settings["nomor_id"].startswith("ISI:")
    assert set(settings["isian"]) == {"kecamatan", "jam_kecamatan", "kua", "polsek"}
    assert all(value.startswith("ISI:") for value in settings["isian"].values())
    office_file = _yaml(office / "kantor.yaml")
    assert office_file["nama"].startswith("ISI:") and office_file["desa"][0].startswith("ISI:")
    assert "hari_libur" not in office_file and "zona_waktu" not in office_file  # the base gives them
    # the base cards that leave keys to each office, and the cards the base's menu lists but does not hold
    cards = sorted(p.stem for p in (office / "layanan").glob("*.yaml"))
    assert cards == ["akta_kematian", "akta_lahir", "kantor", "kia", "kk", "ktp_el", "ktp_jadi", "pertanian",
                     "pindah", "telepon"]  # fmt: skip
    assert _yaml(office / "layanan" / "ktp_el.yaml").keys() == {
        "id", "tempat", "jam_layanan", "lama_proses", "diperiksa", "sumber"
    }  # fmt: skip
    left = placeholders_in(office)
    assert "dasar.yaml: nomor_id belum diisi (ISI: phone_number_id nomor WhatsApp kantor ini)" in left
    assert any(p.startswith("layanan/kk.yaml: tempat belum diisi (ISI: ") for p in left)
    assert f'Masih ada {len(left)} isian "ISI: …"' in out


def test_no_address_number_or_hours_is_a_default(root: Path) -> None:
    office, _ = scaffold("cileungsi", "kabupaten-bogor", root)
    written = "\n".join(path.read_text(encoding="utf-8") for path in office.rglob("*.yaml"))
    values = "\n".join(line.split("#")[0] for line in written.splitlines())  # comments aside
    assert not re.search(r"\b62\d{8,}|\b0\d{9,}", values)  # no phone number
    assert not re.search(r":\s*\d{1,2}[.:]\d{2}\s*-", values)  # no opening hours
    # another office's facts appear only as an example of what to write ("mis. Jonggol")
    assert all("mis." in line for line in values.splitlines() if "Jonggol" in line)


def test_publishing_refuses_while_a_placeholder_remains(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    office, _ = scaffold("cileungsi", "kabupaten-bogor", root)
    assert main(["--office", "cileungsi", "--root", str(root), "--phone-number-id", "100000000000009"]) == 1
    err = capsys.readouterr().err
    assert "Konten TIDAK diterbitkan: kantor cileungsi belum selesai diisi" in err
    assert "kantor.yaml: jam_kerja.senin belum diisi (ISI: " in err
    with pytest.raises(ContentError) as raised:  # validate() refuses it too, whoever calls it
        validate(load_bundle(office, root / "bases"))
    assert all("belum diisi (ISI:" in problem for problem in raised.value.problems)


def test_new_office_refuses_a_taken_name_and_an_unknown_base(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    scaffold("cileungsi", "kabupaten-bogor", root)
    assert main(["new-office", "cileungsi", "--extends", "kabupaten-bogor", "--root", str(root)]) == 2
    assert "Folder kantor sudah ada" in capsys.readouterr().err
    assert main(["new-office", "klapanunggal", "--extends", "kabupaten-bogr", "--root", str(root)]) == 2
    assert "Dasar 'kabupaten-bogr' tidak ada" in capsys.readouterr().err
    assert main(["new-office", "Kec Baru", "--extends", "kabupaten-bogor", "--root", str(root)]) == 2


def test_the_checklist_names_every_template_the_code_sends() -> None:
    example = (ROOT / ".env.example").read_text(encoding="utf-8")
    in_example = dict(re.findall(r"^(PUSPA_\w+_TEMPLATE)=(\S+)$", example, re.MULTILINE))
    assert in_example == TEMPLATE_SETTINGS
    text = checklist("cileungsi", "kabupaten-bogor", 70)
    for setting, name in TEMPLATE_SETTINGS.items():
        assert f"{name} ({setting})" in text
    assert "/register" in text and "Webhook sudah berlangganan di tingkat aplikasi" in text
    assert "nomor_id" in text and "python -m content_seed --base kabupaten-bogor" in text


def test_the_filled_fixture_is_a_filled_scaffold(root: Path) -> None:
    """tests/data/offices/cileungsi-filled follows the scaffold: a file for every file new-office
    writes (unless that card is not offered) with at least the keys it writes, and no placeholder."""
    office, written = scaffold("cileungsi", "kabupaten-bogor", root)
    not_offered = set(_yaml(FILLED / "dasar.yaml")["tidak_ditawarkan"])
    for relative in written:
        if Path(relative).stem in not_offered and relative.startswith("layanan/"):
            assert not (FILLED / relative).exists(), relative
            continue
        scaffolded, filled = _yaml(office / relative), _yaml(FILLED / relative)
        if isinstance(scaffolded, dict):
            assert set(scaffolded) <= set(filled), relative
    assert placeholders_in(FILLED) == []
    assert all(path.read_text(encoding="utf-8").startswith("# DATA UJI") for path in FILLED.rglob("*.yaml"))


def test_a_filled_office_resolves_over_the_base_and_passes_every_check() -> None:
    bundle = load_bundle(FILLED)
    content = validate(bundle)
    cards = {service.id: service for service in content.services}
    assert "huller" not in cards and "pertanian" not in cards  # not offered
    assert [c.id for c in content.categories][-1] == "kontak" and "pertanian" not in [c.id for c in content.categories]
    assert content.category("kontak").service_ids == ("kantor", "telepon", "posko_uji")  # type: ignore[union-attr]
    assert cards["legalisir"].place.endswith("Dokumen lama: tanyakan ke Kantor Kecamatan Cileungsi.")
    assert cards["izin_resepsi"].place.endswith("Izin: Polsek Uji/Polres.")
    assert cards["kk"].place == "Loket uji Kantor Kecamatan Cileungsi (data uji)."
    assert content.office.nik_region == "3201" and content.office.calendar is not None  # from the base
    assert bundle["petugas"]["petugas"][0]["nomor"] == "6280000000001"  # the office's own staff
