"""Flood control, replayed: how many messages of a fast human and of a script meet the flood notice.

Every message goes through `webhook_service.admit`, the verdict the webhook uses (the sender's bucket
as stored in the session, the tap discount, the reset of a flood), with the time Meta stamps on it.
Humans are replayed from random but realistic gaps (taps on PUSPA's buttons every 1.5–3 s, typed
messages every 4–10 s, five minutes each, 1,000 runs per kind) and at the fastest gap of each range
throughout; scripts send a message every 0.2 s or every 1 s for ten minutes. Each line says how many
messages were left unanswered (throttled) and how many flood notices were sent, for the policy in
force and for the one before it (a burst of 10, one token every 6 s, a tap costing as much as text).

    PYTHONPATH=functions:. .venv/bin/python -m bench.flood
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

from msgspec.structs import replace

from puspa.app.webhook_service import admit
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.domain.delivery import DeliveryLog, FloodPolicy
from puspa.domain.sender import Sender

START = datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
SENDER = Sender("6281234567890", "")
HUMAN_S, SCRIPT_S, RUNS = 5 * 60, 10 * 60, 1000
BEFORE = FloodPolicy(burst=10, refill_s=6.0, tap_cost=1.0)  # the policy this replaced (see admit_before)
TAP, TYPED = "tap", "typed"

Timeline = list[tuple[float, str]]  # (seconds from the start, kind of message)


def _every(gap: Callable[[], float], kind: Callable[[], str], seconds: float) -> Timeline:
    """Messages `gap()` seconds apart (the first at once) for `seconds`."""
    timeline, at = [], 0.0
    while at < seconds:
        timeline.append((at, kind()))
        at += gap()
    return timeline


def _browsing(rng: random.Random, seconds: float) -> Timeline:
    """A person using the menus: a few taps 1.5–3 s apart, then a typed message 4–10 s later, again."""
    timeline, at = [], 0.0
    while at < seconds:
        for _ in range(rng.randint(2, 6)):
            timeline.append((at, TAP))
            at += rng.uniform(1.5, 3.0)
        timeline.append((at, TYPED))
        at += rng.uniform(4.0, 10.0)
    return [(t, k) for t, k in timeline if t < seconds]


def _inbound(number: int, at: datetime, kind: str) -> Inbound:
    if kind == TAP:
        return Inbound("100000000000009", f"wamid.{number}", SENDER, InboundKind.CHOICE, choice_id="menu", sent_at=at)
    return Inbound("100000000000009", f"wamid.{number}", SENDER, InboundKind.TEXT, "syarat kk", sent_at=at)


def admit_before(log: DeliveryLog, inbound: Inbound, now: datetime, policy: FloodPolicy) -> tuple[DeliveryLog, bool]:
    """The verdict this replaced: every message a token, and every answered message ended the flood
    (so a script trickling through at the refill rate was sent a notice after each reply)."""
    tokens = float(policy.burst) if log.tokens is None else log.tokens
    if log.refilled_at is not None:
        tokens = min(float(policy.burst), tokens + (now - log.refilled_at).total_seconds() / policy.refill_s)
    if tokens >= 1:
        return replace(log, tokens=tokens - 1, refilled_at=now, throttled=0), True
    return replace(log, tokens=tokens, refilled_at=now, throttled=log.throttled + 1), False


def replay(timeline: Timeline, policy: FloodPolicy) -> tuple[int, int, float | None]:
    """(messages throttled, flood notices sent, seconds to the first throttled) for one sender's timeline."""
    log, throttled, notices, first = DeliveryLog(), 0, 0, None
    for number, (seconds, kind) in enumerate(timeline):
        at = START + timedelta(seconds=seconds)
        first_of_flood = log.throttled == 0
        inbound = _inbound(number, at, kind)
        if policy is BEFORE:
            log, allowed = admit_before(log, inbound, at, policy)
        else:
            log, allowed = admit(log, inbound, at, policy, staff=False)
        throttled += not allowed
        first = seconds if first is None and not allowed else first
        notices += not allowed and first_of_flood  # what WebhookService._throttled sends
    return throttled, notices, first


def scenarios() -> Iterator[tuple[str, Callable[[random.Random], Timeline], int]]:
    """(name, a timeline from a random source, runs)."""
    yield "human tapping, every 1.5–3 s, 5 min", lambda r: _every(lambda: r.uniform(1.5, 3), lambda: TAP, HUMAN_S), RUNS
    yield "human typing, every 4–10 s, 5 min", lambda r: _every(lambda: r.uniform(4, 10), lambda: TYPED, HUMAN_S), RUNS
    yield "human browsing, 2–6 taps then a typed message, 5 min", lambda r: _browsing(r, HUMAN_S), RUNS
    yield "human tapping every 1.5 s throughout, 5 min", lambda r: _every(lambda: 1.5, lambda: TAP, HUMAN_S), 1
    yield "human typing every 4 s throughout, 5 min", lambda r: _every(lambda: 4.0, lambda: TYPED, HUMAN_S), 1
    yield "script, text every 0.2 s, 10 min", lambda r: _every(lambda: 0.2, lambda: TYPED, SCRIPT_S), 1
    yield "script, text every 1 s, 10 min", lambda r: _every(lambda: 1.0, lambda: TYPED, SCRIPT_S), 1
    yield "script replaying a button, every 0.2 s, 10 min", lambda r: _every(lambda: 0.2, lambda: TAP, SCRIPT_S), 1
    yield "script replaying a button, every 1 s, 10 min", lambda r: _every(lambda: 1.0, lambda: TAP, SCRIPT_S), 1


def _figures(timelines: list[Timeline], policy: FloodPolicy) -> str:
    results = [replay(t, policy) for t in timelines]
    messages = sum(len(t) for t in timelines)
    throttled, notices = sum(r[0] for r in results), sum(r[1] for r in results)
    met = sum(r[0] > 0 for r in results)
    share = f"{throttled / messages:6.1%}"
    if len(timelines) == 1:
        first = results[0][2]
        when = "never" if first is None else f"first after {first:.0f} s"
        return f"{throttled:5d} of {messages:5d} throttled ({share}), {notices:3d} notice(s), {when}"
    return f"{throttled:5d} of {messages:6d} throttled ({share}), {met:4d} of {len(timelines)} runs met it"


def main() -> None:
    now = FloodPolicy()
    print(
        f"policy: a burst of {now.burst} tokens, one back every {now.refill_s:g} s, text 1 token, "
        f"a tap {now.tap_cost:g} (before: a burst of {BEFORE.burst}, every {BEFORE.refill_s:g} s, a tap 1)"
    )
    for name, build, runs in scenarios():
        rng = random.Random(27)
        timelines = [build(rng) for _ in range(runs)]
        print(f"{name:<55} now: {_figures(timelines, now)}")
        print(f"{'':<55} before: {_figures(timelines, BEFORE)}")


if __name__ == "__main__":
    main()
