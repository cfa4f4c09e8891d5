"""The monthly report as e-mail text, HTML (for a phone screen) and CSV."""

from __future__ import annotations

import csv
import html
import io

from puspa.domain.ikm import rounded
from puspa.domain.report import MonthReport

CHARTS = (("unsur.png", "Nilai per unsur"), ("tren.png", "IKM 12 bulan"), ("beban.png", "Beban kerja per minggu"))


def _hours(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f} jam kerja"


def figure_lines(report: MonthReport, names: dict[str, str], titles: dict[str, str]) -> list[tuple[str, str]]:
    """(label, value) rows shared by the e-mail, the HTML and the CSV."""
    overall, work = report.survey.overall, report.work
    grade = f"{overall.grade.grade} ({overall.grade.label})" if overall.grade else "-"
    rows = [
        ("Responden survei", str(overall.respondents)),
        ("IKM (25–100)", f"{rounded(overall.converted):.2f}" if overall.respondents else "-"),
        ("Mutu pelayanan", grade if overall.respondents else "-"),
    ]
    rows += [(f"NRR {names.get(e, e)}", f"{v:.3f}") for e, v in overall.nrr.items()]
    rows += [(f"Unsur terendah: {names.get(e, e)}", f"{v:.2f}") for e, v in report.survey.lowest]
    rows += [
        ("Warga dilayani (per hari)", str(work.resident_days)),
        ("Pesan dijawab", str(work.messages)),
        ("Pertanyaan tanpa jawaban di PUSPA", str(work.unanswered_total)),
        ("Permohonan izin resepsi", str(sum(work.registrations.values()))),
    ]
    rows += [(f"  status {status}", str(count)) for status, count in sorted(work.registrations.items())]
    rows += [
        ("Median waktu keputusan", _hours(work.decision_hours_median)),
        ("Pertanyaan ke petugas", str(work.questions)),
        ("Median waktu jawaban petugas", _hours(work.answer_hours_median)),
        ("Menunggu lebih dari 1 hari kerja", str(work.waited_over_a_day)),
    ]
    rows += [(f"Kartu dibuka: {titles.get(c, c)}", str(n)) for c, n in work.top_cards]
    return rows


def email_text(report: MonthReport, names: dict[str, str], titles: dict[str, str]) -> str:
    lines = [f"Laporan bulanan PUSPA {report.office}, {report.period}", ""]
    lines += [f"{label}: {value}" for label, value in figure_lines(report, names, titles)]
    if report.work.unanswered:
        lines += ["", "Paling sering ditanyakan tetapi belum ada jawabannya:"]
        lines += [f'- "{q}" ({n}×)' for q, n in report.work.unanswered]
    if report.survey.suggestions:
        lines += ["", "Saran warga (tanpa nama):"] + [f"- {s}" for s in report.survey.suggestions]
    lines += ["", "Grafik dan CSV terlampir. IKM menurut PermenPANRB 14/2017."]
    return "\n".join(lines) + "\n"


def page(report: MonthReport, names: dict[str, str], titles: dict[str, str], image: dict[str, str]) -> str:
    """The report as one HTML page; `image` maps a chart file name to its src (a path, or cid: in e-mail)."""
    rows = "".join(
        f"<tr><th>{html.escape(label)}</th><td>{html.escape(value)}</td></tr>"
        for label, value in figure_lines(report, names, titles)
    )
    charts = "".join(
        f'<figure><img src="{html.escape(image[name])}" alt="{html.escape(alt)}"><figcaption>{html.escape(alt)}'
        "</figcaption></figure>"
        for name, alt in CHARTS if name in image
    )  # fmt: skip
    asked = "".join(f"<li>{html.escape(q)} ({n}×)</li>" for q, n in report.work.unanswered)
    suggestions = "".join(f"<li>{html.escape(s)}</li>" for s in report.survey.suggestions)
    return (
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Laporan PUSPA {html.escape(report.period)}</title><style>"
        "body{font-family:sans-serif;font-size:16px;max-width:640px;margin:auto;padding:12px;color:#222}"
        "table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px;border-bottom:1px solid #ddd}"
        "td{text-align:right}img{width:100%;height:auto}figure{margin:16px 0}h1{font-size:22px}"
        "</style></head><body>"
        f"<h1>Laporan bulanan PUSPA {html.escape(report.office)}<br>{html.escape(report.period)}</h1>"
        f"<table>{rows}</table>{charts}"
        + (f"<h2>Belum ada jawabannya di PUSPA</h2><ul>{asked}</ul>" if asked else "")
        + (f"<h2>Saran warga</h2><ul>{suggestions}</ul>" if suggestions else "")
        + "<p><small>IKM menurut PermenPANRB 14/2017; survei anonim.</small></p></body></html>"
    )


def csv_text(report: MonthReport, names: dict[str, str], titles: dict[str, str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["periode", "ukuran", "nilai"])
    for label, value in figure_lines(report, names, titles):
        writer.writerow([report.period, label.strip(), value])
    for service, result in sorted(report.survey.by_service.items()):
        writer.writerow(
            [report.period, f"IKM layanan {titles.get(service, service)}", f"{rounded(result.converted):.2f}"]
        )
    return buffer.getvalue()
