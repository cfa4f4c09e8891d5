"""A burst from one resident against a Graph API stand-in that enforces Meta's pair rate limit
(131056), with Meta-faithful redelivery of every 503: nothing lost, nothing answered twice, and no
more replies than the flood bucket lets through plus one notice."""

from __future__ import annotations

import heapq
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from localdev.graph_standin import RunningStandin
from puspa.app.content_cache import ContentCache
from puspa.app.webhook_service import FLOOD_NOTICE, Outcome, ServiceConfig, WebhookService
from puspa.conversation.dialogue import Rules
from puspa.domain.delivery import FloodPolicy
from puspa.whatsapp.graph import GraphClient
from puspa.whatsapp.webhook import parse_webhook
from tests.conftest import APP_SECRET, OFFICE_ID, TOKEN, VERIFY_TOKEN
from tests.fakes import FakeContentSource, FakeSessionStore, fake_effects

HOOKS = Path(__file__).parents[1] / "data" / "webhooks"
SITI = "6281234567890"
START = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)


@dataclass
class SimClock:
    seconds: float = 0.0

    def now(self) -> datetime:
        return START + timedelta(seconds=self.seconds)

    def sleep(self, seconds: float) -> None:
        self.seconds += seconds


def _message(number: int) -> Any:
    payload = json.loads((HOOKS / "text.json").read_text())
    payload["entry"][0]["changes"][0]["value"]["messages"][0].update(
        {"id": f"wamid.BURST{number:03d}", "from": SITI, "text": {"body": f"halo {number}"},
         "timestamp": str(int((START + timedelta(seconds=number / 10)).timestamp()))}
    )  # fmt: skip
    return parse_webhook(json.dumps(payload).encode()).messages[0]


def test_two_hundred_messages_in_twenty_seconds(standin: RunningStandin, bundle: dict[str, Any]) -> None:
    clock = SimClock()
    with standin.state.lock:
        standin.state.pair_burst, standin.state.pair_interval_s, standin.state.clock = 3, 6.0, lambda: clock.seconds
    graph = GraphClient(standin.api_url(), TOKEN, max_attempts=3, sleep=clock.sleep)
    sessions = FakeSessionStore()
    effects = fake_effects(clock.now, sessions=sessions)
    policy = FloodPolicy()
    config = ServiceConfig(APP_SECRET, VERIFY_TOKEN, Rules(), timedelta(days=30), policy)
    content = ContentCache(FakeContentSource(OFFICE_ID, bundle), refresh_s=60, clock=lambda: 0.0)
    service = WebhookService(config, sessions, content, graph, effects, clock.now)

    # Meta delivers message n at n/10 s and redelivers every 503 with a growing pause.
    due = [(number / 10, number, 0) for number in range(200)]
    heapq.heapify(due)
    final: dict[int, Outcome] = {}
    while due and clock.seconds < 3600:
        at, number, tries = heapq.heappop(due)
        clock.seconds = max(clock.seconds, at)
        outcome = service.process(_message(number))
        if outcome is Outcome.RETRY:
            heapq.heappush(due, (clock.seconds + 15 * 2**tries, number, tries + 1))
        else:
            final[number] = outcome
    with standin.state.lock:
        standin.state.pair_burst = 0
        sent = [m["body"] for m in standin.state.messages if m["body"].get("to") == SITI]

    assert len(final) == 200 and set(final.values()) <= {Outcome.ANSWERED, Outcome.THROTTLED}  # nothing lost
    answered = sum(o is Outcome.ANSWERED for o in final.values())
    notices = [m for m in sent if m.get("text", {}).get("body") == FLOOD_NOTICE]
    assert len(sent) == answered + len(notices) and len(notices) <= 2  # one reply per answered message
    most = policy.burst + 20 / policy.refill_s + 1  # the bucket over the 20 s burst
    assert answered <= most, (answered, most)
    retried = sum(tries for *_, tries in due)
    print(
        f"burst: {answered} answered, {200 - answered} throttled, {len(notices)} notice(s), "
        f"{standin.state.calls} Graph API calls, {retried} left over"
    )
