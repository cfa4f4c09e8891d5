"""Validate, diff and publish a bundle. Validation covers the schema and every WhatsApp limit."""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

from content_seed.files import PLACEHOLDER, texts_in
from puspa.conversation.machine import check_content, dialogue_screens
from puspa.domain.content import Content, parse_content
from puspa.domain.sender import Sender
from puspa.errors import ContentError, MessageLimitError
from puspa.whatsapp.messages import build_message

CHECK_RECIPIENT = Sender(wa_id="620000000000", user_id="")
CARD_MENTION = re.compile(r"kartu \*([^*]+)\*")  # "lihat kartu *Akta Kematian*": another card, by its title


def version_of(bundle: dict[str, Any]) -> str:
    """A content version: the hash of the canonical JSON, so equal content has an equal version."""
    canonical = json.dumps(bundle, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def unfilled(bundle: dict[str, Any]) -> list[str]:
    """Every placeholder (`ISI: …`, written by `new-office`) still in the bundle, by file and key."""
    return [
        f"{unit}: {where or 'isi file'} belum diisi ({text.strip()})"
        for unit, data in _units(bundle).items()
        for where, text in texts_in(data) if PLACEHOLDER in text
    ]  # fmt: skip


def _mentions(content: Content) -> list[str]:
    """Cards whose text points residents to a card ("lihat kartu *Akta Kematian*") this office lacks."""
    titles = {service.title for service in content.services}
    problems = []
    for service in content.services:
        texts = [service.summary, *service.steps, service.information, service.place, service.hours,
                 service.duration, service.fee, service.notes,
                 *(item for group in service.requirements for item in group.items)]  # fmt: skip
        for title in dict.fromkeys(t for text in texts for t in CARD_MENTION.findall(text)):
            if title not in titles:
                problems.append(f"layanan/{service.id}.yaml: menyebut kartu *{title}*, tetapi kartu itu tidak ada")
    return problems


def validate(bundle: dict[str, Any]) -> Content:
    """Content parsed from `bundle`, or ContentError listing every schema and WhatsApp-limit problem.
    A bundle with placeholders left is refused before anything else: it is not an office's content yet."""
    placeholders = unfilled(bundle)
    if placeholders:
        raise ContentError(placeholders)
    content = parse_content(bundle, version_of(bundle))
    problems = check_content(content) + _mentions(content)
    for name, reply in dialogue_screens(content):
        try:
            build_message(CHECK_RECIPIENT, reply)
        except MessageLimitError as exc:
            problems.append(f"{name}: melebihi batas WhatsApp ({exc})")
    if problems:
        raise ContentError(problems)
    return content


@dataclass(frozen=True)
class Changes:
    added: tuple[str, ...]
    changed: tuple[str, ...]
    removed: tuple[str, ...]

    @property
    def empty(self) -> bool:
        return not (self.added or self.changed or self.removed)


def _units(bundle: dict[str, Any] | None) -> dict[str, Any]:
    if not bundle:
        return {}
    units = {f"{name}.yaml": bundle.get(name) for name in ("kantor", "kategori", "kata")}
    if "petugas" in bundle:  # the office's staff: a change to them alone is a change to publish
        units["petugas.yaml"] = bundle["petugas"]
    sections = bundle.get("bagian")  # the dialogues' own files (survei.yaml, dokumen.yaml)
    for name, section in sorted(sections.items() if isinstance(sections, dict) else ()):
        units[f"{name}.yaml"] = section
    for service in bundle.get("layanan") or []:
        if isinstance(service, dict):
            units[f"layanan/{service.get('id')}.yaml"] = service
    return units


def diff(old: dict[str, Any] | None, new: dict[str, Any]) -> Changes:
    """What publishing `new` over `old` changes, file by file: the office's files first, then the
    dialogues' own files, then the cards."""
    before, after = _units(old), _units(new)
    return Changes(
        added=tuple(k for k in after if k not in before),
        changed=tuple(k for k in after if k in before and before[k] != after[k]),
        removed=tuple(k for k in before if k not in after),
    )
