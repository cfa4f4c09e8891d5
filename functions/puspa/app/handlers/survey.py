"""The satisfaction survey's shell side: store one answer per resident and month, without the sender."""

from __future__ import annotations

import logging

from puspa.app.effect_handlers import Scope
from puspa.app.ports import SurveyStore
from puspa.conversation.survey import SubmitSurvey

log = logging.getLogger(__name__)


def submit(effect: SubmitSurvey, scope: Scope, surveys: SurveyStore) -> bool:
    # The answer carries no sender; this keyed hash only stops a second answer in the period.
    respondent = scope.keyed("survey", f"{effect.period}:{scope.inbound.sender.key}")
    created = surveys.submit_survey(
        scope.office_id, respondent, effect.period, effect.service_id, dict(effect.scores), effect.suggestion,
        scope.now,
    )  # fmt: skip
    log.info("survey for %s %s", effect.period, "stored" if created else "already answered")
    return created


HANDLERS = {SubmitSurvey: submit}
