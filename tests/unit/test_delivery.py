"""Every message answered exactly once through bursts, throttling and outages: the shell with fakes.

Each test reproduces one way a message used to be lost silently or answered twice."""

from __future__ import annotations

import json
import logging
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from puspa.app.webhook_service import FLOOD_NOTICE, Outcome
from puspa.domain.registration import Draft
from puspa.domain.sender import Sender
from puspa.errors import GraphApiError
from tests.conftest import OFFICE_ID
from tests.fakes import FakeSender
from tests.unit.test_service import Rig, text_body, transient

HOOKS = Path(__file__).parents[1] / "data" / "webhooks"
SITI = "6281234567890"


@pytest.fixture
def rig(bundle: dict[str, Any]) -> Rig:
    return Rig(bundle)


class GateSender(FakeSender):
    """Holds every send until `release()`, then answers with `failure` (or succeeds)."""

    def __init__(self, parties: int, failure: GraphApiError | None) -> None:
        super().__init__()
        self.barrier = threading.Barrier(parties)
        self.failure = failure

    def send_message(self, office_id: str, payload: dict[str, Any]) -> str:
        self.barrier.wait(timeout=5)
        if self.failure is not None:
            raise self.failure
        return super().send_message(office_id, payload)


def _inbound(rig: Rig, text: str, wamid: str, sender: str = SITI) -> Any:
    """A message sent just now (Meta's timestamp), as someone typing."""
    from msgspec.structs import replace

    from puspa.whatsapp.webhook import parse_webhook

    return replace(parse_webhook(text_body(text, wamid, sender)).messages[0], sent_at=rig.clock_now)


def _in_threads(*jobs: Any) -> list[Any]:
    results: list[Any] = [None] * len(jobs)

    def run(index: int) -> None:
        results[index] = jobs[index]()

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    return results


def test_two_turns_of_one_sender_failing_together_are_both_redelivered_and_answered(rig: Rig) -> None:
    a, b = _inbound(rig, "halo", "wamid.A"), _inbound(rig, "syarat kk", "wamid.B")
    rig.service._sender = GateSender(2, transient(131056))  # both refused with Meta's pair rate limit
    assert _in_threads(lambda: rig.service.process(a), lambda: rig.service.process(b)) == [Outcome.RETRY] * 2
    rig.service._sender = rig.sender
    assert rig.service.process(a) is Outcome.ANSWERED  # Meta's redeliveries
    assert rig.service.process(b) is Outcome.ANSWERED
    assert len(rig.sender.sent) == 2


def test_a_copy_arriving_while_the_first_attempt_runs_is_redelivered_not_acknowledged(rig: Rig) -> None:
    message = _inbound(rig, "halo", "wamid.SLOW")
    started, finish = threading.Event(), threading.Event()

    class SlowFailing(FakeSender):
        def send_message(self, office_id: str, payload: dict[str, Any]) -> str:
            started.set()
            finish.wait(timeout=5)
            raise transient(131000)

    rig.service._sender = SlowFailing()
    first = threading.Thread(target=lambda: rig.service.process(message))
    first.start()
    assert started.wait(timeout=5)
    assert rig.service.process(message) is Outcome.RETRY  # the copy: 503, not "duplicate"
    finish.set()
    first.join(timeout=5)
    rig.service._sender = rig.sender
    assert rig.service.process(message) is Outcome.ANSWERED  # the redelivery after the failure
    assert len(rig.sender.sent) == 1


def test_a_claim_whose_answer_was_lost_is_read_back_and_answered_once(rig: Rig) -> None:
    rig.store.lose_save_answers = 1
    assert rig.post(text_body("syarat kk", "wamid.LOST")) == ("ok", 200)
    assert len(rig.sender.sent) == 1
    assert rig.post(text_body("syarat kk", "wamid.LOST")) == ("ok", 200)  # a redelivery: no second answer
    assert len(rig.sender.sent) == 1


def test_a_redelivery_after_25_newer_messages_is_still_a_duplicate(rig: Rig) -> None:
    assert rig.post(text_body("halo", "wamid.OLD")) == ("ok", 200)
    for number in range(25):
        rig.clock_now += timedelta(seconds=10)  # a patient resident: the flood bucket never empties
        assert rig.post(text_body("1", f"wamid.N{number}")) == ("ok", 200)
    sent = len(rig.sender.sent)
    rig.clock_now += timedelta(hours=3)
    assert rig.post(text_body("halo", "wamid.OLD")) == ("ok", 200)
    assert len(rig.sender.sent) == sent


