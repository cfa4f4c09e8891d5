"""The office calendar: the reception permit's lead time, years whose holidays are not loaded, and
dated hours (Ramadan) — on the office's real content, edited where a test needs another calendar."""

from __future__ import annotations

import copy
from datetime import date, datetime, timedelta, timezone
from typing import Any

import pytest

from content_seed.publish import validate
from puspa.conversation.screens import longest_office_status_moment, office_status
from puspa.domain.content import Content, parse_content
from puspa.errors import ContentError

WIB = timezone(timedelta(hours=7))
# A test range, not the real Ramadan 1448 H: its dates and hours are not in the sources yet.
RAMADAN = {
    "dari": "2027-02-08", "sampai": "2027-03-09", "keterangan": "Ramadan",
    "jam": {"senin": "08.00-15.00", "selasa": "08.00-15.00", "rabu": "08.00-15.00", "kamis": "08.00-15.00",
            "jumat": "08.00-15.30"},
}  # fmt: skip
# Test data standing for a loaded year (not the real 2027 SKB, which is not in the sources yet).
LOADED_2027 = [{"tanggal": f"2027-{m:02d}-{d:02d}", "nama": "Libur uji"} for m, d in
               [(1, 1), (2, 6), (3, 10), (3, 26), (4, 2), (5, 1), (5, 6), (6, 1), (8, 17), (12, 25)]]  # fmt: skip


def edited(bundle: dict[str, Any], **kantor: Any) -> Content:
    changed = copy.deepcopy(bundle)
    changed["kantor"].update(kantor)
    return validate(changed)


def refused(bundle: dict[str, Any], **kantor: Any) -> list[str]:
    with pytest.raises(ContentError) as info:
        edited(bundle, **kantor)
    return info.value.problems


# --- 1. the reception permit: the police's 14 working days plus the kecamatan's own -------------------


def test_earliest_event_leaves_the_kecamatan_its_days_before_the_polices_14(content: Content) -> None:
    office, calendar = content.office, content.office.calendar
    assert office.registration_police_working_days == 14 and office.registration_processing_working_days > 0
    wednesday = date(2026, 11, 25)
    assert calendar.working_days_between(wednesday, date(2026, 12, 16)) == 14  # the police's limit exactly
    earliest = calendar.earliest_event_date(wednesday, office.registration_min_working_days)
    assert earliest > date(2026, 12, 16)
    assert calendar.working_days_between(wednesday, earliest) == 14 + office.registration_processing_working_days


def test_the_polices_lead_below_14_or_a_missing_processing_time_is_refused(bundle: dict[str, Any]) -> None:
    assert any(
        "'resepsi_hari_kerja_minimal' harus angka 14–60" in p for p in refused(bundle, resepsi_hari_kerja_minimal=13)
    )
    without = copy.deepcopy(bundle)
    del without["kantor"]["resepsi_hari_proses_kecamatan"]
    with pytest.raises(ContentError) as info:
        validate(without)
    assert any("'resepsi_hari_proses_kecamatan' harus angka 0–30" in p for p in info.value.problems)
    # content published before the key existed still loads in the running bot, as it was
    assert parse_content(without, "old", strict=False).office.registration_min_working_days == 14


# --- 2. a year whose holidays are not loaded ---------------------------------------------------------


def test_2027_is_not_loaded_and_its_fixed_date_holidays_are_still_closed(content: Content) -> None:
    calendar = content.office.calendar
    assert calendar.knows_holidays_of(2026) and not calendar.knows_holidays_of(2027)
    assert calendar.holiday(date(2027, 1, 1)) == "Tahun Baru" and not calendar.is_working_day(date(2027, 1, 1))
    assert calendar.holiday(date(2027, 8, 17)) == "Hari Kemerdekaan"
    assert calendar.is_working_day(date(2027, 1, 4))  # an ordinary Monday: not known to be a holiday
    assert calendar.years_without_holidays(date(2026, 12, 10), date(2027, 1, 9)) == (2027,)


def test_a_count_into_a_year_not_loaded_adds_a_margin(content: Content) -> None:
    office, calendar = content.office, content.office.calendar
    today = date(2026, 12, 10)  # the audit's example: 13 working days left in 2026
    earliest = calendar.earliest_event_date(today, office.registration_min_working_days)
    # 1 Jan closed; 4–8 Jan counted in 2027, where one in five may be a holiday: one more day
    assert earliest == date(2027, 1, 9)
    assert calendar.working_days_between(today, earliest) == office.registration_min_working_days + 1
    # within a loaded year nothing is added
    assert calendar.earliest_event_date(date(2026, 11, 25), 17) == date(2026, 12, 19)


def test_a_loaded_year_is_counted_from_its_list(bundle: dict[str, Any]) -> None:
    content = edited(bundle, hari_libur=[*bundle["kantor"]["hari_libur"], *LOADED_2027])
    calendar = content.office.calendar
    assert calendar.knows_holidays_of(2027) and not calendar.holiday(date(2027, 1, 4))
    assert calendar.earliest_event_date(date(2026, 12, 10), 17) == date(2027, 1, 8)  # 1 Jan closed, no margin


def test_a_year_loaded_by_halves_is_refused(bundle: dict[str, Any]) -> None:
    one_date = [*bundle["kantor"]["hari_libur"], {"tanggal": "2027-01-01", "nama": "Tahun Baru"}]
    assert any(
        p.startswith("kantor.yaml: hari_libur 2027 baru 1 tanggal") for p in refused(bundle, hari_libur=one_date)
    )


