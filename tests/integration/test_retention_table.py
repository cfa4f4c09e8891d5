"""README's personal-data table states what the code does: every adapter that writes `expire_at` runs on
the emulator — the webhook in process for what the service computes (sessions, registrations,
HAPUS DATA SAYA), the stores as the composition root builds them for the rest, the digest for the
daily figures — and every document written is read back. Each duration found must be one its
collection's row states, and each duration a row states must have been found: a constant or a
default changed without the table (or the table without the code) fails here."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import pytest
from flask.testing import FlaskClient
from functions_framework import create_app
from msgspec import Struct

from content_seed.publish import version_of
from localdev.graph_standin import RunningStandin
from puspa.app.bootstrap import build_digest_service, dependencies
from puspa.app.config import load_settings
from puspa.app.ports import LEASE
from puspa.domain.booking import Place
from puspa.domain.readiness import DocumentRecord, Readiness
from puspa.domain.sender import Sender
from puspa.domain.ticket import TicketAction
from puspa.store import FirestoreNotificationLedger, FirestoreStore
from tests.conftest import NOW, OFFICE_ID, PROJECT, function_env
from tests.integration.test_registration_function import ANSWERS, EVENT_DAY, MAIN, say
from tests.personal_data import README, Row, rows_by_collection

STAFF = "6285700000001"
SITI = Sender("6281234567890", "")
ACTOR = "petugas …0001"
DAY = timedelta(days=1)


class Found(Struct, frozen=True):
    """A document written with `expire_at`: how long after its anchor it expires, give or take `slack`
    (the time the step took, when the code read the real clock; a day, when the anchor is a date)."""

    collection: str
    step: str
    kept: timedelta
    slack: timedelta

    def states(self, duration: timedelta) -> bool:
        return timedelta(0) <= self.kept - duration <= self.slack


class Expiries:
    """Reads every document back after each step and keeps those whose `expire_at` is new."""

    def __init__(self, store: FirestoreStore) -> None:
        self._client = store.client
        self._known: set[tuple[str, datetime]] = set()
        self.found: list[Found] = []

    def _written(self) -> list[tuple[str, str, datetime]]:
        documents = []
        for collection in self._client.collections():
            for snapshot in collection.stream():
                expire_at = (snapshot.to_dict() or {}).get("expire_at")
                if isinstance(expire_at, datetime) and (snapshot.reference.path, expire_at) not in self._known:
                    self._known.add((snapshot.reference.path, expire_at))
                    documents.append((collection.id, snapshot.reference.path, expire_at))
        return documents

    @contextmanager
    def step(self, name: str, at: datetime | None = None, **anchors: date) -> Iterator[None]:
        """The code in the block is told it is `at` (None: it reads the clock); a collection named in
        `anchors` counts from that day instead (an event day, a ready day, a month's first day)."""
        started = datetime.now(UTC)
        yield
        slack = timedelta(0) if at is not None else datetime.now(UTC) - started
        for collection, _, expire_at in self._written():
            day = anchors.get(collection)
            if day is not None:
                self.found.append(Found(collection, name, expire_at - datetime.combine(day, time(), UTC), DAY))
            else:
                self.found.append(Found(collection, name, expire_at - (at or started), slack))


def spoken(duration: timedelta) -> str:
    """ "30 days", "120 minutes", as the table writes them."""
    if duration % DAY == timedelta(0):
        return f"{duration // DAY} days"
    return f"{duration // timedelta(minutes=1)} minutes"


def mismatches(found: list[Found], rows: dict[str, Row]) -> list[str]:
    problems = []
    for seen in found:
        row = rows.get(seen.collection)
        if row is None:
            problems.append(f"{seen.collection} ({seen.step}) expires, and README's table has no row for it")
        elif not any(seen.states(duration) for duration in row.durations):
            stated = ", ".join(spoken(d) for d in sorted(row.durations)) or "nothing"
            problems.append(f"{seen.collection} ({seen.step}): the code keeps it {seen.kept}; README states {stated}")
    for collection, row in rows.items():
        for duration in sorted(row.durations):
            if not any(seen.collection == collection and seen.states(duration) for seen in found):
                problems.append(f"{collection}: README states {spoken(duration)}; no document was written to expire so")
    return problems


@pytest.fixture
def client(firestore_host: str, standin: RunningStandin, bundle: dict[str, Any]) -> FlaskClient:
    os.environ.update(function_env(firestore_host, standin))
    os.environ["PUSPA_ADMIN_WA_IDS"] = STAFF
    os.environ["PUSPA_FLOOD_BURST"] = "100"  # a whole registration is posted within a second here
    FirestoreStore.for_project(PROJECT).publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    return create_app("whatsapp_webhook", MAIN).test_client()


def _through_the_webhook(client: FlaskClient, expiries: Expiries) -> None:
    with expiries.step("a first message"):
        assert say(client, "halo", "wamid.RET-1") == 200
    with expiries.step("a registration half filled in"):
        for number, text in enumerate(ANSWERS[:3]):
            assert say(client, text, f"wamid.RET{number}") == 200
    event_day = datetime.strptime(EVENT_DAY, "%d-%m-%Y").date()
    with expiries.step("a registration sent", registrations=event_day, registration_keys=event_day):
        for number, text in enumerate(ANSWERS[3:], start=3):
            assert say(client, text, f"wamid.RET{number}") == 200
    with expiries.step("HAPUS DATA SAYA"):
        assert say(client, "HAPUS DATA SAYA", "wamid.RET-ERASE") == 200
        assert say(client, "ya", "wamid.RET-YES") == 200


def _through_the_stores(store: FirestoreStore, expiries: Expiries) -> None:
    settings = load_settings(os.environ)
    keep_closed = timedelta(days=settings.ticket_keep_days)  # as build_webhook_service wires the stores
    built: dict[str, Any] = dependencies(store, keep_closed, timedelta(days=settings.registration_keep_days))
    tickets, complaints, readiness, surveys = (built[n] for n in ("tickets", "complaints", "readiness", "surveys"))
    at = iter(NOW + timedelta(minutes=n) for n in range(100))  # each step later, so its writes are told apart
    with expiries.step("a question asked", now := next(at)):
        code = tickets.create_ticket(OFFICE_ID, SITI, "Siti", "kk", "Apakah KK bisa diurus di desa?", "m:q1", now, 3,
                                     now.year).code  # fmt: skip
    with expiries.step("a question answered", now := next(at)):
        tickets.staff_action(OFFICE_ID, code, "", TicketAction.ANSWER, "Bisa, Bu.", ACTOR, "m:q2", now)
    with expiries.step("a staff notification remembered", now := next(at)):
        tickets.remember_message(OFFICE_ID, "wamid.STAFF-NOTICE", code, now)
    with expiries.step("a follow-up asked", now := next(at)):
        tickets.resident_action(OFFICE_ID, SITI.key, code, TicketAction.FOLLOWUP, "Kapan, Pak?", "m:q3", now)
    with expiries.step("a question closed", now := next(at)):
        tickets.resident_action(OFFICE_ID, SITI.key, code, TicketAction.CLOSE, "", "m:q4", now)
    with expiries.step("a complaint sent", now := next(at)):
        complaint = complaints.submit_complaint(OFFICE_ID, SITI, "Waktu / antrean", "Antrean", "m:c1", now, now.year)
    with expiries.step("a complaint answered", now := next(at)):
        complaints.answer_complaint(OFFICE_ID, complaint.code, "Mohon maaf.", ACTOR, "m:c2", now)
    record = DocumentRecord("KTP-0001", "ktp_el", "Cibodas", Readiness.PROCESSING)
    with expiries.step("a document imported", now := next(at)):
        readiness.save_document(OFFICE_ID, record, "hash", "impor spreadsheet", now)
        readiness.subscribe_proven(OFFICE_ID, record.number, SITI, now)
    with expiries.step("a document ready", now := next(at), documents=now.date()):
        readiness.mark_document(OFFICE_ID, record.number, True, ACTOR, now.date().isoformat(), now)
    with expiries.step("a document collected", now := next(at), documents=now.date()):
        readiness.mark_document(OFFICE_ID, record.number, False, ACTOR, now.date().isoformat(), now)
    with expiries.step("a lookup failed", now := next(at)):
        readiness.find_document(OFFICE_ID, "KTP-0009", "wrong", SITI, "tag", now.date().isoformat(), now)
    month = now.date().replace(day=1)
    with expiries.step("a survey answered", now := next(at), survey_keys=month, survey_answers=month):
        surveys.period_key(OFFICE_ID, f"{month:%Y-%m}")
        surveys.submit_survey(OFFICE_ID, "respondent", f"{month:%Y-%m}", "kk", {"u1": 4}, "")
    with expiries.step("a survey month sealed", now := next(at), survey_answers=month):
        surveys.seal_period(OFFICE_ID, f"{month:%Y-%m}")
    bookings = built["bookings"]
    visit = now.date() + timedelta(days=3)
    place = Place("KTP Elektronik", "Loket 2", "B", "08.00–09.00", 1, 4, 1, 2, now.date().isoformat(),
                  f"{now:%Y-%m}", ())  # fmt: skip
    on_visit = {"bookings": visit, "booking_places": visit, "booking_days": visit}
    with expiries.step("a counter visit booked", now := next(at), **on_visit):
        booked = bookings.book(OFFICE_ID, SITI, "holder", "ktp_el", visit.isoformat(), "0800", True, place, "m:b1", now)
    with expiries.step("a counter visit marked", now := next(at)):
        bookings.mark(OFFICE_ID, lambda _: "holder", visit.isoformat(), booked.booking.code, False, ACTOR,
                      f"{now:%Y-%m}", now)  # fmt: skip
    papers = built["papers"]
    with expiries.step("papers sent for a visit", now := next(at), papers=visit, paper_codes=visit):
        papers.add_file(OFFICE_ID, "record", SITI, "kk", "Kartu Keluarga (KK)", booked.booking.code, visit,
                        "file-1.jpg", now, now)  # fmt: skip
        papers.submit_papers(OFFICE_ID, "record", "m:p1", now, now.year)
    with expiries.step("papers checked by staff", now := next(at)):
        sent = papers.find_papers(OFFICE_ID, SITI.key, "")[0]
        papers.answer_papers(OFFICE_ID, sent.code, True, "", ACTOR, "m:p2", now, f"{now:%Y-%m}")
    with expiries.step("papers sent without a visit", now := next(at)):
        papers.add_file(OFFICE_ID, "record-2", SITI, "kk", "Kartu Keluarga (KK)", "", None, "file-2.jpg", now, now)
    with expiries.step("a notification claimed", now := next(at)):
        FirestoreNotificationLedger(store).claim("digest_test", "email", now, LEASE)
    with expiries.step("the daily digest"):
        build_digest_service(settings).run_office(OFFICE_ID)


def test_every_expiry_the_code_writes_is_one_the_personal_data_table_states(client: FlaskClient) -> None:
    store = FirestoreStore.for_project(PROJECT)
    expiries = Expiries(store)
    _through_the_webhook(client, expiries)
    _through_the_stores(store, expiries)
    assert mismatches(expiries.found, rows_by_collection(README.read_text(encoding="utf-8"))) == []
