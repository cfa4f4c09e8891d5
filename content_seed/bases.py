"""Kabupaten bases: cards written once for every kecamatan, and what an office makes its own.

An office extends a base (`content_seed/bases/<name>/`) with its `dasar.yaml`:

    dasar: kabupaten-bogor             # the base
    nomor_id: "123456789012345"        # its WhatsApp phone_number_id (`--base` publishes by it)
    isian: {kecamatan: Jonggol, ...}   # its values for the base's `{kecamatan}`, `{jam_kecamatan}`, ...
    tidak_ditawarkan: [huller]         # base cards it does not offer
    kartu_tambahan: {usaha: [pasar]}   # its own cards, added at the end of a base category

The resolved files, one by one:

    kantor.yaml        key by key: the office's keys replace the base's (a base holds only what is the
                       same in the whole kabupaten: time zone, holidays, the NIK region)
    petugas.yaml       the office's own; never in a base
    other files        the office's file, when it has one, replaces the base's whole
    layanan/<id>.yaml  a card with a base card's id is merged key by key: the office's keys replace
                       the base's, `kunci: ~` removes one, its `sumber` is added after the base's, and
                       `diperiksa` shows the older of the two dates; any other card is the office's own

Base texts name an office's values as `{isian}` (declared in the base's own `dasar.yaml`), and a
base card's `diisi_kantor` lists the keys every office must write itself. Problems are in
Indonesian, for staff.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from content_seed.files import OFFICE_ONLY, PLACEHOLDER, SETTINGS, Folder, read_folder, read_yaml
from puspa.domain.content import SERVICE_KEYS

OFFICE_SETTINGS = ("dasar", "nomor_id", "isian", "tidak_ditawarkan", "kartu_tambahan")
BASE_SETTINGS = ("nama", "isian")
OWN_KEYS = "diisi_kantor"  # in a base card: the keys each office writes in its own file of that card
_ISIAN = re.compile(r"\{([a-z0-9_]+)\}")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_NAME = re.compile(r"^[a-z0-9_]{1,40}$")


@dataclass(frozen=True)
class OfficeSettings:
    """An office's `dasar.yaml`. Empty: a folder that extends no base (all its files are its own)."""

    base: str = ""
    number_id: str = ""  # its WhatsApp phone_number_id; "" when not written yet (or still "ISI: …")
    number_declared: bool = False  # `nomor_id` is in the file (a number, or a placeholder to fill in)
    values: dict[str, str] = field(default_factory=dict)
    not_offered: tuple[str, ...] = ()
    extra_cards: dict[str, tuple[str, ...]] = field(default_factory=dict)


def _unknown_keys(data: dict[str, Any], allowed: tuple[str, ...], where: str, problems: list[str]) -> None:
    for key in data:
        if key not in allowed:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hint = f" (maksud Anda '{close[0]}'?)" if close else ""
            problems.append(f"{where}: kolom '{key}' tidak dikenal{hint}")


