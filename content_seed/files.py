"""Read an office's YAML content files into one bundle (the form that is published)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml

from puspa.errors import ContentError

OFFICES_DIR = Path(__file__).resolve().parent / "offices"
CORE_FILES = frozenset({"kantor", "kategori", "kata", "petugas"})


def _read(path: Path, label: str, problems: list[str]) -> Any:
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        problems.append(f"{label}: file tidak ditemukan")
    except UnicodeDecodeError:
        problems.append(f"{label}: file harus disimpan sebagai UTF-8")
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" baris {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or "format YAML tidak sah"
        problems.append(f"{label}{where}: format YAML salah ({problem})")
    return None


def _plain(value: Any) -> Any:
    """YAML dates become ISO text so that the bundle is JSON."""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def load_bundle(office_dir: Path) -> dict[str, Any]:
    """The bundle of `office_dir`, or ContentError naming every unreadable file."""
    problems: list[str] = []
    categories = _read(office_dir / "kategori.yaml", "kategori.yaml", problems)
    bundle: dict[str, Any] = {
        "kantor": _read(office_dir / "kantor.yaml", "kantor.yaml", problems),
        "kategori": categories.get("kategori") if isinstance(categories, dict) else categories,
        "kata": _read(office_dir / "kata.yaml", "kata.yaml", problems),
        "layanan": [],
    }
    if (office_dir / "petugas.yaml").exists():  # the office's own staff: never inherited, may be absent
        bundle["petugas"] = _read(office_dir / "petugas.yaml", "petugas.yaml", problems)
    sections = {}
    for path in sorted(office_dir.glob("*.yaml")):
        if path.stem not in CORE_FILES:  # a dialogue's own file (e.g. survei.yaml), checked by that dialogue
            sections[path.stem] = _read(path, path.name, problems)
    if sections:
        bundle["bagian"] = sections
    service_files = sorted((office_dir / "layanan").glob("*.yaml"))
    if not service_files:
        problems.append("layanan/: tidak ada file .yaml")
    for path in service_files:
        label = f"layanan/{path.name}"
        data = _read(path, label, problems)
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(f"{label}: isinya harus berupa daftar kolom (kunci: nilai)")
            continue
        if data.get("id") != path.stem:
            problems.append(f"{label}: 'id' harus sama dengan nama file ('{path.stem}'), tertulis '{data.get('id')}'")
            continue
        bundle["layanan"].append(data)
    if problems:
        raise ContentError(problems)
    return _plain(bundle)
