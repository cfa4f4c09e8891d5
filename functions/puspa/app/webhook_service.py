"""Orchestration: run the pure conversation for each inbound message and carry out its effects.

Per inbound message on the happy path: 1 Firestore read (the session) + 1 write (the new session,
compare-and-set on its update time, carrying the message id that makes redeliveries no-ops),
one outbound message and one mark-as-read call. Content comes from the in-memory cache.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from puspa.app.content_cache import ContentCache
from puspa.app.effect_handlers import EffectRunner
from puspa.app.ports import MessageSender, SessionStore
from puspa.conversation.dialogue import Rules
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.machine import Turn, follow_up, handle
from puspa.conversation.replies import Push, TextReply
from puspa.domain.content import Content
from puspa.domain.privacy import mask_id
from puspa.domain.results import StoredSession
from puspa.domain.session import Session
from puspa.errors import ConcurrentUpdateError, GraphApiError, MessageLimitError, StoreError, StoreUnavailableError
from puspa.whatsapp.messages import build_message, build_template
from puspa.whatsapp.webhook import parse_webhook, verify_signature, verify_subscription

log = logging.getLogger(__name__)

WINDOW = timedelta(hours=23, minutes=50)  # WhatsApp's 24-hour customer-service window, with a margin
RECENT_WAMIDS = 20  # redeliveries arrive within days; a resident rarely sends 20 messages meanwhile
CAS_ATTEMPTS = 5


class Outcome(StrEnum):
    ANSWERED = "answered"
    DUPLICATE = "duplicate"
    IGNORED = "ignored"
    NO_CONTENT = "no_content"
    FAILED = "failed"  # a permanent failure: retrying cannot help; logged
    RETRY = "retry"  # a transient failure: nothing was kept; Meta should deliver again


@dataclass(frozen=True)
class ServiceConfig:
    app_secret: str
    verify_token: str
    rules: Rules
    session_ttl: timedelta


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
        outcomes = [self._process_safely(inbound) for inbound in batch.messages]
        log.info(
            "webhook: %d message(s) %s, %d status(es), %d skipped",
            len(outcomes), [o.value for o in outcomes], batch.status_count, batch.skipped,
        )  # fmt: skip
        if Outcome.RETRY in outcomes:
            return "retry later", 503
        return "ok", 200

    def _process_safely(self, inbound: Inbound) -> Outcome:
        """An unexpected error (a bug, an unknown SDK failure) is logged and the message redelivered
        later: nothing is lost, and the other messages of the batch are still answered."""
        try:
            return self.process(inbound)
        except Exception:
            log.exception("unexpected error handling %s; asking Meta to redeliver", inbound.wamid)
            return Outcome.RETRY

    def process(self, inbound: Inbound) -> Outcome:
        """Answer one inbound message at most once."""
        if inbound.kind is InboundKind.IGNORED:
            return Outcome.IGNORED
        try:
            content = self._content.get(inbound.office_id)
            if content is None:
                return Outcome.NO_CONTENT
            claimed = self._claim(
                inbound, lambda session, now: handle(session, inbound, content, now, self._config.rules)
            )
        except StoreUnavailableError as exc:
            log.warning("store unavailable, asking Meta to redeliver %s: %s", inbound.wamid, exc)
            return Outcome.RETRY
        if claimed is None:
            return Outcome.DUPLICATE
        previous, turn, now = claimed
        return self._deliver(inbound, previous, turn, content, now)

    def _key(self, inbound: Inbound) -> str:
        return f"{inbound.office_id}_{inbound.sender.key}"

    def _claim(
        self, inbound: Inbound, decide: Callable[[Session | None, datetime], Turn]
    ) -> tuple[StoredSession, Turn, datetime] | None:
        """Compute the turn and store the new session together with the message id, atomically
        (compare-and-set). None when the message id was already handled."""
        key = self._key(inbound)
        for _ in range(CAS_ATTEMPTS):
            stored = self._store.load_session(key)
            if inbound.wamid in stored.recent_wamids:
                return None
            now = self._clock()
            turn = decide(stored.session, now)
            recent = (*stored.recent_wamids, inbound.wamid)[-RECENT_WAMIDS:]
            # A half-filled form holds personal data: let TTL remove it soon after it is abandoned.
            ttl = self._config.rules.form_idle if turn.session.form else self._config.session_ttl
            try:
                self._store.save_session(key, turn.session, recent, stored.token, now + ttl)
            except ConcurrentUpdateError:
                continue
            return stored, turn, now
        raise StoreUnavailableError(f"session {mask_id(key)} kept changing during {CAS_ATTEMPTS} attempts")

    def _deliver(
        self, inbound: Inbound, previous: StoredSession, turn: Turn, content: Content, now: datetime
    ) -> Outcome:
        """Run the turn's effects, then send: pushes to others first, then the replies; then mark read."""
        sent = 0
        rules = self._config.rules
        try:
            outbound = list(turn.replies)
            for effect in turn.effects:
                result = self._effects.run(effect, inbound, self._key(inbound))
                outbound.extend(follow_up(effect, result, inbound, content, now, rules))
            for push in (o for o in outbound if isinstance(o, Push)):
                refused = self._push(inbound.office_id, push)
                if refused is None:
                    sent += 1
                else:  # tell the sender (staff) instead of letting "warga sudah kami kabari" stand alone
                    outbound.append(TextReply(
                        f"⚠️ Pesan ke warga tidak terkirim ({refused}). Hubungi warga lewat cara lain bila perlu."
                    ))  # fmt: skip
            for reply in (o for o in outbound if not isinstance(o, Push)):
                self._sender.send_message(inbound.office_id, build_message(inbound.sender, reply))
                sent += 1
        except MessageLimitError as exc:
            log.error("reply to %s breaks a WhatsApp limit; not sent: %s", inbound.wamid, exc)
            return Outcome.FAILED
        except GraphApiError as exc:
            if exc.transient and sent == 0 and self._release(inbound, previous):
                log.warning("Graph API failed (code %s); released %s for redelivery", exc.code, inbound.wamid)
                return Outcome.RETRY
            log.error("reply to %s not sent (code %s, trace %s): %s", inbound.wamid, exc.code, exc.fbtrace_id, exc)
            return Outcome.FAILED
        except Exception:
            if sent == 0:
                self._release(inbound, previous)
            raise
        try:
            self._sender.mark_read(inbound.office_id, inbound.wamid)
        except GraphApiError as exc:
            log.warning("mark-as-read of %s failed (code %s)", inbound.wamid, exc.code)
        return Outcome.ANSWERED

    def _push(self, office_id: str, push: Push) -> str | None:
        """Send a message to someone other than the sender: free-form inside their 24-hour window,
        the template outside it. Why it could not be sent is returned (and logged); transient
        failures raise."""
        stored = self._store.load_session(f"{office_id}_{push.recipient.key}")
        last_seen = stored.session.last_seen if stored.session else None
        inside = last_seen is not None and self._clock() - last_seen < WINDOW
        try:
            payload = (
                build_message(push.recipient, push.reply) if inside else build_template(push.recipient, push.template)
            )
        except MessageLimitError as exc:
            log.error("push to %s breaks a WhatsApp limit: %s", mask_id(push.recipient.key), exc)
            return "pesan melebihi batas WhatsApp"
        try:
            self._sender.send_message(office_id, payload)
        except GraphApiError as exc:
            if exc.transient:
                raise
            log.error("push to %s refused (code %s, trace %s)", mask_id(push.recipient.key), exc.code, exc.fbtrace_id)
            return f"kode WhatsApp {exc.code}"
        return None

    def _release(self, inbound: Inbound, previous: StoredSession) -> bool:
        """Undo a claim so that Meta's redelivery is answered: restore the previous session when
        nothing happened since, else only forget the message id. False if that failed."""
        key = self._key(inbound)
        try:
            for _ in range(CAS_ATTEMPTS):
                current = self._store.load_session(key)
                if inbound.wamid not in current.recent_wamids or current.token is None:
                    return True
                try:
                    if current.recent_wamids[-1] != inbound.wamid:
                        recent = tuple(w for w in current.recent_wamids if w != inbound.wamid)
                        session = current.session or Session()
                        expire_at = self._clock() + self._config.session_ttl
                        self._store.save_session(key, session, recent, current.token, expire_at)
                    elif previous.session is None:
                        self._store.delete_session(key, current.token)
                    else:
                        expire_at = self._clock() + self._config.session_ttl
                        self._store.save_session(
                            key, previous.session, previous.recent_wamids, current.token, expire_at
                        )
                    return True
                except ConcurrentUpdateError:
                    continue
        except StoreError:
            pass
        log.error("could not release %s after a failed send: this message stays unanswered", inbound.wamid)
        return False
