"""Masking of personal data for logs and notifications (UU 27/2022)."""

from __future__ import annotations

import hashlib
import hmac
import re


def mask_id(value: str) -> str:
    """Show only the last four characters: "6281234567890" -> "…7890"."""
    return f"…{value[-4:]}" if len(value) > 4 else "…"


def mask_nik(nik: str) -> str:
    """Region and serial only: 3201064512900001 -> 320106******0001."""
    return f"{nik[:6]}******{nik[-4:]}" if len(nik) == 16 else "****************"


def mask_phone(phone: str) -> str:
    """6281234567890 -> 62812*****890."""
    return f"{phone[:5]}{'*' * max(len(phone) - 8, 0)}{phone[-3:]}" if len(phone) > 8 else "***"


_DIGIT_RUN = re.compile(r"\+?\d[\d\s.\-]{4,}\d")


PERSONAL_NUMBER = re.compile(r"\d(?:[ \-]?\d){9,}")  # 10+ digits (a NIK, a phone number); not a date or Rp 150.000


def mask_digit_runs(text: str, min_digits: int = 6) -> str:
    """Text with every run of `min_digits`+ digits (spaces, dots and dashes allowed inside) replaced by
    "…": a phone number or NIK in a profile name or a suggestion is never shown on."""
    return _DIGIT_RUN.sub(lambda m: "…" if sum(c.isdigit() for c in m.group()) >= min_digits else m.group(), text)


_EMAIL = re.compile(r"[^\s<>@,;:'\"()\[\]]+@([^\s<>@,;:'\"()\[\]]+)")


def mask_for_log(text: str) -> str:
    """An error's text as it may be logged: e-mail addresses keep only their domain ("…@example.org")
    and runs of digits (numbers, NIK) are masked (an SMTP refusal quotes the address it refused)."""
    return mask_digit_runs(_EMAIL.sub(lambda m: f"…@{m.group(1)}", text))


def message_tag(key: bytes, wamid: str) -> str:
    """A keyed hash of a WhatsApp message id: ids encode the sender's number, so logs and stored
    replay keys carry this instead."""
    return "m:" + hmac.new(key, wamid.encode(), hashlib.sha256).hexdigest()[:16]


def tag_key(secret: str) -> bytes:
    return hashlib.sha256(b"puspa-message-tag:" + secret.encode()).digest()
