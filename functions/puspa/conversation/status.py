"""STATUS [kode] (pure): the resident's own registrations and questions, in any state."""

from __future__ import annotations

import re

from puspa.conversation import actions
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Dialogue, RequestSection, Step, fit_sections
from puspa.conversation.effects import Effect
from puspa.conversation.replies import ButtonsReply, Outbound
from puspa.domain.codes import code_regex, find_code, kind_of
from puspa.domain.results import ResidentRequests
from puspa.domain.session import Session

STATUS_COMMAND = re.compile(rf"^(cek\s+)?status(\s+{code_regex()})?[.!?]*$", re.IGNORECASE)
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
    return (ButtonsReply(fit_sections(sections, MORE_HINT), buttons),)


DIALOGUE = Dialogue(name="status", commands=(ask,), outcomes={FindRequests: listed})
