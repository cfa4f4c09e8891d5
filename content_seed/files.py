"""Read an office's YAML content files into one bundle (the form that is published).

An office folder may extend a kabupaten base (`dasar.yaml`: `dasar: kabupaten-bogor`): the bundle is
then the base's files with the office's own on top, resolved by `content_seed.bases`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from puspa.errors import ContentError

CONTENT_DIR = Path(__file__).resolve().parent
OFFICES_DIR = CONTENT_DIR / "offices"
BASES_DIR = CONTENT_DIR / "bases"
CORE_FILES = frozenset({"kantor", "kategori", "kata", "petugas"})
SETTINGS = "dasar"  # dasar.yaml: in an office, the base it extends and its own values; in a base, what it asks
OFFICE_ONLY = frozenset({"petugas"})  # the office's staff: read from the office folder, never from a base
PLACEHOLDER = "ISI:"  # what `new-office` writes where a fact must be filled in; never published


@dataclass
class Folder:
    """One folder's files as read: `files` by name without `.yaml` (cards aside), `cards` by id."""

    path: Path
    label: str  # prefix of problems about its files: "" for an office, "dasar kabupaten-bogor: " for a base
    files: dict[str, Any] = field(default_factory=dict)
    cards: dict[str, dict[str, Any]] = field(default_factory=dict)


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


def texts_in(value: Any, where: str = "") -> Iterator[tuple[str, str]]:
    """(key path, text) of every text in `value`: `tempat`, `desa[2]`, `ambil.kk.jam`."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, inner in value.items():
            yield from texts_in(inner, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list):
        for index, inner in enumerate(value, start=1):
            yield from texts_in(inner, f"{where}[{index}]")


def read_yaml(path: Path, label: str, problems: list[str]) -> Any:
    """One YAML file as plain data (dates as ISO text); None with a problem when it cannot be read."""
    return _plain(_read(path, label, problems))


def read_folder(path: Path, label: str, problems: list[str]) -> Folder:
    """Every `*.yaml` of `path` and its `layanan/`, as plain data (dates as ISO text)."""
    folder = Folder(path, label)
    for file in sorted(path.glob("*.yaml")):
        folder.files[file.stem] = read_yaml(file, f"{label}{file.name}", problems)  # None: empty
    for file in sorted((path / "layanan").glob("*.yaml")):
        where = f"{label}layanan/{file.name}"
        data = _read(file, where, problems)
        if data is None:
            continue
        if not isinstance(data, dict):
            problems.append(f"{where}: isinya harus berupa daftar kolom (kunci: nilai)")
            continue
        if data.get("id") != file.stem:
            problems.append(f"{where}: 'id' harus sama dengan nama file ('{file.stem}'), tertulis '{data.get('id')}'")
            continue
        folder.cards[file.stem] = _plain(data)
    return folder


def assemble(files: dict[str, Any], cards: dict[str, dict[str, Any]], problems: list[str]) -> dict[str, Any]:
    """The bundle from resolved files and cards (cards in id order, as their files are sorted)."""
    for name in ("kantor", "kategori", "kata"):
        if name not in files and not any(f"{name}.yaml" in p for p in problems):
            problems.append(f"{name}.yaml: file tidak ditemukan")
    categories = files.get("kategori")
    bundle: dict[str, Any] = {
        "kantor": files.get("kantor"),
        "kategori": categories.get("kategori") if isinstance(categories, dict) else categories,
        "kata": files.get("kata"),
        "layanan": [cards[card_id] for card_id in sorted(cards)],
    }
    if files.get("petugas") is not None:  # the office's own staff: never inherited, may be absent
        bundle["petugas"] = files["petugas"]
    sections = {name: data for name, data in sorted(files.items()) if name not in CORE_FILES | {SETTINGS}}
    if sections:  # a dialogue's own file (e.g. survei.yaml), checked by that dialogue
        bundle["bagian"] = sections
    if not cards and not any("layanan/" in p for p in problems):
        problems.append("layanan/: tidak ada file .yaml")
    return bundle


def load_bundle(office_dir: Path, bases_dir: Path = BASES_DIR) -> dict[str, Any]:
    """The bundle of `office_dir` (its base resolved, if it extends one), or ContentError naming
    every unreadable file and every problem with the inheritance."""
    from content_seed.bases import inherit  # imported here: bases builds on this module's Folder

    problems: list[str] = []
    office = read_folder(office_dir, "", problems)
    files, cards = inherit(office, bases_dir, problems)
    bundle = assemble(files, cards, problems)
    if problems:
        raise ContentError(problems)
    return bundle
