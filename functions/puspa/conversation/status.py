"""STATUS [kode] (pure): the resident's own registrations and questions, in any state."""

from __future__ import annotations

import re

from puspa.conversation import actions
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Dialogue, RequestSection, Step
from puspa.conversation.effects import Effect
from puspa.conversation.replies import ButtonsReply, Outbound
from puspa.domain.codes import code_regex, find_code, kind_of
from puspa.domain.results import ResidentRequests
from puspa.domain.session import Session
from puspa.whatsapp.limits import INTERACTIVE_BODY_MAX

STATUS_COMMAND = re.compile(rf"^(cek\s+)?status(\s+{code_regex()})?[.!?]*$", re.IGNORECASE)
SHOWN_MAX = 8  # of each kind, newest first
MORE_HINT = "\n\n…dan {n} lainnya. Ketik *STATUS <kode>* untuk melihat satu permohonan."


class FindRequests(Effect, frozen=True):
    """The resident's own requests at this office, from every dialogue that keeps some; `code`
    narrows to one, `prefix` to one kind (its code prefix)."""

    code: str = ""
    prefix: str | None = None


def ask(session: Session, ctx: Context) -> Step | None:
    """STATUS, STATUS <kode>, "cek status" or the "Cek status" button. A form in progress stays as it is."""
    if ctx.choice != actions.STATUS and ctx.command != "cek status" and not STATUS_COMMAND.match(ctx.text.strip()):
        return None
    code = find_code(ctx.text) or ""
    return Step(session, effects=(FindRequests(code, kind_of(code)),))


def listed(effect: FindRequests, found: ResidentRequests, ctx: Context) -> tuple[Outbound, ...]:
    """The resident's own requests (or the one asked for), newest first, one section per dialogue."""
    buttons = (render.MENU_BUTTON_MAIN,)
    if effect.code and found.empty:
        return (ButtonsReply(f"Kode *{effect.code}* tidak ditemukan untuk nomor ini. Periksa lagi kodenya.", buttons),)
    if found.empty:
        body = (
            "Belum ada permohonan atau pertanyaan dari nomor ini.\n"
            "Untuk mendaftar izin resepsi, ketik *daftar resepsi*."
        )
        return (ButtonsReply(body, buttons),)
    sections: list[RequestSection] = [
        section(records)
        for owner, section in ctx.registry.status_sections.items()
        if (records := found.found.get(owner))
    ]
    return (ButtonsReply(_fit(sections), buttons),)


def _fit(sections: list[RequestSection]) -> str:
    """The sections, newest first, within one interactive body: what does not fit is counted, and
    the resident is told how to see one request by its code."""
    budget = INTERACTIVE_BODY_MAX - len(MORE_HINT.format(n=999))
    lines: list[str] = []
    left_out = 0
    for title, items in ((s.title, s.lines) for s in sections):
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
