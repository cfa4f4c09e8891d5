"""The PapersStore contract (cek berkas), on the fake and on the Firestore adapter: counting under
concurrent uploads, numbering, one notice per sending, staff's answer, views, erasure."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from puspa.app.handlers.papers import PapersStore
from puspa.domain.papers import MAX_FILES, FileProblem, PapersStatus
from puspa.domain.sender import Sender
from tests.conftest import OFFICE_ID, PROJECT
from tests.fakes import FakePapersStore

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
SITI, BUDI = Sender("6281234567890", ""), Sender("6289876543210", "")
OTHER_OFFICE = "106540352249999"
VISIT = date(2026, 12, 1)


@dataclass
class Rig:
    store: PapersStore
    notices: Callable[[str], list[dict[str, Any]]]  # office -> its papers notices
    expire_at: Callable[[str, str], datetime | None]  # (office, record) -> the record's TTL


def _fake() -> Rig:
    fake = FakePapersStore()
    return Rig(fake, lambda office: [n for n in fake.notices.values() if n["office_id"] == office], lambda o, r: None)


def _firestore() -> Rig:
    from google.cloud.firestore_v1.base_query import FieldFilter

    from puspa.store import FirestoreStore
    from puspa.store.papers import FirestorePapersStore

    store = FirestoreStore.for_project(PROJECT)

    def notices(office: str) -> list[dict[str, Any]]:
        query = store.client.collection("notices").where(filter=FieldFilter("office_id", "==", office))
        return [s.to_dict() or {} for s in query.stream() if (s.to_dict() or {}).get("kind") == "papers_submitted"]

    def expire_at(office: str, record: str) -> datetime | None:
        return (store.client.collection("papers").document(f"{office}_{record}").get().to_dict() or {})["expire_at"]

    return Rig(FirestorePapersStore(store), notices, expire_at)


@pytest.fixture(params=["fake", pytest.param("firestore", marks=pytest.mark.emulator)])
def rig(request: pytest.FixtureRequest) -> Rig:
    if request.param == "fake":
        return _fake()
    request.getfixturevalue("firestore_host")
    return _firestore()


def _add(rig: Rig, name: str, record: str = "r1", who: Sender = SITI, office: str = OFFICE_ID, at: datetime = NOW):
    return rig.store.add_file(office, record, who, "kk", "Kartu Keluarga (KK)", "B-014", VISIT, name, NOW, at)


def test_files_are_counted_once_each_and_the_first_of_a_batch_is_acknowledged(rig: Rig) -> None:
    first, second = _add(rig, "a.jpg"), _add(rig, "b.jpg", at=NOW + timedelta(seconds=5))
    again = _add(rig, "a.jpg", at=NOW + timedelta(seconds=6))  # a redelivery
    later = _add(rig, "c.pdf", at=NOW + timedelta(minutes=5))
    assert (first.count, second.count, again.count, later.count) == (1, 2, 2, 3)
    assert (first.acknowledge, second.acknowledge, again.acknowledge, later.acknowledge) == (True, False, False, True)
    (papers,) = rig.store.find_papers(OFFICE_ID, SITI.key, "")
    assert papers.files == ("a.jpg", "b.jpg", "c.pdf") and papers.visit_date == VISIT and papers.code == ""


def test_the_record_expires_with_its_files(rig: Rig) -> None:
    _add(rig, "a.jpg")
    expire_at = rig.expire_at(OFFICE_ID, "r1")
    assert expire_at is None or expire_at == datetime(2026, 12, 5, tzinfo=UTC)  # customTime (visit day) + 4 days


def test_the_count_holds_when_files_arrive_at_once(rig: Rig) -> None:
    for n in range(MAX_FILES - 2):
        _add(rig, f"early{n}.jpg")
    results: list[Any] = []
    start = threading.Barrier(5)

    def send(n: int) -> None:
        start.wait()
        results.append(_add(rig, f"burst{n}.jpg"))

    threads = [threading.Thread(target=send, args=(n,)) for n in range(5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    kept = [r for r in results if r.problem is None]
    assert len(kept) == 2 and sum(r.problem is FileProblem.COUNT for r in results) == 3
    (papers,) = rig.store.find_papers(OFFICE_ID, SITI.key, "")
    assert papers.count == MAX_FILES and len(set(papers.files)) == MAX_FILES


def test_sending_numbers_per_office_and_tells_staff_once_per_sending_with_new_files(rig: Rig) -> None:
    assert rig.store.submit_papers(OFFICE_ID, "r1", "m0", NOW, 2026).papers is None  # nothing sent yet
    _add(rig, "a.jpg")
    first = rig.store.submit_papers(OFFICE_ID, "r1", "m1", NOW, 2026)
    replay = rig.store.submit_papers(OFFICE_ID, "r1", "m1", NOW, 2026)
    nothing_new = rig.store.submit_papers(OFFICE_ID, "r1", "m2", NOW, 2026)
    assert first.papers is not None and first.sent and first.papers.code == "BRK-2026-0001"
    assert replay.sent and replay.papers is not None and replay.papers.code == "BRK-2026-0001"
    assert not nothing_new.sent
    _add(rig, "b.jpg", at=NOW + timedelta(hours=1))
    again = rig.store.submit_papers(OFFICE_ID, "r1", "m3", NOW, 2026)
    assert again.sent and again.papers is not None and (again.papers.code, again.papers.rounds) == ("BRK-2026-0001", 2)
    _add(rig, "x.jpg", record="r2", who=BUDI)
    _add(rig, "y.jpg", record="r3", office=OTHER_OFFICE)
    budi = rig.store.submit_papers(OFFICE_ID, "r2", "m4", NOW, 2026)
    elsewhere = rig.store.submit_papers(OTHER_OFFICE, "r3", "m5", NOW, 2026)
    assert budi.papers is not None and budi.papers.code == "BRK-2026-0002"
    assert elsewhere.papers is not None and elsewhere.papers.code == "BRK-2026-0001"
    notices = sorted(rig.notices(OFFICE_ID), key=lambda n: (n["code"], n["round"]))
    assert [(n["code"], n["round"], n["files"]) for n in notices] == [
        ("BRK-2026-0001", 1, 1), ("BRK-2026-0001", 2, 2), ("BRK-2026-0002", 1, 1)
    ]  # fmt: skip
    assert notices[0]["visit_date"] == "2026-12-01" and notices[0]["service_title"] == "Kartu Keluarga (KK)"


def test_staff_answer_once_per_message_and_only_at_the_office(rig: Rig) -> None:
    _add(rig, "a.jpg")
    rig.store.submit_papers(OFFICE_ID, "r1", "m1", NOW, 2026)
    later = NOW + timedelta(hours=2)
    short = rig.store.answer_papers(OFFICE_ID, "BRK-2026-0001", False, "Foto KK buram", "petugas …0001", "s1", later)
    replay = rig.store.answer_papers(OFFICE_ID, "BRK-2026-0001", True, "", "petugas …0001", "s1", later)
    assert short is not None and short.status is PapersStatus.KURANG and short.answer == "Foto KK buram"
    assert replay is not None and replay.status is PapersStatus.KURANG
    assert rig.store.answer_papers(OTHER_OFFICE, "BRK-2026-0001", True, "", "p", "s2", later) is None
    done = rig.store.answer_papers(OFFICE_ID, "BRK-2026-0001", True, "", "petugas …0002", "s3", later)
    assert done is not None and done.status is PapersStatus.LENGKAP
    assert _add(rig, "late.jpg").problem is FileProblem.CLOSED


def test_the_month_counts_each_record_at_its_first_check_only(rig: Rig) -> None:
    for record, who in (("r1", SITI), ("r2", BUDI)):
        _add(rig, "a.jpg", record=record, who=who)
        rig.store.submit_papers(OFFICE_ID, record, f"m-{record}", NOW, 2026)
    later = NOW + timedelta(hours=2)
    rig.store.answer_papers(OFFICE_ID, "BRK-2026-0001", False, "Foto KK buram", "p", "s1", later, "2026-11")
    rig.store.answer_papers(OFFICE_ID, "BRK-2026-0001", False, "Foto KK buram", "p", "s1", later, "2026-11")  # replay
    rig.store.answer_papers(OFFICE_ID, "BRK-2026-0001", True, "", "p", "s2", later, "2026-11")  # its second check
    rig.store.answer_papers(OFFICE_ID, "BRK-2026-0002", True, "", "p", "s3", later, "2026-11")
    assert rig.store.month_figures(OFFICE_ID, "2026-11") == {"checked": 2, "complete_first": 1}
    assert rig.store.month_figures(OFFICE_ID, "2026-12") == {"checked": 0, "complete_first": 0}
    assert rig.store.month_figures(OTHER_OFFICE, "2026-11") == {"checked": 0, "complete_first": 0}


def test_views_are_recorded_with_who_and_when(rig: Rig) -> None:
    _add(rig, "a.jpg")
    rig.store.submit_papers(OFFICE_ID, "r1", "m1", NOW, 2026)
    rig.store.record_view(OFFICE_ID, "BRK-2026-0001", "petugas …0001", NOW + timedelta(hours=1))
    seen = rig.store.record_view(OFFICE_ID, "BRK-2026-0001", "e-mail s…@kecamatan.go.id", NOW + timedelta(hours=2))
    assert seen is not None and [(v.by, v.at) for v in seen.views] == [
        ("petugas …0001", NOW + timedelta(hours=1)), ("e-mail s…@kecamatan.go.id", NOW + timedelta(hours=2))
    ]  # fmt: skip
    assert rig.store.record_view(OFFICE_ID, "BRK-2026-0009", "petugas …0001", NOW) is None
    (stored,) = rig.store.find_papers(OFFICE_ID, SITI.key, "BRK-2026-0001")
    assert len(stored.views) == 2


def test_erasing_a_resident_deletes_their_records_codes_and_notices_only(rig: Rig) -> None:
    _add(rig, "a.jpg")
    rig.store.submit_papers(OFFICE_ID, "r1", "m1", NOW, 2026)
    _add(rig, "x.jpg", record="r2", who=BUDI)
    rig.store.submit_papers(OFFICE_ID, "r2", "m2", NOW, 2026)
    (erased,) = rig.store.erase_resident_papers(OFFICE_ID, SITI.key)
    assert erased.code == "BRK-2026-0001"
    assert rig.store.find_papers(OFFICE_ID, SITI.key, "") == ()
    assert rig.store.papers_by_code(OFFICE_ID, "BRK-2026-0001") is None
    assert [n["code"] for n in rig.notices(OFFICE_ID)] == ["BRK-2026-0002"]
    assert rig.store.papers_by_code(OFFICE_ID, "BRK-2026-0002") is not None


@pytest.mark.emulator
def test_the_code_lives_as_long_as_its_record(firestore_host: str) -> None:
    """Files sent after KURANG push the record's expiry later; its code (BRK-…) must follow, or staff's
    LENGKAP and their links would find nothing while the record and its files are still there."""
    rig = _firestore()
    later = NOW + timedelta(days=3)
    rig.store.add_file(OFFICE_ID, "r1", SITI, "kk", "Kartu Keluarga (KK)", "", None, "a.jpg", NOW, NOW)
    code = rig.store.submit_papers(OFFICE_ID, "r1", "m1", NOW, 2026).papers.code  # type: ignore[union-attr]
    rig.store.answer_papers(OFFICE_ID, code, False, "Foto buram", "p", "s1", NOW)
    rig.store.add_file(OFFICE_ID, "r1", SITI, "kk", "Kartu Keluarga (KK)", "", None, "b.jpg", NOW, later)
    from puspa.store import FirestoreStore

    pointer = FirestoreStore.for_project(PROJECT).client.collection("paper_codes").document(f"{OFFICE_ID}_{code}")
    assert (pointer.get().to_dict() or {})["expire_at"] == rig.expire_at(OFFICE_ID, "r1") == later + timedelta(days=4)


def test_two_staff_opening_at_once_are_both_recorded(rig: Rig) -> None:
    import threading

    _add(rig, "a.jpg")
    code = rig.store.submit_papers(OFFICE_ID, "r1", "m1", NOW, 2026).papers.code  # type: ignore[union-attr]
    start = threading.Barrier(4)

    def view(n: int) -> None:
        start.wait()
        rig.store.record_view(OFFICE_ID, code, f"petugas …000{n}", NOW + timedelta(minutes=n))

    threads = [threading.Thread(target=view, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    (papers,) = rig.store.find_papers(OFFICE_ID, SITI.key, "")
    assert sorted(v.by for v in papers.views) == [f"petugas …000{n}" for n in range(4)]
