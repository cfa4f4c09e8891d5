"""The monthly report as one HTML page for a phone screen (the e-mail's HTML part and `laporan.html`):
the headline first, then the sections, then how it was counted."""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence

from puspa.app.report_words import (
    card_rows,
    compared,
    grade_text,
    ikm_text,
    month_name,
    near_rows,
    number,
    sample_warning,
    service_rows,
    work_rows,
)
from puspa.domain.report import MonthReport
from puspa.domain.unanswered import SHARED_BY

CHARTS = (
    ("unsur.png", "Nilai rata-rata tiap unsur pelayanan"),
    ("tren.png", "IKM dari bulan ke bulan"),
    ("beban.png", "Pesan dan permohonan per pekan"),
)

STYLE = (
    "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;font-size:16px;line-height:1.45;"
    "max-width:640px;margin:auto;padding:12px 14px;color:#1d2327;background:#fff}"
    "h1{font-size:21px;margin:4px 0 2px}.sub{color:#555;margin:0 0 12px}"
    "h2{font-size:18px;margin:26px 0 8px;padding-top:10px;border-top:2px solid #e3e6e8}"
    ".head{background:#f3f7fb;border-radius:12px;padding:14px;margin:8px 0}"
    ".kicker{margin:0;color:#555;font-size:14px}.ikm{margin:2px 0 6px;font-size:40px;font-weight:700}"
    ".grade{display:inline-block;vertical-align:middle;font-size:16px;font-weight:600;color:#fff;"
    "border-radius:8px;padding:3px 10px;margin-left:6px}"
    ".gA{background:#1b7f3b}.gB{background:#2f6fae}.gC{background:#b07d00}.gD{background:#c0392b}.g-{background:#888}"
    ".tiles{display:flex;gap:8px;margin:10px 0 4px}.tile{flex:1;background:#fff;border-radius:10px;padding:8px}"
    ".tile b{display:block;font-size:22px}.tile span{font-size:13px;color:#444}"
    ".note{font-size:14px;color:#333;margin:6px 0 0}"
    ".warn{background:#fff4e5;border-left:4px solid #e08a00;padding:10px 12px;border-radius:6px;margin:12px 0;"
    "font-size:15px}"
    "table{border-collapse:collapse;width:100%;font-size:15px}"
    "th,td{padding:7px 4px;border-bottom:1px solid #e3e6e8;text-align:left;vertical-align:top}"
    "td.n,th.n{text-align:right;white-space:nowrap}thead th{font-size:13px;color:#555}td small{color:#555}"
    "img{width:100%;height:auto}figure{margin:14px 0}figcaption{font-size:13px;color:#555}"
    "ul{padding-left:20px}li{margin:4px 0}footer{margin-top:28px;font-size:13px;color:#555}"
)


def html_table(rows: Sequence[tuple[str, ...]], head: tuple[str, ...] = ()) -> str:
    def cells(row: tuple[str, ...], tag: str) -> str:
        return "".join(f"<{tag}{' class=n' if i else ''}>{html.escape(value)}</{tag}>" for i, value in enumerate(row))

    top = f"<thead><tr>{cells(head, 'th')}</tr></thead>" if head else ""
    body = "".join(f"<tr>{cells(row, 'td')}</tr>" for row in rows)
    return f"<table>{top}<tbody>{body}</tbody></table>"


def _services_table(report: MonthReport, titles: Mapping[str, str]) -> str:
    """Each service's IKM and grade, its respondents under its name (three columns fit a phone)."""
    rows = "".join(
        f"<tr><td>{html.escape(service)}<br><small>{html.escape(respondents)} responden</small></td>"
        f"<td class=n>{html.escape(ikm)}</td><td class=n>{html.escape(grade)}</td></tr>"
        for service, respondents, ikm, grade in service_rows(report, titles)
    )
    return f"<table><thead><tr><th>Layanan</th><th class=n>IKM</th><th class=n>Mutu</th></tr></thead>{rows}</table>"


def figure(name: str, image: Mapping[str, str], captions: Mapping[str, str]) -> str:
    """Chart `name` with its caption, when `image` has a source for it (a file name, or `cid:` for e-mail)."""
    if name not in image:
        return ""
    alt = captions[name]
    return (f'<figure><img src="{html.escape(image[name])}" alt="{html.escape(alt)}">'
            f"<figcaption>{html.escape(alt)}</figcaption></figure>")  # fmt: skip


def _figure(name: str, image: dict[str, str]) -> str:
    return figure(name, image, dict(CHARTS))


