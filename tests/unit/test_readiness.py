"""Documents ready for collection, the pure rules: how a date of birth and a spreadsheet row are read."""

from __future__ import annotations

from datetime import date

import pytest

from puspa.conversation.registration.parsers import parse_event_date
from puspa.domain.readiness import normalise_secret, parse_rows


@pytest.mark.parametrize("typed", ["17-08-1990", "17/8/1990", "17 8 1990", "17.08.1990"])
def test_normalise_secret_four_digit_year_is_read_as_that_day(typed: str) -> None:
    assert normalise_secret(typed) == "1990-08-17"


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("5 mei 1988", "1988-05-05"), ("7 Agustus 1991", "1991-08-07"), ("17 agt 1990", "1990-08-17"),
     ("17 Desember 1990", "1990-12-17"), ("17 desmber 1990", "1990-12-17"), ("tgl lahir 5-5-1988", "1988-05-05"),
     ("17-Agu-1990", "1990-08-17")],
)  # fmt: skip
def test_normalise_secret_month_name_is_read_as_the_registration_form_reads_it(typed: str, expected: str) -> None:
    assert normalise_secret(typed) == expected


@pytest.mark.parametrize(
    "typed",
    ["17-08-90", "17/8/90", "17 8 90", "1-1-0", "17-08-199", "17-08-19900", "17 agt 90", "7 Agustus",
     "31 Februari 1990", "tujuh belas agustus"],
)  # fmt: skip
def test_normalise_secret_year_not_four_digits_or_no_such_day_is_refused(typed: str) -> None:
    assert normalise_secret(typed) is None  # never year 0090: the lookup would only ever fail


@pytest.mark.parametrize(
    "typed", ["5 mei 1988", "7 Agustus 1991", "12 desmber 2026", "Sabtu, 12 Desember 2026", "12/12/2026", "1.2.2003"]
)
def test_the_lookup_reads_a_date_as_the_registration_form_does(typed: str) -> None:
    assert normalise_secret(typed) == parse_event_date(typed, date(1980, 1, 1)).isoformat()


def test_parse_rows_ready_date_with_a_month_name_is_read() -> None:
    records, problems = parse_rows([_row(tanggal_lahir="17 Agustus 1990", tanggal_siap="25 Nov 2026")])
    assert problems == [] and records[0].record.ready_on == date(2026, 11, 25) and records[0].secret == "1990-08-17"


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