def _names(value: Any, where: str, problems: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        problems.append(f"{where}: harus berupa daftar id, mis. [huller, reklame]")
        return ()
    return tuple(v.strip() for v in value)


def _text_map(value: Any, where: str, problems: list[str]) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        problems.append(f"{where}: harus berupa daftar nama: teks")
        return {}
    result = {}
    for name, text in value.items():
        if not _NAME.match(str(name)):
            problems.append(f"{where}: nama '{name}' hanya boleh huruf kecil, angka dan _")
        elif not isinstance(text, str | int | float) or isinstance(text, bool) or not str(text).strip():
            problems.append(f"{where}: '{name}' harus berupa teks yang tidak kosong")
        else:
            result[str(name)] = str(text).strip()
    return result


def read_settings(data: Any, problems: list[str]) -> OfficeSettings:
    """An office's `dasar.yaml` (absent: no base), collecting problems."""
    if data is None:
        return OfficeSettings()
    if not isinstance(data, dict):
        problems.append("dasar.yaml: isinya harus berupa daftar kolom (kunci: nilai)")
        return OfficeSettings()
    _unknown_keys(data, OFFICE_SETTINGS, "dasar.yaml", problems)
    base = data.get("dasar")
    if base is not None and (not isinstance(base, str) or not re.match(r"^[a-z0-9-]+$", base.strip())):
        problems.append("dasar.yaml: 'dasar' harus nama folder di content_seed/bases, mis. kabupaten-bogor")
        base = None
    number = str(data.get("nomor_id") or "").strip()
    if number and PLACEHOLDER not in number and not re.match(r"^\d{5,20}$", number):
        problems.append(f"dasar.yaml: 'nomor_id' harus phone_number_id WhatsApp (angka saja), tertulis '{number}'")
    extra = data.get("kartu_tambahan")
    extra_cards: dict[str, tuple[str, ...]] = {}
    if extra is not None and not isinstance(extra, dict):
        problems.append("dasar.yaml: 'kartu_tambahan' harus berupa kategori: [id kartu, ...]")
    elif extra:
        for category, ids in extra.items():
            extra_cards[str(category)] = _names(ids, f"dasar.yaml: kartu_tambahan.{category}", problems)
    return OfficeSettings(
        base=(base or "").strip(),
        number_id="" if PLACEHOLDER in number else number,
        number_declared="nomor_id" in data,
        values=_text_map(data.get("isian"), "dasar.yaml: isian", problems),
        not_offered=_names(data.get("tidak_ditawarkan"), "dasar.yaml: tidak_ditawarkan", problems),
        extra_cards=extra_cards,
    )


def read_asked(base: Folder, problems: list[str]) -> dict[str, str]:
    """The values a base asks every office for (its `dasar.yaml` `isian`: name -> what to write)."""
    data = base.files.get(SETTINGS)
    where = f"{base.label}dasar.yaml"
    if data is None:
        return {}
    if not isinstance(data, dict):
        problems.append(f"{where}: isinya harus berupa daftar kolom (kunci: nilai)")
        return {}
    _unknown_keys(data, BASE_SETTINGS, where, problems)
    return _text_map(data.get("isian"), f"{where}: isian", problems)


def _fill(value: Any, values: dict[str, str], asked: dict[str, str], where: str, problems: list[str]) -> Any:
    """`value` with every `{isian}` in its texts replaced by the office's value."""
    if isinstance(value, str):

        def replace(match: re.Match[str]) -> str:
            name = match.group(1)
            if name not in asked:
                problem = f"{where}: '{{{name}}}' bukan isian dasar ini (yang ada: {', '.join(asked) or '-'})"
                if problem not in problems:
                    problems.append(problem)
            return values.get(name, match.group(0))

        return _ISIAN.sub(replace, value)
    if isinstance(value, dict):
        return {k: _fill(v, values, asked, where, problems) for k, v in value.items()}
    if isinstance(value, list):
        return [_fill(v, values, asked, where, problems) for v in value]
    return value


def _older(base_day: Any, own_day: Any) -> Any:
    if isinstance(base_day, str) and isinstance(own_day, str) and _DATE.match(base_day) and _DATE.match(own_day):
        return min(base_day, own_day)
    return own_day


def merge_card(base: dict[str, Any], own: dict[str, Any]) -> dict[str, Any]:
    """A base card with an office's file of the same id on top (see the module docstring)."""
    merged = dict(base)
    for key, value in own.items():
        if value is None:
            merged.pop(key, None)
        elif key == "sumber" and isinstance(value, list) and isinstance(base.get(key), list):
            merged[key] = [*base[key], *value]
        elif key == "diperiksa" and key in base:
            merged[key] = _older(base[key], value)
        else:
            merged[key] = value
    return merged


def _merge_keys(base: Any, own: Any) -> Any:
    if not isinstance(base, dict) or not isinstance(own, dict):
        return own
    merged = {**base, **own}
    return {k: v for k, v in merged.items() if not (k in own and own[k] is None)}


def _menu_ids(kategori: Any) -> list[str]:
    categories = kategori.get("kategori") if isinstance(kategori, dict) else kategori
    return [
        str(card_id)
        for category in categories or [] if isinstance(category, dict)
        for card_id in category.get("layanan") or []
    ]  # fmt: skip


def _menu(kategori: Any, not_offered: set[str], extra: dict[str, tuple[str, ...]], problems: list[str]) -> Any:
    """The menu without the cards an office does not offer (a category left empty goes too) and
    with its own cards added at the end of their categories."""
    categories = kategori.get("kategori") if isinstance(kategori, dict) else kategori
    if not isinstance(categories, list):
        return kategori
    known = [str(c.get("id")) for c in categories if isinstance(c, dict)]
    for category_id in extra:
        if category_id not in known:
            close = difflib.get_close_matches(category_id, known, n=1)
            hint = f" (maksud Anda '{close[0]}'?)" if close else f" (yang ada: {', '.join(known)})"
            problems.append(f"dasar.yaml: kartu_tambahan: kategori '{category_id}' tidak ada{hint}")
    menu = []
    for category in categories:
        if not isinstance(category, dict) or not isinstance(category.get("layanan"), list):
            menu.append(category)
            continue
        ids = [i for i in category["layanan"] if i not in not_offered] + list(extra.get(str(category.get("id")), ()))
        if ids:
            menu.append({**category, "layanan": ids})
    return {**kategori, "kategori": menu} if isinstance(kategori, dict) else menu


def _own_keys(card: dict[str, Any], where: str, problems: list[str]) -> tuple[str, ...]:
    keys = card.pop(OWN_KEYS, None)
    if keys is None:
        return ()
    if not isinstance(keys, list) or not all(isinstance(k, str) and k in SERVICE_KEYS and k != "id" for k in keys):
        problems.append(f"{where}: '{OWN_KEYS}' harus berupa daftar kolom kartu, mis. [tempat, jam_layanan]")
        return ()
    problems += [f"{where}: kolom '{k}' ada di '{OWN_KEYS}' dan juga ditulis di kartu dasar" for k in keys if k in card]
    return tuple(keys)


def inherit(office: Folder, bases_dir: Path, problems: list[str]) -> tuple[dict[str, Any], dict[str, dict[str, Any]]]:
    """The files and cards `office` publishes: its own, or its base's with its own on top."""
    settings = read_settings(office.files.get(SETTINGS), problems)
    if not settings.base:
        return dict(office.files), dict(office.cards)
    base_dir = bases_dir / settings.base
    if not base_dir.is_dir():
        known = sorted(p.name for p in bases_dir.iterdir() if p.is_dir()) if bases_dir.is_dir() else []
        problems.append(f"dasar.yaml: dasar '{settings.base}' tidak ada (yang ada: {', '.join(known) or '-'})")
        return dict(office.files), dict(office.cards)
    base = read_folder(base_dir, f"dasar {settings.base}: ", problems)
    asked = read_asked(base, problems)
    for name, meaning in asked.items():
        if name not in settings.values:
            problems.append(f"dasar.yaml: isian '{name}' belum diisi ({meaning})")
    for name, value in settings.values.items():
        if PLACEHOLDER in value:  # a joining office: never let "ISI: …" into a shared text
            problems.append(f"dasar.yaml: isian.{name} belum diisi ({value})")
        if name not in asked:
            close = difflib.get_close_matches(name, list(asked), n=1)
            hint = f" (maksud Anda '{close[0]}'?)" if close else ""
            problems.append(f"dasar.yaml: isian '{name}' tidak dipakai dasar {settings.base}{hint}")

    def fill(value: Any, where: str) -> Any:
        return _fill(value, settings.values, asked, where, problems)

    files: dict[str, Any] = {}
    for name, data in base.files.items():
        if name in OFFICE_ONLY:
            problems.append(f"{base.label}{name}.yaml: hanya boleh ada di folder kantor, tidak di dasar")
        elif name != SETTINGS:
            files[name] = fill(data, f"{base.label}{name}.yaml")
    for name, data in office.files.items():
        files[name] = _merge_keys(files[name], data) if name == "kantor" and name in files else data

    not_offered = set(settings.not_offered)
    slots = set(_menu_ids(files.get("kategori"))) - set(base.cards)  # listed by the base, written by each office
    for card_id in settings.not_offered:
        if card_id not in base.cards and card_id not in slots:
            close = difflib.get_close_matches(card_id, sorted(set(base.cards) | slots), n=1)
            hint = f" (maksud Anda '{close[0]}'?)" if close else ""
            problems.append(f"dasar.yaml: tidak_ditawarkan: '{card_id}' bukan kartu dasar {settings.base}{hint}")
        if card_id in office.cards:
            problems.append(
                f"layanan/{card_id}.yaml: kartu ini tertulis di tidak_ditawarkan (dasar.yaml); hapus salah satunya"
            )
    cards: dict[str, dict[str, Any]] = {}
    for card_id, base_card in base.cards.items():
        if card_id in not_offered:
            continue
        where = f"{base.label}layanan/{card_id}.yaml"
        card = fill(base_card, where)
        own_keys = _own_keys(card, where, problems)
        own = office.cards.get(card_id)
        missing = [key for key in own_keys if own is None or own.get(key) is None]
        if missing:
            problems.append(
                f"layanan/{card_id}.yaml: kantor ini harus menulis {', '.join(missing)} sendiri "
                f"(kartu dasar {settings.base} tidak mengisinya)"
            )
        cards[card_id] = merge_card(card, own) if own is not None else card
    for card_id, own in office.cards.items():
        if card_id not in base.cards and card_id not in not_offered:
            cards[card_id] = own
    if "kategori" in files:
        files["kategori"] = _menu(files["kategori"], not_offered, settings.extra_cards, problems)
    return files, cards


def offices_extending(base: str, offices_dir: Path) -> tuple[list[tuple[Path, OfficeSettings]], dict[str, list[str]]]:
    """Every office folder under `offices_dir` whose `dasar.yaml` names `base`, in name order, and the
    folders whose `dasar.yaml` cannot be read (which base they extend is unknown) with their problems."""
    found, unreadable = [], {}
    for office_dir in sorted(p for p in offices_dir.iterdir() if p.is_dir()) if offices_dir.is_dir() else ():
        problems: list[str] = []
        settings = settings_of(office_dir, problems)
        if settings.base == base:
            found.append((office_dir, settings))
        elif not settings.base and problems:
            unreadable[office_dir.name] = problems
    return found, unreadable


def settings_of(office_dir: Path, problems: list[str]) -> OfficeSettings:
    """The `dasar.yaml` of `office_dir` (empty settings when it has none)."""
    path = office_dir / f"{SETTINGS}.yaml"
    return read_settings(read_yaml(path, path.name, problems) if path.exists() else None, problems)
