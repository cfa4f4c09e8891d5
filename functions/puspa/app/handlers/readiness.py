"""The document-readiness lookup's shell side ("Sudah jadi belum?"): lookups proved with the owner's
date of birth (kept only as a keyed hash); "Kabari saya" proved by the lookup just made (a keyed proof
this module makes and checks) or by the date asked again; staff's SIAP/DIAMBIL, erasure, and the
message to residents who asked to be told."""

from __future__ import annotations

import hmac
import logging
from typing import Any

from msgspec.structs import replace

from puspa.app.effect_handlers import Scope
from puspa.app.ports import ReadinessStore
from puspa.conversation.readiness import FindDocument, MarkDocument, SubscribeDocument, ready_notice
from puspa.conversation.replies import Reply, TemplateReply
from puspa.domain.readiness import (
    Lookup,
    LookupOutcome,
    Marked,
    Readiness,
    minute_of,
    notify_material,
    notify_proof,
    proof_issued,
    secret_material,
)
from puspa.domain.results import Erasure
from puspa.domain.sender import Sender

log = logging.getLogger(__name__)


def _by_owner(lookup: Any, effect: FindDocument | SubscribeDocument, scope: Scope) -> Lookup:
    """A lookup or a subscription: both name the document, prove ownership and count the sender's tries."""
    sender = scope.inbound.sender
    secret = scope.hash(secret_material(scope.office_id, effect.number, effect.secret))
    result: Lookup = lookup(
        scope.office_id, effect.number, secret, sender, scope.keyed("sender", sender.key), effect.day, scope.now
    )
    return result


def _proof(scope: Scope, number: str, minute: int) -> str:
    """The proof that this sender has just looked up this document (keyed: only the shell can make it)."""
    return notify_proof(minute, scope.keyed("notify", notify_material(number, scope.inbound.sender.key, minute)))


def find(effect: FindDocument, scope: Scope, readiness: ReadinessStore) -> Lookup:
    """The lookup; a record still in process comes back with the proof its "Kabari saya" carries."""
    lookup = _by_owner(readiness.find_document, effect, scope)
    if lookup.record is None or lookup.record.state is not Readiness.PROCESSING or lookup.subscribed:
        return lookup
    return replace(lookup, proof=_proof(scope, lookup.record.number, minute_of(scope.now)))


def subscribe(effect: SubscribeDocument, scope: Scope, readiness: ReadinessStore) -> Lookup:
    """ "Kabari saya": proved by the lookup's proof (the conversation checked its age), else by the secret."""
    if not effect.proof:
        return _by_owner(readiness.subscribe, effect, scope)
    issued = proof_issued(effect.proof)
    expected = _proof(scope, effect.number, minute_of(issued)) if issued is not None else ""
    if not hmac.compare_digest(effect.proof, expected):  # another sender's, or altered: it proves nothing
        log.info("a notify tap carried a proof that is not the sender's: nothing subscribed")
        return Lookup(LookupOutcome.NOT_FOUND)
    return readiness.subscribe_proven(scope.office_id, effect.number, scope.inbound.sender, scope.now)


def mark(effect: MarkDocument, scope: Scope, readiness: ReadinessStore) -> Marked | None:
    marked = readiness.mark_document(scope.office_id, effect.number, effect.ready, effect.actor, effect.day, scope.now)
    outcome = "unknown" if marked is None else "unchanged" if marked.already else f"ok, {marked.told} told"
    log.info("staff marked a document %s: %s", "ready" if effect.ready else "collected", outcome)
    return marked


def forget_subscriptions(scope: Scope, readiness: ReadinessStore) -> Erasure:
    readiness.erase_subscriptions(scope.office_id, scope.inbound.sender.key)
    return Erasure()


def document_ready(
    fields: dict[str, Any], template: str, language: str
) -> tuple[tuple[Sender, ...], Reply, TemplateReply]:
    """Who asked to be told that this document is ready, and what they are sent."""
    residents = tuple(
        Sender(str(s.get("wa_id", "")), str(s.get("user_id", "")))
        for s in fields.get("subscribers") or [] if isinstance(s, dict)
    )  # fmt: skip
    reply, fallback = ready_notice(
        str(fields.get("document_kind", "")), str(fields.get("number", "")), template, language
    )
    return residents, reply, fallback


HANDLERS = {FindDocument: find, SubscribeDocument: subscribe, MarkDocument: mark}
ERASE = (forget_subscriptions,)
RESIDENT_NOTICES = {"document_ready": document_ready}
