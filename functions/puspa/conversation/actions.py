"""Ids of the browsing actions carried by buttons and list rows, and stored as a session's numbered
options, and the few ids that browsing shows for a dialogue (`STAFF`, `STATUS`, `FORWARD`). Each dialogue
module defines the ids of its own taps (`reg:…`, `tny:…`, `delete:…`).

Ids are stable strings: a tap on an old menu still works after the session moved on.
"""

from __future__ import annotations

from enum import StrEnum

from msgspec import Struct

MENU = "menu"
BACK = "back"
STAFF = "staff"
STATUS = "status"  # the resident's own registrations and questions
FORWARD = "tny:forward"  # "Ya, teruskan" under a search that found nothing: the question dialogue sends it to staff


class ActionKind(StrEnum):
    MENU = "menu"
    BACK = "back"
    STAFF = "staff"
    MAIN = "main"  # a page of the main menu
    CATEGORY = "cat"
    SERVICE = "svc"
    MORE = "more"  # the second half of a split card
    UNKNOWN = "unknown"


def main_page(page: int) -> str:
    return f"{ActionKind.MAIN}:{page}"


def category(category_id: str, page: int = 1) -> str:
    return f"{ActionKind.CATEGORY}:{category_id}:{page}"


def service(service_id: str) -> str:
    return f"{ActionKind.SERVICE}:{service_id}"


def card_more(service_id: str) -> str:
    return f"{ActionKind.MORE}:{service_id}"


class Action(Struct, frozen=True):
    kind: ActionKind
    target: str = ""
    page: int = 1


def parse_action(action_id: str) -> Action:
    """Read an action id; anything malformed becomes UNKNOWN."""
    if action_id in (MENU, BACK, STAFF):
        return Action(ActionKind(action_id))
    kind, _, rest = action_id.partition(":")
    try:
        if kind == ActionKind.MAIN:
            return Action(ActionKind.MAIN, page=max(1, int(rest)))
        if kind == ActionKind.CATEGORY:
            target, _, page = rest.partition(":")
            return Action(ActionKind.CATEGORY, target, max(1, int(page or "1")))
        if kind in (ActionKind.SERVICE, ActionKind.MORE) and rest:
            return Action(ActionKind(kind), rest)
    except ValueError:
        pass
    return Action(ActionKind.UNKNOWN, action_id)
