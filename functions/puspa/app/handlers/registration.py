"""The reception-permit registration's shell side: submit, staff's status changes, erasure, STATUS,
and what staff are told about new and cancelled requests."""

from __future__ import annotations

import logging
from datetime import datetime, time, timedelta
from typing import Any

from puspa.app.effect_handlers import Scope
from puspa.app.ports import RegistrationStore
from puspa.app.staff_notices import NoticeTemplates, StaffNotice, cancellation, new_registration
from puspa.conversation.registration import ChangeStatus, SubmitRegistration
from puspa.domain.codes import RequestKind
from puspa.domain.registration import Registration
from puspa.domain.results import Erasure, StatusChange, SubmitResult

log = logging.getLogger(__name__)


def submit(
    effect: SubmitRegistration, scope: Scope, registrations: RegistrationStore, keep_after_event: timedelta
) -> SubmitResult:
    end_of_event = datetime.combine(effect.draft.event_date, time(23, 59), scope.now.tzinfo)
    result = registrations.submit_registration(
        scope.office_id, scope.inbound.sender, effect.draft, scope.message_key, scope.now,
        end_of_event + keep_after_event, effect.year,
    )  # fmt: skip
    log.info("registration %s %s", result.code, "created" if result.created else "already existed")
    return result


def change_status(effect: ChangeStatus, scope: Scope, registrations: RegistrationStore) -> StatusChange:
    change = registrations.change_status(
        scope.office_id, effect.code, effect.status, effect.actor, effect.reason, scope.message_key, scope.now
    )
    log.info("staff set %s to %s: %s", effect.code, effect.status.value, change.problem or "ok")
    return change


def cancel_resident_requests(scope: Scope, registrations: RegistrationStore) -> Erasure:
    """HAPUS DATA SAYA: active requests are cancelled (staff are told), personal data scrubbed."""
    return Erasure(cancelled=registrations.erase_resident(scope.office_id, scope.inbound.sender.key, scope.now))


def find(scope: Scope, code: str, prefix: str | None, registrations: RegistrationStore) -> tuple[Registration, ...]:
    if prefix not in (None, RequestKind.REGISTRATION):
        return ()
    return registrations.find_registrations(scope.office_id, scope.inbound.sender.key, code)


def new_request(fields: dict[str, Any], office_name: str, _: str, templates: NoticeTemplates) -> StaffNotice:
    return new_registration(fields, office_name, templates.actionable, templates.language)


def cancelled(fields: dict[str, Any], office_name: str, _: str, templates: NoticeTemplates) -> StaffNotice:
    return cancellation(fields, office_name, templates.info, templates.language)


HANDLERS = {SubmitRegistration: submit, ChangeStatus: change_status}
ERASE = (cancel_resident_requests,)
FIND = {"registration": find}
STAFF_NOTICES = {"registrations": new_request, "registration_cancelled": cancelled}
