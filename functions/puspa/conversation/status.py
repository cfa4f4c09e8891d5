"""STATUS [kode] (pure): the resident's own registrations and questions, in any state."""

from __future__ import annotations

import re

from puspa.conversation import actions
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Dialogue, Step
from puspa.conversation.effects import FindRequests
from puspa.conversation.replies import ButtonsReply, Outbound
from puspa.domain.calendar import format_day
from puspa.domain.codes import code_regex, find_code, kind_of
from puspa.domain.registration import EVENT_TYPES, STATUS_TEXT
from puspa.domain.results import ResidentRequests
from puspa.domain.session import Session
from puspa.domain.ticket import STATUS_TEXT as TICKET_STATUS_TEXT
from puspa.whatsapp.limits import INTERACTIVE_BODY_MAX

STATUS_COMMAND = re.compile(rf"^(cek\s+)?status(\s+{code_regex()})?[.!?]*$", re.IGNORECASE)
SHOWN_MAX = 8  # of each kind, newest first
MORE_HINT = "\n\n…dan {n} lainnya. Ketik *STATUS <kode>* untuk melihat satu permohonan."


def ask(session: Session, ctx: Context) -> Step | None:
    """STATUS, STATUS <kode>, "cek status" or the "Cek status" button. A form in progress stays as it is."""
    if ctx.choice != actions.STATUS and ctx.command != "cek status" and not STATUS_COMMAND.match(ctx.text.strip()):
        return None
    code = find_code(ctx.text) or ""
    return Step(session, effects=(FindRequests(code, kind_of(code)),))


def listed(effect: FindRequests, found: ResidentRequests, ctx: Context) -> tuple[Outbound, ...]:
    """The resident's own registrations and questions (or the one asked for), newest first."""
    buttons = (render.MENU_BUTTON_MAIN,)
    registrations, tickets = found.registrations, found.tickets
    if effect.code and not registrations and not tickets:
        return (ButtonsReply(f"Kode *{effect.code}* tidak ditemukan untuk nomor ini. Periksa lagi kodenya.", buttons),)
    if not registrations and not tickets:
        body = (
            "Belum ada permohonan atau pertanyaan dari nomor ini.\n"
            "Untuk mendaftar izin resepsi, ketik *daftar resepsi*."
        )
        return (ButtonsReply(body, buttons),)
    sections: list[tuple[str, list[str]]] = []
    if registrations:
        newest = sorted(registrations, key=lambda r: r.created_at, reverse=True)
        sections.append(("*Permohonan Anda*", [
            f"• *{r.code}* — {EVENT_TYPES.get(r.draft.event_type, 'Acara')}, {format_day(r.draft.event_date)}: "
            f"{STATUS_TEXT[r.status]}" for r in newest
        ]))  # fmt: skip
    if tickets:
        newest_tickets = sorted(tickets, key=lambda t: t.created_at, reverse=True)
        sections.append(("*Pertanyaan Anda*", [
            f'• *{t.code}* — "{_short(t.question)}": {TICKET_STATUS_TEXT[t.status]}' for t in newest_tickets
        ]))  # fmt: skip
    return (ButtonsReply(_fit(sections), buttons),)


def _short(question: str) -> str:
    return question if len(question) <= 40 else question[:39] + "…"


def _fit(sections: list[tuple[str, list[str]]]) -> str:
    """The sections, newest first, within one interactive body: what does not fit is counted, and
    the resident is told how to see one request by its code."""
    budget = INTERACTIVE_BODY_MAX - len(MORE_HINT.format(n=999))
    lines: list[str] = []
    left_out = 0
    for title, items in sections:
        shown = [title] if not lines else ["", title]
        for item in items[:SHOWN_MAX]:
            if len("\n".join([*lines, *shown, item])) > budget:
                break
            shown.append(item)
        count = len(shown) - (1 if not lines else 2)
        left_out += len(items) - count
        if count:
            lines += shown
    body = "\n".join(lines)
    return body + MORE_HINT.format(n=left_out) if left_out else body


DIALOGUE = Dialogue(name="status", commands=(ask,), outcomes={FindRequests: listed})
