"""The Indeks Kepuasan Masyarakat of PermenPANRB 14/2017 (pure).

Each element (unsur) is answered on a 1–4 scale. Per element the average score is its NRR; the
unit's index is the sum of NRR × weight (weight = 1 / number of elements), and × 25 puts it on the
25–100 scale, where the quality grade (mutu) is read from the conversion table in the office's
survey file.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import ROUND_HALF_UP, Decimal

from msgspec import Struct


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
    if not nrr:
        return IkmResult(len(responses), {}, 0.0, 0.0, None)
    if weight is None:
        index = sum(nrr.values()) / len(nrr)
    else:
        index = sum(value * weight for value in nrr.values()) * len(elements) / len(nrr)
    converted = index * factor
    return IkmResult(len(responses), nrr, index, converted, grade_of(converted, grades))
