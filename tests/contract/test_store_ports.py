"""One contract per store port, run against the in-memory fakes and against the Firestore adapters on
Google's emulator: the fakes the fast tiers rely on cannot drift from Firestore's behaviour.

Covered: SessionStore, RegistrationStore, TicketStore, MessageRefs, ContentSource, SurveyStore,
ReadinessStore, Ledger. UnansweredSource, UnansweredQuestions, MonthSource and ActivitySource have a
Firestore adapter but no fake (the tests that need them run on the emulator)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from puspa.app.ports import LEASE, ContentSource, Ledger, ReadinessStore, RegistrationStore, SessionStore, SurveyStore
from puspa.domain.readiness import FAILURES_PER_DAY, DocumentRecord, Lookup, LookupOutcome, Marked, Readiness
from puspa.domain.registration import Draft, Status
from puspa.domain.results import StatusProblem, TicketProblem
from puspa.domain.sender import Sender
from puspa.domain.session import Session, State
from puspa.domain.ticket import TicketAction, TicketStatus
from puspa.errors import ConcurrentUpdateError
from puspa.store.ledger import ChannelBusyError
from tests.conftest import OFFICE_ID, PROJECT
from tests.fakes import (
    FakeContentSource,
    FakeNotificationLedger,
    FakeReadinessStore,
    FakeRegistrationStore,
    FakeSessionStore,
    FakeSurveyStore,
    FakeTicketStore,
)

NOW = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=30)
SITI, BUDI = Sender("6281234567890", ""), Sender("6289876543210", "")
QUESTION = "Syarat pindah KK dari Bekasi apa saja ya?"
OTHER_OFFICE = "106540352249999"
BUNDLE: dict[str, Any] = {"kantor": {"nama": "Kecamatan Jonggol"}, "layanan": [{"id": "kk", "judul": "KK"}]}


def draft(day: date = date(2026, 12, 12)) -> Draft:
    return Draft("SITI", "3201064512900001", "Cibodas", "003/005", "pernikahan", day, "08.00–14.00 WIB",
                 "Kp. Cibodas RT 03/05", 300, "tidak_ada", "6281234567890")  # fmt: skip


@dataclass
class Ports:
    sessions: SessionStore
    registrations: RegistrationStore
    tickets: Any  # TicketStore plus remember_message (MessageRefs)
    content: ContentSource
    surveys: SurveyStore
    documents: ReadinessStore
    ledger: Ledger
    publish: Callable[[str, str, dict[str, Any]], None]  # (office, version, bundle): what content_seed does
    document_notices: Callable[[], list[tuple[str, str, list[str]]]]  # (office, number, subscriber keys)
    survey_ids: Callable[[str, str], set[str]]  # (office, period) -> the respondent parts of the answers' ids
    document_expiry: Callable[[str], Any]  # number -> the record's expire_at, as stored


def _fake_ports() -> Ports:
    content, documents, surveys = FakeContentSource(OFFICE_ID, BUNDLE, "v1"), FakeReadinessStore(), FakeSurveyStore()

    def publish(office_id: str, version: str, bundle: dict[str, Any]) -> None:
        content.published[office_id] = (version, bundle)

    def document_notices() -> list[tuple[str, str, list[str]]]:
        return sorted((o, n, sorted(notice["subscribers"])) for (o, n), notice in documents.notices_by_document.items())

    def survey_ids(office_id: str, period: str) -> set[str]:
        return {r for (o, p, r) in surveys.answers if (o, p) == (office_id, period)}

    def document_expiry(number: str) -> Any:
        return documents.docs[(OFFICE_ID, number)]["expire_at"]

    return Ports(FakeSessionStore(), FakeRegistrationStore(), FakeTicketStore(), content, surveys, documents,
                 FakeNotificationLedger(), publish, document_notices, survey_ids, document_expiry)  # fmt: skip


def _firestore_ports() -> Ports:
    from puspa.store import (
        FirestoreNotificationLedger,
        FirestoreReadinessStore,
        FirestoreRegistrationStore,
        FirestoreStore,
        FirestoreSurveyStore,
        FirestoreTicketStore,
    )

    store = FirestoreStore.for_project(PROJECT)
    store.publish_content(OFFICE_ID, "v1", BUNDLE, published_by="test")

    def publish(office_id: str, version: str, bundle: dict[str, Any]) -> None:
        store.publish_content(office_id, version, bundle, published_by="test")

    def document_notices() -> list[tuple[str, str, list[str]]]:
        notices = [n.to_dict() or {} for n in store.client.collection("notices").stream()]
        return sorted(
            (n["office_id"], n["number"], sorted(s["key"] for s in n["subscribers"]))
            for n in notices
            if n.get("kind") == "document_ready"
        )

    def survey_ids(office_id: str, period: str) -> set[str]:
        prefix = f"{office_id}_{period}_"
        return {a.id.removeprefix(prefix) for a in store.client.collection("survey_answers").stream()
                if a.id.startswith(prefix)}  # fmt: skip

    def document_expiry(number: str) -> Any:
        return (store.client.collection("documents").document(f"{OFFICE_ID}_{number}").get().to_dict() or {})[
            "expire_at"
        ]

    return Ports(store, FirestoreRegistrationStore(store), FirestoreTicketStore(store, keep_closed=timedelta(days=30)),
                 store, FirestoreSurveyStore(store), FirestoreReadinessStore(store), FirestoreNotificationLedger(store),
                 publish, document_notices, survey_ids, document_expiry)  # fmt: skip


@pytest.fixture(params=["fake", pytest.param("firestore", marks=pytest.mark.emulator)])
def ports(request: pytest.FixtureRequest) -> Ports:
    if request.param == "fake":
        return _fake_ports()
    request.getfixturevalue("firestore_host")
    return _firestore_ports()


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


def test_session_store_keeps_unfinished_turns_until_each_is_finished(ports: Ports) -> None:
    from puspa.domain.delivery import DeliveryLog, Unfinished

    sessions, a, b = ports.sessions, "wamid.HBgN.Ab+/=A", "wamid.HBgN.B`2"  # ids hold dots and the like
    before = Session(State.SERVICE, service_id="kk", last_seen=NOW)
    log = DeliveryLog({a: NOW, b: NOW}, unfinished={a: Unfinished(before, NOW), b: Unfinished(None, NOW)})
    sessions.save_session("k", Session(State.MAIN_MENU), (a, b), None, LATER, log)
    assert sessions.load_session("k").log.unfinished == log.unfinished
    token = sessions.load_session("k").token
    sessions.finish_turn("k", a)  # no read, no version check: only that record goes
    stored = sessions.load_session("k")
    assert stored.log.unfinished == {b: Unfinished(None, NOW)} and stored.recent_wamids == (a, b)
    assert stored.session == Session(State.MAIN_MENU) and stored.token != token  # claims made meanwhile retry
    sessions.erase_session("k")
    sessions.finish_turn("k", b)  # an erased session stays erased
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


# --- MessageRefs ---------------------------------------------------------------------------------


def test_message_refs_reply_to_a_remembered_notification_answers_its_question(ports: Ports) -> None:
    tickets = ports.tickets
    code = tickets.create_ticket(OFFICE_ID, SITI, "Siti", "kk", QUESTION, "w1", NOW, 3, 2026).code
    before = tickets.staff_action(OFFICE_ID, "", "wamid.NOTE", TicketAction.ANSWER, "Bawa KK.", "petugas", "s1", NOW)
    assert before.ticket is None and before.problem is TicketProblem.UNKNOWN_REPLY
    tickets.remember_message(OFFICE_ID, "wamid.NOTE", code, NOW)
    answered = tickets.staff_action(OFFICE_ID, "", "wamid.NOTE", TicketAction.ANSWER, "Bawa KK.", "petugas", "s2", NOW)
    assert answered.changed and answered.ticket is not None and answered.ticket.code == code
    assert answered.ticket.status is TicketStatus.DIJAWAB and answered.ticket.thread[-1].text == "Bawa KK."


def test_message_refs_reply_at_another_office_is_unknown(ports: Ports) -> None:
    tickets = ports.tickets
    tickets.create_ticket(OTHER_OFFICE, BUDI, "Budi", "", QUESTION, "w1", NOW, 3, 2026)
    code = tickets.create_ticket(OFFICE_ID, SITI, "Siti", "kk", QUESTION, "w2", NOW, 3, 2026).code
    tickets.remember_message(OFFICE_ID, "wamid.NOTE", code, NOW)
    elsewhere = tickets.staff_action(OTHER_OFFICE, "", "wamid.NOTE", TicketAction.ANSWER, "x", "petugas", "s1", NOW)
    assert elsewhere.ticket is None and elsewhere.problem is TicketProblem.UNKNOWN_REPLY
    assert [t.thread[-1].text for t in tickets.find_tickets(OTHER_OFFICE, BUDI.key, "")] == [QUESTION]


# --- ContentSource -------------------------------------------------------------------------------


def test_content_source_unpublished_office_reads_none(ports: Ports) -> None:
    assert ports.content.content_version(OTHER_OFFICE) is None
    assert ports.content.load_content(OTHER_OFFICE) is None


def test_content_source_published_bundle_reads_back_and_a_new_version_replaces_it(ports: Ports) -> None:
    assert ports.content.content_version(OFFICE_ID) == "v1"
    assert ports.content.load_content(OFFICE_ID) == ("v1", BUNDLE)
    newer = {**BUNDLE, "kantor": {"nama": "Kecamatan Jonggol (baru)"}}
    ports.publish(OFFICE_ID, "v2", newer)
    assert ports.content.content_version(OFFICE_ID) == "v2"
    assert ports.content.load_content(OFFICE_ID) == ("v2", newer)
    assert ports.content.content_version(OTHER_OFFICE) is None  # one office's content is not another's


def test_content_source_lists_every_published_office_and_nothing_else(ports: Ports) -> None:
    assert ports.content.published_offices() == (OFFICE_ID,)
    ports.publish(OTHER_OFFICE, "v1", BUNDLE)
    assert ports.content.published_offices() == tuple(sorted((OFFICE_ID, OTHER_OFFICE)))


# --- SurveyStore ---------------------------------------------------------------------------------


def _answers(ports: Ports, office_id: str, period: str) -> list[tuple[str, dict[str, int], str]]:
    found = ports.surveys.survey_answers(office_id, period)
    assert all(set(a) == {"service_id", "scores", "suggestion"} for a in found)  # no sender, no time
    answers = [(a["service_id"], dict(a["scores"]), a["suggestion"]) for a in found]
    return sorted(answers, key=lambda answer: answer[2])  # by suggestion


def test_survey_second_answer_of_a_respondent_in_a_period_is_refused_and_stores_nothing(ports: Ports) -> None:
    surveys = ports.surveys
    assert surveys.submit_survey(OFFICE_ID, "r-siti", "2026-11", "kk", {"u1": 4, "u2": 3}, "Cepat.") is True
    assert surveys.submit_survey(OFFICE_ID, "r-siti", "2026-11", "ktp_el", {"u1": 1, "u2": 1}, "Lambat.") is False
    assert _answers(ports, OFFICE_ID, "2026-11") == [("kk", {"u1": 4, "u2": 3}, "Cepat.")]


def test_survey_another_respondent_period_or_office_is_stored_apart(ports: Ports) -> None:
    surveys = ports.surveys
    assert surveys.submit_survey(OFFICE_ID, "r-siti", "2026-11", "kk", {"u1": 4}, "a") is True
    assert surveys.submit_survey(OFFICE_ID, "r-budi", "2026-11", "kk", {"u1": 2}, "b") is True
    assert surveys.submit_survey(OFFICE_ID, "r-siti", "2026-12", "", {"u1": 3}, "c") is True
    assert surveys.submit_survey(OTHER_OFFICE, "r-siti", "2026-11", "kk", {"u1": 1}, "d") is True
    assert _answers(ports, OFFICE_ID, "2026-11") == [("kk", {"u1": 4}, "a"), ("kk", {"u1": 2}, "b")]
    assert _answers(ports, OFFICE_ID, "2026-12") == [("", {"u1": 3}, "c")]
    assert _answers(ports, OTHER_OFFICE, "2026-11") == [("kk", {"u1": 1}, "d")]
    assert _answers(ports, OFFICE_ID, "2026-10") == []


def test_survey_key_is_one_per_office_and_month_and_a_sealed_month_has_a_new_one(ports: Ports) -> None:
    surveys = ports.surveys
    november = surveys.period_key(OFFICE_ID, "2026-11")
    assert len(november) == 32 and surveys.period_key(OFFICE_ID, "2026-11") == november
    assert surveys.period_key(OFFICE_ID, "2026-12") != november
    assert surveys.period_key(OTHER_OFFICE, "2026-11") != november
    surveys.seal_period(OFFICE_ID, "2026-11")
    assert surveys.period_key(OFFICE_ID, "2026-11") != november  # the old key is gone for good


def test_survey_sealing_keeps_the_answers_and_forgets_who_gave_them(ports: Ports) -> None:
    surveys = ports.surveys
    surveys.submit_survey(OFFICE_ID, "r-siti", "2026-11", "kk", {"u1": 4}, "a")
    surveys.submit_survey(OFFICE_ID, "r-budi", "2026-11", "kk", {"u1": 2}, "b")
    surveys.submit_survey(OFFICE_ID, "r-siti", "2026-12", "kk", {"u1": 3}, "c")
    assert surveys.seal_period(OFFICE_ID, "2026-11") == 2
    assert surveys.seal_period(OFFICE_ID, "2026-11") == 0  # safe to repeat
    assert _answers(ports, OFFICE_ID, "2026-11") == [("kk", {"u1": 4}, "a"), ("kk", {"u1": 2}, "b")]
    assert ports.survey_ids(OFFICE_ID, "2026-11").isdisjoint({"r-siti", "r-budi"})
    assert ports.survey_ids(OFFICE_ID, "2026-12") == {"r-siti"}  # another month is not touched


# --- ReadinessStore -------------------------------------------------------------------------------

SECRET, WRONG, NEW_SECRET = "h-secret-1990-08-17", "h-secret-1991-01-01", "h-secret-1990-08-18"
DAY, NEXT_DAY = "2026-11-25", "2026-11-26"
WAITING = DocumentRecord("KTP-0003", "ktp_el", "Cibodas", Readiness.PROCESSING)
WAITING_KK = DocumentRecord("KK-0007", "kk", "Sukamaju", Readiness.PROCESSING)


def _find(ports: Ports, number: str, secret: str, sender: Sender = SITI, day: str = DAY) -> Lookup:
    return ports.documents.find_document(OFFICE_ID, number, secret, sender, f"tag-{sender.key}", day, NOW)


def _subscribe(ports: Ports, number: str, secret: str, sender: Sender = SITI, day: str = DAY) -> Lookup:
    return ports.documents.subscribe(OFFICE_ID, number, secret, sender, f"tag-{sender.key}", day, NOW)


def test_document_lookup_after_five_failures_in_a_day_is_paused(ports: Ports) -> None:
    ports.documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    for attempt in range(5):  # README: "after 5 failed attempts in a day the lookup pauses"
        number, secret = ("KTP-0003", WRONG) if attempt % 2 else ("KTP-9999", SECRET)
        assert _find(ports, number, secret) == Lookup(LookupOutcome.NOT_FOUND), f"attempt {attempt + 1}"
    assert _find(ports, "KTP-0003", SECRET) == Lookup(LookupOutcome.PAUSED)  # even the right pair
    assert _subscribe(ports, "KTP-0003", SECRET) == Lookup(LookupOutcome.PAUSED)
    assert _find(ports, "KTP-0003", SECRET, BUDI).outcome is LookupOutcome.FOUND  # another sender is not paused
    assert _find(ports, "KTP-0003", SECRET, day=NEXT_DAY).outcome is LookupOutcome.FOUND  # the next day answers


def test_document_lookup_fifth_failure_still_answers_and_successes_do_not_count(ports: Ports) -> None:
    ports.documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    for _ in range(4):
        assert _find(ports, "KTP-0003", WRONG).outcome is LookupOutcome.NOT_FOUND
    assert _find(ports, "KTP-0003", SECRET) == Lookup(LookupOutcome.FOUND, WAITING)  # four failures: still answers
    assert _find(ports, "KTP-0003", SECRET).outcome is LookupOutcome.FOUND  # a success neither counts nor resets
    assert _find(ports, "KTP-0003", WRONG).outcome is LookupOutcome.NOT_FOUND  # the fifth failure is answered
    assert _find(ports, "KTP-0003", SECRET).outcome is LookupOutcome.PAUSED


def test_document_subscribe_with_a_wrong_pair_counts_as_a_failure(ports: Ports) -> None:
    ports.documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    for _ in range(5):
        assert _subscribe(ports, "KTP-0003", WRONG) == Lookup(LookupOutcome.NOT_FOUND)
    assert _find(ports, "KTP-0003", SECRET).outcome is LookupOutcome.PAUSED


def test_document_lookup_unknown_number_and_wrong_secret_answer_the_same(ports: Ports) -> None:
    ports.documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    assert _find(ports, "KTP-9999", SECRET) == _find(ports, "KTP-0003", WRONG) == Lookup(LookupOutcome.NOT_FOUND)
    elsewhere = ports.documents.find_document(OTHER_OFFICE, "KTP-0003", SECRET, SITI, "tag-siti", DAY, NOW)
    assert elsewhere == Lookup(LookupOutcome.NOT_FOUND)  # another office's record is not found here


def test_document_subscriber_while_processing_is_moved_to_one_notice_when_ready(ports: Ports) -> None:
    documents = ports.documents
    documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    assert _find(ports, "KTP-0003", SECRET) == Lookup(LookupOutcome.FOUND, WAITING, subscribed=False)
    assert _subscribe(ports, "KTP-0003", SECRET) == Lookup(LookupOutcome.FOUND, WAITING, subscribed=True)
    assert _find(ports, "KTP-0003", SECRET).subscribed
    assert not _find(ports, "KTP-0003", SECRET, BUDI).subscribed  # only the one who asked
    assert ports.document_notices() == []
    marked = documents.mark_document(OFFICE_ID, "KTP-0003", True, "petugas …0001", NEXT_DAY, NOW)
    ready = DocumentRecord("KTP-0003", "ktp_el", "Cibodas", Readiness.READY, date(2026, 11, 26))
    assert marked == Marked(ready, told=1)  # staff's answer says how many residents are told
    assert ports.document_notices() == [(OFFICE_ID, "KTP-0003", [SITI.key])]
    assert _find(ports, "KTP-0003", SECRET) == Lookup(LookupOutcome.FOUND, ready, subscribed=False)  # moved
    again = documents.mark_document(OFFICE_ID, "KTP-0003", True, "petugas …0002", NEXT_DAY, NOW)  # SIAP again
    assert again == Marked(ready, told=0, already=True)
    assert documents.save_document(OFFICE_ID, ready, SECRET, "impor", NOW) == "sama"  # the sheet says ready too
    assert _subscribe(ports, "KTP-0003", SECRET, BUDI) == Lookup(LookupOutcome.FOUND, ready, subscribed=False)
    assert ports.document_notices() == [(OFFICE_ID, "KTP-0003", [SITI.key])]  # nobody is told twice


def test_document_subscribe_proven_needs_no_secret_and_counts_no_failure(ports: Ports) -> None:
    """ "Kabari saya" right after a lookup: the shell checked the lookup's proof, the store only subscribes."""
    documents = ports.documents
    documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    assert documents.subscribe_proven(OFFICE_ID, "KTP-0003", SITI, NOW) == Lookup(LookupOutcome.FOUND, WAITING, True)
    assert documents.subscribe_proven(OFFICE_ID, "KTP-0003", SITI, NOW).subscribed  # twice: still one subscriber
    assert _find(ports, "KTP-0003", SECRET).subscribed and not _find(ports, "KTP-0003", SECRET, BUDI).subscribed
    for _ in range(FAILURES_PER_DAY):
        assert documents.subscribe_proven(OFFICE_ID, "KTP-9999", BUDI, NOW) == Lookup(LookupOutcome.NOT_FOUND)
    assert documents.subscribe_proven(OTHER_OFFICE, "KTP-0003", BUDI, NOW) == Lookup(LookupOutcome.NOT_FOUND)
    assert _find(ports, "KTP-0003", SECRET, BUDI).outcome is LookupOutcome.FOUND  # nothing was counted as a guess
    documents.mark_document(OFFICE_ID, "KTP-0003", True, "petugas …0001", NEXT_DAY, NOW)
    ready = DocumentRecord("KTP-0003", "ktp_el", "Cibodas", Readiness.READY, date(2026, 11, 26))
    assert documents.subscribe_proven(OFFICE_ID, "KTP-0003", BUDI, NOW) == Lookup(LookupOutcome.FOUND, ready)
    assert ports.document_notices() == [(OFFICE_ID, "KTP-0003", [SITI.key])]


