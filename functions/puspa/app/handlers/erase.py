"""HAPUS DATA SAYA's shell side: every dialogue's erase hook, then the session."""

from __future__ import annotations

import logging
from functools import reduce

from puspa.app.effect_handlers import Eraser, Scope
from puspa.app.ports import SessionStore
from puspa.conversation.erase import DeleteResidentData
from puspa.domain.results import Erasure

log = logging.getLogger(__name__)


def erase(_: DeleteResidentData, scope: Scope, sessions: SessionStore, erasers: tuple[Eraser, ...]) -> Erasure:
    erased = reduce(lambda done, hook: done + hook(scope), erasers, Erasure())
    sessions.erase_session(scope.session_key)
    log.info("resident data erased; %d request(s) cancelled, %d deleted", len(erased.cancelled), len(erased.deleted))
    return erased


HANDLERS = {DeleteResidentData: erase}
