"""Orchestration: run the pure conversation for each inbound message and carry out its effects.

Per inbound message on the happy path: 1 Firestore read (the session) + 1 write (the new session,
compare-and-set on its update time, carrying the message id and its claim time, which make
redeliveries no-ops, and the sender's flood bucket), one outbound message and one mark-as-read
call. Content comes from the in-memory cache.

A message is answered exactly once or redelivered by Meta (503), never silently dropped:
- a redelivery that finds its id claimed less than `delivery.LEASE` ago may still be in progress
  elsewhere: "retry later", not "duplicate";
- a claim whose write outcome is unknown (the commit may have landed) is read back before it is used;
- a turn with effects is recorded as unfinished in its claim write and the record deleted once it has
  finished (one more write, only for such turns); when its attempt fails and cannot undo its claim
  (Firestore unreachable in the middle of the turn), Meta's redelivery after the lease decides the
  turn again on the recorded session and finishes it (effects are keyed by the message);
- a failed send undoes only its own claim, whatever other messages of the sender did meanwhile;
- a reply that breaks a WhatsApp limit is replaced by a short apology (and logged at ERROR);
- a refused access token (Graph error 190) is an outage: ERROR, and Meta redelivers once it is fixed.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from enum import StrEnum

from msgspec import Struct, field

from puspa.app.content_cache import ContentCache
from puspa.app.customer_window import payload_for, session_key
from puspa.app.effect_handlers import EffectRunner
from puspa.app.ports import MessageSender, SessionStore
from puspa.conversation.dialogue import Rules
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.machine import Turn, follow_up, handle
from puspa.conversation.replies import Outbound, Push, Reply, TextReply
from puspa.domain.content import Content
from puspa.domain.delivery import (
    DeliveryLog,
    FloodPolicy,
    Unfinished,
    count_activity,
    finished,
    forget,
    relet,
    remember,
    settled,
    stalled,
    take_token,
)
from puspa.domain.privacy import mask_id, message_tag, tag_key
from puspa.domain.results import StoredSession
from puspa.domain.session import Session, State
from puspa.domain.staff import COMMANDS
from puspa.errors import ConcurrentUpdateError, GraphApiError, MessageLimitError, StoreError, StoreUnavailableError
from puspa.whatsapp.messages import build_message
from puspa.whatsapp.webhook import parse_webhook, verify_signature, verify_subscription

log = logging.getLogger(__name__)

CAS_ATTEMPTS = 5
BACKLOG_AGE = timedelta(minutes=2)  # older messages are redeliveries of a backlog, not a resident typing fast
TURN_BUDGET = timedelta(seconds=40)  # past this nothing more is sent in a turn that sent nothing: the
# function's 60 s timeout would kill it after its claim, and the claim would then look answered
SETTLED_IN_MEMORY = 10_000
MESSAGES_PER_POST = 50  # new messages handled per POST; the rest waits for Meta's redelivery of the POST
FLOOD_NOTICE = (
    "Mohon maaf, pesan Anda banyak sekali dalam waktu singkat. 🙏\n"
    "Mohon tunggu sebentar, lalu kirim lagi *satu* pesan. Pesan yang masuk selama jeda ini tidak kami jawab."
)
TOO_LONG = "Maaf, jawaban untuk pesan ini tidak bisa kami kirim lewat WhatsApp. Ketik *MENU*, atau tanyakan ke petugas."


class Outcome(StrEnum):
    ANSWERED = "answered"
    DUPLICATE = "duplicate"
    IGNORED = "ignored"
    THROTTLED = "throttled"  # a flood: acknowledged without a reply (after one notice)
    NO_CONTENT = "no_content"
    FAILED = "failed"  # a permanent failure: retrying cannot help; logged at ERROR
    RETRY = "retry"  # nothing was kept (or it is still in progress): Meta should deliver again


_MENU_NUMBER = re.compile(r"\s*\d{1,2}\s*")  # a menu option typed as its number


def admit(
    log_: DeliveryLog, inbound: Inbound, now: datetime, policy: FloodPolicy, staff: bool
) -> tuple[DeliveryLog, bool]:
    """The flood bucket's verdict on one message (bench/flood.py replays it). Staff and Meta's backlog
    after an outage pass without a token; a tap on PUSPA's own buttons or rows, or a menu number
    typed, costs `policy.tap_cost`; anything else one token."""
    backlog = inbound.sent_at is not None and now - inbound.sent_at > BACKLOG_AGE
    if staff or backlog:
        return log_, True
    tap = inbound.kind is InboundKind.CHOICE or (
        inbound.kind is InboundKind.TEXT and _MENU_NUMBER.fullmatch(inbound.text) is not None
    )
    return take_token(log_, now, policy, policy.tap_cost if tap else 1.0)


class ServiceConfig(Struct, frozen=True):
    app_secret: str
    verify_token: str
    rules: Rules
    session_ttl: timedelta
    flood: FloodPolicy = field(default_factory=FloodPolicy)
    hash_secret: str = ""  # keys log tags like the replay keys the stores keep (empty: the app secret)


class Claim(Struct, frozen=True):
    """A message claimed for this attempt: the session before it, the turn decided, when, and
    whether the flood bucket let it through. `recorded`: the turn is recorded as unfinished until
    this attempt finishes it. `stalled_at`: this attempt finishes a turn an earlier attempt left
    unfinished (its claim time then, to give the claim back on failure)."""

    previous: StoredSession
    turn: Turn
    now: datetime
    throttled: bool = False
    recorded: bool = False
    stalled_at: datetime | None = None


class WebhookService:
    """Handles the webhook's GET handshake and POST deliveries."""

    def __init__(
        self,
        config: ServiceConfig,
        store: SessionStore,
        content: ContentCache,
        sender: MessageSender,
        effects: EffectRunner,
        clock: Callable[[], datetime],
    ) -> None:
        self._config = config
        self._store = store
        self._content = content
        self._sender = sender
        self._effects = effects
        self._clock = clock
        self._tag_key = tag_key(config.hash_secret or config.app_secret)
        # Messages whose attempt ended on this instance (answered, throttled or failed for good): a
        # redelivery of one is a duplicate at once, without waiting out the lease. Only a shortcut:
        # the claim in Firestore is what makes it exactly once.
        self._settled: OrderedDict[str, None] = OrderedDict()
        self._lock = threading.Lock()

    def tag(self, wamid: str) -> str:
        """A short keyed hash of a message id, for logs: WhatsApp ids encode the sender's number. With the
        same secret it equals the replay key a store kept for the message, so a log line leads to its record."""
        return message_tag(self._tag_key, wamid)

    def verify(self, params: Mapping[str, str]) -> tuple[str, int]:
        return verify_subscription(params, self._config.verify_token)

    def receive(self, body: bytes, signature: str | None) -> tuple[str, int]:
        """A webhook POST: 401 without a signature, 403 with a wrong one, 503 when any message
        should be delivered again, else 200."""
        if not signature:
            log.warning("webhook POST without X-Hub-Signature-256 rejected")
            return "missing signature", 401
        if not verify_signature(body, signature, self._config.app_secret):
            log.warning("webhook POST with a wrong signature rejected")
            return "invalid signature", 403
        batch = parse_webhook(body)
        outcomes: list[Outcome] = []
        later = 0
        for inbound in batch.messages:
            worked = sum(o not in (Outcome.DUPLICATE, Outcome.IGNORED) for o in outcomes)
            if worked >= MESSAGES_PER_POST:  # the rest waits for Meta's redelivery of this POST
                later = len(batch.messages) - len(outcomes)
                break
            outcomes.append(self._process_safely(inbound))
        counts = {o.value: outcomes.count(o) for o in Outcome if o in outcomes}
        log.info(
            "webhook: %d message(s) %s, %d status(es), %d skipped, %d left for redelivery",
            len(outcomes), counts, batch.status_count, batch.skipped, later,
        )  # fmt: skip
        if later or Outcome.RETRY in outcomes:
            return "retry later", 503
        return "ok", 200

    def _process_safely(self, inbound: Inbound) -> Outcome:
        """An unexpected error (a bug, an unknown SDK failure) is logged and the message redelivered
        later: nothing is lost, and the other messages of the batch are still answered."""
        try:
            return self.process(inbound)
        except Exception:
            log.exception("unexpected error handling %s; asking Meta to redeliver", self.tag(inbound.wamid))
            return Outcome.RETRY

    def process(self, inbound: Inbound) -> Outcome:
        """Answer one inbound message exactly once (or ask Meta to deliver it again)."""
        if inbound.kind is InboundKind.IGNORED:
            return Outcome.IGNORED
        if inbound.wamid in self._settled:  # a redelivery of what this instance finished: no read needed
            return Outcome.DUPLICATE
        try:
            content = self._content.get(inbound.office_id)
            if content is None:
                return Outcome.NO_CONTENT
            claim = self._claim(inbound, content)
        except StoreUnavailableError as exc:
            log.warning("store unavailable, asking Meta to redeliver %s: %s", self.tag(inbound.wamid), exc)
            return Outcome.RETRY
        if isinstance(claim, Outcome):
            return claim
        if claim.throttled:
            return self._throttled(inbound, claim)
        return self._deliver(inbound, claim, content)

    def _key(self, inbound: Inbound) -> str:
        return session_key(inbound.office_id, inbound.sender)

    def _is_staff(self, inbound: Inbound, content: Content) -> bool:
        """Staff of this office (its petugas.yaml, or the deployment's settings): exempt from flood control."""
        settings = self._config.rules.staff_of(inbound.office_id)
        return inbound.sender.wa_id in content.staff.numbers_or(settings, COMMANDS)

    def _claim(self, inbound: Inbound, content: Content) -> Claim | Outcome:
        """Decide the turn and store the new session together with the message id, atomically
        (compare-and-set). DUPLICATE when the id was answered, RETRY when it may still be in progress."""
        key, wamid = self._key(inbound), inbound.wamid
        for _ in range(CAS_ATTEMPTS):
            stored = self._store.load_session(key)
            now = self._clock()
            if wamid in stored.recent_wamids:
                if wamid in self._settled or settled(stored.log, wamid, now):
                    return Outcome.DUPLICATE
                left = stalled(stored.log, wamid, now)
                if left is None:
                    log.info("%s is being handled by another attempt; asking Meta to redeliver", self.tag(wamid))
                    return Outcome.RETRY
                try:
                    return self._take_over(key, inbound, content, stored, left, now)
                except ConcurrentUpdateError:
                    continue
            staff = self._is_staff(inbound, content)
            deliveries, allowed = admit(stored.log, inbound, now, self._config.flood, staff)
            if allowed:
                turn = handle(stored.session, inbound, content, now, self._config.rules)
                card = turn.session.service_id if turn.session.state == State.SERVICE else ""
                day = content.office.calendar.local(now).date().isoformat()
                if not staff:  # the report counts residents served: staff at work are not among them
                    deliveries = count_activity(deliveries, day, card)
            else:
                turn = Turn(stored.session or Session(), (), ())
            # the turns this instance finished although their records could not be deleted go now
            deliveries = finished(deliveries, [w for w in deliveries.unfinished if w in self._settled])
            unfinished = Unfinished(stored.session, now) if turn.effects else None
            recent, deliveries = remember(stored.recent_wamids, deliveries, wamid, now, unfinished)
            expires = self._expiry(turn.session, now)
            try:
                self._store.save_session(key, turn.session, recent, stored.token, expires, deliveries)
            except ConcurrentUpdateError:
                continue
            except StoreUnavailableError:
                if not self._claim_landed(key, wamid, now):
                    continue  # not stored: try again on a fresh read (which fails at once while Firestore is down)
            return Claim(stored, turn, now, throttled=not allowed, recorded=unfinished is not None)
        raise StoreUnavailableError(f"session {mask_id(key)} kept changing during {CAS_ATTEMPTS} attempts")

    def _take_over(
        self, key: str, inbound: Inbound, content: Content, stored: StoredSession, left: Unfinished, now: datetime
    ) -> Claim:
        """Claim again a turn whose attempt ended unfinished (its lease is over) and decide it again
        on the session it was decided on, at the time it was: the same replies and effects. Only the
        claim time changes (a new lease); the session stays as it is (it holds that turn's outcome,
        and perhaps later messages'). ConcurrentUpdateError when the session changed meanwhile."""
        wamid = inbound.wamid
        log.warning("finishing the turn of %s, left unfinished by an earlier attempt", self.tag(wamid))
        claimed_at = stored.log.claimed_at[wamid]
        session = stored.session or Session()
        expires = self._expiry(session, now)
        deliveries = relet(stored.log, wamid, now)
        try:
            self._store.save_session(key, session, stored.recent_wamids, stored.token, expires, deliveries)
        except StoreUnavailableError:
            if not self._claim_landed(key, wamid, now):
                raise ConcurrentUpdateError("the new lease was not stored") from None  # try again on a fresh read
        turn = handle(left.before, inbound, content, left.decided_at, self._config.rules)
        previous = StoredSession(left.before, stored.recent_wamids, stored.token, stored.log)
        return Claim(previous, turn, now, recorded=True, stalled_at=claimed_at)

    def _expiry(self, session: Session, now: datetime) -> datetime:
        """When TTL may remove the session: a half-filled form holds personal data, so soon after it is abandoned."""
        return now + (self._config.rules.form_idle if session.form else self._config.session_ttl)

    def _claim_landed(self, key: str, wamid: str, claimed_at: datetime) -> bool:
        """After a write whose outcome is unknown (the session's write is not retried by the client: a
        retry of a commit that landed would find the document changed, by itself, and look like a lost
        race): read it back. True when our claim is stored (go on and answer); False when it is not (try
        again). Unreadable: raises StoreUnavailableError (Meta redelivers) after logging at ERROR."""
        try:
            stored = self._store.load_session(key)
        except StoreError:
            log.error(
                "claim of %s may or may not be stored and cannot be read back; if it was, its "
                "redelivery will be taken as answered after %s",
                self.tag(wamid), "the lease",
            )  # fmt: skip
            raise StoreUnavailableError("a claim's write has an unknown outcome and cannot be read back") from None
        return stored.log.claimed_at.get(wamid) == claimed_at

    def _throttled(self, inbound: Inbound, claim: Claim) -> Outcome:
        """A message beyond the flood bucket: the first of a flood gets one polite notice, the rest nothing."""
        first = claim.previous.log.throttled == 0
        if first:
            try:
                self._sender.send_message(inbound.office_id, build_message(inbound.sender, TextReply(FLOOD_NOTICE)))
            except GraphApiError as exc:
                log.warning("flood notice to %s not sent (code %s)", mask_id(inbound.sender.key), exc.code)
        self._remember_settled(inbound.wamid)
        return Outcome.THROTTLED

    def _outbound(self, inbound: Inbound, claim: Claim, content: Content) -> list[Outbound]:
        outbound = list(claim.turn.replies)
        for effect in claim.turn.effects:
            result = self._effects.run(effect, inbound, self._key(inbound))
            outbound.extend(follow_up(effect, result, inbound, content, claim.now, self._config.rules))
        return outbound

    def _deliver(self, inbound: Inbound, claim: Claim, content: Content) -> Outcome:
        """Run the turn's effects, then send: pushes to others first, then the replies; then mark read."""
        sent = 0
        try:
            outbound = self._outbound(inbound, claim, content)
            for push in (o for o in outbound if isinstance(o, Push)):
                refused = self._push(inbound.office_id, push)
                if refused is None:
                    sent += 1
                else:  # tell the sender (staff) instead of letting "warga sudah kami kabari" stand alone
                    outbound.append(TextReply(
                        f"⚠️ Pesan ke warga tidak terkirim ({refused}). Hubungi warga lewat cara lain bila perlu."
                    ))  # fmt: skip
            for reply in (o for o in outbound if not isinstance(o, Push)):
                if sent == 0 and self._clock() - claim.now > TURN_BUDGET:
                    raise GraphApiError("turn over its time budget", code=0, http_status=0, transient=True)
                self._sender.send_message(inbound.office_id, self._payload(inbound, reply))
                sent += 1
        except GraphApiError as exc:
            return self._send_failed(inbound, claim, exc, sent)
        except Exception:
            if sent == 0:
                self._release(inbound, claim)
            raise
        self._remember_settled(inbound.wamid)
        if claim.recorded:
            self._finish(inbound)
        try:
            self._sender.mark_read(inbound.office_id, inbound.wamid)
        except GraphApiError as exc:
            log.warning("mark-as-read of %s failed (code %s)", self.tag(inbound.wamid), exc.code)
        return Outcome.ANSWERED

    def _finish(self, inbound: Inbound) -> None:
        """Delete the unfinished record of a turn that has finished. Should that fail, the record is
        dropped by this instance's next write of the sender's session; until then a redelivery
        after the lease (Meta does not redeliver what was answered 200) would send the replies again."""
        try:
            self._store.finish_turn(self._key(inbound), inbound.wamid)
        except StoreError as exc:
            log.warning("turn of %s finished, but its record could not be deleted: %s", self.tag(inbound.wamid), exc)

    def _remember_settled(self, wamid: str) -> None:
        with self._lock:
            self._settled[wamid] = None
            while len(self._settled) > SETTLED_IN_MEMORY:
                self._settled.popitem(last=False)

    def _payload(self, inbound: Inbound, reply: Reply) -> dict[str, object]:
        """The message for `reply`; one that breaks a WhatsApp limit becomes a short apology, never silence."""
        try:
            return build_message(inbound.sender, reply)
        except MessageLimitError as exc:
            log.error("reply to %s breaks a WhatsApp limit (%s); sent an apology instead", self.tag(inbound.wamid), exc)
            return build_message(inbound.sender, TextReply(TOO_LONG))

    def _send_failed(self, inbound: Inbound, claim: Claim, exc: GraphApiError, sent: int) -> Outcome:
        tag = self.tag(inbound.wamid)
        if exc.outage:
            log.error(
                "WhatsApp refused the access token (code %s, trace %s): renew WHATSAPP_TOKEN. %s is left for "
                "Meta to redeliver.", exc.code, exc.fbtrace_id, tag,
            )  # fmt: skip
        if (exc.transient or exc.outage) and sent == 0:
            if self._release(inbound, claim):
                if not exc.outage:
                    log.warning("Graph API failed (code %s); released %s for redelivery", exc.code, tag)
                return Outcome.RETRY
            if claim.recorded:  # the claim stays, and so does the record: Meta's redelivery after the lease finishes it
                return Outcome.RETRY
        log.error("reply to %s not sent (code %s, trace %s): %s", tag, exc.code, exc.fbtrace_id, exc)
        self._remember_settled(inbound.wamid)
        if claim.recorded:  # its effects ran; a redelivery could not do better
            self._finish(inbound)
        return Outcome.FAILED

    def _push(self, office_id: str, push: Push) -> str | None:
        """Send a message to someone other than the sender: free-form inside their 24-hour window,
        the template outside it. Why it could not be sent is returned (and logged); transient
        failures and outages raise."""
        try:
            payload = payload_for(self._store, office_id, push.recipient, push.reply, push.template, self._clock())
        except MessageLimitError as exc:
            log.error("push to %s breaks a WhatsApp limit: %s", mask_id(push.recipient.key), exc)
            return "pesan melebihi batas WhatsApp"
        if payload is None:  # an offer outside the resident's window: not sent, not billed
            log.info("push to %s skipped: outside the 24-hour window, no template", mask_id(push.recipient.key))
            return None
        try:
            self._sender.send_message(office_id, payload)
        except GraphApiError as exc:
            if exc.transient or exc.outage:
                raise
            log.error("push to %s refused (code %s, trace %s)", mask_id(push.recipient.key), exc.code, exc.fbtrace_id)
            return f"kode WhatsApp {exc.code}"
        return None

    def _release(self, inbound: Inbound, claim: Claim) -> bool:
        """Undo a claim so that Meta's redelivery is answered. Only this message's own id is removed:
        when nothing happened since, the session goes back to what it was; when other messages of the
        sender were claimed meanwhile, their ids and their session stay. A turn taken over from an
        earlier attempt keeps its claim and record; only its lease is given back. False if that failed."""
        key, wamid, previous = self._key(inbound), inbound.wamid, claim.previous
        try:
            for _ in range(CAS_ATTEMPTS):
                current = self._store.load_session(key)
                if wamid not in current.recent_wamids or current.token is None:
                    return True
                if claim.stalled_at is not None:
                    if current.log.claimed_at.get(wamid) == claim.stalled_at:
                        return True  # given back already (a write whose answer was lost)
                    expires = self._expiry(current.session or Session(), self._clock())
                    deliveries = relet(current.log, wamid, claim.stalled_at)
                    try:
                        self._store.save_session(
                            key, current.session or Session(), current.recent_wamids, current.token, expires, deliveries
                        )
                        return True
                    except (ConcurrentUpdateError, StoreUnavailableError):
                        continue  # read again: the write may have landed
                recent, deliveries = forget(current.recent_wamids, current.log, wamid)
                last = current.recent_wamids[-1] == wamid
                session = (previous.session if last else current.session) or Session()
                try:
                    if last and previous.session is None and not recent:
                        self._store.delete_session(key, current.token)
                    else:
                        expires = self._expiry(session, self._clock())
                        self._store.save_session(key, session, recent, current.token, expires, deliveries)
                    return True
                except (ConcurrentUpdateError, StoreUnavailableError):
                    continue  # read again: the write may have landed
        except StoreError:
            pass
        if claim.recorded:
            log.error(
                "could not release %s after a failed turn: its redelivery after the lease will finish it",
                self.tag(wamid),
            )
        else:
            log.error("could not release %s after a failed send: this message stays unanswered", self.tag(wamid))
        return False