def test_document_ready_without_subscribers_leaves_no_notice(ports: Ports) -> None:
    ports.documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    assert ports.documents.mark_document(OFFICE_ID, "KTP-0003", True, "petugas …0001", DAY, NOW).told == 0
    assert ports.document_notices() == []


def test_document_siap_counts_every_resident_it_tells(ports: Ports) -> None:
    ports.documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    assert _subscribe(ports, "KTP-0003", SECRET).subscribed and _subscribe(ports, "KTP-0003", SECRET, BUDI).subscribed
    assert ports.documents.subscribe_proven(OFFICE_ID, "KTP-0003", BUDI, NOW).subscribed  # BUDI once, not twice
    assert ports.documents.mark_document(OFFICE_ID, "KTP-0003", True, "petugas …0001", DAY, NOW).told == 2
    assert ports.document_notices() == [(OFFICE_ID, "KTP-0003", sorted([SITI.key, BUDI.key]))]


def test_document_import_reports_new_changed_and_same(ports: Ports) -> None:
    documents = ports.documents
    assert documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW) == "baru"
    assert documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW) == "sama"  # the same file twice
    assert documents.save_document(OFFICE_ID, WAITING, None, "petugas", NOW) == "sama"  # None keeps the secret
    moved = DocumentRecord("KTP-0003", "ktp_el", "Sukamaju", Readiness.PROCESSING)
    assert documents.save_document(OFFICE_ID, moved, SECRET, "impor", NOW) == "diubah"
    assert _find(ports, "KTP-0003", SECRET) == Lookup(LookupOutcome.FOUND, moved)
    assert documents.save_document(OFFICE_ID, moved, NEW_SECRET, "impor", NOW) == "diubah"
    assert _find(ports, "KTP-0003", NEW_SECRET).outcome is LookupOutcome.FOUND
    assert _find(ports, "KTP-0003", SECRET).outcome is LookupOutcome.NOT_FOUND  # the old secret no longer opens it


