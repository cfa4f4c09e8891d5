"""Masking of personal data for logs and notifications (UU 27/2022)."""

from __future__ import annotations


def mask_id(value: str) -> str:
    """Show only the last four characters: "6281234567890" -> "…7890"."""
    return f"…{value[-4:]}" if len(value) > 4 else "…"
