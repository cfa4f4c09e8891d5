"""Questions without a card on Google's emulator: what the digest keeps of a day (nothing that
identifies a resident), and what HAPUS DATA SAYA takes out of it."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from content_seed.publish import version_of
from puspa.app.bootstrap import dependencies, handler_modules
from puspa.app.content_cache import ContentCache
from puspa.app.digest_service import DigestConfig, DigestService
from puspa.app.effect_handlers import EffectRunner
from puspa.app.webhook_service import ServiceConfig, WebhookService
from puspa.conversation.dialogue import Rules
from puspa.domain.delivery import FloodPolicy
from puspa.store import FirestoreNotificationLedger, FirestoreStore, FirestoreTicketStore, FirestoreUnansweredStore
from puspa.whatsapp.webhook import parse_webhook
from tests.conftest import APP_SECRET, OFFICE_ID, PROJECT, VERIFY_TOKEN
from tests.fakes import FakeSender

HOOKS = Path(__file__).parents[1] / "data" / "webhooks"
MONDAY_9_WIB = datetime(2026, 11, 23, 2, 0, tzinfo=UTC)
TUESDAY_8_WIB = datetime(2026, 11, 24, 1, 0, tzinfo=UTC)
RICE = "harga beras hari ini berapa ya bu"
PERSONAL = "Rumah bu Haji Aminah di kampung Sawah dimana ya, HP 0812 3456 7890"


class Office:
    """Residents writing to PUSPA on the emulator, and the digest of the next working morning."""

    def __init__(self, store: FirestoreStore) -> None:
        self.store = store
        self.now = MONDAY_9_WIB
        self.number = 0
        config = ServiceConfig(APP_SECRET, VERIFY_TOKEN, Rules(), timedelta(days=30), FloodPolicy(burst=1000))
        stores = dependencies(store, timedelta(days=30), timedelta(days=90))
        effects = EffectRunner.bound(handler_modules(), stores, lambda: self.now)
        self.service = WebhookService(config, store, ContentCache(store, 60), FakeSender(), effects, lambda: self.now)

    def send(self, sender: str, text: str) -> None:
        self.number += 1
        self.now += timedelta(minutes=5)
        payload = json.loads((HOOKS / "text.json").read_text())
        payload["entry"][0]["changes"][0]["value"]["messages"][0].update(
            {"id": f"wamid.U{self.number:04d}", "from": sender, "text": {"body": text}}
        )
        self.service.process(parse_webhook(json.dumps(payload).encode()).messages[0])

    def digest(self, at: datetime) -> None:
        self.now = at
        tickets = FirestoreTicketStore(self.store, keep_closed=timedelta(days=30))
        DigestService(DigestConfig(OFFICE_ID, ()), tickets, FirestoreNotificationLedger(self.store), None,
                      ContentCache(self.store, 60), lambda: at, FirestoreUnansweredStore(self.store),
                      self.store).run()  # fmt: skip

    def kept(self, day: str) -> dict[str, Any]:
        snapshot = self.store.client.collection("unanswered_daily").document(f"{OFFICE_ID}_{day}").get()
        assert snapshot.exists
        return snapshot.to_dict() or {}


@pytest.fixture
def office(firestore_host: str, bundle: dict[str, Any]) -> Office:
    store = FirestoreStore.for_project(PROJECT)
    store.publish_content(OFFICE_ID, version_of(bundle), bundle, published_by="test")
    return Office(store)


def test_a_day_is_kept_as_counts_and_the_texts_several_residents_asked(office: Office) -> None:
    for resident in ("6281100000001", "6281100000002", "6281100000003"):
        office.send(resident, RICE)
    office.send("6281100000004", PERSONAL)
    office.send("6281100000001", "kapan ada bansos lagi ya bu")
    office.digest(TUESDAY_8_WIB)
    day = office.kept("2026-11-23")
    assert day["total"] == 5 and day["residents"] == 4 and sum(day["cards"].values()) == 5
    assert day["texts"] == {RICE: 3}  # asked by three residents in the same words
    stored = json.dumps(day, default=str).lower()
    assert (
        "aminah" not in stored and "bansos" not in stored and "#" not in stored
    )  # asked by one resident: counted only


def test_hapus_data_saya_takes_the_residents_own_question_out_of_the_kept_day(office: Office) -> None:
    for resident in ("6281100000001", "6281100000002", "6281100000003"):
        office.send(resident, RICE)
    office.digest(TUESDAY_8_WIB)
    assert office.kept("2026-11-23")["texts"] == {RICE: 3}
    office.send("6281100000002", "HAPUS DATA SAYA")
    office.send("6281100000002", "ya")
    day = office.kept("2026-11-23")
    assert day["texts"] == {} and day["total"] == 3  # two residents left: the text goes, the count stays
    assert office.store.load_session(f"{OFFICE_ID}_6281100000002").session is None


def test_the_digest_drops_the_texts_of_days_kept_before(office: Office) -> None:
    legacy = office.store.client.collection("unanswered_daily").document(f"{OFFICE_ID}_2026-10-01")
    legacy.set({"office_id": OFFICE_ID, "day": "2026-10-01", "counts": {"rumah bu haji aminah": 1, RICE: 2},
                "expire_at": TUESDAY_8_WIB})  # fmt: skip
    office.digest(TUESDAY_8_WIB)
    assert legacy.get().to_dict() == {"office_id": OFFICE_ID, "day": "2026-10-01", "total": 3, "texts": {},
                                      "expire_at": TUESDAY_8_WIB}  # fmt: skip