def test_document_import_of_the_same_sheet_a_month_later_changes_nothing(ports: Ports) -> None:
    """README: running the same file twice changes nothing — not even when a record expires."""
    documents, later = ports.documents, NOW + timedelta(days=30)
    documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    assert ports.document_expiry("KTP-0003") == NOW + timedelta(days=180)  # README: in process, 180 days
    assert documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", later) == "sama"
    assert ports.document_expiry("KTP-0003") == NOW + timedelta(days=180)
    documents.mark_document(OFFICE_ID, "KTP-0003", True, "petugas …0001", NEXT_DAY, later)
    assert ports.document_expiry("KTP-0003") == datetime(2026, 11, 26, tzinfo=UTC) + timedelta(days=90)
    documents.mark_document(OFFICE_ID, "KTP-0003", False, "petugas …0001", "2026-11-27", later)
    assert ports.document_expiry("KTP-0003") == datetime(2026, 11, 27, tzinfo=UTC) + timedelta(days=30)
    assert documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", later + timedelta(days=1)) == "sama"
    assert ports.document_expiry("KTP-0003") == datetime(2026, 11, 27, tzinfo=UTC) + timedelta(days=30)


def test_document_older_import_does_not_undo_staffs_siap_or_diambil(ports: Ports) -> None:
    documents = ports.documents
    documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    documents.mark_document(OFFICE_ID, "KTP-0003", True, "petugas …0001", NEXT_DAY, NOW)
    ready = DocumentRecord("KTP-0003", "ktp_el", "Cibodas", Readiness.READY, date(2026, 11, 26))
    assert documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW) == "sama"  # the older sheet again
    assert _find(ports, "KTP-0003", SECRET).record == ready
    collected = documents.mark_document(OFFICE_ID, "KTP-0003", False, "petugas …0001", "2026-11-27", NOW)
    taken = DocumentRecord("KTP-0003", "ktp_el", "Cibodas", Readiness.COLLECTED, date(2026, 11, 26), date(2026, 11, 27))
    assert collected == Marked(taken)
    assert documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW) == "sama"
    assert documents.save_document(OFFICE_ID, ready, SECRET, "impor", NOW) == "sama"
    late = documents.mark_document(OFFICE_ID, "KTP-0003", True, "petugas …0002", "2026-11-28", NOW)  # a late SIAP
    assert late == Marked(taken, already=True)  # the record as it stands: collected, not ready again
    assert _find(ports, "KTP-0003", SECRET).record == taken


