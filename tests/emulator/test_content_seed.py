"""`python -m content_seed` against the emulator: publish, idempotency, dry run, removal, bad files."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from content_seed.__main__ import main
from content_seed.files import OFFICES_DIR
from puspa.store import FirestoreStore
from tests.conftest import OFFICE_ID, PROJECT

ROOT = Path(__file__).parents[2]


@pytest.fixture
def office_copy(tmp_path: Path) -> Path:
    target = tmp_path / "kantor_uji"
    shutil.copytree(OFFICES_DIR / "jonggol", target)
    return target


def _published(field: str) -> object:
    store = FirestoreStore.for_project(PROJECT)
    snapshot = store._office_ref(OFFICE_ID).get()
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
