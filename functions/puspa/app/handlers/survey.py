"""The satisfaction survey's shell side: store one answer per resident and month, without the sender.

The answer's id is the sender hashed with the month's own random key (not PUSPA_HASH_SECRET): it
stops a second answer in the month, and once the month's report is sent the key is deleted and the
answers moved to random ids (`SurveyStore.seal_period`), so no one can tell whose an answer was.
"""

from __future__ import annotations

import hashlib
import hmac
import logging

from puspa.app.effect_handlers import Scope
from puspa.app.ports import SurveyStore
from puspa.conversation.survey import SubmitSurvey

log = logging.getLogger(__name__)


def respondent(key: bytes, office_id: str, sender_key: str) -> str:
    return hmac.new(key, f"survey:{office_id}:{sender_key}".encode(), hashlib.sha256).hexdigest()[:32]


def submit(effect: SubmitSurvey, scope: Scope, surveys: SurveyStore) -> bool:
    key = surveys.period_key(scope.office_id, effect.period)
    created = surveys.submit_survey(
        scope.office_id, respondent(key, scope.office_id, scope.inbound.sender.key), effect.period,
        effect.service_id, dict(effect.scores), effect.suggestion,
    )  # fmt: skip
    log.info("survey for %s %s", effect.period, "stored" if created else "already answered")
    return created


HANDLERS = {SubmitSurvey: submit}
