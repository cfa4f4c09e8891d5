"""The staff guide (content_seed/README.md) documents every key staff can use, so it cannot drift.

Card and office keys come from the schema (what the publisher accepts), the keys of `dasar.yaml`
from the base resolver; the words, survey, complaint and document-lookup keys from the files of the
Kabupaten Bogor base and of Jonggol, nested keys included.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from content_seed.bases import BASE_SETTINGS, OFFICE_SETTINGS, OWN_KEYS
from content_seed.files import BASES_DIR, OFFICES_DIR
from puspa.domain.content import OFFICE_KEYS, SERVICE_KEYS, SPECIAL_HOURS_KEYS

GUIDE = (Path(__file__).parents[2] / "content_seed" / "README.md").read_text(encoding="utf-8")
OFFICE = OFFICES_DIR / "jonggol"
BASE = BASES_DIR / "kabupaten-bogor"
FOLDERS = (BASE, OFFICE)
KINDS = ("ktp_el", "kk", "kia", "akta", "lainnya")  # dokumen.yaml's `ambil` is keyed by document kind


def _keys(value: Any) -> Iterator[str]:
    """Every mapping key in a YAML value, at any depth (document kinds under `ambil` aside)."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if key not in KINDS:
                yield str(key)
            yield from _keys(inner)
    elif isinstance(value, list):
        for item in value:
            yield from _keys(item)


def _file_keys(name: str) -> set[str]:
    """The keys of `name` in the base and in Jonggol's folder (a file may be in either or both)."""
    keys: set[str] = set()
    for path in (folder / name for folder in FOLDERS):
        if path.exists():
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
            keys |= set(_keys(data))
            if name == "kata.yaml":  # sinonim's keys are standard words, not keys staff must learn
                keys -= set(data["sinonim"])
    assert keys, f"{name} is neither in {BASE} nor in {OFFICE}"
    return keys


def test_every_content_file_has_a_section() -> None:
    names = [*sorted({p.name for folder in FOLDERS for p in folder.glob("*.yaml")}), "layanan/<id>.yaml"]
    for name in names:
        assert f"## `{name}`" in GUIDE, name


@pytest.mark.parametrize(
    ("where", "keys"),
    [
        ("layanan/*.yaml", set(SERVICE_KEYS)),
        ("kantor.yaml", set(OFFICE_KEYS)),
        ("kantor.yaml jam_khusus", set(SPECIAL_HOURS_KEYS)),  # kept empty in the office's file until sourced
        ("kategori.yaml", _file_keys("kategori.yaml")),
        ("kata.yaml", _file_keys("kata.yaml")),
        ("survei.yaml", _file_keys("survei.yaml")),
        ("dokumen.yaml", _file_keys("dokumen.yaml")),
        ("pengaduan.yaml", _file_keys("pengaduan.yaml")),
        ("dasar.yaml of an office", set(OFFICE_SETTINGS)),
        ("dasar.yaml of a base", set(BASE_SETTINGS) | _file_keys("dasar.yaml")),  # with the base's isian names
        ("a base card", {OWN_KEYS}),
    ],
)
def test_every_key_is_documented(where: str, keys: set[str]) -> None:
    missing = sorted(k for k in keys if f"`{k}`" not in GUIDE and f".{k}`" not in GUIDE and f"{k}:" not in GUIDE)
    assert not missing, f"{where}: not in content_seed/README.md: {missing}"


def test_every_document_kind_is_named() -> None:
    from puspa.domain.readiness import KINDS as CODE_KINDS

    assert set(CODE_KINDS) == set(KINDS)
    for kind in KINDS:
        assert f"`{kind}`" in GUIDE
