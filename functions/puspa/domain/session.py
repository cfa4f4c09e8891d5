"""A resident's place in the conversation (pure data, stored as a Firestore document).

The session knows browsing's own states and fields (menus, cards, search), and holds each dialogue's
data without knowing what it means: the open dialogue's answers and working values (`form`,
`field_key`, `scratch`: dropped when the dialogue ends or the conversation restarts) and, per dialogue,
the few values that outlive a conversation (`kept`). Dialogues declare their own states and keys.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum
from typing import Any

from msgspec import Struct, field
from msgspec.structs import replace


class State(StrEnum):
    """Browsing's states (menus, cards, choices). Each dialogue declares its own states; every state
    value is stored in Firestore, so renaming one needs a migration."""

    START = "start"
    MAIN_MENU = "main_menu"
    CATEGORY = "category"
    SERVICE = "service"
    CHOICE = "choice"


class Session(Struct, frozen=True):
    """Where the resident is. `options` are the action ids of the last menu, in the order shown,
    so that a typed number picks the same thing as a tap. `state` is browsing's or a dialogue's."""

    state: str = State.START
    category_id: str = ""
    service_id: str = ""
    page: int = 1
    options: tuple[str, ...] = ()
    last_seen: datetime | None = None
    form: tuple[tuple[str, str], ...] = ()  # the open dialogue's answers (personal data: cleared on exit)
    field_key: str = ""  # the open dialogue's question being asked
    scratch: Mapping[str, str] = field(default_factory=dict)  # the open dialogue's other working values
    kept: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)  # dialogue -> what outlives a conversation
    pending_question: str = ""  # browsing: text that found no service, kept for "Ya, teruskan"
    unanswered: tuple[tuple[str, datetime], ...] = ()  # normalised questions PUSPA had no card for (digest)

    def restarted(self) -> Session:
        """A fresh conversation: it drops this one, not what outlives it (the questions kept for the
        digest, what each dialogue keeps)."""
        return Session(unanswered=self.unanswered, kept=self.kept)

    def left_dialogue(self) -> Session:
        """The session without the open dialogue's answers and working values (personal data goes with them)."""
        return Session(
            state=self.state, category_id=self.category_id, service_id=self.service_id, page=self.page,
            options=self.options, last_seen=self.last_seen, kept=self.kept, pending_question=self.pending_question,
            unanswered=self.unanswered,
        )  # fmt: skip

    def form_values(self) -> dict[str, str]:
        return dict(self.form)

    def with_answer(self, key: str, value: str) -> tuple[tuple[str, str], ...]:
        return (*((k, v) for k, v in self.form if k != key), (key, value))

    def kept_by(self, owner: str) -> Mapping[str, Any]:
        """What dialogue `owner` keeps across conversations (empty when nothing)."""
        return self.kept.get(owner, {})

    def keeping(self, owner: str, **values: Any) -> Session:
        """This session with `values` kept for dialogue `owner` across conversations."""
        return replace(self, kept={**self.kept, owner: {**self.kept_by(owner), **values}})

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": str(self.state),
            "category_id": self.category_id,
            "service_id": self.service_id,
            "page": self.page,
            "options": list(self.options),
            "last_seen": self.last_seen,
            "form": dict(self.form),
            "field_key": self.field_key,
            "scratch": dict(self.scratch),
            "kept": {owner: dict(values) for owner, values in self.kept.items()},
            "pending_question": self.pending_question,
            "unanswered": [{"q": q, "at": at} for q, at in self.unanswered],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        """Rebuild a stored session; damaged values fall back to defaults. Whether the state still
        exists is the conversation's to judge (a state no dialogue declares starts afresh)."""
        last_seen = data.get("last_seen")
        options = data.get("options") or []
        page = data.get("page")
        return cls(
            state=str(data.get("state") or State.START),
            category_id=str(data.get("category_id") or ""),
            service_id=str(data.get("service_id") or ""),
            page=page if isinstance(page, int) and page > 0 else 1,
            options=tuple(o for o in options if isinstance(o, str)) if isinstance(options, list) else (),
            last_seen=last_seen if isinstance(last_seen, datetime) else None,
            form=tuple((str(k), str(v)) for k, v in _mapping(data.get("form")).items()),
            field_key=str(data.get("field_key") or ""),
            scratch={str(k): str(v) for k, v in _mapping(data.get("scratch")).items()},
            kept=_kept(data),
            pending_question=str(data.get("pending_question") or ""),
            unanswered=_unanswered(data.get("unanswered")),
        )


def _mapping(raw: Any) -> Mapping[Any, Any]:
    return raw if isinstance(raw, Mapping) else {}


def _kept(data: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    kept = {
        str(owner): dict(values) for owner, values in _mapping(data.get("kept")).items() if isinstance(values, Mapping)
    }
    # Sessions stored before dialogues kept their own data (until 2027-01-05, when the last of them expires).
    legacy = {"invited_at": data.get("survey_invited_at"), "period": data.get("surveyed_period")}
    if "survey" not in kept and any(legacy.values()):
        kept["survey"] = {key: value for key, value in legacy.items() if value}
    return kept


def _unanswered(raw: Any) -> tuple[tuple[str, datetime], ...]:
    entries = raw if isinstance(raw, list) else []
    return tuple(
        (str(e["q"]), e["at"])
        for e in entries
        if isinstance(e, dict) and e.get("q") and isinstance(e.get("at"), datetime)
    )
