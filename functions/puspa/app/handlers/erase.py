"""HAPUS DATA SAYA's shell side: name the resident's requests first (every dialogue's find hook), then
run every dialogue's erase hook and erase the session, keeping a receipt for the confirming message."""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import reduce

from puspa.app.effect_handlers import Eraser, Finder, Scope
from puspa.app.ports import ErasureReceipts, SessionStore
from puspa.conversation.erase import DeleteResidentData, PreviewErasure, RecallErasure
from puspa.domain.results import Erasure, ResidentRequests

log = logging.getLogger(__name__)


def preview(_: PreviewErasure, scope: Scope, finders: Mapping[str, Finder]) -> ResidentRequests:
    return ResidentRequests({owner: hook(scope, "", None) for owner, hook in finders.items()})


def erase(
    _: DeleteResidentData, scope: Scope, sessions: SessionStore, erasers: tuple[Eraser, ...], receipts: ErasureReceipts
) -> Erasure:
    receipts.keep_erasure_receipt(scope.office_id, scope.message_key, scope.now)  # first: a redelivery finds it
    erased = reduce(lambda done, hook: done + hook(scope), erasers, Erasure())
    sessions.erase_session(scope.session_key)
    log.info("resident data erased; %d request(s) cancelled, %d deleted", len(erased.cancelled), len(erased.deleted))
    return erased


def recall(_: RecallErasure, scope: Scope, receipts: ErasureReceipts) -> bool:
    """True when this very message erased the resident's data (Meta delivered it again)."""
    return receipts.erasure_receipt(scope.office_id, scope.message_key)


HANDLERS = {PreviewErasure: preview, DeleteResidentData: erase, RecallErasure: recall}
