"""Questions PUSPA had no card for: HAPUS DATA SAYA takes the resident's own questions out of the
days kept for the monthly report (the session holding them is erased after every hook has run)."""

from __future__ import annotations

from puspa.app.effect_handlers import Scope
from puspa.app.ports import UnansweredQuestions
from puspa.domain.results import Erasure


def forget_questions(scope: Scope, unanswered: UnansweredQuestions) -> Erasure:
    unanswered.forget_resident_questions(scope.office_id, scope.session_key)
    return Erasure()


ERASE = (forget_questions,)
