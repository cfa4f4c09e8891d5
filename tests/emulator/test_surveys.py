"""Survey answers on Google's emulator: answers stored before months had their own key are sealed too."""

from __future__ import annotations

from datetime import UTC, datetime

from puspa.store import FirestoreStore, FirestoreSurveyStore
from tests.conftest import OFFICE_ID, PROJECT

SENT = datetime(2026, 10, 14, 3, 21, 7, tzinfo=UTC)


def test_answers_kept_the_old_way_are_sealed_with_the_next_month_reported(firestore_host: str) -> None:
    store = FirestoreStore.for_project(PROJECT)
    answers = store.client.collection("survey_answers")
    old = {"office_id": OFFICE_ID, "service_id": "kk", "scores": {"u1": 3}, "suggestion": "", "submitted_at": SENT}
    answers.document(f"{OFFICE_ID}_2026-10_m:secrethash").set({**old, "period": "2026-10"})
    answers.document(f"{OFFICE_ID}_2026-12_m:secrethash").set({**old, "period": "2026-12"})  # the month still open
    assert FirestoreSurveyStore(store).seal_period(OFFICE_ID, "2026-11") == 1
    kept = {a.id: a.to_dict() or {} for a in answers.stream()}
    (october,) = (a for i, a in kept.items() if "_2026-10_s" in i)
    assert october["scores"] == {"u1": 3} and "submitted_at" not in october
    assert f"{OFFICE_ID}_2026-12_m:secrethash" in kept and f"{OFFICE_ID}_2026-10_m:secrethash" not in kept