def test_document_mark_of_an_unknown_number_returns_none(ports: Ports) -> None:
    ports.documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    assert ports.documents.mark_document(OFFICE_ID, "KTP-9999", True, "petugas …0001", DAY, NOW) is None
    assert ports.documents.mark_document(OTHER_OFFICE, "KTP-0003", False, "petugas …0001", DAY, NOW) is None
    assert _find(ports, "KTP-0003", SECRET).record == WAITING


def test_document_erase_subscriptions_takes_the_resident_off_documents_and_pending_notices(ports: Ports) -> None:
    documents = ports.documents
    documents.save_document(OFFICE_ID, WAITING, SECRET, "impor", NOW)
    documents.save_document(OFFICE_ID, WAITING_KK, NEW_SECRET, "impor", NOW)
    assert _subscribe(ports, "KTP-0003", SECRET).subscribed and _subscribe(ports, "KK-0007", NEW_SECRET).subscribed
    assert _subscribe(ports, "KTP-0003", SECRET, BUDI).subscribed
    documents.mark_document(OFFICE_ID, "KK-0007", True, "petugas …0001", DAY, NOW)
    assert ports.document_notices() == [(OFFICE_ID, "KK-0007", [SITI.key])]
    assert documents.erase_subscriptions(OTHER_OFFICE, SITI.key) == 0
    assert documents.erase_subscriptions(OFFICE_ID, SITI.key) == 2  # KTP-0003 and the notice of KK-0007
    assert not _find(ports, "KTP-0003", SECRET).subscribed
    assert _find(ports, "KTP-0003", SECRET, BUDI).subscribed  # other residents stay subscribed
    assert ports.document_notices() == [(OFFICE_ID, "KK-0007", [])]
    assert documents.erase_subscriptions(OFFICE_ID, SITI.key) == 0


