"""The Firestore adapter and the service against Google's emulator (started by the tests)."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from content_seed.publish import version_of
from puspa.app.bootstrap import dependencies, handler_modules
from puspa.app.content_cache import ContentCache
from puspa.app.effect_handlers import EffectRunner
from puspa.app.webhook_service import Outcome, ServiceConfig, WebhookService
from puspa.conversation.dialogue import Rules
from puspa.domain.delivery import LEASE, FloodPolicy
from puspa.domain.session import Session, State
from puspa.errors import ConcurrentUpdateError
from puspa.store import FirestoreStore
from puspa.whatsapp.webhook import parse_webhook
from tests.concurrency import run_concurrently
from tests.conftest import APP_SECRET, NOW, OFFICE_ID, PROJECT, VERIFY_TOKEN
from tests.fakes import FakeSender

HOOKS = Path(__file__).parents[1] / "data" / "webhooks"


@pytest.fixture
def store(firestore_host: str) -> FirestoreStore:
    return FirestoreStore.for_project(PROJECT)


def test_session_compare_and_set(store: FirestoreStore) -> None:
    missing = store.load_session("k1")
    assert missing.session is None and missing.token is None
    store.save_session("k1", Session(State.MAIN_MENU, last_seen=NOW), ("w1",), None, NOW + timedelta(days=30))
    with pytest.raises(ConcurrentUpdateError):  # someone created it meanwhile
        store.save_session("k1", Session(), ("w1",), None, NOW)
    loaded = store.load_session("k1")
    assert loaded.session == Session(State.MAIN_MENU, last_seen=NOW)
    assert loaded.recent_wamids == ("w1",)
    store.save_session("k1", Session(State.SERVICE, service_id="kk"), ("w1", "w2"), loaded.token, NOW)
    with pytest.raises(ConcurrentUpdateError):  # stale token
        store.save_session("k1", Session(), ("w1", "w3"), loaded.token, NOW)
    with pytest.raises(ConcurrentUpdateError):
        store.delete_session("k1", loaded.token)
    current = store.load_session("k1")
    assert current.session is not None and current.session.service_id == "kk"
    store.delete_session("k1", current.token)
    assert store.load_session("k1").token is None
    assert (store.count.reads, store.count.writes, store.count.deletes) == (4, 2, 1)


def test_content_publish_version_and_load(store: FirestoreStore, bundle: dict[str, Any]) -> None:
    assert store.content_version(OFFICE_ID) is None and store.load_content(OFFICE_ID) is None
    store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    assert store.content_version(OFFICE_ID) == version_of(bundle)
    loaded = store.load_content(OFFICE_ID)
    assert loaded == (version_of(bundle), bundle)


def _service(store: FirestoreStore, sender: FakeSender, now: datetime = NOW) -> WebhookService:
    # The clock stands still here: a whole registration "arrives" within one second, a flood by any
    # measure, so these tests (not about floods) give the sender a bucket they cannot empty.
    roomy = FloodPolicy(burst=1_000)
    config = ServiceConfig(APP_SECRET, VERIFY_TOKEN, Rules(), timedelta(days=30), roomy)
    stores = dependencies(store, timedelta(days=30), timedelta(days=90))
    effects = EffectRunner.bound(handler_modules(), stores, lambda: now)
    return WebhookService(config, store, ContentCache(store, 60), sender, effects, lambda: now)


def _text(wamid: str, body: str) -> Any:
    payload = json.loads((HOOKS / "text.json").read_text())
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    message.update({"id": wamid, "text": {"body": body}})
    (inbound,) = parse_webhook(json.dumps(payload).encode()).messages
    return inbound


def test_concurrent_duplicate_deliveries_get_one_answer(store: FirestoreStore, bundle: dict[str, Any]) -> None:
    store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    sender = FakeSender()
    instances = [_service(FirestoreStore.for_project(PROJECT), sender) for _ in range(6)]  # six "instances"
    inbound = _text("wamid.DUP1", "syarat kk")
    outcomes = run_concurrently(6, lambda i: instances[i].process(inbound))
    assert outcomes.count(Outcome.ANSWERED) == 1, outcomes
    # A copy that arrives while the first attempt may still be running is not "answered": Meta is
    # asked to deliver it again (503), and then it is a duplicate.
    assert set(outcomes) <= {Outcome.ANSWERED, Outcome.DUPLICATE, Outcome.RETRY}
    assert len(sender.sent) == 1
    later = _service(FirestoreStore.for_project(PROJECT), sender, NOW + LEASE)  # a fresh instance, after the lease
    assert later.process(inbound) is Outcome.DUPLICATE
    assert len(sender.sent) == 1


def test_concurrent_distinct_messages_from_one_resident_are_all_answered(
    store: FirestoreStore, bundle: dict[str, Any]
) -> None:
    store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    sender = FakeSender()
    service = _service(store, sender)
    outcomes = run_concurrently(4, lambda i: service.process(_text(f"wamid.M{i}", "halo")))
    assert outcomes == [Outcome.ANSWERED] * 4
    assert len(sender.sent) == 4
    stored = store.load_session(f"{OFFICE_ID}_6281234567890")
    assert sorted(stored.recent_wamids) == ["wamid.M0", "wamid.M1", "wamid.M2", "wamid.M3"]


def test_concurrent_redeliveries_of_kirim_create_one_registration(
    store: FirestoreStore, bundle: dict[str, Any]
) -> None:
    store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    sender = FakeSender()
    first = _service(store, sender)
    answers = ["daftar resepsi", "2", "Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "1", "19-12-2026",
               "08.00-14.00", "Kp. Cibodas RT 03/05, Desa Cibodas", "300", "1", "1"]  # fmt: skip
    for number, text in enumerate(answers):
        assert first.process(_text(f"wamid.F{number}", text)) is Outcome.ANSWERED
    assert "Periksa data pendaftaran" in json.dumps(sender.sent[-1][1])
    instances = [_service(FirestoreStore.for_project(PROJECT), sender) for _ in range(4)]
    kirim = _text("wamid.KIRIM", "1")
    outcomes = run_concurrently(4, lambda i: instances[i].process(kirim))
    # The copies are told "retry later" (the first may still be running) or "duplicate": never answered twice.
    assert outcomes.count(Outcome.ANSWERED) == 1
    assert outcomes.count(Outcome.DUPLICATE) + outcomes.count(Outcome.RETRY) == 3
    retried = [_service(FirestoreStore.for_project(PROJECT), sender, NOW + LEASE).process(kirim) for _ in range(3)]
    assert retried == [Outcome.DUPLICATE] * 3  # Meta's redeliveries after the lease
    registrations = list(store.client.collection("registrations").stream())
    assert len(registrations) == 1
    assert sum("Pendaftaran diterima" in json.dumps(payload) for _, payload in sender.sent) == 1


def test_an_offices_digest_reads_only_its_own_sessions(store: FirestoreStore) -> None:
    """The digest runs once per office in one call: each office's queries select its own sessions, so
    the call costs what the offices' residents are, not offices × residents (bench.scheduler)."""
    from puspa.domain.delivery import DeliveryLog
    from puspa.store import FirestoreUnansweredStore

    day, other = NOW.date().isoformat(), "106540352240005"
    for office, residents in ((OFFICE_ID, 1), (other, 6)):
        for n in range(residents):
            session = Session(last_seen=NOW, unanswered=(("harga beras hari ini", NOW),))
            log = DeliveryLog(activity={day: {"messages": 2}})
            store.save_session(f"{office}_628110000000{n}", session, (), None, NOW + timedelta(days=30), log)
    store.count.reads = 0
    assert store.activity_of_day(OFFICE_ID, day) == (1, 2, {})
    asked = FirestoreUnansweredStore(store).unanswered_between(OFFICE_ID, NOW - timedelta(hours=1), NOW + timedelta(1))
    assert asked == (("harga beras hari ini",),)
    assert store.count.reads == 2  # one session each time, not the other office's six
