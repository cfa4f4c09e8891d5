"""The Indeks Kepuasan Masyarakat of PermenPANRB 14/2017 (pure).

Each element (unsur) is answered on a 1–4 scale. Per element the average score is its NRR; the
unit's index is the sum of NRR × weight (weight = 1 / number of elements), and × 25 puts it on the
25–100 scale, where the quality grade (mutu) is read from the conversion table in the office's
survey file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from msgspec import Struct, field


class Grade(Struct, frozen=True):
    grade: str  # A–D
    label: str  # "Sangat baik" …
    low: float  # on the 25–100 scale, inclusive
    high: float


class IkmResult(Struct, frozen=True):
    respondents: int
    nrr: Mapping[str, float]  # element id -> average score (1–4)
    index: float  # the unit's index on the 1–4 scale
    converted: float  # × factor: the 25–100 scale
    grade: Grade | None
    # element id -> how many responses answered it (pooling several offices' answers needs it)
    answered: Mapping[str, int] = field(default_factory=dict)


def nrr_per_element(responses: Sequence[Mapping[str, int]], elements: Sequence[str]) -> dict[str, float]:
    """The average score of each element over the responses that answered it."""
    result: dict[str, float] = {}
    for element in elements:
        scores = [r[element] for r in responses if element in r]
        if scores:
            result[element] = sum(scores) / len(scores)
    return result


def rounded(value: float) -> float:
    """Two decimals, halves up (as the regulation's tables are read; Python's round() goes to even)."""
    return float(Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def grade_of(converted: float, grades: Sequence[Grade]) -> Grade | None:
    """The grade whose range holds `converted`, rounded to two decimals first: the table's ranges
    (…64.99 | 65.00…) leave no gap then."""
    value = rounded(converted)
    return next((g for g in grades if g.low <= value <= g.high), None)


def compute_ikm(
    responses: Sequence[Mapping[str, int]],
    elements: Sequence[str],
    grades: Sequence[Grade],
    factor: float = 25.0,
    weight: float | None = None,
) -> IkmResult:
    """IKM of `responses` (each: element id -> score 1–4) over `elements`. The weight is 1/number of
    elements (the regulation prints it rounded as 0.111; published reports compute with 1/9). An
    element nobody answered has no NRR: the others' weights are scaled up to make up for it, so a
    missing element does not read as a score of zero."""
    nrr = nrr_per_element(responses, elements)
    answered = {e: sum(1 for r in responses if e in r) for e in nrr}
    return ikm_of(nrr, answered, len(responses), elements, grades, factor, weight)


def ikm_of(
    nrr: Mapping[str, float], answered: Mapping[str, int], respondents: int, elements: Sequence[str],
    grades: Sequence[Grade], factor: float = 25.0, weight: float | None = None,
) -> IkmResult:  # fmt: skip
    """The index from each element's NRR (compute_ikm's second half)."""
    if not nrr:
        return IkmResult(respondents, {}, 0.0, 0.0, None)
    if weight is None:
        index = sum(nrr.values()) / len(nrr)
    else:
        index = sum(value * weight for value in nrr.values()) * len(elements) / len(nrr)
    converted = index * factor
    return IkmResult(respondents, dict(nrr), index, converted, grade_of(converted, grades), dict(answered))


def pooled_ikm(
    units: Sequence[IkmResult], elements: Sequence[str], grades: Sequence[Grade], factor: float = 25.0,
    weight: float | None = None,
) -> IkmResult:  # fmt: skip
    """The IKM of several units' answers taken together (the kecamatan of a kabupaten), from each
    unit's NRR and how many answered each element: the same as computing it from all the answers."""
    nrr: dict[str, float] = {}
    answered: dict[str, int] = {}
    for element in elements:
        counted = [(u.nrr[element], u.answered.get(element, u.respondents)) for u in units if element in u.nrr]
        total = sum(n for _, n in counted)
        if total:
            nrr[element] = sum(value * n for value, n in counted) / total
            answered[element] = total
    return ikm_of(nrr, answered, sum(u.respondents for u in units), elements, grades, factor, weight)


# How many respondents a unit's SKM needs, by its population (service users in the period):
# PermenPANRB 14/2017's guide has the sample read from Krejcie & Morgan's table. The table is Table 1
# of R. V. Krejcie & D. W. Morgan, "Determining sample size for research activities", Educational and
# Psychological Measurement 30 (1970) 607–610: s = X²NP(1−P) / (d²(N−1) + X²P(1−P)) with X² = 3.841,
# P = 0.5, d = 0.05, rounded; every row below equals that formula (tests/unit/test_ikm.py checks it).
# Sources read December 2026: the article, studylib.net/doc/25399219 (formula, first rows); the whole
# table, scribd.com/document/479054838 ("Determining Sample Size"); that SKM under PermenPANRB 14/2017
# uses it: inspektorat.pontianakkota.go.id/?page_id=8159 (SKM 2019: "Besaran sampel dan populasi dapat
# menggunakan tabel sampel dari Krejcie dan Morgan") and repository.unpad.ac.id (SKM RSUD Soreang,
# 2018: "ukuran sampel diperoleh dari tabel Krejcie and Morgan"). The Lampiran itself was not opened.
KREJCIE_MORGAN: tuple[tuple[int, int], ...] = (  # (population N, sample S)
    (10, 10), (15, 14), (20, 19), (25, 24), (30, 28), (35, 32), (40, 36), (45, 40), (50, 44), (55, 48),
    (60, 52), (65, 56), (70, 59), (75, 63), (80, 66), (85, 70), (90, 73), (95, 76), (100, 80), (110, 86),
    (120, 92), (130, 97), (140, 103), (150, 108), (160, 113), (170, 118), (180, 123), (190, 127), (200, 132),
    (210, 136), (220, 140), (230, 144), (240, 148), (250, 152), (260, 155), (270, 159), (280, 162), (290, 165),
    (300, 169), (320, 175), (340, 181), (360, 186), (380, 191), (400, 196), (420, 201), (440, 205), (460, 210),
    (480, 214), (500, 217), (550, 226), (600, 234), (650, 242), (700, 248), (750, 254), (800, 260), (850, 265),
    (900, 269), (950, 274), (1000, 278), (1100, 285), (1200, 291), (1300, 297), (1400, 302), (1500, 306),
    (1600, 310), (1700, 313), (1800, 317), (1900, 320), (2000, 322), (2200, 327), (2400, 331), (2600, 335),
    (2800, 338), (3000, 341), (3500, 346), (4000, 351), (4500, 354), (5000, 357), (6000, 361), (7000, 364),
    (8000, 367), (9000, 368), (10000, 370), (15000, 375), (20000, 377), (30000, 379), (40000, 380),
    (50000, 381), (75000, 382), (1000000, 384),
)  # fmt: skip


def required_respondents(population: int) -> int:
    """The sample the table asks for `population`: the row of the next population up (never fewer than
    the table asks), and never more than the population itself (a small one is asked in full)."""
    if population <= 0:
        return 0
    sample = next((s for n, s in KREJCIE_MORGAN if n >= population), KREJCIE_MORGAN[-1][1])
    return min(sample, population)
