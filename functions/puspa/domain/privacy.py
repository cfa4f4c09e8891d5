"""Masking of personal data for logs and notifications (UU 27/2022)."""

from __future__ import annotations


def mask_id(value: str) -> str:
    """Show only the last four characters: "6281234567890" -> "…7890"."""
    return f"…{value[-4:]}" if len(value) > 4 else "…"


def mask_nik(nik: str) -> str:
    """Region and serial only: 3201064512900001 -> 320106******0001."""
    return f"{nik[:6]}******{nik[-4:]}" if len(nik) == 16 else "****************"


def mask_phone(phone: str) -> str:
    """6281234567890 -> 62812*****890."""
    return f"{phone[:5]}{'*' * max(len(phone) - 8, 0)}{phone[-3:]}" if len(phone) > 8 else "***"
