"""The shell around the core, with in-memory fakes: idempotency, failures and their HTTP answers."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from msgspec.structs import replace

from puspa.app.content_cache import ContentCache
from puspa.app.webhook_service import Outcome, ServiceConfig, WebhookService
from puspa.conversation.dialogue import Rules
from puspa.domain.content import Content
from puspa.domain.privacy import message_tag, tag_key
from puspa.errors import GraphApiError
from puspa.whatsapp.webhook import parse_webhook, sign
from tests.conftest import APP_SECRET, NOW, OFFICE_ID, VERIFY_TOKEN
from tests.fakes import (
    FakeContentSource,
    FakeRegistrationStore,
    FakeSender,
    FakeSessionStore,
    FakeTicketStore,
    fake_effects,
)

HOOKS = Path(__file__).parents[1] / "data" / "webhooks"


class Rig:
    def __init__(self, bundle: dict[str, Any]) -> None:
        self.store = FakeSessionStore()
        self.source = FakeContentSource(OFFICE_ID, bundle)
        self.sender = FakeSender()
        self.clock_now = NOW
        self.monotonic = 0.0
        self.registrations = FakeRegistrationStore()
        config = ServiceConfig(APP_SECRET, VERIFY_TOKEN, Rules(), timedelta(days=30))
        cache = ContentCache(self.source, refresh_s=60, clock=lambda: self.monotonic)
        self.tickets = FakeTicketStore()
        effects = fake_effects(
            lambda: self.clock_now, registrations=self.registrations, tickets=self.tickets, sessions=self.store
        )
        self.service = WebhookService(config, self.store, cache, self.sender, effects, lambda: self.clock_now)

    def post(self, body: bytes) -> tuple[str, int]:
        return self.service.receive(body, sign(body, APP_SECRET))


@pytest.fixture
def rig(bundle: dict[str, Any]) -> Rig:
    return Rig(bundle)


def text_body(text: str, wamid: str = "wamid.A1", sender: str = "6281234567890") -> bytes:
    payload = json.loads((HOOKS / "text.json").read_text())
    message = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    message.update({"id": wamid, "from": sender, "text": {"body": text}})
    return json.dumps(payload).encode()


def transient(code: int = 131056) -> GraphApiError:
    return GraphApiError("busy", code=code, http_status=429, transient=True)


def test_text_is_answered_with_one_message_and_marked_read(rig: Rig) -> None:
    assert rig.post(text_body("syarat bikin kk")) == ("ok", 200)
    assert len(rig.sender.sent) == 1
    office, payload = rig.sender.sent[0]
    assert office == OFFICE_ID and payload["to"] == "6281234567890"
    assert payload["interactive"]["header"]["text"] == "Kartu Keluarga (KK)"
    assert rig.sender.reads == ["wamid.A1"]


def test_hot_path_costs_one_read_and_one_write(rig: Rig) -> None:
    rig.post(text_body("halo", "wamid.1"))
    rig.post(text_body("1", "wamid.2"))
    rig.post(text_body("ktp hilang", "wamid.3"))
    assert (rig.store.reads, rig.store.writes) == (3, 3)
    assert rig.source.reads == 1  # the bundle, once (no version check before the first load): then the cache serves


def test_redelivered_message_is_answered_once(rig: Rig) -> None:
    body = text_body("halo")
    for _ in range(3):
        assert rig.post(body) == ("ok", 200)
    assert len(rig.sender.sent) == 1


def test_missing_and_wrong_signatures_are_refused_and_nothing_happens(rig: Rig) -> None:
    body = text_body("halo")
    assert rig.service.receive(body, None)[1] == 401
    assert rig.service.receive(body, sign(body, "wrong"))[1] == 403
    assert rig.sender.sent == [] and rig.store.reads == 0


def test_transient_send_failure_releases_the_message_for_redelivery(rig: Rig) -> None:
    rig.sender.failures = [transient()]
    body = text_body("halo")
    assert rig.post(body) == ("retry later", 503)
    assert rig.store.docs == {}  # a first message: the new session was removed again
    assert rig.post(body) == ("ok", 200)
    assert len(rig.sender.sent) == 1
    assert rig.post(body) == ("ok", 200)
    assert len(rig.sender.sent) == 1


def test_release_restores_the_previous_state(rig: Rig) -> None:
    rig.post(text_body("menu", "wamid.1"))
    before = next(iter(rig.store.docs.values()))[0]
    rig.sender.failures = [transient()]
    assert rig.post(text_body("1", "wamid.2"))[1] == 503
    after = next(iter(rig.store.docs.values()))
    assert after[0] == before and "wamid.2" not in after[1]
    assert rig.post(text_body("1", "wamid.2"))[1] == 200
    assert "Kependudukan" in json.dumps(rig.sender.sent[-1][1])


def test_permanent_send_failure_is_not_retried(rig: Rig) -> None:
    rig.sender.failures = [GraphApiError("bad", code=131026, http_status=400, transient=False)]
    body = text_body("halo")
    assert rig.post(body) == ("ok", 200)
    assert rig.post(body) == ("ok", 200)
    assert rig.sender.sent == []


def test_store_unavailable_asks_meta_to_redeliver(rig: Rig) -> None:
    rig.store.unavailable = True
    assert rig.post(text_body("halo")) == ("retry later", 503)
    assert rig.sender.sent == []
    rig.store.unavailable = False
    assert rig.post(text_body("halo")) == ("ok", 200)
    assert len(rig.sender.sent) == 1


def test_lost_race_is_retried_with_fresh_state(rig: Rig) -> None:
    rig.store.conflicts_before_save = 2
    assert rig.post(text_body("halo")) == ("ok", 200)
    assert len(rig.sender.sent) == 1 and rig.store.reads == 3


def test_statuses_reactions_and_other_fields_cost_nothing(rig: Rig) -> None:
    for name in ("statuses.json", "reaction.json", "other_field.json", "system.json"):
        body = (HOOKS / name).read_bytes()
        assert rig.post(body) == ("ok", 200)
    assert rig.store.reads == rig.store.writes == rig.source.reads == 0
    assert rig.sender.sent == []


def test_batch_answers_each_message(rig: Rig) -> None:
    assert rig.post((HOOKS / "batch.json").read_bytes()) == ("ok", 200)
    assert [p["to"] for _, p in rig.sender.sent] == ["6281234567890", "6281234567890", "6285711112222"]


def test_message_for_an_office_without_content_is_not_answered(rig: Rig) -> None:
    (inbound,) = parse_webhook(text_body("halo")).messages
    other = replace(inbound, office_id="999")
    assert rig.service.process(other) is Outcome.NO_CONTENT
    assert rig.sender.sent == []


def test_new_content_is_picked_up_after_the_refresh_interval(rig: Rig, bundle: dict[str, Any]) -> None:
    rig.post(text_body("halo", "wamid.1"))
    edited = json.loads(json.dumps(bundle))
    edited["kantor"]["sambutan"] = "Sambutan baru."
    rig.source.published[OFFICE_ID] = ("v2", edited)
    rig.post(text_body("halo", "wamid.2"))
    assert "Sambutan baru." not in json.dumps(rig.sender.sent[-1][1])
    rig.monotonic += 61
    rig.post(text_body("halo", "wamid.3"))
    assert "Sambutan baru." in json.dumps(rig.sender.sent[-1][1])


def test_a_bug_in_one_message_is_redelivered_and_the_rest_answered(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    import puspa.app.webhook_service

    real_handle = puspa.app.webhook_service.handle

    def broken_for_halo(session, inbound, content, now, rules):
        if inbound.text == "halo":
            raise RuntimeError("bug")
        return real_handle(session, inbound, content, now, rules)

    monkeypatch.setattr(puspa.app.webhook_service, "handle", broken_for_halo)
    assert rig.post((HOOKS / "batch.json").read_bytes()) == ("retry later", 503)
    assert len(rig.sender.sent) == 2  # the other two messages are answered
    monkeypatch.setattr(puspa.app.webhook_service, "handle", real_handle)  # the fix is deployed; Meta redelivers
    assert rig.post((HOOKS / "batch.json").read_bytes()) == ("ok", 200)
    assert len(rig.sender.sent) == 3


def test_damaged_session_document_starts_fresh(content: Content) -> None:
    from puspa.conversation.dialogue import Rules
    from puspa.conversation.inbound import Inbound, InboundKind
    from puspa.conversation.machine import handle
    from puspa.domain.sender import Sender
    from puspa.domain.session import Session, State

    gone = Session.from_dict({"state": "gone", "last_seen": NOW, "form": {"nama": "Siti"}})  # a state no one declares
    inbound = Inbound(OFFICE_ID, "wamid.1", Sender("6281234567890", ""), InboundKind.TEXT, "halo")
    turn = handle(gone, inbound, content, NOW, Rules())
    assert turn.session.state == State.MAIN_MENU and turn.session.form == ()
    damaged = Session.from_dict({"state": "category", "page": "x", "options": "nope", "last_seen": 5, "kept": "x"})
    assert damaged.state == State.CATEGORY and damaged.page == 1 and damaged.options == () and damaged.last_seen is None
    assert damaged.kept == {}


def test_every_session_field_survives_the_stored_document() -> None:
    from msgspec.structs import fields

    from puspa.domain.session import Session

    full = Session(
        "survey", "kependudukan", "kk", 2, ("srv:a:u1:1",), NOW, (("u1", "3"),), "u2", {"editing": "1"},
        {"survey": {"invited_at": NOW, "period": "2026-11"}}, "harga beras", (("harga beras", NOW),),
    )  # fmt: skip
    unset = [f.name for f in fields(Session) if getattr(full, f.name) == getattr(Session(), f.name)]
    assert unset == []  # a field added to Session is added here too
    assert Session.from_dict(full.to_dict()) == full


def test_unloadable_content_asks_for_redelivery(rig: Rig) -> None:
    rig.source.published[OFFICE_ID] = ("broken", {"kantor": "not a mapping"})
    assert rig.post(text_body("halo")) == ("retry later", 503)
    assert rig.sender.sent == [] and rig.store.writes == 0


def test_prefetched_content_is_read_once_and_a_failed_prefetch_is_read_again(bundle: dict[str, Any]) -> None:
    from puspa.errors import StoreUnavailableError

    source = FakeContentSource(OFFICE_ID, bundle)
    cache = ContentCache(source, refresh_s=60)
    cache.prefetch(OFFICE_ID).join(timeout=5)
    assert source.reads == 1
    content = cache.get(OFFICE_ID)
    assert content is not None and content.version == "v1" and source.reads == 1

    class Down(FakeContentSource):
        def load_content(self, office_id: str) -> tuple[str, dict[str, Any]] | None:
            self.reads += 1
            if self.reads == 1:
                raise StoreUnavailableError("down at start")
            return self.published.get(office_id)

    flaky = Down(OFFICE_ID, bundle)
    retried = ContentCache(flaky, refresh_s=60)
    retried.prefetch(OFFICE_ID).join(timeout=5)  # logged, not raised: the first message reads again
    again = retried.get(OFFICE_ID)
    assert again is not None and flaky.reads == 2


def test_unknown_firestore_failures_are_transient() -> None:
    from google.api_core import exceptions as google_exceptions

    from puspa.errors import StoreUnavailableError
    from puspa.store import FirestoreStore

    store = FirestoreStore(client=None)  # type: ignore[arg-type]
    for error in (
        google_exceptions.Unknown("x"),
        google_exceptions.Cancelled("x"),
        google_exceptions.ServiceUnavailable("x"),
    ):
        with pytest.raises(StoreUnavailableError):
            store.call("reads", lambda error=error: (_ for _ in ()).throw(error))


def _staff_rig(bundle: dict[str, Any]) -> Rig:
    rig = Rig(bundle)
    rig.service._config = ServiceConfig(  # same service, with a staff allow-list
        APP_SECRET, VERIFY_TOKEN, Rules(admin_ids=frozenset({"6285700000001"})), timedelta(days=30)
    )
    return rig


def _register_for_resident(rig: Rig) -> str:
    from datetime import date

    from puspa.domain.registration import Draft
    from puspa.domain.sender import Sender

    draft = Draft("SITI", "3201064512900001", "Cibodas", "003/005", "pernikahan", date(2026, 12, 12),
                  "08.00–14.00 WIB", "Kp. Cibodas", 300, "tidak_ada", "6281234567890")  # fmt: skip
    resident = Sender("6281234567890", "")
    return rig.registrations.submit_registration(OFFICE_ID, resident, draft, "w0", NOW, NOW, 2026).code


@pytest.mark.parametrize(("hours_since_resident_wrote", "expected"), [(2, "interactive"), (30, "template")])
def test_resident_update_respects_the_24_hour_window(
    bundle: dict[str, Any], hours_since_resident_wrote: int, expected: str
) -> None:
    rig = _staff_rig(bundle)
    rig.clock_now = NOW - timedelta(hours=hours_since_resident_wrote)
    rig.post(text_body("halo", "wamid.R1"))  # the resident's last message
    rig.clock_now = NOW
    code = _register_for_resident(rig)
    assert rig.post(text_body(f"PROSES {code}", "wamid.S1", sender="6285700000001")) == ("ok", 200)
    to_resident = [p for _, p in rig.sender.sent if p["to"] == "6281234567890"][-1]
    to_staff = [p for _, p in rig.sender.sent if p["to"] == "6285700000001"][-1]
    assert to_resident["type"] == expected
    if expected == "template":
        assert to_resident["template"]["name"] == "puspa_status_permohonan"
    assert "kini *diproses*" in to_staff["text"]["body"]


def test_staff_command_redelivered_after_a_failed_push_tells_the_resident_once(bundle: dict[str, Any]) -> None:
    rig = _staff_rig(bundle)
    code = _register_for_resident(rig)
    rig.sender.failures = [transient()]  # the push to the resident fails first
    body = text_body(f"SETUJU {code}", "wamid.S2", sender="6285700000001")
    assert rig.post(body) == ("retry later", 503)
    assert rig.post(body) == ("ok", 200)
    assert rig.post(body) == ("ok", 200)
    assert sum(1 for _, p in rig.sender.sent if p["to"] == "6281234567890") == 1
    assert sum(1 for _, p in rig.sender.sent if p["to"] == "6285700000001") == 1


def test_staff_is_warned_when_the_resident_cannot_be_reached(bundle: dict[str, Any]) -> None:
    rig = _staff_rig(bundle)
    code = _register_for_resident(rig)
    rig.sender.failures = [GraphApiError("undeliverable", code=131026, http_status=400, transient=False)]
    assert rig.post(text_body(f"PROSES {code}", "wamid.S3", sender="6285700000001")) == ("ok", 200)
    staff_texts = [p["text"]["body"] for _, p in rig.sender.sent if p["to"] == "6285700000001"]
    assert any("kini *diproses*" in t for t in staff_texts)
    assert any("Pesan ke warga tidak terkirim (kode WhatsApp 131026)" in t for t in staff_texts)


def test_staff_answer_outside_the_window_goes_as_the_answer_template(bundle: dict[str, Any]) -> None:
    rig = _staff_rig(bundle)
    rig.clock_now = NOW - timedelta(hours=30)
    rig.post(text_body("tanya petugas", "wamid.Q1"))
    rig.post(text_body("Apakah surat pindah bisa diurus di desa?\nTerima kasih", "wamid.Q2"))
    rig.clock_now = NOW
    assert (
        rig.post(text_body("JAWAB TNY-2026-0001 Bisa di desa,\nbawa KK.", "wamid.S9", sender="6285700000001"))[1] == 200
    )
    payload = [p for _, p in rig.sender.sent if p["to"] == "6281234567890"][-1]
    assert payload["type"] == "template" and payload["template"]["name"] == "puspa_jawaban_petugas"
    parameters = [p["text"] for p in payload["template"]["components"][0]["parameters"]]
    assert parameters == ["TNY-2026-0001", "Bisa di desa, bawa KK."]  # one line: Meta's 132018 rule
    payloads = [c["parameters"][0]["payload"] for c in payload["template"]["components"][1:]]
    assert payloads == ["tny:ok:TNY-2026-0001", "tny:again:TNY-2026-0001", "tny:read:TNY-2026-0001"]


def test_log_tags_are_keyed_like_the_stored_replay_keys(bundle: dict[str, Any]) -> None:
    rig = Rig(bundle)
    assert rig.service.tag("wamid.A1") == message_tag(tag_key(APP_SECRET), "wamid.A1")  # no hash secret: the app's
    config = ServiceConfig(APP_SECRET, VERIFY_TOKEN, Rules(), timedelta(days=30), hash_secret="kept-hash-secret")
    keyed = WebhookService(
        config,
        rig.store,
        ContentCache(rig.source, refresh_s=60),
        rig.sender,
        fake_effects(lambda: NOW),
        lambda: NOW,
    )
    assert keyed.tag("wamid.A1") == message_tag(tag_key("kept-hash-secret"), "wamid.A1")
    assert keyed.tag("wamid.A1") != rig.service.tag("wamid.A1")


def test_session_expiry_with_a_half_filled_form_is_the_form_idle_limit_else_the_ttl(bundle: dict[str, Any]) -> None:
    rig = Rig(bundle)
    key = f"{OFFICE_ID}_6281234567890"

    def expiry_after(text: str, wamid: str) -> timedelta:
        assert rig.post(text_body(text, wamid)) == ("ok", 200)
        return rig.store.docs[key][3] - rig.clock_now

    assert expiry_after("daftar resepsi", "wamid.E1") == timedelta(days=30)  # nothing personal held yet
    rig.clock_now += timedelta(minutes=1)
    assert expiry_after("Setuju", "wamid.E2") == timedelta(days=30)
    assert "nama lengkap pemohon" in json.dumps(rig.sender.sent[-1][1])
    rig.clock_now += timedelta(minutes=1)
    assert expiry_after("Siti Rahmawati", "wamid.E3") == Rules().form_idle  # a name is held: gone soon if abandoned
    assert "NIK pemohon" in json.dumps(rig.sender.sent[-1][1])
    rig.clock_now += timedelta(minutes=1)
    assert expiry_after("batal", "wamid.E4") == timedelta(days=30)  # the form was dropped


def test_residents_messages_are_counted_for_the_report_and_staffs_are_not(bundle: dict[str, Any]) -> None:
    rig = _staff_rig(bundle)
    rig.post(text_body("syarat bikin kk", "wamid.R1"))
    rig.post(text_body("bantuan", "wamid.S1", sender="6285700000001"))
    resident = rig.store.logs[f"{OFFICE_ID}_6281234567890"].activity
    assert resident == {"2026-11-25": {"messages": 1, "card:kk": 1}}
    assert rig.store.logs[f"{OFFICE_ID}_6285700000001"].activity == {}  # staff at work are no residents served