# --- Ledger --------------------------------------------------------------------------------------


def test_ledger_claim_within_the_lease_is_refused_to_a_second_claimer(ports: Ports) -> None:
    ledger = ports.ledger
    assert ledger.claim("registrations_x", "email", NOW, LEASE) is True
    with pytest.raises(ChannelBusyError):
        ledger.claim("registrations_x", "email", NOW + LEASE - timedelta(seconds=1), LEASE)
    assert ledger.claim("registrations_x", "wa:1", NOW, LEASE) is True  # another channel of the event
    assert ledger.claim("registrations_y", "email", NOW, LEASE) is True  # the channel of another event


def test_ledger_claim_after_the_lease_is_granted_to_the_next_claimer(ports: Ports) -> None:
    ledger = ports.ledger
    assert ledger.claim("registrations_x", "email", NOW, LEASE) is True
    assert ledger.claim("registrations_x", "email", NOW + LEASE, LEASE) is True  # the first claimer died
    with pytest.raises(ChannelBusyError):  # the new claim holds its own lease
        ledger.claim("registrations_x", "email", NOW + LEASE + timedelta(seconds=1), LEASE)


def test_ledger_released_channel_is_claimed_again(ports: Ports) -> None:
    ledger = ports.ledger
    assert ledger.claim("registrations_x", "email", NOW, LEASE) is True
    ledger.release("registrations_x", "email")  # the send failed
    assert ledger.claim("registrations_x", "email", NOW + timedelta(seconds=1), LEASE) is True  # Eventarc's retry
    with pytest.raises(ChannelBusyError):
        ledger.claim("registrations_x", "email", NOW + timedelta(seconds=2), LEASE)


def test_ledger_sent_channel_is_never_claimed_again(ports: Ports) -> None:
    ledger = ports.ledger
    assert ledger.claim("registrations_x", "email", NOW, LEASE) is True
    ledger.mark_sent("registrations_x", "email", NOW)
    assert ledger.claim("registrations_x", "email", NOW + timedelta(seconds=1), LEASE) is False
    assert ledger.claim("registrations_x", "email", NOW + 2 * LEASE, LEASE) is False
    ledger.release("registrations_x", "email")  # a late release does not undo the send
    assert ledger.claim("registrations_x", "email", NOW + 3 * LEASE, LEASE) is False
    assert ledger.claim("registrations_x", "wa:1", NOW, LEASE) is True  # only that channel was sent