def test_a_status_list_of_many_requests_fits_one_message(rig: Rig) -> None:
    from datetime import date

    for day in range(1, 41):
        draft = Draft("SITI", "3201064512900001", "Cibodas", "003/005", "pernikahan", date(2027, 1, 1) + timedelta(day),
                      "08.00–14.00 WIB", "Kp. Cibodas", 300, "tidak_ada", SITI)  # fmt: skip
        rig.registrations.submit_registration(OFFICE_ID, Sender(SITI, ""), draft, f"w{day}", rig.clock_now,
                                              rig.clock_now, 2026)  # fmt: skip
    assert rig.post(text_body("STATUS", "wamid.S")) == ("ok", 200)
    (_, payload) = rig.sender.sent[-1]
    body = payload["interactive"]["body"]["text"]
    assert len(body) <= 1024 and "lainnya. Ketik *STATUS <kode>*" in body


def test_a_reply_breaking_a_whatsapp_limit_is_replaced_by_an_apology(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import puspa.conversation.screens as screens

    monkeypatch.setattr(screens, "closing", lambda reply="": (screens.TextReply("x" * 5000), ()))
    with caplog.at_level(logging.ERROR):
        assert rig.post(text_body("makasih", "wamid.T")) == ("ok", 200)
    (_, payload) = rig.sender.sent[-1]
    assert "tidak bisa kami kirim lewat WhatsApp" in payload["text"]["body"]
    assert any("breaks a WhatsApp limit" in r.getMessage() for r in caplog.records)


def test_an_expired_token_is_an_outage_and_the_message_waits_for_redelivery(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    expired = GraphApiError("expired", code=190, http_status=401, transient=False, outage=True)
    rig.sender.failures = [expired]
    with caplog.at_level(logging.ERROR):
        assert rig.post(text_body("halo", "wamid.TOKEN")) == ("retry later", 503)
    assert any("renew WHATSAPP_TOKEN" in r.getMessage() and r.levelno == logging.ERROR for r in caplog.records)
    assert rig.post(text_body("halo", "wamid.TOKEN")) == ("ok", 200)  # the token is renewed; Meta redelivers
    assert len(rig.sender.sent) == 1


def test_a_flood_gets_the_bucket_and_one_notice_and_staff_are_exempt(rig: Rig) -> None:
    outcomes = [rig.service.process(_inbound(rig, "halo", f"wamid.F{n}")) for n in range(40)]  # within a second
    burst = rig.service._config.flood.burst
    assert outcomes.count(Outcome.ANSWERED) == burst and outcomes.count(Outcome.THROTTLED) == 40 - burst
    notices = [p for _, p in rig.sender.sent if p.get("text", {}).get("body") == FLOOD_NOTICE]
    assert len(notices) == 1 and len(rig.sender.sent) == burst + 1
    rig.clock_now += timedelta(seconds=rig.service._config.flood.refill_s)
    assert rig.service.process(_inbound(rig, "halo", "wamid.AFTER")) is Outcome.ANSWERED  # the bucket refills


def test_a_flood_from_a_staff_number_is_all_answered_and_the_same_flood_from_a_resident_is_throttled(
    bundle: dict[str, Any],
) -> None:
    from puspa.domain.delivery import FloodPolicy
    from tests.unit.test_service import _staff_rig

    rig = _staff_rig(bundle)
    staff, burst = "6285700000001", FloodPolicy().burst
    size = 4 * burst

    def flood(sender: str) -> tuple[list[Outcome], list[str]]:
        """`size` messages within a second from `sender`: the outcomes, and what was sent back to `sender`."""
        outcomes = [rig.service.process(_inbound(rig, "halo", f"wamid.{sender}.{n}", sender)) for n in range(size)]
        return outcomes, [json.dumps(p) for _, p in rig.sender.sent if p["to"] == sender]

    outcomes, replies = flood(staff)
    assert outcomes == [Outcome.ANSWERED] * size and len(replies) == size  # staff numbers are exempt
    assert not any("Mohon tunggu sebentar" in r for r in replies)
    outcomes, replies = flood(SITI)
    assert outcomes.count(Outcome.ANSWERED) == burst and outcomes.count(Outcome.THROTTLED) == size - burst
    assert len(replies) == burst + 1 and sum("Mohon tunggu sebentar" in r for r in replies) == 1


def _tap(rig: Rig, wamid: str, sender: str = SITI) -> Any:
    """A tap on "Menu utama", sent just now."""
    from msgspec.structs import replace

    from puspa.conversation.inbound import InboundKind

    return replace(_inbound(rig, "", wamid, sender), kind=InboundKind.CHOICE, choice_id="menu", text="")


def _replay(rig: Rig, gaps_s: list[float], message: Any) -> list[Outcome]:
    """Messages `message(n)` sent `gaps_s` apart (the first at once): what became of each."""
    outcomes = []
    for n, gap in enumerate(gaps_s):
        rig.clock_now += timedelta(seconds=gap)
        outcomes.append(rig.service.process(message(n)))
    return outcomes


def test_a_fast_human_never_meets_the_flood_notice(rig: Rig) -> None:
    """Tapping PUSPA's buttons every 1.5 s, typing a menu number every 1.5 s or a message every 4 s —
    faster than anyone sustains for five minutes (bench/flood.py replays realistic timings)."""
    taps = _replay(rig, [0.0] + [1.5] * 199, lambda n: _tap(rig, f"wamid.T{n}"))
    numbers = _replay(rig, [0.0] + [1.5] * 199, lambda n: _inbound(rig, "1", f"wamid.N{n}", "6281111111111"))
    typed = _replay(rig, [0.0] + [4.0] * 74, lambda n: _inbound(rig, "syarat kk", f"wamid.W{n}", "6282222222222"))
    assert taps == numbers == [Outcome.ANSWERED] * 200 and typed == [Outcome.ANSWERED] * 75
    assert not any(p.get("text", {}).get("body") == FLOOD_NOTICE for _, p in rig.sender.sent)


@pytest.mark.parametrize(("gap_s", "minutes", "answered_at_most"), [(1.0, 10, 0.25), (0.2, 2, 0.1)])
def test_a_script_still_meets_the_flood_notice(rig: Rig, gap_s: float, minutes: int, answered_at_most: float) -> None:
    count = int(minutes * 60 / gap_s)
    outcomes = _replay(rig, [0.0] + [gap_s] * (count - 1), lambda n: _inbound(rig, "halo", f"wamid.S{n}"))
    assert outcomes.count(Outcome.ANSWERED) <= answered_at_most * count
    assert Outcome.THROTTLED in outcomes[:60]  # within its first minute (or 60 messages)
    notices = [p for _, p in rig.sender.sent if p.get("text", {}).get("body") == FLOOD_NOTICE]
    assert 1 <= len(notices) <= 3  # one per flood, not one per message


def test_message_ids_never_reach_the_logs(rig: Rig, caplog: pytest.LogCaptureFixture) -> None:
    rig.sender.failures = [transient(131056)] * 3
    with caplog.at_level(logging.DEBUG):
        rig.post(text_body("halo", "wamid.HBgLNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjA="))
        rig.post(b"{not json")
    assert caplog.records and not any("HBgLNjI4MTIzNDU2Nzg5MBUC" in r.getMessage() for r in caplog.records)
    assert not any(SITI in r.getMessage() for r in caplog.records)


def _payload_with(**message: Any) -> bytes:
    payload = json.loads((HOOKS / "text.json").read_text())
    payload["entry"][0]["changes"][0]["value"]["messages"][0].update(message)
    return json.dumps(payload).encode()


@pytest.mark.parametrize(
    "poison",
    [{"from": "6" * 500}, {"from": "62812<script>"}, {"type": ["text"]}, {"type": {"a": 1}},
     {"id": "wamid." + "x" * 1000}],
    ids=["long-sender", "odd-sender", "type-list", "type-object", "long-id"],
)  # fmt: skip
def test_well_signed_malformed_parts_are_acknowledged_not_retried(rig: Rig, poison: dict[str, Any]) -> None:
    assert rig.post(_payload_with(**poison)) == ("ok", 200)


def test_json_nested_a_thousand_deep_is_acknowledged(rig: Rig) -> None:
    assert rig.post(b"[" * 1000 + b"]" * 1000) == ("ok", 200)
    assert rig.post(b'{"a":' * 5000 + b"1" + b"}" * 5000) == ("ok", 200)


def test_a_post_with_hundreds_of_messages_is_worked_off_over_redeliveries(rig: Rig) -> None:
    payload = json.loads((HOOKS / "text.json").read_text())
    template = payload["entry"][0]["changes"][0]["value"]["messages"][0]
    payload["entry"][0]["changes"][0]["value"]["messages"] = [
        {**template, "id": f"wamid.BULK{n}", "from": f"62812{n:08d}"} for n in range(500)
    ]
    body = json.dumps(payload).encode()
    answers = [rig.post(body) for _ in range(10)]
    assert answers[:9] == [("retry later", 503)] * 9 and answers[9] == ("ok", 200)
    assert len(rig.sender.sent) == 500  # each answered once


def test_staff_of_one_office_are_residents_at_another(content: Any) -> None:
    from puspa.conversation.dialogue import Rules
    from tests.chat import Chat

    rules = Rules(staff_by_office={"999999": frozenset({"6285700000001"})})
    screen = Chat(content, rules=rules, wa_id="6285700000001").send("PROSES RSP-2026-0001")
    assert "tidak ditemukan" not in screen and "Kode permohonan" not in screen  # not a staff command here


def test_a_backlog_redelivered_after_an_outage_is_not_a_flood(rig: Rig) -> None:
    from msgspec.structs import replace

    written = rig.clock_now - timedelta(hours=2)  # the resident wrote slowly, during the outage
    backlog = [replace(_inbound(rig, "halo", f"wamid.B{n}"), sent_at=written + timedelta(minutes=5 * n))
               for n in range(15)]  # fmt: skip
    assert [rig.service.process(m) for m in backlog] == [Outcome.ANSWERED] * 15


QUESTION = "Apakah surat pindah bisa diurus di desa atau harus ke kecamatan?"


def _firestore_goes_down_in_the_middle_of_the_question(rig: Rig, monkeypatch: pytest.MonkeyPatch) -> None:
    """The next question's claim is written, then Firestore is gone: the ticket and the release fail."""
    from puspa.errors import StoreUnavailableError

    def down(*args: Any, **kwargs: Any) -> Any:
        rig.store.unavailable = True
        raise StoreUnavailableError("Firestore went away after the claim")

    monkeypatch.setattr(rig.tickets, "create_ticket", down)


def test_a_turn_whose_effect_and_release_failed_is_finished_when_meta_redelivers_after_the_lease(
    rig: Rig, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    assert rig.post(text_body("tanya petugas", "wamid.Q0")) == ("ok", 200)
    _firestore_goes_down_in_the_middle_of_the_question(rig, monkeypatch)
    assert rig.post(text_body(QUESTION, "wamid.Q1")) == ("retry later", 503)
    assert "its redelivery after the lease will finish it" in caplog.text
    monkeypatch.undo()
    rig.store.unavailable = False  # Firestore is back
    assert rig.post(text_body(QUESTION, "wamid.Q1")) == ("retry later", 503)  # the lease: it may still run
    rig.clock_now += timedelta(seconds=71)
    rig.sender.failures = [transient()]  # the first attempt to finish it cannot send: the lease is given back
    assert rig.post(text_body(QUESTION, "wamid.Q1")) == ("retry later", 503)
    assert rig.post(text_body(QUESTION, "wamid.Q1")) == ("ok", 200)  # the next redelivery finishes it at once
    assert len(rig.tickets.items) == 1
    assert "TNY-" in json.dumps(rig.sender.sent[-1][1])
    assert all(not log.unfinished for log in rig.store.logs.values())
    rig.clock_now += timedelta(minutes=5)
    sent = len(rig.sender.sent)
    assert rig.post(text_body(QUESTION, "wamid.Q1")) == ("ok", 200)  # answered: a duplicate again
    assert len(rig.sender.sent) == sent and len(rig.tickets.items) == 1


def test_a_finished_turn_with_effects_is_a_duplicate_for_another_instance_and_costs_one_more_write(
    rig: Rig, bundle: dict[str, Any]
) -> None:
    assert rig.post(text_body("tanya petugas", "wamid.Q0")) == ("ok", 200)
    writes = rig.store.writes
    assert rig.post(text_body(QUESTION, "wamid.Q1")) == ("ok", 200)
    assert rig.store.writes - writes == 2  # the claim, and deleting the turn's record once it finished
    other = Rig(bundle)  # a second instance: same stores, nothing in memory
    other.service._store = rig.store
    other.service._effects = rig.service._effects
    other.service._sender = rig.sender
    other.clock_now = rig.clock_now + timedelta(minutes=2)
    sent = len(rig.sender.sent)
    assert other.post(text_body(QUESTION, "wamid.Q1")) == ("ok", 200)
    assert len(rig.sender.sent) == sent and len(rig.tickets.items) == 1


def test_a_turn_with_effects_whose_reply_and_release_failed_is_told_on_redelivery(
    rig: Rig, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert rig.post(text_body("tanya petugas", "wamid.Q0")) == ("ok", 200)

    class DownWithTheReply(FakeSender):
        def send_message(self, office_id: str, payload: dict[str, Any]) -> str:
            rig.store.unavailable = True  # Firestore and the Graph API fail in the same turn
            raise transient(131000)

    rig.service._sender = DownWithTheReply()
    assert rig.post(text_body(QUESTION, "wamid.Q1")) == ("retry later", 503)  # was 200: "stays unanswered"
    assert len(rig.tickets.items) == 1  # the question was stored
    rig.service._sender, rig.store.unavailable = rig.sender, False
    rig.clock_now += timedelta(seconds=71)
    assert rig.post(text_body(QUESTION, "wamid.Q1")) == ("ok", 200)
    assert len(rig.tickets.items) == 1 and "TNY-" in json.dumps(rig.sender.sent[-1][1])
