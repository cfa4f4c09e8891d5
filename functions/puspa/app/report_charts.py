"""The monthly report's charts as PNG images (matplotlib, rendered off-screen).

Sized for a phone held upright: 720 × 570 pixels shown about 380 pixels wide, so type is set large;
one message per chart, Indonesian months and numbers (decimal comma), the grade colours of the
conversion table. A chart with nothing to show says so in words instead of drawing empty axes.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no display: render to memory only

import matplotlib.pyplot as plt
from matplotlib.ticker import FuncFormatter

from puspa.app.report_words import month_name, month_short, number, week_label
from puspa.domain.report import MonthReport

GRADE_COLOURS = {"A": "#1b7f3b", "B": "#2f6fae", "C": "#b07d00", "D": "#c0392b"}
BANDS = ((88.31, 100.0, "A"), (76.61, 88.31, "B"), (65.0, 76.61, "C"), (25.0, 65.0, "D"))  # survei.yaml's table
SIZE = (4.8, 3.8)
DPI = 150
plt.rcParams.update({"font.size": 11, "axes.titlesize": 12, "xtick.labelsize": 10, "ytick.labelsize": 10})
COMMA = FuncFormatter(lambda value, _: number(value, 1))


def _png(figure: plt.Figure) -> bytes:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=DPI)
    plt.close(figure)
    return buffer.getvalue()


def _nothing_figure(title: str, message: str) -> plt.Figure:
    figure, axes = plt.subplots(figsize=SIZE)
    axes.set_axis_off()
    axes.set_title(title, fontsize=12)
    axes.text(0.5, 0.5, message, ha="center", va="center", fontsize=12, color="#555555", wrap=True)
    return figure


def _nothing(title: str, message: str) -> bytes:
    return _png(_nothing_figure(title, message))


def element_chart(report: MonthReport, names: dict[str, str]) -> bytes:
    """Average score per element (1–4), lowest at the top, coloured by the grade its score would get."""
    title = f"Nilai per unsur, {month_name(report.period)}"
    if not report.survey.overall.nrr:
        return _nothing(title, "Belum ada jawaban survei bulan ini.")
    nrr = sorted(report.survey.overall.nrr.items(), key=lambda item: item[1], reverse=True)
    figure, axes = plt.subplots(figsize=SIZE)
    labels = [names.get(element, element) for element, _ in nrr]
    values = [value for _, value in nrr]
    colours = [GRADE_COLOURS["A" if v >= 3.5324 else "B" if v >= 3.0644 else "C" if v >= 2.60 else "D"] for v in values]
    axes.barh(labels, values, color=colours)
    axes.set_xlim(1, 4)
    axes.xaxis.set_major_formatter(COMMA)
    axes.set_title(f"{title}\n(skala 1–4; {number(report.survey.overall.respondents)} responden)")
    for index, value in enumerate(values):
        axes.text(value - 0.05, index, number(value, 2), va="center", ha="right", color="white", fontsize=9)
    return _png(figure)


def trend_chart(report: MonthReport) -> bytes:
    """IKM (25–100) over the last 12 months, on the grade bands."""
    return _png(trend_figure(report))


def trend_figure(report: MonthReport) -> plt.Figure:
    """The trend chart before rendering: one month is shown as one labelled point with a note, not
    as a line that is not there."""
    title = "IKM dari bulan ke bulan"
    if not report.trend:
        return _nothing_figure(title, "Belum ada nilai IKM: belum ada responden survei.")
    figure, axes = plt.subplots(figsize=SIZE)
    positions = list(range(len(report.trend)))
    values = [value for _, value in report.trend]
    for low, high, grade in BANDS:
        axes.axhspan(low, high, color=GRADE_COLOURS[grade], alpha=0.08, linewidth=0)
        axes.text(1.01, (low + high) / 2, grade, transform=axes.get_yaxis_transform(), va="center",
                  color=GRADE_COLOURS[grade], fontsize=11, fontweight="bold")  # fmt: skip
    axes.plot(positions, values, marker="o", markersize=8, linewidth=2, color="#1d2327")
    for x, value in zip(positions, values, strict=True):
        axes.annotate(number(value, 2), (x, value), textcoords="offset points", xytext=(0, 9), ha="center")
    axes.set_xticks(positions, [month_short(p) for p, _ in report.trend], rotation=45 if len(positions) > 4 else 0)
    axes.set_xlim(-0.6, max(len(positions) - 0.4, 2.4))  # a lone month sits at the left, not stretched
    axes.set_ylim(25, 100)
    axes.yaxis.set_major_formatter(FuncFormatter(lambda value, _: number(value)))
    if len(positions) == 1:
        axes.text(0.97, 0.05, "Baru satu bulan: garis tren\nmuncul mulai bulan berikutnya.", transform=axes.transAxes,
                  ha="right", va="bottom", fontsize=10, color="#555555")  # fmt: skip
    axes.set_title(f"{title} (skala 25–100)")
    return figure


def workload_chart(report: MonthReport) -> bytes:
    """Residents' messages answered and requests received per week of the month, one row per week
    (room for "Pekan 2 (7–13 Des)" on a narrow screen), the first week at the top."""
    title = f"Per pekan, {month_name(report.period)}"
    if not report.work.weekly:
        return _nothing(title, "Belum ada pekan yang berjalan bulan ini.")
    weeks = report.work.weekly
    figure, axes = plt.subplots(figsize=(SIZE[0], max(2.6, 1.2 + 0.55 * len(weeks))))
    rows = range(len(weeks))
    messages = axes.barh([r - 0.2 for r in rows], [w.messages for w in weeks], height=0.4,
                         label="Pesan warga dijawab", color=GRADE_COLOURS["B"])  # fmt: skip
    requests = axes.barh([r + 0.2 for r in rows], [w.requests for w in weeks], height=0.4,
                         label="Permohonan + pertanyaan", color="#e0a100")  # fmt: skip
    for bars in (messages, requests):
        axes.bar_label(bars, labels=[number(b.get_width()) for b in bars], padding=3, fontsize=9)
    axes.set_yticks(list(rows), [week_label(w) for w in weeks])
    axes.invert_yaxis()
    axes.xaxis.set_visible(False)  # every bar carries its number
    axes.spines[["top", "right", "bottom"]].set_visible(False)
    axes.set_xlim(0, max([w.messages for w in weeks] + [w.requests for w in weeks] + [1]) * 1.2)
    axes.set_title(title)
    axes.legend(fontsize=9, loc="upper left", bbox_to_anchor=(0, -0.02), frameon=False)
    return _png(figure)
