"""Request codes residents and staff type: RSP-2026-0042 (a registration), TNY-2026-0007 (a question).

A code is a three-letter prefix naming the kind of request, the year and a number. Each dialogue
that numbers requests declares its own prefix; this module reads and writes codes of any prefix.
Codes are numbered per office and year; the year is the office's local year, so a request at 00:30
on 1 January counts for the new year wherever the office is.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo
from enum import StrEnum


class RequestKind(StrEnum):
    """The code prefixes of the built-in kinds of request. Stored in documents and counters: never rename."""

    REGISTRATION = "RSP"
    QUESTION = "TNY"


def code_regex(*prefixes: str) -> str:
    """Regex text for a code with one of `prefixes` (any three letters when none), to embed in command
    patterns; accepts the dashes left out ("rsp2026 42" is not a code, "rsp-2026-42" is)."""
    alternatives = "|".join(prefixes) if prefixes else "[A-Za-z]{3}"
    return rf"(?:{alternatives})-?\d{{4}}-?\d{{1,6}}"


_CODE = re.compile(r"\b([A-Z]{3})-?(\d{4})-?(\d{1,6})\b", re.IGNORECASE)


def format_code(prefix: str, year: int, number: int) -> str:
    """RSP-2026-0042."""
    return f"{prefix}-{year}-{number:04d}"


def find_code(text: str, prefix: str | None = None) -> str | None:
    """The first code (with `prefix`, when given) in free text, normalised: "rsp-2026-42" -> "RSP-2026-0042"."""
    for match in _CODE.finditer(text):
        found = match.group(1).upper()
        if prefix is None or found == prefix:
            return format_code(found, int(match.group(2)), int(match.group(3)))
    return None


def kind_of(code: str) -> str | None:
    """The prefix of a normalised code, or None when it is not one."""
    match = _CODE.fullmatch(code)
    return match.group(1).upper() if match else None


def code_year(now: datetime, zone: tzinfo) -> int:
    """The year a request made at `now` is numbered in: the office's local year."""
    return now.astimezone(zone).year
