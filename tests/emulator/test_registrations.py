"""Registrations in Google's emulator: uniqueness under concurrency, status changes, erasure."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from puspa.domain.registration import Draft, Status
from puspa.domain.sender import Sender
from puspa.store import FirestoreRegistrationStore, FirestoreStore
from tests.concurrency import run_concurrently
from tests.conftest import OFFICE_ID, PROJECT

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
EXPIRE = NOW + timedelta(days=120)


def draft(day: date = date(2026, 12, 12)) -> Draft:
    return Draft("SITI", "3201064512900001", "Cibodas", "003/005", "pernikahan", day, "08.00–14.00 WIB",
                 "Kp. Cibodas RT 03/05", 300, "tidak_ada", "6281234567890")  # fmt: skip


@pytest.fixture
def registrations(firestore_host: str) -> FirestoreRegistrationStore:
    return FirestoreRegistrationStore(FirestoreStore.for_project(PROJECT))


def test_concurrent_duplicate_submissions_create_one_registration(registrations: FirestoreRegistrationStore) -> None:
    resident = Sender("6281234567890", "")
    stores = [FirestoreRegistrationStore(FirestoreStore.for_project(PROJECT)) for _ in range(4)]
    results = run_concurrently(
        4, lambda i: stores[i].submit_registration(OFFICE_ID, resident, draft(), f"wamid.{i}", NOW, EXPIRE, 2026)
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    assert len({r.code for r in results}) == 1
    assert sum(r.created for r in results) == 1
    assert len(registrations.find_registrations(OFFICE_ID, resident.key, "")) == 1


def test_concurrent_submissions_from_different_residents_get_unique_codes(
    registrations: FirestoreRegistrationStore,
) -> None:
    stores = [FirestoreRegistrationStore(FirestoreStore.for_project(PROJECT)) for _ in range(5)]
    results = run_concurrently(
        5,
        lambda i: stores[i].submit_registration(
            OFFICE_ID, Sender(f"62812000000{i:02d}", ""), draft(), f"w{i}", NOW, EXPIRE, 2026
        ),
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sorted(r.code for r in results) == [f"RSP-2026-000{n}" for n in range(1, 6)]


def test_replaying_the_same_message_returns_the_same_registration(registrations: FirestoreRegistrationStore) -> None:
    resident = Sender("6281234567890", "")
    first = registrations.submit_registration(OFFICE_ID, resident, draft(), "wamid.K", NOW, EXPIRE, 2026)
    again = registrations.submit_registration(OFFICE_ID, resident, draft(), "wamid.K", NOW, EXPIRE, 2026)
    other = registrations.submit_registration(OFFICE_ID, resident, draft(), "wamid.L", NOW, EXPIRE, 2026)
    assert first.created and again.created and again.code == first.code
    assert not other.created and other.code == first.code
    next_date = registrations.submit_registration(
        OFFICE_ID, resident, draft(date(2026, 12, 19)), "wamid.M", NOW, EXPIRE, 2026
    )
    assert next_date.created and next_date.code == "RSP-2026-0002"


def test_status_changes_are_recorded_and_checked(registrations: FirestoreRegistrationStore) -> None:
    resident = Sender("6281234567890", "")
    code = registrations.submit_registration(OFFICE_ID, resident, draft(), "w1", NOW, EXPIRE, 2026).code
    changed = registrations.change_status(OFFICE_ID, code, Status.DIPROSES, "petugas …0001", "", "s1", NOW)
    assert changed.changed and changed.registration is not None and changed.registration.status is Status.DIPROSES
    assert registrations.change_status(
        OFFICE_ID, code, Status.DIPROSES, "petugas …0001", "", "s1", NOW
    ).changed  # replay
    assert not registrations.change_status(OFFICE_ID, code, Status.DIPROSES, "petugas …0002", "", "s2", NOW).changed
    refused = registrations.change_status(OFFICE_ID, code, Status.SELESAI, "petugas …0001", "", "s3", NOW)
    assert refused.problem == "not_allowed"
    assert (
        registrations.change_status(OFFICE_ID, "RSP-2026-0999", Status.DIPROSES, "x", "", "s4", NOW).problem
        == "not_found"
    )
    (stored,) = registrations.find_registrations(OFFICE_ID, resident.key, code)
    assert [(c.status.value, c.by) for c in stored.history] == [("diterima", "warga"), ("diproses", "petugas …0001")]
    assert registrations.find_registrations(OFFICE_ID, "6289999999999", code) == ()


def test_erase_cancels_scrubs_and_leaves_a_notice(registrations: FirestoreRegistrationStore) -> None:
    resident = Sender("6281234567890", "")
    code = registrations.submit_registration(OFFICE_ID, resident, draft(), "w1", NOW, EXPIRE, 2026).code
    assert registrations.erase_resident(OFFICE_ID, resident.key, NOW) == (code,)
    assert registrations.find_registrations(OFFICE_ID, resident.key, "") == ()
    client = FirestoreStore.for_project(PROJECT).client
    data = client.collection("registrations").document(f"{OFFICE_ID}_{code}").get().to_dict()
    assert data["status"] == "dibatalkan" and data["draft"]["nik"] == "" and data["resident_wa_id"] == ""
    notice = client.collection("notices").document(f"{OFFICE_ID}_{code}_dibatalkan").get().to_dict()
    assert notice["kind"] == "registration_cancelled" and "3201064512900001" not in str(notice)
    again = registrations.submit_registration(OFFICE_ID, resident, draft(), "w2", NOW, EXPIRE, 2026)
    assert again.created  # the date is free again
