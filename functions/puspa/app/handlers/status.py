"""STATUS's shell side: every dialogue's find hook, for the resident's own requests at this office."""

from __future__ import annotations

from collections.abc import Mapping

from puspa.app.effect_handlers import Finder, Scope
from puspa.conversation.status import FindRequests
from puspa.domain.results import ResidentRequests


def find(effect: FindRequests, scope: Scope, finders: Mapping[str, Finder]) -> ResidentRequests:
    return ResidentRequests({owner: hook(scope, effect.code, effect.prefix) for owner, hook in finders.items()})


HANDLERS = {FindRequests: find}
