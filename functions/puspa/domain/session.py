"""A resident's place in the conversation (pure data, stored as a Firestore document)."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Any

from msgspec import Struct


class State(StrEnum):
    """Conversation states. Values are stored in Firestore: renaming one needs a migration."""

    START = "start"
    MAIN_MENU = "main_menu"
    CATEGORY = "category"
    SERVICE = "service"
    CHOICE = "choice"
    ASK_QUESTION = "ask_question"  # writing a question for staff; KEMBALI returns to the card it came from
    ASK_FOLLOWUP = "ask_followup"  # writing a follow-up to question `ticket_code`
    CONSENT = "consent"  # privacy notice before a registration
    SHEET = "sheet"  # the one-message registration form is out: its lines filled in come back
    FORM = "form"  # answering registration field `field`
    SUMMARY = "summary"  # Kirim / Ubah / Batal
    EDIT_CHOICE = "edit_choice"  # which field to change
    CONFIRM_DELETE = "confirm_delete"  # HAPUS DATA SAYA, awaiting confirmation
    SURVEY = "survey"  # answering satisfaction-survey element `field_key`
    SURVEY_SUGGESTION = "survey_suggestion"  # the survey's optional suggestion
    DOC_NUMBER = "doc_number"  # document lookup: waiting for the receipt number
    DOC_SECRET = "doc_secret"  # document lookup: waiting for the owner's date of birth


class Session(Struct, frozen=True):
    """Where the resident is. `options` are the action ids of the last menu, in the order shown,
    so that a typed number picks the same thing as a tap."""

    state: State = State.START
    category_id: str = ""
    service_id: str = ""
    page: int = 1
    options: tuple[str, ...] = ()
    last_seen: datetime | None = None
    form: tuple[tuple[str, str], ...] = ()  # registration answers so far (personal data: cleared on exit)
    field_key: str = ""  # the registration field being asked
    editing: bool = False  # answering one field from the summary: go back to it afterwards
    ticket_code: str = ""  # the question a follow-up belongs to
    pending_question: str = ""  # text that found no service, kept for "Ya, teruskan"
    unanswered: tuple[tuple[str, datetime], ...] = ()  # normalised questions PUSPA had no card for (digest)
    survey_invited_at: datetime | None = None  # the last survey invitation or survey taken (30-day limit)
    surveyed_period: str = ""  # the month ("2026-11") this resident last sent a survey: one per month

    def restarted(self) -> Session:
        """A fresh conversation: it drops this one, not what outlives it (the questions kept for the
        digest, the survey dates)."""
        return Session(
            unanswered=self.unanswered, survey_invited_at=self.survey_invited_at, surveyed_period=self.surveyed_period
        )

    def form_values(self) -> dict[str, str]:
        return dict(self.form)

    def with_answer(self, key: str, value: str) -> tuple[tuple[str, str], ...]:
        return (*((k, v) for k, v in self.form if k != key), (key, value))

    def to_dict(self) -> dict[str, Any]:
        return {
            "state": self.state.value,
            "category_id": self.category_id,
            "service_id": self.service_id,
            "page": self.page,
            "options": list(self.options),
            "last_seen": self.last_seen,
            "form": dict(self.form),
            "field_key": self.field_key,
            "editing": self.editing,
            "ticket_code": self.ticket_code,
            "pending_question": self.pending_question,
            "unanswered": [{"q": q, "at": at} for q, at in self.unanswered],
            "survey_invited_at": self.survey_invited_at,
            "surveyed_period": self.surveyed_period,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Session:
        """Rebuild a stored session; unknown or damaged values fall back to a fresh start."""
        try:
            state = State(data.get("state", State.START.value))
        except ValueError:
            return cls()
        last_seen = data.get("last_seen")
        options = data.get("options") or []
        page = data.get("page")
        raw_form = data.get("form")
        form: dict[Any, Any] = raw_form if isinstance(raw_form, dict) else {}
        return cls(
            state=state,
            category_id=str(data.get("category_id") or ""),
            service_id=str(data.get("service_id") or ""),
            page=page if isinstance(page, int) and page > 0 else 1,
            options=tuple(o for o in options if isinstance(o, str)) if isinstance(options, list) else (),
            last_seen=last_seen if isinstance(last_seen, datetime) else None,
            form=tuple((str(k), str(v)) for k, v in form.items()),
            field_key=str(data.get("field_key") or ""),
            editing=bool(data.get("editing")),
            ticket_code=str(data.get("ticket_code") or ""),
            pending_question=str(data.get("pending_question") or ""),
            unanswered=_unanswered(data.get("unanswered")),
            survey_invited_at=invited if isinstance(invited := data.get("survey_invited_at"), datetime) else None,
            surveyed_period=str(data.get("surveyed_period") or ""),
        )


def _unanswered(raw: Any) -> tuple[tuple[str, datetime], ...]:
    entries = raw if isinstance(raw, list) else []
    return tuple(
        (str(e["q"]), e["at"])
        for e in entries
        if isinstance(e, dict) and e.get("q") and isinstance(e.get("at"), datetime)
    )
