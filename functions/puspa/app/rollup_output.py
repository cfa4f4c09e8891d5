"""The kabupaten roll-up as the Bagian Organisasi reads it: one HTML page for a phone (the e-mail's HTML
part and `rekap.html`), the e-mail's text, and a CSV with one row per kecamatan (semicolons, decimal
commas, as a spreadsheet with Indonesian settings opens it). Words and numbers as in the office's
report (`report_words`): 1.234 · 83,33 · November 2026."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Mapping

from puspa.app.report_page import STYLE, figure, html_table
from puspa.app.report_words import grade_text, ikm_text, month_name, near_title, number
from puspa.domain.ikm import IkmResult
from puspa.domain.rollup import KabupatenMonth, OfficeMonth
from puspa.domain.unanswered import SHARED_BY

CHARTS = (
    ("ikm_kecamatan.png", "IKM per kecamatan"),
    ("unsur_kecamatan.png", "Nilai per unsur per kecamatan"),
)
EXTRA_STYLE = (
    ".scroll{overflow-x:auto}.scroll table{min-width:560px}.scroll td:first-child,.scroll th:first-child"
    "{position:sticky;left:0;background:#fff}tr.all td{font-weight:700;border-top:2px solid #c9ced3}"
    ".legend{font-size:13px;color:#444}thead th.n{white-space:normal}"
)


def _hours(value: float | None) -> str:
    return "–" if value is None else number(value, 1)


def _short(office: OfficeMonth) -> str:
    return office.name.removeprefix("Kecamatan ")


def _element(ikm: IkmResult, element: str, month: KabupatenMonth, empty: str = "–") -> tuple[str, str]:
    """(score 1–4, grade letter) of one element; `empty` when nobody answered it."""
    value = ikm.nrr.get(element)
    if value is None:
        return empty, empty
    grade = month.element_grade(ikm, element)
    return number(value, 2), grade.grade if grade else empty


def headline(month: KabupatenMonth) -> list[str]:
    pooled, count = month.pooled, len(month.offices)
    lines = [
        f"IKM gabungan {ikm_text(pooled)}, mutu pelayanan {grade_text(pooled.grade)}, dari "
        f"{number(pooled.respondents)} responden di {number(count)} kecamatan."
        if pooled.respondents
        else f"Belum ada responden survei di {number(count)} kecamatan bulan ini, jadi IKM belum dapat dihitung."
    ]
    rated = sorted((o for o in month.offices if o.ikm.respondents), key=lambda o: -o.ikm.converted)
    if len(rated) > 1:
        lines.append(f"Tertinggi {rated[0].name} ({ikm_text(rated[0].ikm)}), terendah {rated[-1].name} "
                     f"({ikm_text(rated[-1].ikm)}).")  # fmt: skip
    if month.missing:
        lines.append(f"Data belum masuk dari: {', '.join(month.missing)}. Laporan bulanan kecamatan itu belum "
                     "berhasil dibuat; angkanya tidak termasuk di rekap ini.")  # fmt: skip
    return lines


def _page_table(head: tuple[str, ...], rows: list[tuple[str, ...]], total: tuple[str, ...]) -> str:
    table = html_table([*rows, total], head)
    last = table.rfind("<tr>")
    return table[:last] + "<tr class=all>" + table[last + 4 :]


def page(month: KabupatenMonth, names: Mapping[str, str], titles: Mapping[str, str], image: dict[str, str]) -> str:
    """The roll-up as one HTML page; `image` maps a chart file name to its src (a path, or cid: in e-mail)."""
    offices, pooled = month.offices, month.pooled
    survey = _page_table(
        ("Kecamatan", "Responden", "IKM", "Mutu"),
        [(_short(o), number(o.ikm.respondents), ikm_text(o.ikm), grade_text(o.ikm.grade)) for o in offices],
        ("Gabungan", number(pooled.respondents), ikm_text(pooled), grade_text(pooled.grade)),
    )
    heads = "".join(f"<th class=n>{e.upper()}</th>" for e in month.elements)
    element_rows = "".join(
        f"<tr{' class=all' if name == 'Gabungan' else ''}><td>{html.escape(name)}</td>"
        + "".join("<td class=n>{}<br><small>{}</small></td>".format(*_element(ikm, e, month)) for e in month.elements)
        + "</tr>"
        for name, ikm in [*((_short(o), o.ikm) for o in offices), ("Gabungan", pooled)]
    )
    legend = " · ".join(f"{e.upper()} {html.escape(names.get(e, e))}" for e in month.elements) + (
        ". Warna dan huruf di bawah nilai: mutu unsur itu (nilai × 25 dibaca dengan tabel konversi): A hijau, "
        "B biru, C kuning, D merah."
    )
    questions = _page_table(
        ("Kecamatan", "Pertanyaan", "Median jam kerja", "Lebih dari 1 hari kerja"),
        [
            (
                _short(o),
                number(o.questions),
                _hours(o.answer_hours_median),
                "–" if o.waited_over_a_day is None else number(o.waited_over_a_day),
            )
            for o in offices
        ],
        ("Semua", number(month.questions), "", number(sum(o.waited_over_a_day or 0 for o in offices))),
    )
    registrations = _page_table(
        ("Kecamatan", "Permohonan", "Median jam kerja sampai keputusan"),
        [(_short(o), number(o.registrations), _hours(o.decision_hours_median)) for o in offices],
        ("Semua", number(month.registrations), ""),
    )
    asked = "".join(
        f"<li>“{html.escape(text)}” — {number(residents)} warga, di {number(where)} kecamatan</li>"
        for text, residents, where in month.most_asked
    )
    nearest = [(near_title(card, titles), number(n)) for card, n in month.nearest]
    return (
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>Rekap PUSPA {html.escape(month.name)} {html.escape(month_name(month.period))}</title>"
        f"<style>{STYLE}{EXTRA_STYLE}</style></head><body>"
        f"<h1>Rekap bulanan PUSPA {html.escape(month.name)}</h1>"
        f"<p class=sub>{html.escape(month_name(month.period))} · {number(len(offices))} kecamatan</p>"
        + _headline_html(month)
        + "<h2>1. Indeks Kepuasan Masyarakat per kecamatan</h2>"
        + _figure("ikm_kecamatan.png", image)
        + survey
        + "<h2>2. Nilai per unsur (skala 1–4) dan mutunya</h2>"
        + _figure("unsur_kecamatan.png", image)
        + f"<p class=legend>{legend}</p>"
        + f"<div class=scroll><table><thead><tr><th>Kecamatan</th>{heads}</tr></thead><tbody>{element_rows}"
        "</tbody></table></div>"
        + "<h2>3. Pertanyaan warga ke petugas</h2><p>Median: waktu sampai jawaban pertama petugas, dalam jam "
        "kerja.</p>"
        + questions
        + "<h2>4. Permohonan izin resepsi</h2>"
        + registrations
        + "<h2>5. Pertanyaan yang belum ada jawabannya di PUSPA</h2>"
        + f"<p>{number(month.unanswered_total)} pertanyaan warga tidak menemukan kartu di semua kecamatan.</p>"
        + (
            f"<p>Paling sering ditanyakan dengan kata yang sama (oleh {SHARED_BY} warga atau lebih dalam sehari di "
            f"satu kecamatan):</p><ul>{asked}</ul>"
            if asked
            else ""
        )
        + (html_table(nearest, ("Kartu terdekat, semua kecamatan", "Pertanyaan")) if nearest else "")
        + "<footer><p><b>Cara menghitung.</b> Angka tiap kecamatan sama dengan laporan bulanan kecamatan itu. "
        "IKM skala 25–100 menurut PermenPANRB 14/2017; IKM gabungan dihitung dari semua jawaban survei di semua "
        "kecamatan sekaligus, bukan rata-rata IKM kecamatan. Mutu per unsur dibaca dari nilai unsur × 25 dengan "
        "tabel konversi yang sama. Median waktu dalam jam kerja kantor masing-masing. Tidak ada data pribadi di "
        "rekap ini.</p></footer></body></html>"
    )


def _figure(name: str, image: dict[str, str]) -> str:
    return figure(name, image, dict(CHARTS))


def _headline_html(month: KabupatenMonth) -> str:
    pooled = month.pooled
    grade = pooled.grade.grade if pooled.grade and pooled.respondents else "-"
    badge = grade_text(pooled.grade).replace(" (", " · ").rstrip(")") if grade != "-" else "belum ada"
    tiles = [
        (number(pooled.respondents), "responden survei"),
        (number(month.resident_days), "warga dilayani"),
        (number(month.questions), "pertanyaan ke petugas"),
    ]
    lines = headline(month)[1:]
    return (
        "<section class=head><p class=kicker>IKM gabungan semua kecamatan (skala 25–100)</p>"
        f"<p class=ikm>{html.escape(ikm_text(pooled))}<span class='grade g{grade}'>{html.escape(badge)}</span></p>"
        + "".join(f"<p class=note>{html.escape(line)}</p>" for line in lines if not line.startswith("Data belum"))
        + "<div class=tiles>"
        + "".join(f"<div class=tile><b>{html.escape(v)}</b><span>{html.escape(t)}</span></div>" for v, t in tiles)
        + "</div></section>"
        + "".join(f"<p class=warn>⚠️ {html.escape(line)}</p>" for line in lines if line.startswith("Data belum"))
    )


def email_text(month: KabupatenMonth, titles: Mapping[str, str]) -> str:
    lines = [f"Rekap bulanan PUSPA {month.name}", month_name(month.period), "", *headline(month), "",
             "IKM PER KECAMATAN"]  # fmt: skip
    lines += [f"- {o.name}: IKM {ikm_text(o.ikm)}, mutu {grade_text(o.ikm.grade)} ({number(o.ikm.respondents)} "
              f"responden); {number(o.questions)} pertanyaan, median dijawab {_hours(o.answer_hours_median)} jam "
              f"kerja; {number(o.registrations)} permohonan izin resepsi, median keputusan "
              f"{_hours(o.decision_hours_median)} jam kerja" for o in month.offices]  # fmt: skip
    if month.most_asked:
        lines += ["", "PALING SERING DITANYAKAN TETAPI BELUM ADA KARTUNYA"]
        lines += [f'- "{t}" ({number(r)} warga, {number(w)} kecamatan)' for t, r, w in month.most_asked]
    lines += [
        "",
        "Nilai per unsur tiap kecamatan ada di grafik dan tabel tampilan HTML; angka lengkap di lampiran CSV.",
    ]
    return "\n".join(lines) + "\n"


def csv_text(month: KabupatenMonth, names: Mapping[str, str]) -> str:
    """One row per kecamatan and a last row for all of them together."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    elements = [(f"{e.upper()} {names.get(e, e)} (1–4)", f"mutu {e.upper()}") for e in month.elements]
    writer.writerow(["periode", "kecamatan", "responden", "IKM (25–100)", "mutu",
                     *(h for pair in elements for h in pair), "warga dilayani (per hari)", "pertanyaan ke petugas",
                     "median sampai dijawab (jam kerja)", "menunggu lebih dari 1 hari kerja",
                     "permohonan izin resepsi", "median sampai keputusan (jam kerja)",
                     "pertanyaan tanpa kartu"])  # fmt: skip

    def row(name: str, ikm: IkmResult, office: OfficeMonth | None) -> list[str]:
        scores = [part for e in month.elements for part in _element(ikm, e, month, "")]
        if office is None:
            work = [number(month.resident_days), number(month.questions), "", "", number(month.registrations), "",
                    number(month.unanswered_total)]  # fmt: skip
        else:
            waited = "" if office.waited_over_a_day is None else number(office.waited_over_a_day)
            work = [number(office.resident_days), number(office.questions), _hours(office.answer_hours_median),
                    waited, number(office.registrations), _hours(office.decision_hours_median),
                    number(office.unanswered_total)]  # fmt: skip
        grade = ikm.grade.grade if ikm.grade and ikm.respondents else ""
        score = ikm_text(ikm) if ikm.respondents else ""
        return [month.period, name, number(ikm.respondents), score, grade, *scores, *work]

    for office in month.offices:
        writer.writerow(row(office.name, office.ikm, office))
    writer.writerow(row("Semua kecamatan (gabungan)", month.pooled, None))
    return "\ufeff" + buffer.getvalue()
