"""Questions in Google's emulator: one ticket per inbound message under concurrency, unique
codes, staff answers by code and by reply-to, erasure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from puspa.domain.sender import Sender
from puspa.store import FirestoreStore, FirestoreTicketStore
from tests.concurrency import run_concurrently
from tests.conftest import OFFICE_ID, PROJECT

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
QUESTION = "Apakah surat pindah bisa diurus di desa?"


def ticket_store() -> FirestoreTicketStore:
    return FirestoreTicketStore(FirestoreStore.for_project(PROJECT), keep_closed=timedelta(days=30))


@pytest.fixture
def tickets(firestore_host: str) -> FirestoreTicketStore:
    return ticket_store()


def test_one_ticket_under_concurrent_duplicate_deliveries(tickets: FirestoreTicketStore) -> None:
    resident = Sender("6281234567890", "")
    stores = [ticket_store() for _ in range(4)]
    results = run_concurrently(
        4, lambda i: stores[i].create_ticket(OFFICE_ID, resident, "Siti", "", QUESTION, "wamid.Q1", NOW, 3, 2026)
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    assert {r.code for r in results} == {"TNY-2026-0001"} and all(r.created for r in results)
    assert len(tickets.find_tickets(OFFICE_ID, resident.key, "")) == 1


def test_unique_codes_under_concurrent_creation(tickets: FirestoreTicketStore) -> None:
    stores = [ticket_store() for _ in range(5)]
    results = run_concurrently(
        5,
        lambda i: stores[i].create_ticket(
            OFFICE_ID, Sender(f"62812000000{i}", ""), "", "", QUESTION, f"w{i}", NOW, 3, 2026
        ),
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    assert sorted(r.code for r in results) == [f"TNY-2026-000{n}" for n in range(1, 6)]


def test_open_question_limit(tickets: FirestoreTicketStore) -> None:
    resident = Sender("6281234567890", "")
    for number in range(2):
        assert tickets.create_ticket(OFFICE_ID, resident, "", "", QUESTION, f"w{number}", NOW, 2, 2026).created
    refused = tickets.create_ticket(OFFICE_ID, resident, "", "", QUESTION, "w9", NOW, 2, 2026)
    assert not refused.created and refused.problem == "too_many_open"
    assert refused.open_codes == ("TNY-2026-0001", "TNY-2026-0002")


def test_answers_by_code_and_by_reply_and_the_thread(tickets: FirestoreTicketStore) -> None:
    resident = Sender("6281234567890", "")
    code = tickets.create_ticket(OFFICE_ID, resident, "Siti", "kk", QUESTION, "w1", NOW, 3, 2026).code
    first = tickets.staff_action(OFFICE_ID, code, "", "answer", "Bisa di desa.", "petugas …0001", "s1", NOW)
    assert first.changed and first.earlier_answers == ()
    tickets.remember_message(OFFICE_ID, "wamid.NOTE", code, NOW)
    second = tickets.staff_action(OFFICE_ID, "", "wamid.NOTE", "answer", "Bawa KK.", "petugas …0002", "s2", NOW)
    assert second.ticket is not None and [e.author for e in second.earlier_answers] == ["petugas …0001"]
    replay = tickets.staff_action(OFFICE_ID, "", "wamid.NOTE", "answer", "Bawa KK.", "petugas …0002", "s2", NOW)
    assert replay.ticket is not None and len(replay.ticket.thread) == 3
    assert tickets.staff_action(OFFICE_ID, "", "wamid.OTHER", "answer", "x", "p", "s3", NOW).problem == "unknown_reply"
    followup = tickets.resident_action(OFFICE_ID, resident.key, code, "followup", "Kalau antar kabupaten?", "w2", NOW)
    assert followup.ticket is not None and followup.ticket.status.value == "terbuka"
    client = FirestoreStore.for_project(PROJECT).client
    notice = client.collection("notices").document(f"{OFFICE_ID}_{code}_lanjut_4").get().to_dict()
    assert notice["kind"] == "ticket_followup" and "6281234567890" not in str(notice)
    other = tickets.resident_action(OFFICE_ID, "6289999999999", code, "close", "", "w3", NOW)
    assert other.ticket is None  # not theirs
    closed = tickets.resident_action(OFFICE_ID, resident.key, code, "close", "", "w4", NOW)
    assert closed.ticket is not None and closed.ticket.status.value == "selesai"
    data = client.collection("tickets").document(f"{OFFICE_ID}_{code}").get().to_dict()
    assert data["expire_at"] == NOW + timedelta(days=30)


def test_erase_deletes_the_residents_questions(tickets: FirestoreTicketStore) -> None:
    resident = Sender("6281234567890", "")
    code = tickets.create_ticket(OFFICE_ID, resident, "", "", QUESTION, "w1", NOW, 3, 2026).code
    tickets.create_ticket(OFFICE_ID, Sender("6282222222222", ""), "", "", QUESTION, "w2", NOW, 3, 2026)
    assert tickets.erase_resident_tickets(OFFICE_ID, resident.key) == (code,)
    assert tickets.find_tickets(OFFICE_ID, resident.key, "") == ()
    assert len(tickets.unanswered(OFFICE_ID)) == 1


def test_status_changes_are_logged_and_erasure_takes_follow_up_notices(tickets: FirestoreTicketStore) -> None:
    resident = Sender("6281234567890", "")
    code = tickets.create_ticket(OFFICE_ID, resident, "Siti", "", QUESTION, "w1", NOW, 3, 2026).code
    tickets.staff_action(OFFICE_ID, code, "", "answer", "Bisa.", "petugas …0001", "s1", NOW)
    tickets.resident_action(OFFICE_ID, resident.key, code, "followup", "Kalau antar kabupaten?", "w2", NOW)
    tickets.staff_action(OFFICE_ID, code, "", "close", "", "petugas …0002", "s2", NOW)
    client = FirestoreStore.for_project(PROJECT).client
    log = client.collection("tickets").document(f"{OFFICE_ID}_{code}").get().to_dict()["status_log"]
    assert [(e["status"], e["by"]) for e in log] == [
        ("dijawab", "petugas …0001"), ("terbuka", "warga"), ("ditutup", "petugas …0002"),
    ]  # fmt: skip
    notice = client.collection("notices").document(f"{OFFICE_ID}_{code}_lanjut_3")
    assert notice.get().to_dict()["expire_at"] is not None
    tickets.erase_resident_tickets(OFFICE_ID, resident.key)
    assert not notice.get().exists