def _headline_html(report: MonthReport) -> str:
    overall, work = report.survey.overall, report.work
    grade = overall.grade.grade if overall.grade and overall.respondents else "-"
    badge = grade_text(overall.grade).replace(" (", " · ").rstrip(")") if grade != "-" else "belum ada"
    ikm_change = compared(report, "ikm", 2, " poin")
    change = (
        ikm_change[:1].upper() + ikm_change[1:] + "."
        if ikm_change
        else "Belum ada IKM bulan sebelumnya untuk dibandingkan."
    )
    if not overall.respondents:
        change = "Belum ada responden survei bulan ini."
    served_change = compared(report, "resident_days", 0, "")
    if served_change:
        change += f" Warga dilayani {served_change}."
    tiles = [
        (number(overall.respondents), "responden survei"),
        (number(work.resident_days), "warga dilayani"),
        (number(work.messages), "pesan warga dijawab"),
    ]
    warning = sample_warning(report)
    return (
        "<section class=head>"
        "<p class=kicker>Indeks Kepuasan Masyarakat (skala 25–100)</p>"
        f"<p class=ikm>{html.escape(ikm_text(overall))}<span class='grade g{grade}'>{html.escape(badge)}</span></p>"
        f"<p class=note>{html.escape(change)}</p>"
        "<div class=tiles>"
        + "".join(f"<div class=tile><b>{html.escape(v)}</b><span>{html.escape(t)}</span></div>" for v, t in tiles)
        + "</div></section>"
        + (f"<p class=warn>⚠️ {html.escape(warning)}</p>" if warning else "")
    )


def page(report: MonthReport, names: dict[str, str], titles: dict[str, str], image: dict[str, str]) -> str:
    """The report as one HTML page; `image` maps a chart file name to its src (a path, or cid: in e-mail)."""
    survey, work = report.survey, report.work
    services = _services_table(report, titles) if survey.by_service else "<p>Belum ada jawaban survei bulan ini.</p>"
    lowest = "".join(f"<li>{html.escape(names.get(e, e))}: {number(v, 2)}</li>" for e, v in survey.lowest)
    cards = html_table(card_rows(report, titles), ("Kartu paling sering dibuka", "Kali")) if work.top_cards else ""
    near = html_table(near_rows(report, titles), ("Kartu terdekat", "Pertanyaan")) if work.unanswered_near else ""
    quoted = "".join(f"<li>“{html.escape(q)}” ({number(n)} warga)</li>" for q, n in work.unanswered)
    shared = (
        f"<p>Ditanyakan dengan kata yang sama oleh {SHARED_BY} warga atau lebih:</p><ul>{quoted}</ul>" if quoted else ""
    )
    suggestions = "".join(f"<li>{html.escape(s)}</li>" for s in survey.suggestions)
    return (
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Laporan PUSPA {html.escape(month_name(report.period))}</title><style>{STYLE}</style></head><body>"
        f"<h1>Laporan bulanan PUSPA {html.escape(report.office)}</h1>"
        f"<p class=sub>{html.escape(month_name(report.period))}</p>"
        + _headline_html(report)
        + "<h2>1. Kepuasan masyarakat (SKM)</h2>"
        + services
        + _figure("unsur.png", image)
        + (f"<p>Unsur dengan nilai terendah (skala 1–4):</p><ul>{lowest}</ul>" if lowest else "")
        + _figure("tren.png", image)
        + "<h2>2. Pelayanan lewat PUSPA</h2>"
        + html_table(work_rows(report, titles))
        + cards
        + _figure("beban.png", image)
        + "<h2>3. Pertanyaan yang belum ada jawabannya di PUSPA</h2>"
        + f"<p>{number(work.unanswered_total)} pertanyaan warga tidak menemukan kartu. Kartu yang paling mendekati "
        "menunjukkan bagian konten yang perlu ditambah.</p>"
        + near
        + shared
        + (f"<h2>4. Saran warga</h2><ul>{suggestions}</ul>" if suggestions else "")
        + "<footer><p><b>Cara menghitung.</b> IKM skala 25–100 menurut PermenPANRB 14/2017 (9 unsur, bobot sama). "
        "Jumlah responden yang diminta dibaca dari tabel Krejcie–Morgan yang dipakai pedoman itu, dengan warga "
        "dilayani sebagai populasi. Warga dilayani dihitung sekali per hari ia menulis ke PUSPA, tanpa nomor "
        "petugas. Survei disimpan tanpa nama dan nomor HP. Pertanyaan tanpa kartu disimpan sebagai jumlah; "
        f"teksnya hanya bila ditanyakan {SHARED_BY} warga atau lebih.</p></footer>"
        "</body></html>"
    )
