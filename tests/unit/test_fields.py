"""Field parsers: what residents type into the registration form."""

from __future__ import annotations

from datetime import date, time

import pytest

from puspa.conversation.registration.parsers import (
    FieldError,
    parse_event_date,
    parse_guests,
    parse_name,
    parse_nik,
    parse_phone,
    parse_rt_rw,
    parse_time_range,
)

WEDNESDAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("12-12-2026", date(2026, 12, 12)), ("12/12/26", date(2026, 12, 12)), ("12.12.2026", date(2026, 12, 12)),
     ("12 12 2026", date(2026, 12, 12)), ("12 Desember 2026", date(2026, 12, 12)), ("12 des", date(2026, 12, 12)),
     ("Sabtu, 12 Desember 2026", date(2026, 12, 12)), ("tgl 5 januari 2027", date(2027, 1, 5)),
     ("12 desmber 2026", date(2026, 12, 12)), ("1 jan", date(2027, 1, 1)), ("besok", date(2026, 11, 26)),
     ("lusa", date(2026, 11, 27)), ("sabtu", date(2026, 11, 28)), ("sabtu depan", date(2026, 12, 5)),
     ("hari minggu", date(2026, 11, 29))],
)  # fmt: skip
def test_dates_as_residents_write_them(text: str, expected: date) -> None:
    assert parse_event_date(text, WEDNESDAY) == expected


@pytest.mark.parametrize("text", ["kapan-kapan", "31-02-2027", "minggu depan", "", "32 Desember 2026"])
def test_unreadable_or_impossible_dates_are_refused(text: str) -> None:
    with pytest.raises(FieldError):
        parse_event_date(text, WEDNESDAY)


def test_nik_structure() -> None:
    assert parse_nik("3201 0645 1290 0001").value == "3201064512900001"
    assert parse_nik("3201064512900001").in_region  # a woman's NIK: day 45 = 5 + 40
    assert not parse_nik("3275014512900001").in_region
    for bad in ("123", "3201069912900001", "0001061212900001", "3201061212900000", "32010612129000011"):
        with pytest.raises(FieldError):
            parse_nik(bad)


def test_times_rt_rw_guests_phone_and_name() -> None:
    assert parse_time_range("08.00 s/d 14.00").start == time(8, 0)
    assert str(parse_time_range("jam 8 sampai 14.30 WIB")) == "08.00–14.30 WIB"
    with pytest.raises(FieldError):
        parse_time_range("14.00-08.00")
    assert parse_rt_rw("RT 3 RW 5") == "003/005"
    assert parse_guests("± 1.000 orang") == 1000
    assert parse_phone("+62 812-3456-7890") == "6281234567890"
    assert parse_name("siti  rahmawati") == "SITI RAHMAWATI"
    with pytest.raises(FieldError):
        parse_name("x")


def test_nik_province_codes_at_both_ends_of_the_range_are_valid() -> None:
    assert parse_nik("1101061212900001").value.startswith("11")  # Aceh
    assert parse_nik("9401061212900001").value.startswith("94")  # Papua
    for outside in ("1001061212900001", "9501061212900001"):
        with pytest.raises(FieldError):
            parse_nik(outside)


def test_phone_numbers_of_15_digits_pass_and_16_are_refused() -> None:
    assert parse_phone("08123456789012") == "628123456789012"  # 15 digits: E.164's maximum
    with pytest.raises(FieldError):
        parse_phone("081234567890123")  # 16 digits once written with 62


@pytest.mark.parametrize(
    ("text", "guests"),
    [("kira2 300an", 300), ("kira-kira 150 orang", 150), ("200-300", 300), ("200 sampai 300 orang", 300),
     ("tiga ratus", 300), ("seribu lima ratus", 1500), ("dua puluh lima", 25), ("lima belas", 15)],
)  # fmt: skip
def test_guest_counts_as_residents_write_them(text: str, guests: int) -> None:
    assert parse_guests(text) == guests


@pytest.mark.parametrize("text", ["banyak", "300 atau 400", "9" * 5000])
def test_unclear_guest_counts_are_asked_again(text: str) -> None:
    with pytest.raises(FieldError):
        parse_guests(text)


def test_a_two_letter_name_is_too_short_not_made_of_wrong_letters() -> None:
    with pytest.raises(FieldError, match="terlalu pendek"):
        parse_name("si")
