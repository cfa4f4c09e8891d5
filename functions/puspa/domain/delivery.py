"""What the shell keeps per sender to answer each message exactly once and to damp floods (pure).

Kept in the sender's session document and written in the same compare-and-set write as the turn, so
it costs no extra Firestore operation:
- the ids of the messages handled, with when each was claimed: a redelivery within `LEASE` of its
  claim may still be in progress elsewhere (answer "retry later"); after it, it was answered;
- the turns that carry out effects (a registration, a question…) and are not known to have finished:
  the claim records the session the turn was decided on, and the attempt deletes the record once its
  effects ran and its replies were sent. A redelivery that finds the record after the lease (the
  attempt failed and could not undo its claim, e.g. Firestore became unreachable in the middle, or
  the instance died) decides the turn again on that session and finishes it: effects are keyed by
  the message, so running them again is safe. Turns without effects record nothing (their claim
  write is the turn's only write);
- a token bucket (FloodPolicy): typed text costs a token, a tap on PUSPA's own buttons and rows a
  quarter of one; `burst` tokens, then one more every `refill_s` seconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta

from msgspec import Struct, field
from msgspec.structs import replace

from puspa.domain.session import Session

LEASE = timedelta(seconds=70)  # longer than the function's 60 s timeout: a claim older than this is settled
KEEP = timedelta(days=7)  # Meta redelivers for up to 7 days
KEEP_MAX = 300  # ids kept at most per sender, newest first


class FloodPolicy(Struct, frozen=True):
    """Sized so that a fast human never meets it and a script does (figures: `python -m bench.flood`).
    Taps cost little: a person taps a button every 1.5 s at the very fastest, which a quarter token
    a tap sustains forever (a token every 6 s buys four taps in 6 s); typing a message every 4 s
    for five minutes stays inside the burst; a script sending text every second is held to a reply
    every 6 s after its first 30 or so."""

    burst: int = 30  # tokens: about 30 typed messages at once, or 120 taps
    refill_s: float = 6.0  # one token back every 6 s: WhatsApp's pair rate, about one message every 6 s to one user
    tap_cost: float = 0.25  # a tap on PUSPA's own buttons or rows (or a menu number typed); typed text costs 1


class Unfinished(Struct, frozen=True):
    """A claimed turn with effects not known to have finished: what deciding it again needs."""

    before: Session | None  # the session the turn was decided on (None: the sender's first message)
    decided_at: datetime


class DeliveryLog(Struct, frozen=True):
    """`claimed_at`: message id -> when it was claimed. Bucket: `tokens` left at `refilled_at`;
    `throttled` counts messages left unanswered in the current flood (the first gets the notice)."""

    claimed_at: Mapping[str, datetime] = field(default_factory=dict)
    tokens: float | None = None  # None: a full bucket
    refilled_at: datetime | None = None
    throttled: int = 0
    # Activity for the office's figures, per local day (last ACTIVITY_DAYS days): "messages" and
    # "card:<id>" counts. Collected daily by the digest; the session write carries it at no extra cost.
    activity: Mapping[str, Mapping[str, int]] = field(default_factory=dict)
    unfinished: Mapping[str, Unfinished] = field(default_factory=dict)  # message id -> its turn (above)


def settled(log: DeliveryLog, wamid: str, now: datetime) -> bool:
    """True when a handled message's attempt has ended and left nothing to finish: its claim is
    older than the lease and its turn is not recorded as unfinished."""
    claimed = log.claimed_at.get(wamid)
    return claimed is None or (now - claimed >= LEASE and wamid not in log.unfinished)


def stalled(log: DeliveryLog, wamid: str, now: datetime) -> Unfinished | None:
    """The turn of `wamid` when its attempt has ended (the lease is over) without finishing it."""
    claimed = log.claimed_at.get(wamid)
    if claimed is None or now - claimed < LEASE:
        return None
    return log.unfinished.get(wamid)


def remember(
    recent: tuple[str, ...], log: DeliveryLog, wamid: str, now: datetime, unfinished: Unfinished | None = None
) -> tuple[tuple[str, ...], DeliveryLog]:
    """Add `wamid` as claimed now (with its turn while it is `unfinished`); forget ids older than
    KEEP or beyond KEEP_MAX, and their turns."""
    claimed = {**log.claimed_at, wamid: now}
    kept = [w for w in (*recent, wamid) if w in claimed and now - claimed[w] < KEEP][-KEEP_MAX:]
    turns = {**log.unfinished, wamid: unfinished} if unfinished is not None else log.unfinished
    return tuple(kept), replace(
        log,
        claimed_at={w: claimed[w] for w in kept},
        unfinished={w: turn for w, turn in turns.items() if w in claimed and w in kept},
    )


def forget(recent: tuple[str, ...], log: DeliveryLog, wamid: str) -> tuple[tuple[str, ...], DeliveryLog]:
    """Undo a claim: the message will be handled again when Meta redelivers it."""
    claimed = {w: at for w, at in log.claimed_at.items() if w != wamid}
    turns = {w: turn for w, turn in log.unfinished.items() if w != wamid}
    return tuple(w for w in recent if w != wamid), replace(log, claimed_at=claimed, unfinished=turns)


def finished(log: DeliveryLog, wamids: Iterable[str]) -> DeliveryLog:
    """The log without the unfinished records of `wamids` (their turns are known to have finished)."""
    done = set(wamids)
    if not done & set(log.unfinished):
        return log
    return replace(log, unfinished={w: turn for w, turn in log.unfinished.items() if w not in done})


def relet(log: DeliveryLog, wamid: str, at: datetime) -> DeliveryLog:
    """The claim of `wamid` taken again at `at` (a new lease for the attempt that finishes its turn)."""
    return replace(log, claimed_at={**log.claimed_at, wamid: at})


ACTIVITY_DAYS = 8


def count_activity(log: DeliveryLog, day: str, card: str = "") -> DeliveryLog:
    """One more answered message on `day` (and one more opening of `card`); days beyond ACTIVITY_DAYS go."""
    today = dict(log.activity.get(day, {}))
    today["messages"] = today.get("messages", 0) + 1
    if card:
        today[f"card:{card}"] = today.get(f"card:{card}", 0) + 1
    days = {d: c for d, c in log.activity.items() if d != day}
    kept = dict(sorted({**days, day: today}.items())[-ACTIVITY_DAYS:])
    return replace(log, activity=kept)


def take_token(log: DeliveryLog, now: datetime, policy: FloodPolicy, cost: float = 1.0) -> tuple[DeliveryLog, bool]:
    """Spend `cost` tokens for a message; False when the bucket holds less (the message gets no reply).
    The flood a message falls into ends only once the bucket has refilled to half: a script trickling
    through at the refill rate gets one notice, not one per refill."""
    tokens = float(policy.burst) if log.tokens is None else log.tokens
    if log.refilled_at is not None and policy.refill_s > 0:
        elapsed = max((now - log.refilled_at).total_seconds(), 0.0)
        tokens = min(float(policy.burst), tokens + elapsed / policy.refill_s)
    if tokens >= cost:
        left = tokens - cost
        throttled = 0 if left >= policy.burst / 2 else log.throttled
        return replace(log, tokens=left, refilled_at=now, throttled=throttled), True
    return replace(log, tokens=tokens, refilled_at=now, throttled=log.throttled + 1), False
