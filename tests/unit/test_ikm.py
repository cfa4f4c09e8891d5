"""The IKM of PermenPANRB 14/2017 against a published SKM report (Perpustakaan Nasional RI, May–June
2023, 187 respondents: counts of answers 1–4 per element, IKM 87.64, grade B "Baik")."""

from __future__ import annotations

import pytest

from puspa.conversation.survey import survey_of
from puspa.domain.content import Content
from puspa.domain.ikm import KREJCIE_MORGAN, compute_ikm, grade_of, required_respondents

COUNTS = {  # element -> answers scoring 1, 2, 3, 4
    "u1": (0, 0, 118, 69), "u2": (0, 6, 93, 88), "u3": (0, 3, 106, 78), "u4": (1, 1, 23, 162),
    "u5": (0, 1, 124, 62), "u6": (0, 0, 95, 92), "u7": (0, 0, 89, 98), "u8": (1, 2, 34, 150),
    "u9": (1, 19, 77, 90),
}  # fmt: skip


def _responses() -> list[dict[str, int]]:
    respondents: list[dict[str, int]] = [{} for _ in range(187)]
    for element, counts in COUNTS.items():
        scores = [score for score, count in enumerate(counts, start=1) for _ in range(count)]
        for respondent, score in zip(respondents, scores, strict=True):
            respondent[element] = score
    return respondents


def test_the_published_report_is_reproduced(content: Content) -> None:
    survey = survey_of(content)
    assert survey is not None
    result = compute_ikm(_responses(), [e.id for e in survey.elements], survey.grades, survey.factor, survey.weight)
    assert result.respondents == 187
    assert round(result.nrr["u1"], 3) == 3.369 and round(result.nrr["u4"], 2) == 3.85
    assert round(result.nrr["u7"], 3) == 3.524 and round(result.nrr["u9"], 3) == 3.369
    assert round(result.index, 3) == 3.506
    assert round(result.converted, 2) == 87.64
    assert result.grade is not None and (result.grade.grade, result.grade.label) == ("B", "Baik")


def test_an_element_nobody_answered_does_not_count_as_zero(content: Content) -> None:
    survey = survey_of(content)
    assert survey is not None
    elements = [e.id for e in survey.elements]
    answered = [dict.fromkeys(elements[:-1], 3) for _ in range(5)]  # the last element: no answers
    for weight in (None, 0.111, 1 / len(elements)):  # an office's `bobot` as printed, exact, or left out
        result = compute_ikm(answered, elements, survey.grades, survey.factor, weight)
        assert elements[-1] not in result.nrr
        assert round(result.converted, 1) == (74.9 if weight == 0.111 else 75.0)


def test_all_fours_is_one_hundred_and_grade_a(content: Content) -> None:
    survey = survey_of(content)
    assert survey is not None
    result = compute_ikm([dict.fromkeys((e.id for e in survey.elements), 4)], [e.id for e in survey.elements],
                         survey.grades)  # fmt: skip
    assert result.converted == 100.0 and result.grade is not None and result.grade.grade == "A"


@pytest.mark.parametrize(
    ("converted", "grade"),
    [(25.0, "D"), (64.99, "D"), (64.994, "D"), (64.995, "C"), (65.0, "C"), (76.60, "C"), (76.605, "B"),
     (76.61, "B"), (88.30, "B"), (88.305, "A"), (88.31, "A"), (100.0, "A")],
)  # fmt: skip
def test_grade_boundaries_of_the_conversion_table(content: Content, converted: float, grade: str) -> None:
    survey = survey_of(content)
    assert survey is not None
    found = grade_of(converted, survey.grades)
    assert found is not None and found.grade == grade


def test_every_row_of_the_sampling_table_is_krejcie_and_morgans_formula() -> None:
    def formula(population: int) -> float:  # X² = 3.841, P = 0.5, d = 0.05 (Krejcie & Morgan 1970)
        return 3.841 * population * 0.25 / (0.05**2 * (population - 1) + 3.841 * 0.25)

    assert len(KREJCIE_MORGAN) == 90
    assert all(round(formula(n)) == s for n, s in KREJCIE_MORGAN)


@pytest.mark.parametrize(
    ("population", "required"),
    [(0, 0), (4, 4), (12, 12), (100, 80), (101, 86), (1_234, 297), (9_000, 368), (2_000_000, 384)],
)
def test_required_respondents_read_from_the_next_row_up_and_never_more_than_the_population(
    population: int, required: int
) -> None:
    assert required_respondents(population) == required
