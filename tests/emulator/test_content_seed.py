"""`python -m content_seed` against the emulator: publish, idempotency, dry run, removal, bad files; a
kabupaten base published to every office that extends it, each to its own number."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from content_seed.__main__ import main
from content_seed.files import BASES_DIR, OFFICES_DIR
from content_seed.joining import scaffold
from puspa.store import FirestoreStore
from tests.conftest import OFFICE_ID, PROJECT

ROOT = Path(__file__).parents[2]
FILLED = ROOT / "tests" / "data" / "offices" / "cileungsi-filled"  # test data, never published for real
CILEUNGSI_ID = "100000000000002"  # its nomor_id


@pytest.fixture
def office_copy(tmp_path: Path) -> Path:
    target = tmp_path / "kantor_uji"
    shutil.copytree(OFFICES_DIR / "jonggol", target)
    return target


def _published(field: str, office_id: str = OFFICE_ID) -> object:
    store = FirestoreStore.for_project(PROJECT)
    snapshot = store._office_ref(office_id).get()
    return (snapshot.to_dict() or {}).get(field) if snapshot.exists else None


def test_publish_then_nothing_to_change(firestore_host: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--phone-number-id", OFFICE_ID]) == 0
    out = capsys.readouterr().out
    assert "Ditambah: layanan/kk.yaml" in out and "Terbit: versi" in out
    first = _published("published_at")
    assert main(["--phone-number-id", OFFICE_ID]) == 0
    assert "Tidak ada perubahan" in capsys.readouterr().out
    assert _published("published_at") == first


def test_dry_run_prints_changes_and_writes_nothing(
    firestore_host: str, office_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--phone-number-id", OFFICE_ID]) == 0
    version = _published("version")
    kk = office_copy / "layanan" / "kk.yaml"  # Jonggol's own keys of the base card
    kk.write_text(kk.read_text() + "lama_proses: Satu hari kerja.\n")
    capsys.readouterr()
    assert main(["--office", str(office_copy), "--phone-number-id", OFFICE_ID, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Diubah: layanan/kk.yaml" in out and "--dry-run" in out
    assert _published("version") == version


def test_removed_service_disappears(firestore_host: str, office_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--phone-number-id", OFFICE_ID]) == 0
    settings = office_copy / "dasar.yaml"  # tbm is a base card: the office stops offering it
    settings.write_text(settings.read_text().replace("tidak_ditawarkan: []", "tidak_ditawarkan: [tbm]"))
    assert main(["--office", str(office_copy), "--phone-number-id", OFFICE_ID]) == 0
    assert "Dihapus: layanan/tbm.yaml" in capsys.readouterr().out
    published = json.loads(str(_published("bundle")))
    ids = {service["id"] for service in published["layanan"]}
    assert "tbm" not in ids and "paud" in ids and len(ids) == 24


def test_bad_file_aborts_everything(firestore_host: str, office_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (office_copy / "layanan" / "kia.yaml").write_text("id: kia\njudul: [tidak ditutup\n")
    kk = office_copy / "layanan" / "kk.yaml"
    kk.write_text(kk.read_text().replace("tempat:", "tempat_:", 1))
    assert main(["--office", str(office_copy), "--phone-number-id", OFFICE_ID]) == 1
    err = capsys.readouterr().err
    assert "Konten TIDAK diterbitkan" in err
    assert "layanan/kia.yaml baris" in err
    assert "layanan/kk.yaml: kantor ini harus menulis tempat sendiri" in err
    assert _published("version") is None


def test_runs_as_a_module_from_the_repository_root(firestore_host: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "content_seed", "--phone-number-id", OFFICE_ID],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "Terbit: versi" in result.stdout


@pytest.fixture
def kabupaten(tmp_path: Path) -> Path:
    """A content folder: the Kabupaten Bogor base; Jonggol, given the test number; the filled test
    office; and an office just scaffolded (placeholders left)."""
    root = tmp_path / "konten"
    shutil.copytree(BASES_DIR, root / "bases")
    shutil.copytree(OFFICES_DIR / "jonggol", root / "offices" / "jonggol")
    settings = root / "offices" / "jonggol" / "dasar.yaml"
    settings.write_text(settings.read_text() + f'nomor_id: "{OFFICE_ID}"\n')
    shutil.copytree(FILLED, root / "offices" / "cileungsi")
    scaffold("klapanunggal", "kabupaten-bogor", root)
    return root


def test_a_base_change_is_shown_per_office_then_published_to_every_office(
    firestore_host: str, kabupaten: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    publish_all = ["--base", "kabupaten-bogor", "--root", str(kabupaten)]
    assert main(publish_all) == 0
    out, err = capsys.readouterr()
    assert f"Kantor cileungsi (nomor {CILEUNGSI_ID}):\n  Ditambah: kantor.yaml" in out
    assert f"Kantor jonggol (nomor {OFFICE_ID}):\n  Ditambah: kantor.yaml" in out
    assert "Dasar kabupaten-bogor: 2 kantor diterbitkan, 0 tidak berubah, 1 dilewati." in out
    assert "Dilewati, belum siap: klapanunggal (" in err
    assert _published("version", "klapanunggal") is None
    assert main(publish_all) == 0
    assert capsys.readouterr().out.count("Tidak ada perubahan") == 2
    first = {office: _published("version", office) for office in (OFFICE_ID, CILEUNGSI_ID)}

    pbb = kabupaten / "bases" / "kabupaten-bogor" / "layanan" / "pbb.yaml"
    pbb.write_text(pbb.read_text().replace("lama_proses: Tanyakan ke petugas.", "lama_proses: Tanyakan ke Bappenda."))
    assert main([*publish_all, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert out.count("  Diubah: layanan/pbb.yaml") == 2 and "--dry-run" in out
    assert {office: _published("version", office) for office in first} == first
    assert main(publish_all) == 0
    for office in first:
        assert _published("version", office) != first[office]
        cards = {card["id"]: card for card in json.loads(str(_published("bundle", office)))["layanan"]}
        assert cards["pbb"]["lama_proses"] == "Tanyakan ke Bappenda."


def test_one_broken_office_stops_a_base_publish_for_all(
    firestore_host: str, kabupaten: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kk = kabupaten / "offices" / "cileungsi" / "layanan" / "kk.yaml"
    kk.write_text(kk.read_text().replace("tempat:", "# tempat:", 1))
    assert main(["--base", "kabupaten-bogor", "--root", str(kabupaten)]) == 1
    err = capsys.readouterr().err
    assert "Kantor cileungsi: ada 1 masalah." in err
    assert "layanan/kk.yaml: kantor ini harus menulis tempat sendiri" in err
    assert "TIDAK diterbitkan ke kantor mana pun" in err
    assert _published("version") is None and _published("version", CILEUNGSI_ID) is None


def test_an_office_is_published_to_the_number_in_its_folder(
    firestore_host: str, kabupaten: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cileungsi = ["--office", "cileungsi", "--root", str(kabupaten)]
    assert main([*cileungsi, "--phone-number-id", OFFICE_ID]) == 2  # not Jonggol's number
    assert f"berbeda dengan nomor_id {CILEUNGSI_ID}" in capsys.readouterr().err
    assert main(cileungsi) == 0
    assert f"untuk nomor {CILEUNGSI_ID}" in capsys.readouterr().out
    assert _published("version") is None
    assert main(["--office", "klapanunggal", "--root", str(kabupaten), "--phone-number-id", "100000000000009"]) == 1
    assert "belum selesai diisi" in capsys.readouterr().err
