"""The document-readiness lookup's shell side ("Sudah jadi belum?"): lookups and subscriptions proved
with the owner's date of birth (kept only as a keyed hash), staff's SIAP/DIAMBIL, erasure, and the
message to residents who asked to be told."""

from __future__ import annotations

import logging
from typing import Any

from puspa.app.effect_handlers import Scope
from puspa.app.ports import ReadinessStore
from puspa.conversation.readiness import FindDocument, MarkDocument, SubscribeDocument, ready_notice
from puspa.conversation.replies import Reply, TemplateReply
from puspa.domain.readiness import DocumentRecord, Lookup, secret_material
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


def find(effect: FindDocument, scope: Scope, readiness: ReadinessStore) -> Lookup:
    return _by_owner(readiness.find_document, effect, scope)


def subscribe(effect: SubscribeDocument, scope: Scope, readiness: ReadinessStore) -> Lookup:
    return _by_owner(readiness.subscribe, effect, scope)


def mark(effect: MarkDocument, scope: Scope, readiness: ReadinessStore) -> DocumentRecord | None:
    record = readiness.mark_document(scope.office_id, effect.number, effect.ready, effect.actor, effect.day, scope.now)
    log.info("staff marked a document %s: %s", "ready" if effect.ready else "collected", "ok" if record else "unknown")
    return record


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
