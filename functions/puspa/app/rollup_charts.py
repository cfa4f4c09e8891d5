"""The kabupaten roll-up's charts as PNG (matplotlib, off-screen), sized for a phone like the office
report's: the IKM of every kecamatan on the grade bands, and each element's score per kecamatan."""

from __future__ import annotations

import matplotlib.pyplot as plt
from matplotlib.colors import to_rgba

from puspa.app.report_charts import BANDS, GRADE_COLOURS, SIZE, _nothing, _png
from puspa.app.report_words import month_name, number
from puspa.domain.rollup import KabupatenMonth

ROW_INCHES = 0.34  # one kecamatan's row: 40 of them make a tall chart, never a cramped one
NONE = "#9aa0a6"


def _height(rows: int) -> float:
    return max(SIZE[1] * 0.7, 1.3 + ROW_INCHES * rows)


def ikm_chart(month: KabupatenMonth) -> bytes:
    """Each kecamatan's IKM as a dot on the 25–100 scale's grade bands, best first, with its value and
    respondents; the pooled IKM as a line. Dots, not bars: a bar cut at 60 would exaggerate."""
    title = f"IKM per kecamatan, {month_name(month.period)}"
    rated = sorted((o for o in month.offices if o.ikm.respondents), key=lambda o: (-o.ikm.converted, o.name))
    unrated = [o for o in month.offices if not o.ikm.respondents]
    if not rated:
        return _nothing(title, "Belum ada responden survei di kecamatan mana pun bulan ini.")
    rows = [*rated, *unrated]
    figure, axes = plt.subplots(figsize=(SIZE[0], _height(len(rows))))
    low = min(50.0, min(o.ikm.converted for o in rated) - 18)  # room for the labels left of the dots
    for band_low, band_high, grade in BANDS:
        if band_high <= low:
            continue
        axes.axvspan(max(band_low, low), band_high, color=GRADE_COLOURS[grade], alpha=0.08, linewidth=0)
        axes.text((max(band_low, low) + band_high) / 2, 1.0, grade, transform=axes.get_xaxis_transform(),
                  ha="center", va="bottom", color=GRADE_COLOURS[grade], fontsize=10, fontweight="bold")  # fmt: skip
    for row, office in enumerate(rows):
        if not office.ikm.respondents:
            axes.text(low + 1, row, "belum ada responden", va="center", fontsize=9, color=NONE)
            continue
        grade = office.ikm.grade.grade if office.ikm.grade else ""
        axes.scatter([office.ikm.converted], [row], s=60, color=GRADE_COLOURS.get(grade, NONE), zorder=3)
        axes.annotate(f"{number(office.ikm.converted, 2)} ({number(office.ikm.respondents)})",
                      (office.ikm.converted, row), textcoords="offset points", xytext=(-9, 0), ha="right",
                      va="center", fontsize=8, color="#1d2327", zorder=4,
                      bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.85})  # fmt: skip
    if month.pooled.respondents:
        axes.axvline(month.pooled.converted, color="#1d2327", linestyle=(0, (3, 3)), linewidth=0.9, zorder=2)
    axes.set_yticks(range(len(rows)), [o.name.removeprefix("Kecamatan ") for o in rows])
    axes.set_ylim(len(rows) - 0.5, -0.7)
    axes.set_xlim(low, 100)
    axes.xaxis.set_major_formatter(lambda value, _: number(value))
    axes.spines[["top", "right"]].set_visible(False)
    pooled = f"; garis putus: gabungan {number(month.pooled.converted, 2)}" if month.pooled.respondents else ""
    figure.suptitle(f"{title}\n(dalam kurung: responden{pooled})", x=0.02, ha="left", fontsize=11)
    return _png(figure)


def element_chart(month: KabupatenMonth) -> bytes:
    """Each element's average score (1–4) per kecamatan, tinted by the grade it reads as, the pooled
    row last: where a kecamatan is weaker than the others shows at a glance."""
    title = f"Nilai per unsur per kecamatan, {month_name(month.period)}"
    rated = [o for o in month.offices if o.ikm.respondents]
    if not rated or not month.elements:
        return _nothing(title, "Belum ada jawaban survei bulan ini.")
    rows = [(o.name.removeprefix("Kecamatan "), o.ikm) for o in rated] + [("Gabungan", month.pooled)]
    columns = list(month.elements)
    figure, axes = plt.subplots(figsize=(SIZE[0], _height(len(rows))))
    for row, (_, ikm) in enumerate(rows):
        for column, element in enumerate(columns):
            value, grade = ikm.nrr.get(element), month.element_grade(ikm, element)
            colour = to_rgba(GRADE_COLOURS.get(grade.grade, NONE) if grade else NONE, 0.28 if grade else 0.12)
            axes.add_patch(plt.Rectangle((column, row), 0.96, 0.92, color=colour, linewidth=0))
            text = number(value, 2) if value is not None else "–"
            weight = "bold" if row == len(rows) - 1 else "normal"
            axes.text(column + 0.48, row + 0.46, text, ha="center", va="center", fontsize=8, fontweight=weight)
    axes.set_xlim(0, len(columns))
    axes.set_ylim(len(rows), 0)
    axes.set_xticks([c + 0.48 for c in range(len(columns))], [e.upper() for e in columns])
    axes.xaxis.tick_top()
    axes.set_yticks([r + 0.46 for r in range(len(rows))], [name for name, _ in rows])
    axes.tick_params(length=0)
    axes.spines[:].set_visible(False)
    figure.suptitle(f"{title}\n(skala 1–4; nama unsur di bawah grafik)", x=0.02, ha="left", fontsize=11)
    return _png(figure)