def test_the_office_line_says_when_the_years_holidays_are_not_loaded(content: Content) -> None:
    new_year = office_status(content, datetime(2027, 1, 1, 10, 0, tzinfo=WIB))
    assert new_year.startswith("🔴 Saat ini *tutup* (hari ini libur: Tahun Baru); buka lagi Senin, 4 Januari 2027")
    assert "Daftar hari libur 2027 belum kami muat" in new_year
    assert "belum kami muat" not in office_status(content, datetime(2026, 12, 1, 10, 0, tzinfo=WIB))


# --- 3. dated hours ------------------------------------------------------------------------------------


def test_dated_hours_drive_the_office_line(bundle: dict[str, Any]) -> None:
    content = edited(bundle, jam_khusus=[RAMADAN])
    monday = datetime(2027, 2, 8, 14, 0, tzinfo=WIB)
    assert office_status(content, monday).startswith("🟢 Saat ini *buka* sampai pukul 15.00 WIB (jam khusus: Ramadan).")
    after = office_status(content, monday.replace(hour=15, minute=30))  # open until 16.00 on a usual Monday
    assert after.startswith(
        "🔴 Saat ini *tutup*; buka lagi Selasa, 9 Februari 2027 pukul 08.00 WIB (jam khusus: Ramadan)."
    )
    friday = office_status(content, datetime(2027, 2, 12, 15, 15, tzinfo=WIB))
    assert friday.startswith("🟢 Saat ini *buka* sampai pukul 15.30 WIB (jam khusus: Ramadan).")
    before = office_status(content, datetime(2027, 2, 5, 16, 0, tzinfo=WIB))  # the Friday before: usual hours
    assert before.startswith("🟢 Saat ini *buka* sampai pukul 16.30 WIB.")


def test_dated_hours_count_in_working_days_and_working_hours(bundle: dict[str, Any]) -> None:
    closed_fridays = {**RAMADAN, "jam": {k: v for k, v in RAMADAN["jam"].items() if k != "jumat"}}
    calendar = edited(bundle, jam_khusus=[closed_fridays]).office.calendar
    assert not calendar.is_working_day(date(2027, 2, 12)) and calendar.is_working_day(date(2027, 2, 5))
    assert calendar.working_day_hours(date(2027, 2, 8)) == 7.0
    assert calendar.next_opening(datetime(2027, 2, 8, 7, 45, tzinfo=WIB)).time().hour == 8


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({**RAMADAN, "sampai": "2027-02-01"}, "'sampai' (2027-02-01) lebih awal dari 'dari' (2027-02-08)"),
        ({**RAMADAN, "jam": {"senin": "15.00-08.00"}}, "jam_khusus ke-1 jam senin: tulis seperti 07.30-16.00"),
        ({**RAMADAN, "jam": {}}, "jam_khusus ke-1: 'jam' wajib diisi per hari"),
        ({k: v for k, v in RAMADAN.items() if k != "keterangan"}, "jam_khusus ke-1: kolom 'keterangan' wajib diisi"),
        ({**RAMADAN, "jm": {}}, "kolom 'jm' tidak dikenal (maksud Anda 'jam'?)"),
    ],
)
def test_a_wrong_dated_range_is_refused(bundle: dict[str, Any], entry: dict[str, Any], problem: str) -> None:
    assert any(problem in p for p in refused(bundle, jam_khusus=[entry])), problem


def test_overlapping_dated_ranges_are_refused(bundle: dict[str, Any]) -> None:
    later = {**RAMADAN, "dari": "2027-03-01", "sampai": "2027-03-20", "keterangan": "Lain"}
    assert any("bertumpuk dengan jam khusus 2027-02-08–2027-03-09 (Ramadan)" in p
               for p in refused(bundle, jam_khusus=[RAMADAN, later]))  # fmt: skip


def test_the_publisher_checks_the_longest_office_line(bundle: dict[str, Any]) -> None:
    content = edited(bundle, jam_khusus=[RAMADAN])
    longest = len(office_status(content, longest_office_status_moment(content)))
    for moment in (datetime(2027, 1, 1, 23, 0, tzinfo=WIB), datetime(2027, 2, 7, 23, 0, tzinfo=WIB),
                   datetime(2026, 12, 25, 23, 0, tzinfo=WIB), datetime(2026, 11, 25, 10, 0, tzinfo=WIB)):  # fmt: skip
        assert len(office_status(content, moment)) <= longest


def test_a_booking_reminder_is_offered_only_while_its_morning_run_is_still_to_come(content: Content) -> None:
    from puspa.domain.booking import reminder_runs_before

    calendar = content.office.calendar
    wib = calendar.tz
    thursday, friday, monday = date(2026, 11, 26), date(2026, 11, 27), date(2026, 11, 30)
    assert reminder_runs_before(calendar, datetime(2026, 11, 25, 7, 59, tzinfo=wib), thursday)  # Wed before 08.00
    assert not reminder_runs_before(calendar, datetime(2026, 11, 25, 8, 0, tzinfo=wib), thursday)  # the run began
    assert not reminder_runs_before(calendar, datetime(2026, 11, 26, 7, 0, tzinfo=wib), thursday)  # same day
    assert reminder_runs_before(calendar, datetime(2026, 11, 27, 7, 0, tzinfo=wib), monday)  # Friday reminds Monday
    assert not reminder_runs_before(calendar, datetime(2026, 11, 28, 10, 0, tzinfo=wib), monday)  # Saturday: too late
    assert reminder_runs_before(calendar, datetime(2026, 11, 25, 16, 0, tzinfo=wib), friday)  # Thursday's run
