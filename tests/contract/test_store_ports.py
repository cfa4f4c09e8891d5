"""One contract per store port, run against the in-memory fakes and against the Firestore adapters on
Google's emulator: the fakes the fast tiers rely on cannot drift from Firestore's behaviour."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from puspa.app.ports import RegistrationStore, SessionStore
from puspa.domain.registration import Draft, Status
from puspa.domain.results import StatusProblem, TicketProblem
from puspa.domain.sender import Sender
from puspa.domain.session import Session, State
from puspa.domain.ticket import TicketAction, TicketStatus
from puspa.errors import ConcurrentUpdateError
from tests.conftest import OFFICE_ID, PROJECT
from tests.fakes import FakeRegistrationStore, FakeSessionStore, FakeTicketStore

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=30)
SITI, BUDI = Sender("6281234567890", ""), Sender("6289876543210", "")
QUESTION = "Syarat pindah KK dari Bekasi apa saja ya?"


def draft(day: date = date(2026, 12, 12)) -> Draft:
    return Draft("SITI", "3201064512900001", "Cibodas", "003/005", "pernikahan", day, "08.00–14.00 WIB",
                 "Kp. Cibodas RT 03/05", 300, "tidak_ada", "6281234567890")  # fmt: skip


@dataclass
class Ports:
    sessions: SessionStore
    registrations: RegistrationStore
    tickets: Any  # TicketStore plus remember_message (MessageRefs)


@pytest.fixture(params=["fake", pytest.param("firestore", marks=pytest.mark.emulator)])
def ports(request: pytest.FixtureRequest) -> Ports:
    if request.param == "fake":
        return Ports(FakeSessionStore(), FakeRegistrationStore(), FakeTicketStore())
    request.getfixturevalue("firestore_host")
    from puspa.store import FirestoreRegistrationStore, FirestoreStore, FirestoreTicketStore

    store = FirestoreStore.for_project(PROJECT)
    return Ports(store, FirestoreRegistrationStore(store), FirestoreTicketStore(store, keep_closed=timedelta(days=30)))


# --- SessionStore ----------------------------------------------------------------------------------


def test_session_store_creates_reads_and_compares_and_sets(ports: Ports) -> None:
    sessions = ports.sessions
    missing = sessions.load_session("k")
    assert (missing.session, missing.recent_wamids, missing.token) == (None, (), None)
    sessions.save_session("k", Session(State.SERVICE, service_id="kk", last_seen=NOW), ("w1",), None, LATER)
    with pytest.raises(ConcurrentUpdateError):  # created meanwhile by another instance
        sessions.save_session("k", Session(), ("w1",), None, LATER)
    first = sessions.load_session("k")
    assert first.session == Session(State.SERVICE, service_id="kk", last_seen=NOW) and first.recent_wamids == ("w1",)
    sessions.save_session("k", Session(State.MAIN_MENU), ("w1", "w2"), first.token, LATER)
    with pytest.raises(ConcurrentUpdateError):  # the token of a version that is gone
        sessions.save_session("k", Session(), ("w1",), first.token, LATER)
    second = sessions.load_session("k")
    assert second.session == Session(State.MAIN_MENU) and second.recent_wamids == ("w1", "w2")


def test_session_store_deletes_only_the_version_read_but_erases_any(ports: Ports) -> None:
    sessions = ports.sessions
    sessions.save_session("k", Session(), ("w1",), None, LATER)
    old = sessions.load_session("k")
    sessions.save_session("k", Session(State.MAIN_MENU), ("w1", "w2"), old.token, LATER)
    with pytest.raises(ConcurrentUpdateError):
        sessions.delete_session("k", old.token)
    sessions.delete_session("k", sessions.load_session("k").token)
    assert sessions.load_session("k").session is None
    sessions.save_session("k", Session(), ("w3",), None, LATER)
    sessions.erase_session("k")
    sessions.erase_session("k")  # erasing what is gone is fine
    assert sessions.load_session("k").token is None


# --- RegistrationStore ---------------------------------------------------------------------------


def test_registration_codes_count_per_year_and_replays_return_the_same(ports: Ports) -> None:
    regs = ports.registrations
    first = regs.submit_registration(OFFICE_ID, SITI, draft(), "w1", NOW, LATER, 2026)
    assert (first.code, first.created, first.status) == ("RSP-2026-0001", True, Status.DITERIMA)
    assert regs.submit_registration(OFFICE_ID, SITI, draft(), "w1", NOW, LATER, 2026) == first  # a redelivery
    same_date = regs.submit_registration(OFFICE_ID, SITI, draft(), "w2", NOW, LATER, 2026)
    assert (same_date.code, same_date.created) == ("RSP-2026-0001", False)
    other_date = regs.submit_registration(OFFICE_ID, SITI, draft(date(2026, 12, 19)), "w3", NOW, LATER, 2026)
    assert other_date.code == "RSP-2026-0002"
    next_year = regs.submit_registration(OFFICE_ID, BUDI, draft(), "w4", NOW, LATER, 2027)
    assert next_year.code == "RSP-2027-0001"


def test_residents_find_only_their_own_registrations(ports: Ports) -> None:
    regs = ports.registrations
    mine = regs.submit_registration(OFFICE_ID, SITI, draft(), "w1", NOW, LATER, 2026).code
    theirs = regs.submit_registration(OFFICE_ID, BUDI, draft(), "w2", NOW, LATER, 2026).code
    assert [r.code for r in regs.find_registrations(OFFICE_ID, SITI.key, "")] == [mine]
    assert [r.code for r in regs.find_registrations(OFFICE_ID, SITI.key, mine)] == [mine]
    assert regs.find_registrations(OFFICE_ID, SITI.key, theirs) == ()


def test_status_changes_follow_the_transitions_and_replays_change_nothing(ports: Ports) -> None:
    regs = ports.registrations
    code = regs.submit_registration(OFFICE_ID, SITI, draft(), "w1", NOW, LATER, 2026).code
    moved = regs.change_status(OFFICE_ID, code, Status.DIPROSES, "petugas …0001", "", "s1", NOW)
    assert moved.changed and moved.registration is not None and moved.registration.status is Status.DIPROSES
    replay = regs.change_status(OFFICE_ID, code, Status.DIPROSES, "petugas …0001", "", "s1", NOW)
    assert replay.changed and replay.registration is not None and len(replay.registration.history) == 2
    again = regs.change_status(OFFICE_ID, code, Status.DIPROSES, "petugas …0002", "", "s2", NOW)
    assert not again.changed and again.problem is None
    refused = regs.change_status(OFFICE_ID, code, Status.SELESAI, "petugas …0001", "", "s3", NOW)
    assert not refused.changed and refused.problem is StatusProblem.NOT_ALLOWED
    missing = regs.change_status(OFFICE_ID, "RSP-2026-0099", Status.DIPROSES, "petugas …0001", "", "s4", NOW)
    assert missing.problem is StatusProblem.NOT_FOUND and missing.registration is None


def test_erasing_a_resident_cancels_active_requests_and_frees_the_date(ports: Ports) -> None:
    regs = ports.registrations
    code = regs.submit_registration(OFFICE_ID, SITI, draft(), "w1", NOW, LATER, 2026).code
    assert regs.erase_resident(OFFICE_ID, SITI.key, NOW) == (code,)
    assert regs.find_registrations(OFFICE_ID, SITI.key, "") == ()
    again = regs.submit_registration(OFFICE_ID, SITI, draft(), "w2", NOW, LATER, 2026)
    assert again.created and again.code == "RSP-2026-0002"


# --- TicketStore ---------------------------------------------------------------------------------


def test_tickets_are_numbered_replayed_and_limited(ports: Ports) -> None:
    tickets = ports.tickets
    first = tickets.create_ticket(OFFICE_ID, SITI, "Siti", "kk", QUESTION, "w1", NOW, 2, 2026)
    assert (first.code, first.created) == ("TNY-2026-0001", True)
    assert tickets.create_ticket(OFFICE_ID, SITI, "Siti", "kk", QUESTION, "w1", NOW, 2, 2026).code == first.code
    tickets.create_ticket(OFFICE_ID, SITI, "Siti", "", QUESTION, "w2", NOW, 2, 2026)
    refused = tickets.create_ticket(OFFICE_ID, SITI, "Siti", "", QUESTION, "w3", NOW, 2, 2026)
    assert not refused.created and refused.problem is TicketProblem.TOO_MANY_OPEN
    assert refused.open_codes == ("TNY-2026-0001", "TNY-2026-0002")
    other = tickets.create_ticket(OFFICE_ID, BUDI, "Budi", "", QUESTION, "w4", NOW, 2, 2026)
    assert other.created and other.code == "TNY-2026-0003"
    assert [t.code for t in tickets.find_tickets(OFFICE_ID, BUDI.key, "")] == ["TNY-2026-0003"]
    assert tickets.find_tickets(OFFICE_ID, BUDI.key, "TNY-2026-0001") == ()


def test_resident_actions_on_their_own_question(ports: Ports) -> None:
    tickets = ports.tickets
    code = tickets.create_ticket(OFFICE_ID, SITI, "Siti", "kk", QUESTION, "w1", NOW, 3, 2026).code
    assert tickets.resident_action(OFFICE_ID, BUDI.key, code, TicketAction.CLOSE, "", "b1", NOW).ticket is None
    read = tickets.resident_action(OFFICE_ID, SITI.key, code, TicketAction.READ, "", "w2", NOW)
    assert read.ticket is not None and not read.changed
    followup = tickets.resident_action(OFFICE_ID, SITI.key, code, TicketAction.FOLLOWUP, "Kalau antar kota?", "w3", NOW)
    assert followup.changed and followup.ticket is not None and len(followup.ticket.thread) == 2
    closed = tickets.resident_action(OFFICE_ID, SITI.key, code, TicketAction.CLOSE, "", "w4", NOW)
    assert closed.changed and closed.ticket is not None and closed.ticket.status is TicketStatus.SELESAI
    again = tickets.resident_action(OFFICE_ID, SITI.key, code, TicketAction.CLOSE, "", "w5", NOW)
    assert not again.changed


def test_staff_answer_by_code_or_by_reply_once_per_message(ports: Ports) -> None:
    tickets = ports.tickets
    code = tickets.create_ticket(OFFICE_ID, SITI, "Siti", "kk", QUESTION, "w1", NOW, 3, 2026).code
    first = tickets.staff_action(OFFICE_ID, code, "", TicketAction.ANSWER, "Bawa KK.", "petugas …0001", "s1", NOW)
    assert first.changed and first.ticket is not None and first.ticket.status is TicketStatus.DIJAWAB
    assert first.earlier_answers == ()
    unknown = tickets.staff_action(OFFICE_ID, "", "wamid.X", TicketAction.ANSWER, "x", "petugas …0002", "s2", NOW)
    assert unknown.ticket is None and unknown.problem is TicketProblem.UNKNOWN_REPLY
    tickets.remember_message(OFFICE_ID, "wamid.NOTE", code, NOW)
    by_reply = tickets.staff_action(
        OFFICE_ID, "", "wamid.NOTE", TicketAction.ANSWER, "Dan KTP.", "petugas …0002", "s3", NOW
    )
    assert by_reply.ticket is not None and [e.author for e in by_reply.earlier_answers] == ["petugas …0001"]
    replay = tickets.staff_action(
        OFFICE_ID, "", "wamid.NOTE", TicketAction.ANSWER, "Dan KTP.", "petugas …0002", "s3", NOW
    )
    assert replay.ticket is not None and len(replay.ticket.thread) == 3
    closed = tickets.staff_action(OFFICE_ID, code, "", TicketAction.CLOSE, "", "petugas …0001", "s4", NOW)
    assert closed.ticket is not None and closed.ticket.status is TicketStatus.DITUTUP
    missing = tickets.staff_action(OFFICE_ID, "TNY-2026-0099", "", TicketAction.CLOSE, "", "petugas", "s5", NOW)
    assert missing.ticket is None and missing.problem is TicketProblem.NOT_FOUND


def test_erasing_a_residents_questions(ports: Ports) -> None:
    tickets = ports.tickets
    code = tickets.create_ticket(OFFICE_ID, SITI, "Siti", "kk", QUESTION, "w1", NOW, 3, 2026).code
    kept = tickets.create_ticket(OFFICE_ID, BUDI, "Budi", "", QUESTION, "w2", NOW, 3, 2026).code
    assert tickets.erase_resident_tickets(OFFICE_ID, SITI.key) == (code,)
    assert tickets.find_tickets(OFFICE_ID, SITI.key, "") == ()
    assert [t.code for t in tickets.find_tickets(OFFICE_ID, BUDI.key, "")] == [kept]
