"""Validate, diff and publish a bundle. Validation covers the schema and every WhatsApp limit."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Any

from puspa.conversation.machine import check_content, dialogue_screens
from puspa.domain.content import Content, parse_content
from puspa.domain.sender import Sender
from puspa.errors import ContentError, MessageLimitError
from puspa.whatsapp.messages import build_message

CHECK_RECIPIENT = Sender(wa_id="620000000000", user_id="")


def version_of(bundle: dict[str, Any]) -> str:
    """A content version: the hash of the canonical JSON, so equal content has an equal version."""
    canonical = json.dumps(bundle, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()[:16]


def validate(bundle: dict[str, Any]) -> Content:
    """Content parsed from `bundle`, or ContentError listing every schema and WhatsApp-limit problem."""
    content = parse_content(bundle, version_of(bundle))
    problems = check_content(content)
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
