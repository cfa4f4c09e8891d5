"""The monthly report's words, shared by the e-mail, the page, the CSV and the charts: Indonesian
numbers and months (1.234 · 83,33 · Desember 2026), week labels that cannot be read as Sunday, the
headline sentences and the rows of each section."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from puspa.domain.calendar import MONTH_NAMES
from puspa.domain.ikm import Grade, IkmResult, rounded
from puspa.domain.report import MonthReport, Week, period_before
from puspa.domain.unanswered import NO_CARD

MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")
STATUS_NAMES = {"diterima": "Diterima", "diproses": "Diproses", "disetujui": "Disetujui", "ditolak": "Ditolak",
                "selesai": "Selesai", "dibatalkan": "Dibatalkan"}  # fmt: skip


# --- Indonesian words and numbers --------------------------------------------------------------


def number(value: float, decimals: int = 0) -> str:
    """1234 -> "1.234"; 83.333 (2) -> "83,33": thousands dot, decimal comma."""
    return f"{value:,.{decimals}f}".replace(",", " ").replace(".", ",").replace(" ", ".")


def ikm_text(result: IkmResult) -> str:
    return number(rounded(result.converted), 2) if result.respondents else "–"


def grade_text(grade: Grade | None) -> str:
    return f"{grade.grade} ({grade.label})" if grade else "–"


def month_name(period: str) -> str:
    """ "2026-12" -> "Desember 2026"."""
    year, month = (int(part) for part in period.split("-"))
    return f"{MONTH_NAMES[month - 1]} {year}"


def month_short(period: str) -> str:
    """ "2026-12" -> "Des 2026"."""
    year, month = (int(part) for part in period.split("-"))
    return f"{MONTH_SHORT[month - 1]} {year}"


def _day(day: date) -> str:
    return f"{day.day} {MONTH_SHORT[day.month - 1]}"


def week_label(week: Week) -> str:
    """ "Pekan 1 (1–6 Des)": never "Minggu", which also means Sunday."""
    if week.first == week.last:
        days = _day(week.first)
    elif week.first.month == week.last.month:
        days = f"{week.first.day}–{_day(week.last)}"
    else:
        days = f"{_day(week.first)}–{_day(week.last)}"
    return f"Pekan {week.number} ({days})"


def hours(value: float | None) -> str:
    return "–" if value is None else f"{number(value, 1)} jam kerja"


def _service(service_id: str, titles: Mapping[str, str]) -> str:
    return "Tanpa layanan tertentu" if service_id == "umum" else titles.get(service_id, service_id)


def near_title(card_id: str, titles: Mapping[str, str]) -> str:
    return "Belum ada kartu yang mendekati" if card_id == NO_CARD else titles.get(card_id, card_id)


# --- the headline --------------------------------------------------------------------------------


def compared(report: MonthReport, key: str, decimals: int, unit: str) -> str:
    """ "naik 2,35 poin dari November 2026"; "" when there is nothing to compare with."""
    delta = report.change(key)
    if delta is None:
        return ""
    before = month_name(period_before(report.period))
    if round(delta, decimals) == 0:
        return f"sama dengan {before}"
    word = "naik" if delta > 0 else "turun"
    return f"{word} {number(abs(delta), decimals)}{unit} dari {before}"


def headline(report: MonthReport) -> list[str]:
    """The report's first lines, in the words the page and the e-mail share."""
    overall, work = report.survey.overall, report.work
    if overall.respondents:
        lines = [f"IKM {ikm_text(overall)}, mutu pelayanan {grade_text(overall.grade)}, dari "
                 f"{number(overall.respondents)} responden survei."]  # fmt: skip
        ikm_change = compared(report, "ikm", 2, " poin")
        lines.append(f"IKM {ikm_change}." if ikm_change else "Belum ada IKM bulan sebelumnya untuk dibandingkan.")
    else:
        lines = ["Belum ada responden survei bulan ini, jadi IKM belum dapat dihitung."]
    served_change = compared(report, "resident_days", 0, "")
    lines.append(f"Warga dilayani lewat PUSPA: {number(work.resident_days)} (dihitung per hari"
                 + (f"; {served_change})." if served_change else ")."))  # fmt: skip
    warning = sample_warning(report)
    return [*lines, warning] if warning else lines


def sample_warning(report: MonthReport) -> str:
    if not report.too_few_respondents:
        return ""
    return (
        f"Perhatian: IKM ini baru dari {number(report.survey.overall.respondents)} responden. Untuk "
        f"{number(report.work.resident_days)} warga dilayani, pedoman sampel PermenPANRB 14/2017 (tabel "
        f"Krejcie–Morgan) meminta paling sedikit {number(report.required_respondents)} responden, jadi "
        "angkanya belum mewakili. Ajak lebih banyak warga mengisi survei."
    )


# --- rows shared by the page, the e-mail and the CSV ---------------------------------------------


def service_rows(report: MonthReport, titles: Mapping[str, str]) -> list[tuple[str, str, str, str]]:
    """(service, respondents, IKM, grade) per service, most respondents first."""
    ordered = sorted(report.survey.by_service.items(), key=lambda item: (-item[1].respondents, item[0]))
    return [(_service(s, titles), number(r.respondents), ikm_text(r), grade_text(r.grade)) for s, r in ordered]


def work_rows(report: MonthReport, titles: Mapping[str, str]) -> list[tuple[str, str]]:
    work = report.work
    rows = [
        ("Warga dilayani (dihitung per hari, tanpa petugas)", number(work.resident_days)),
        ("Pesan warga yang dijawab", number(work.messages)),
        ("Permohonan izin resepsi", number(sum(work.registrations.values()))),
    ]
    rows += [(f"· {STATUS_NAMES.get(s, s)}", number(n)) for s, n in sorted(work.registrations.items())]
    rows += [
        ("Waktu sampai keputusan (median)", hours(work.decision_hours_median)),
        ("Pertanyaan ke petugas", number(work.questions)),
        ("Waktu sampai dijawab petugas (median)", hours(work.answer_hours_median)),
        ("Menunggu lebih dari 1 hari kerja", number(work.waited_over_a_day)),
    ]
    if work.papers.get("checked"):
        checked, first = work.papers["checked"], work.papers.get("complete_first", 0)
        rows.append(("Berkas diperiksa sebelum warga datang", number(checked)))
        rows.append(("· lengkap pada pemeriksaan pertama", f"{number(first)} ({round(100 * first / checked)}%)"))
    if work.bookings:
        total = sum(c.get("dipesan", 0) for c in work.bookings.values())
        rows.append(("Antrian lewat WhatsApp (kunjungan bulan ini)", number(total)))
        for service, c in sorted(work.bookings.items(), key=lambda item: -item[1].get("dipesan", 0)):
            rows.append((f"· {_service(service, titles)}", (
                f"{number(c.get('dipesan', 0))} dipesan, {number(c.get('hadir', 0))} datang, "
                f"{number(c.get('tidak_hadir', 0))} tidak datang, {number(c.get('batal', 0))} batal"
            )))  # fmt: skip
    return rows


def card_rows(report: MonthReport, titles: Mapping[str, str]) -> list[tuple[str, str]]:
    return [(titles.get(c, c), number(n)) for c, n in report.work.top_cards]


def near_rows(report: MonthReport, titles: Mapping[str, str]) -> list[tuple[str, str]]:
    return [(near_title(c, titles), number(n)) for c, n in report.work.unanswered_near[:8]]
