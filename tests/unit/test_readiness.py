"""Documents ready for collection, the pure rules: how a date of birth and a spreadsheet row are read."""

from __future__ import annotations

import pytest

from puspa.domain.readiness import normalise_secret, parse_rows


@pytest.mark.parametrize("typed", ["17-08-1990", "17/8/1990", "17 8 1990", "17.08.1990"])
def test_normalise_secret_four_digit_year_is_read_as_that_day(typed: str) -> None:
    assert normalise_secret(typed) == "1990-08-17"


@pytest.mark.parametrize("typed", ["17-08-90", "17/8/90", "17 8 90", "1-1-0", "17-08-199", "17-08-19900"])
def test_normalise_secret_year_not_four_digits_is_refused(typed: str) -> None:
    assert normalise_secret(typed) is None  # never year 0090: the lookup would only ever fail


def _row(**values: str) -> dict[str, str]:
    row = {"nomor": "KTP-0003", "jenis": "ktp", "desa": "Cibodas", "tanggal_lahir": "17-08-1990",
           "tanggal_siap": "", "tanggal_diambil": ""}  # fmt: skip
    return {**row, **values}


def test_parse_rows_two_digit_year_of_birth_is_a_problem_naming_the_line() -> None:
    records, problems = parse_rows([_row(nomor="KTP-0001"), _row(tanggal_lahir="17-08-90")])
    assert [r.record.number for r in records] == ["KTP-0001"]
    assert problems == ["baris 3: tanggal_lahir harus seperti 17-08-1990"]


def test_parse_rows_two_digit_year_of_a_ready_date_is_a_problem() -> None:
    records, problems = parse_rows([_row(tanggal_siap="25-11-26")])
    assert records == []
    assert problems == ["baris 2: tanggal_siap harus seperti 25-11-2026 (atau kosong)"]
