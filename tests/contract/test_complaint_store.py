"""The ComplaintStore contract (Saran & pengaduan), on the fake and on the Firestore adapter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from puspa.app.handlers.complaint import ComplaintStore
from puspa.domain.complaint import ComplaintStatus
from puspa.domain.sender import Sender
from tests.conftest import OFFICE_ID, PROJECT
from tests.fakes import FakeComplaintStore

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
SITI, BUDI = Sender("6281234567890", ""), Sender("6289876543210", "")
OTHER_OFFICE = "106540352249999"


@dataclass
class Rig:
    store: ComplaintStore
    notice: Callable[[str, str], dict[str, Any] | None]  # (office, code) -> the staff notice, if any


def _fake() -> Rig:
    fake = FakeComplaintStore()
    return Rig(fake, lambda office, code: fake.notices.get((office, code)))


def _firestore() -> Rig:
    from puspa.store import FirestoreStore
    from puspa.store.complaints import FirestoreComplaintStore

    store = FirestoreStore.for_project(PROJECT)

    def notice(office: str, code: str) -> dict[str, Any] | None:
        snapshot = store.client.collection("notices").document(f"{office}_{code}").get()
        return snapshot.to_dict() if snapshot.exists else None

    return Rig(FirestoreComplaintStore(store), notice)


@pytest.fixture(params=["fake", pytest.param("firestore", marks=pytest.mark.emulator)])
def rig(request: pytest.FixtureRequest) -> Rig:
    if request.param == "fake":
        return _fake()
    request.getfixturevalue("firestore_host")
    return _firestore()


def test_complaints_are_numbered_per_office_and_year_and_a_replay_keeps_one(rig: Rig) -> None:
    first = rig.store.submit_complaint(OFFICE_ID, SITI, "Waktu / antrean", "Antrean KTP lama sekali", "m1", NOW, 2026)
    again = rig.store.submit_complaint(OFFICE_ID, SITI, "Waktu / antrean", "Antrean KTP lama sekali", "m1", NOW, 2026)
    second = rig.store.submit_complaint(OFFICE_ID, BUDI, "Saran / usulan", "Tambah kursi tunggu", "m2", NOW, 2026)
    elsewhere = rig.store.submit_complaint(OTHER_OFFICE, BUDI, "Lainnya", "Loket tutup siang", "m3", NOW, 2026)
    next_year = rig.store.submit_complaint(OFFICE_ID, BUDI, "Lainnya", "Parkir penuh", "m4", NOW, 2027)
    assert (first.code, again.code, second.code) == ("ADU-2026-0001", "ADU-2026-0001", "ADU-2026-0002")
    assert (elsewhere.code, next_year.code) == ("ADU-2026-0001", "ADU-2027-0001")
    assert first.status is ComplaintStatus.TERBUKA and first.resident_key == SITI.key
    notice = rig.notice(OFFICE_ID, "ADU-2026-0001")
    assert notice is not None and notice["kind"] == "complaint_new" and notice["text"] == "Antrean KTP lama sekali"
    assert notice["expire_at"] <= NOW + timedelta(days=7)  # its text is not kept for the complaint's months


def test_residents_find_only_their_own_complaints_at_that_office(rig: Rig) -> None:
    rig.store.submit_complaint(OFFICE_ID, SITI, "Lainnya", "Loket dua sering kosong", "m1", NOW, 2026)
    rig.store.submit_complaint(OFFICE_ID, BUDI, "Lainnya", "Toilet kantor rusak", "m2", NOW, 2026)
    rig.store.submit_complaint(OTHER_OFFICE, SITI, "Lainnya", "Ruang tunggu panas", "m3", NOW, 2026)
    assert [c.code for c in rig.store.find_complaints(OFFICE_ID, SITI.key, "")] == ["ADU-2026-0001"]
    assert rig.store.find_complaints(OFFICE_ID, SITI.key, "ADU-2026-0002") == ()  # Budi's, by its code
    assert [c.text for c in rig.store.find_complaints(OTHER_OFFICE, SITI.key, "")] == ["Ruang tunggu panas"]


def test_staff_answer_once_per_message_and_only_at_the_office(rig: Rig) -> None:
    rig.store.submit_complaint(OFFICE_ID, SITI, "Lainnya", "Loket dua sering kosong", "m1", NOW, 2026)
    later = NOW + timedelta(hours=2)
    answered = rig.store.answer_complaint(OFFICE_ID, "ADU-2026-0001", "Sudah kami tambah petugas.", "p", "s1", later)
    replayed = rig.store.answer_complaint(OFFICE_ID, "ADU-2026-0001", "Teks lain", "p", "s1", later)
    assert answered is not None and answered.status is ComplaintStatus.DITANGGAPI
    assert replayed is not None and replayed.answer == "Sudah kami tambah petugas."
    assert rig.store.answer_complaint(OTHER_OFFICE, "ADU-2026-0001", "x", "p", "s2", later) is None
    assert rig.store.answer_complaint(OFFICE_ID, "ADU-2026-0009", "x", "p", "s3", later) is None


def test_erasing_a_resident_deletes_their_complaints_and_staff_notices_only(rig: Rig) -> None:
    rig.store.submit_complaint(OFFICE_ID, SITI, "Lainnya", "Loket dua sering kosong", "m1", NOW, 2026)
    rig.store.submit_complaint(OFFICE_ID, BUDI, "Lainnya", "Toilet kantor rusak", "m2", NOW, 2026)
    assert rig.store.erase_resident_complaints(OFFICE_ID, SITI.key) == ("ADU-2026-0001",)
    assert rig.store.find_complaints(OFFICE_ID, SITI.key, "") == ()
    assert rig.notice(OFFICE_ID, "ADU-2026-0001") is None
    assert rig.notice(OFFICE_ID, "ADU-2026-0002") is not None
    assert len(rig.store.find_complaints(OFFICE_ID, BUDI.key, "")) == 1


def test_a_replay_after_the_resident_erased_keeps_nothing_again(rig: Rig) -> None:
    first = rig.store.submit_complaint(OFFICE_ID, SITI, "Lainnya", "Loket dua sering kosong", "m1", NOW, 2026)
    rig.store.erase_resident_complaints(OFFICE_ID, SITI.key)
    again = rig.store.submit_complaint(OFFICE_ID, SITI, "Lainnya", "Loket dua sering kosong", "m1", NOW, 2026)
    assert again.code == first.code and rig.store.find_complaints(OFFICE_ID, SITI.key, "") == ()
