"""The monthly figures (pure): working hours, medians, the month's days, per-service IKM."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from puspa.app.report_words import week_label
from puspa.domain.content import Content
from puspa.domain.registration import Change, Draft, Registration, Status
from puspa.domain.report import month_days, previous_period, survey_figures, work_figures
from puspa.domain.ticket import Entry, Ticket, TicketStatus

MONDAY_9_WIB = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)


def test_working_hours_skip_nights_and_weekends(content: Content) -> None:
    calendar = content.office.calendar
    assert calendar.working_hours_between(MONDAY_9_WIB, MONDAY_9_WIB + timedelta(hours=2)) == 2.0
    friday_3pm = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)  # 15.00 WIB; Friday closes 16.30
    monday_9am = datetime(2026, 11, 30, 2, 0, tzinfo=UTC)
    assert calendar.working_hours_between(friday_3pm, monday_9am) == 1.5 + 1.5  # Fri 15-16.30, Mon 07.30-09


def _registration(code: str, decided_after: timedelta | None) -> Registration:
    draft = Draft("SITI", "3201064512900001", "Cibodas", "003/005", "pernikahan", date(2026, 12, 19), "08.00–14.00 WIB",
                  "Kp. Cibodas", 300, "tidak_ada", "62812")  # fmt: skip
    history = (Change(Status.DITERIMA, MONDAY_9_WIB, "warga"),)
    if decided_after is not None:
        history += (Change(Status.DISETUJUI, MONDAY_9_WIB + decided_after, "petugas …0001"),)
    status = Status.DISETUJUI if decided_after else Status.DITERIMA
    return Registration(code, "o", "k", "62812", "", draft, status, MONDAY_9_WIB, history)


def test_work_figures_from_a_months_records(content: Content) -> None:
    registrations = [
        _registration("RSP-2026-0001", timedelta(hours=1)),
        _registration("RSP-2026-0002", timedelta(hours=3)),
        _registration("RSP-2026-0003", None),
    ]
    quick = Ticket(
        "TNY-2026-0001",
        "o",
        "k",
        "",
        "",
        "Siti",
        "kk",
        TicketStatus.DIJAWAB,
        MONDAY_9_WIB,
        (Entry("warga", "q", MONDAY_9_WIB), Entry("petugas …1", "a", MONDAY_9_WIB + timedelta(hours=2))),
    )
    slow = Ticket("TNY-2026-0002", "o", "k", "", "", "Budi", "", TicketStatus.TERBUKA, MONDAY_9_WIB,
                  (Entry("warga", "q", MONDAY_9_WIB),))  # fmt: skip
    activity = [{"day": "2026-11-23", "residents": 4, "messages": 30, "cards": {"kk": 5, "ktp_el": 2}},
                {"day": "2026-11-30", "residents": 1, "messages": 3, "cards": {"kk": 1}}]  # fmt: skip
    unanswered = [{"total": 7, "cards": {"-": 5, "kk": 2}, "texts": {"harga beras": 3}},
                  {"total": 4, "cards": {"-": 4}, "texts": {"harga beras": 3, "loker": 4}}]  # fmt: skip
    now = datetime(2026, 12, 1, 2, 0, tzinfo=UTC)
    work = work_figures(content.office.calendar, registrations, [quick, slow], activity, unanswered, now, "2026-11")
    assert (work.resident_days, work.messages) == (5, 33)
    assert work.top_cards[0] == ("kk", 6)
    assert work.unanswered == (("harga beras", 6), ("loker", 4)) and work.unanswered_total == 11
    assert work.unanswered_near == (("-", 9), ("kk", 2))
    assert work.registrations == {"disetujui": 2, "diterima": 1}
    assert work.decision_hours_median == 2.0
    assert work.questions == 2 and work.answer_hours_median == 2.0
    assert work.waited_over_a_day == 1  # the open one, after a week
    assert [(w.number, w.first.day, w.messages, w.requests) for w in work.weekly][-2:] == [
        (5, 23, 30, 5),
        (6, 30, 3, 0),
    ]


def test_weeks_are_pekan_cut_to_the_month_and_a_quiet_week_still_shows(content: Content) -> None:
    activity = [{"day": d, "residents": 1, "messages": m} for d, m in
                (("2027-01-01", 4), ("2027-01-05", 6), ("2027-01-14", 2), ("2027-01-26", 1))]  # fmt: skip
    now = datetime(2027, 2, 1, 2, 0, tzinfo=UTC)
    work = work_figures(content.office.calendar, [], [], activity, [], now, "2027-01")
    # 1 Jan 2027 is a Friday: the first week holds the month's first three days; 18–24 Jan had nothing.
    assert [(week_label(w), w.messages) for w in work.weekly] == [
        ("Pekan 1 (1–3 Jan)", 4), ("Pekan 2 (4–10 Jan)", 6), ("Pekan 3 (11–17 Jan)", 2), ("Pekan 4 (18–24 Jan)", 0),
        ("Pekan 5 (25–31 Jan)", 1),
    ]  # fmt: skip


def test_the_weeks_of_a_month_in_progress_end_today(content: Content) -> None:
    wednesday = datetime(2026, 12, 9, 3, 0, tzinfo=UTC)  # 9 December, 10.00 WIB
    work = work_figures(content.office.calendar, [], [], [], [], wednesday, "2026-12")
    assert [week_label(w) for w in work.weekly] == ["Pekan 1 (1–6 Des)", "Pekan 2 (7–9 Des)"]


def test_survey_figures_per_service_lowest_and_suggestions() -> None:
    answers = [
        {"service_id": "kk", "scores": {"u1": 4, "u2": 2}, "suggestion": "Tambah loket"},
        {"service_id": "kk", "scores": {"u1": 3, "u2": 2}, "suggestion": ""},
        {"service_id": "umum", "scores": {"u1": 4, "u2": 4}, "suggestion": ""},
    ]
    figures = survey_figures(answers, ["u1", "u2"], (), 25.0, None)
    assert figures.overall.respondents == 3 and round(figures.overall.nrr["u2"], 3) == 2.667
    assert figures.by_service["kk"].respondents == 2 and figures.lowest[0][0] == "u2"
    assert figures.suggestions == ("Tambah loket",)


def test_month_days_and_the_previous_period() -> None:
    assert len(month_days("2026-02")) == 28 and month_days("2026-12")[-1] == "2026-12-31"
    assert previous_period(date(2027, 1, 4)) == "2026-12"
