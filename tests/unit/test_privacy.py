"""Masking of personal data: the boundaries the masks promise."""

from __future__ import annotations

import pytest

from puspa.domain.privacy import mask_digit_runs


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("kode 123456 ya", "kode … ya"),  # exactly six digits: masked
        ("kode 12-34-56 ya", "kode … ya"),  # separators inside a run still count six digits
        ("kode 12345 ya", "kode 12345 ya"),  # five digits: kept (a house number, a fee)
        ("kode 12.345 ya", "kode 12.345 ya"),
    ],
)
def test_mask_digit_runs_six_digits_are_masked_and_five_are_kept(text: str, masked: str) -> None:
    assert mask_digit_runs(text) == masked


def test_mask_digit_runs_min_digits_is_the_boundary_it_names() -> None:
    assert mask_digit_runs("1234567", min_digits=8) == "1234567"
    assert mask_digit_runs("12345678", min_digits=8) == "…"
