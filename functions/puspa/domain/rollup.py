"""The kabupaten's month, kecamatan side by side (pure): built from each office's kept monthly figures
(`MonthReport.aggregate`, the `monthly_reports` documents), never from residents' records.

For the Bagian Organisasi's yearly public-service evaluation: per kecamatan the respondents, the IKM
and its grade overall and per element, questions to staff and the median time to an answer,
reception-permit requests and the median time to a decision; across the kabupaten the pooled IKM
(all answers taken together) and the questions without a card that were asked most.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from msgspec import Struct

from puspa.domain.ikm import Grade, IkmResult, grade_of, ikm_of, pooled_ikm


class OfficeMonth(Struct, frozen=True):
    """One kecamatan's month as the roll-up reads it. None: not kept for that month (a figure added
    to the monthly report later than the month was kept)."""

    office_id: str
    name: str
    ikm: IkmResult
    resident_days: int
    questions: int
    answer_hours_median: float | None
    waited_over_a_day: int | None
    registrations: int
    decision_hours_median: float | None
    unanswered_total: int
    unanswered_texts: Mapping[str, int]  # texts several residents asked in the same words -> residents
    unanswered_near: Mapping[str, int]  # nearest card id (or NO_CARD) -> questions


class KabupatenMonth(Struct, frozen=True):
    period: str
    name: str  # "Kabupaten Bogor"
    offices: tuple[OfficeMonth, ...]  # by name
    missing: tuple[str, ...]  # kecamatan (names, or ids when nothing is known) whose month is not kept
    pooled: IkmResult  # every kecamatan's answers taken together
    elements: tuple[str, ...]
    grades: tuple[Grade, ...]
    factor: float
    most_asked: tuple[tuple[str, int, int], ...]  # (text, residents, kecamatan), most first
    nearest: tuple[tuple[str, int], ...]  # (nearest card id, questions) over all kecamatan, most first

    def element_grade(self, ikm: IkmResult, element: str) -> Grade | None:
        """The grade one element's score (1–4) reads as on the 25–100 scale, with the same conversion
        table; None when nobody answered it."""
        value = ikm.nrr.get(element)
        return grade_of(value * self.factor, self.grades) if value is not None else None

    @property
    def questions(self) -> int:
        return sum(o.questions for o in self.offices)

    @property
    def registrations(self) -> int:
        return sum(o.registrations for o in self.offices)

    @property
    def unanswered_total(self) -> int:
        return sum(o.unanswered_total for o in self.offices)

    @property
    def resident_days(self) -> int:
        return sum(o.resident_days for o in self.offices)


def _number(value: Any) -> float | None:
    return float(value) if isinstance(value, int | float) and not isinstance(value, bool) else None


def _counts(value: Any) -> dict[str, int]:
    return {str(k): int(v) for k, v in value.items() if isinstance(v, int)} if isinstance(value, Mapping) else {}


def office_month(
    office_id: str, name: str, kept: Mapping[str, Any], elements: Sequence[str], grades: Sequence[Grade],
    factor: float, weight: float | None,
) -> OfficeMonth:  # fmt: skip
    """One office's kept figures read back (months kept before a field existed read it as unknown)."""
    nrr = {str(k): float(v) for k, v in (kept.get("nrr") or {}).items() if _number(v) is not None}
    respondents = int(kept.get("respondents") or 0)
    answered = _counts(kept.get("answered")) or dict.fromkeys(nrr, respondents)
    waited = kept.get("waited_over_a_day")
    return OfficeMonth(
        office_id=office_id,
        name=str(kept.get("office") or name),
        ikm=ikm_of(nrr, answered, respondents, elements, grades, factor, weight),
        resident_days=int(kept.get("resident_days") or 0),
        questions=int(kept.get("questions") or 0),
        answer_hours_median=_number(kept.get("answer_hours_median")),
        waited_over_a_day=int(waited) if isinstance(waited, int) else None,
        registrations=sum(_counts(kept.get("registrations")).values()),
        decision_hours_median=_number(kept.get("decision_hours_median")),
        unanswered_total=int(kept.get("unanswered_total") or 0),
        unanswered_texts=_counts(kept.get("unanswered_texts")),
        unanswered_near=_counts(kept.get("unanswered_near")),
    )


def kabupaten_month(
    period: str, name: str, offices: Sequence[OfficeMonth], missing: Sequence[str], elements: Sequence[str],
    grades: Sequence[Grade], factor: float, weight: float | None,
) -> KabupatenMonth:  # fmt: skip
    asked: Counter[str] = Counter()
    where: Counter[str] = Counter()
    near: Counter[str] = Counter()
    for office in offices:
        asked.update(office.unanswered_texts)
        where.update(office.unanswered_texts.keys())
        near.update(office.unanswered_near)
    most = sorted(asked.items(), key=lambda item: (-item[1], -where[item[0]], item[0]))[:10]
    return KabupatenMonth(
        period=period,
        name=name,
        offices=tuple(sorted(offices, key=lambda o: o.name)),
        missing=tuple(sorted(missing)),
        pooled=pooled_ikm([o.ikm for o in offices if o.ikm.respondents], elements, grades, factor, weight),
        elements=tuple(elements),
        grades=tuple(grades),
        factor=factor,
        most_asked=tuple((text, residents, where[text]) for text, residents in most),
        nearest=tuple(sorted(near.items(), key=lambda item: (-item[1], item[0]))[:8]),
    )
