"""The monthly report's charts as PNG images (matplotlib, rendered off-screen).

Sized for a phone: 720 × 480 pixels, large type, one message per chart, the grade colours of the
conversion table.
"""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")  # no display: render to memory only

import matplotlib.pyplot as plt

from puspa.domain.report import MonthReport

GRADE_COLOURS = {"A": "#1b7f3b", "B": "#3a86c8", "C": "#e0a100", "D": "#c0392b"}
SIZE = (6.0, 4.0)
DPI = 120


def _png(figure: plt.Figure) -> bytes:
    buffer = io.BytesIO()
    figure.tight_layout()
    figure.savefig(buffer, format="png", dpi=DPI)
    plt.close(figure)
    return buffer.getvalue()


def element_chart(report: MonthReport, names: dict[str, str]) -> bytes:
    """Average score per element (1–4), lowest at the top, coloured by the grade its score would get."""
    nrr = sorted(report.survey.overall.nrr.items(), key=lambda item: item[1])
    figure, axes = plt.subplots(figsize=SIZE)
    labels = [names.get(element, element) for element, _ in nrr]
    values = [value for _, value in nrr]
    colours = [GRADE_COLOURS["A" if v >= 3.5324 else "B" if v >= 3.0644 else "C" if v >= 2.60 else "D"] for v in values]
    axes.barh(labels, values, color=colours)
    axes.set_xlim(1, 4)
    axes.set_title(f"Nilai per unsur, {report.period} ({report.survey.overall.respondents} responden)", fontsize=12)
    for index, value in enumerate(values):
        axes.text(value - 0.05, index, f"{value:.2f}", va="center", ha="right", color="white", fontsize=10)
    axes.tick_params(labelsize=10)
    return _png(figure)


def trend_chart(report: MonthReport) -> bytes:
    """IKM (25–100) over the last 12 months."""
    figure, axes = plt.subplots(figsize=SIZE)
    periods = [p for p, _ in report.trend] or [report.period]
    values = [v for _, v in report.trend] or [report.survey.overall.converted]
    axes.plot(periods, values, marker="o", linewidth=2, color=GRADE_COLOURS["B"])
    axes.set_ylim(25, 100)
    for threshold, label in ((88.31, "A"), (76.61, "B"), (65.0, "C")):
        axes.axhline(threshold, color="#bbbbbb", linewidth=1, linestyle="--")
        axes.text(0, threshold + 0.5, label, color="#777777", fontsize=9)
    axes.set_title("IKM 12 bulan terakhir", fontsize=12)
    axes.tick_params(axis="x", labelrotation=45, labelsize=9)
    return _png(figure)


def workload_chart(report: MonthReport) -> bytes:
    """Messages answered and requests received per week of the month."""
    figure, axes = plt.subplots(figsize=SIZE)
    weeks = [w for w, _, _ in report.work.weekly] or ["-"]
    messages = [m for _, m, _ in report.work.weekly] or [0]
    requests = [r for _, _, r in report.work.weekly] or [0]
    positions = range(len(weeks))
    axes.bar([p - 0.2 for p in positions], messages, width=0.4, label="Pesan dijawab", color=GRADE_COLOURS["B"])
    axes.bar([p + 0.2 for p in positions], requests, width=0.4, label="Permohonan + pertanyaan", color="#e0a100")
    axes.set_xticks(list(positions), [f"Minggu {w}" for w in weeks], fontsize=9)
    axes.set_title(f"Beban kerja per minggu, {report.period}", fontsize=12)
    axes.legend(fontsize=9)
    return _png(figure)
