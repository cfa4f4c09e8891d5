"""Request codes residents and staff type: RSP-2026-0042 (a registration), TNY-2026-0007 (a question).

Codes are numbered per office and year; the year is the office's local year, so a request at 00:30
on 1 January counts for the new year wherever the office is.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from enum import StrEnum


class RequestKind(StrEnum):
    """The code prefix of each kind of request. Stored in documents and counters: never rename."""

    REGISTRATION = "RSP"
    QUESTION = "TNY"


def code_regex(*kinds: RequestKind) -> str:
    """Regex text for a code of `kinds` (all when none), to embed in command patterns; accepts the
    dashes left out ("rsp2026 42" is not a code, "rsp-2026-42" is)."""
    prefixes = "|".join(k.value for k in (kinds or tuple(RequestKind)))
    return rf"(?:{prefixes})-?\d{{4}}-?\d{{1,6}}"


_CODE = re.compile(r"\b(RSP|TNY)-?(\d{4})-?(\d{1,6})\b", re.IGNORECASE)


def format_code(kind: RequestKind, year: int, number: int) -> str:
    """RSP-2026-0042."""
    return f"{kind.value}-{year}-{number:04d}"


def find_code(text: str, kind: RequestKind | None = None) -> str | None:
    """The first code (of `kind`, when given) in free text, normalised: "rsp-2026-42" -> "RSP-2026-0042"."""
    for match in _CODE.finditer(text):
        found = RequestKind(match.group(1).upper())
        if kind is None or found is kind:
            return format_code(found, int(match.group(2)), int(match.group(3)))
    return None


def kind_of(code: str) -> RequestKind | None:
    """The kind of a normalised code, or None when it is not one."""
    match = _CODE.fullmatch(code)
    return RequestKind(match.group(1).upper()) if match else None


def code_year(now: datetime, zone: tzinfo) -> int:
    """The year a request made at `now` is numbered in: the office's local year."""
    return now.astimezone(zone).year
