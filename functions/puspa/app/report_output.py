"""The monthly report as e-mail text and as CSV (the page is `report_page`, the words `report_words`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

from puspa.app.report_words import (
    card_rows,
    grade_text,
    headline,
    ikm_text,
    month_name,
    near_rows,
    number,
    service_rows,
    week_label,
    work_rows,
)
from puspa.domain.report import MonthReport
from puspa.domain.unanswered import SHARED_BY


def email_text(report: MonthReport, names: dict[str, str], titles: dict[str, str]) -> str:
    overall, work = report.survey.overall, report.work
    lines = [f"Laporan bulanan PUSPA {report.office}", month_name(report.period), "", *headline(report)]
    lines += ["", "1. KEPUASAN MASYARAKAT (SKM)"]
    lines += [f"- {s}: IKM {i}, mutu {g} ({n} responden)" for s, n, i, g in service_rows(report, titles)]
    if report.survey.lowest:
        lines.append("Unsur dengan nilai terendah: " + "; ".join(
            f"{names.get(e, e)} {number(v, 2)}" for e, v in report.survey.lowest))  # fmt: skip
    lines += ["", "2. PELAYANAN LEWAT PUSPA"] + [f"- {label}: {value}" for label, value in work_rows(report, titles)]
    if work.top_cards:
        lines.append("Kartu paling sering dibuka: " + "; ".join(f"{c} ({n}×)" for c, n in card_rows(report, titles)))
    lines += ["", "3. PERTANYAAN YANG BELUM ADA JAWABANNYA DI PUSPA", f"Sebanyak {number(work.unanswered_total)} "
              "pertanyaan tidak menemukan kartu."]  # fmt: skip
    lines += [f"- kartu terdekat: {c} — {n} pertanyaan" for c, n in near_rows(report, titles)]
    if work.unanswered:
        lines.append(f"Ditanyakan dengan kata yang sama oleh {SHARED_BY} warga atau lebih:")
        lines += [f'- "{q}" ({number(n)} warga)' for q, n in work.unanswered]
    if report.survey.suggestions:
        lines += ["", "4. SARAN WARGA (tanpa nama)"] + [f"- {s}" for s in report.survey.suggestions]
    lines += ["", f"IKM skala 25–100 menurut PermenPANRB 14/2017; {number(overall.respondents)} responden.",
              "Grafik ada di tampilan HTML e-mail ini; angka lengkap di lampiran CSV."]  # fmt: skip
    return "\n".join(lines) + "\n"


def csv_text(report: MonthReport, names: dict[str, str], titles: dict[str, str]) -> str:
    """Semicolon-separated with decimal commas and a byte-order mark: what a spreadsheet with
    Indonesian settings opens as columns of numbers."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    period, overall, work = report.period, report.survey.overall, report.work
    writer.writerow(["periode", "bagian", "ukuran", "nilai", "mutu"])
    writer.writerow([period, "Ringkasan", "IKM (25–100)", ikm_text(overall), grade_text(overall.grade)])
    writer.writerow([period, "Ringkasan", "Responden survei", number(overall.respondents), ""])
    writer.writerow([period, "Ringkasan", "Responden yang diminta (tabel Krejcie–Morgan)",
                     number(report.required_respondents), ""])  # fmt: skip
    writer.writerow([period, "Ringkasan", "Warga dilayani (per hari)", number(work.resident_days), ""])
    for service, respondents, ikm, grade in service_rows(report, titles):
        writer.writerow([period, "IKM per layanan", f"IKM {service}", ikm, grade])
        writer.writerow([period, "IKM per layanan", f"Responden {service}", respondents, ""])
    for element, nrr in overall.nrr.items():
        writer.writerow([period, "Nilai per unsur (1–4)", names.get(element, element), number(nrr, 3), ""])
    for label, value in work_rows(report, titles):
        writer.writerow([period, "Pelayanan lewat PUSPA", label.lstrip("· "), value, ""])
    for title, count in card_rows(report, titles):
        writer.writerow([period, "Kartu dibuka", title, count, ""])
    for week in work.weekly:
        writer.writerow([period, "Per pekan", f"{week_label(week)} pesan", number(week.messages), ""])
        writer.writerow([period, "Per pekan", f"{week_label(week)} permohonan + pertanyaan", number(week.requests), ""])
    writer.writerow([period, "Tanpa kartu", "Pertanyaan tanpa kartu", number(work.unanswered_total), ""])
    for title, count in near_rows(report, titles):
        writer.writerow([period, "Tanpa kartu", f"Kartu terdekat: {title}", count, ""])
    return "\ufeff" + buffer.getvalue()


def write_files(folder: Path, stem: str, html_text: str, csv_body: str, charts: Mapping[str, bytes]) -> list[Path]:
    """A report as files: `<stem>.html` (its charts beside it, by file name) and `<stem>.csv`."""
    folder.mkdir(parents=True, exist_ok=True)
    written = [folder / f"{stem}.html", folder / f"{stem}.csv"]
    written[0].write_text(html_text, encoding="utf-8")
    written[1].write_text(csv_body, encoding="utf-8")
    for name, png in charts.items():
        (folder / name).write_bytes(png)
        written.append(folder / name)
    return written
