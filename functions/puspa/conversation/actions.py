"""Action ids carried by buttons and list rows, and stored as a session's numbered options.

Ids are stable strings: a tap on an old menu still works after the session moved on.
"""

from __future__ import annotations

from dataclasses import dataclass

MENU = "menu"
BACK = "back"
STAFF = "staff"
STATUS = "status"  # the resident's own registrations
DELETE_CONFIRM = "delete:yes"
DELETE_CANCEL = "delete:no"


def main_page(page: int) -> str:
    return f"main:{page}"


def category(category_id: str, page: int = 1) -> str:
    return f"cat:{category_id}:{page}"


def service(service_id: str) -> str:
    return f"svc:{service_id}"


def card_more(service_id: str) -> str:
    """The second half of a split card."""
    return f"more:{service_id}"


@dataclass(frozen=True)
class Action:
    kind: str  # "menu" | "back" | "staff" | "main" | "cat" | "svc" | "more" | "unknown"
    target: str = ""
    page: int = 1


def parse_action(action_id: str) -> Action:
    """Read an action id; anything malformed becomes kind "unknown"."""
    if action_id in (MENU, BACK, STAFF):
        return Action(action_id)
    kind, _, rest = action_id.partition(":")
    try:
        if kind == "main":
            return Action("main", page=max(1, int(rest)))
        if kind == "cat":
            target, _, page = rest.partition(":")
            return Action("cat", target, max(1, int(page or "1")))
        if kind in ("svc", "more") and rest:
            return Action(kind, rest)
    except ValueError:
        pass
    return Action("unknown", action_id)
