"""Saran & pengaduan (pure): a resident sends a suggestion or complaint to the office; staff answer it.

"Saran & pengaduan" (a card's button, the menu when it has room) or "pengaduan", "saran", "keluhan"
typed -> a category from the office's pengaduan.yaml -> the text in one message -> a code
(ADU-2026-0001), staff told. Staff answer with JAWAB <kode> <tanggapan>; the resident gets it in the
chat (the status template outside their 24-hour window). Handling complaints is one of the nine SKM
elements an office is scored on; matters beyond the kecamatan are pointed to SP4N-LAPOR! (the text
is the office's, in pengaduan.yaml).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import StrEnum
from typing import Any

from msgspec.structs import replace

from puspa.conversation import browse
from puspa.conversation import screens as render
from puspa.conversation.dialogue import (
    Context,
    Dialogue,
    Registry,
    RequestSection,
    Screen,
    Step,
    option_number,
    show,
    staff_actor,
)
from puspa.conversation.effects import Effect
from puspa.conversation.inbound import InboundKind
from puspa.conversation.replies import (
    Button,
    ButtonsReply,
    ListReply,
    Outbound,
    Push,
    Reply,
    Row,
    Section,
    TemplateReply,
    TextReply,
)
from puspa.domain.codes import code_regex, code_year, find_code
from puspa.domain.complaint import PREFIX, STATUS_TEXT, Complaint
from puspa.domain.content import Content
from puspa.domain.privacy import mask_digit_runs
from puspa.domain.sender import Sender
from puspa.domain.session import Session, State
from puspa.whatsapp import limits

NAME, SECTION, CARD_KEY = "complaint", "pengaduan", "pengaduan"
START, CANCEL, PICK = "adu:start", "adu:cancel", "adu:cat:"
WORDS = frozenset({"pengaduan", "aduan", "mengadu", "saran", "keluhan", "komplain", "kritik", "kritik dan saran",
                   "saran dan pengaduan", "saran pengaduan", "kotak saran"})  # fmt: skip
TEXT_MAX = 1000
_ANSWER = re.compile(rf"^\s*JAWAB\s+({code_regex(PREFIX)})\b\s*(.*)$", re.IGNORECASE | re.DOTALL)


class ComplaintState(StrEnum):
    CATEGORY = "complaint_category"  # choosing what it is about
    TEXT = "complaint_text"  # writing it (the category in scratch["category"])


class SubmitComplaint(Effect, frozen=True):
    """Keep a complaint (once per inbound message), numbered in `year`; staff are told."""

    category: str  # its title, as the resident chose it
    text: str
    year: int


class AnswerComplaint(Effect, frozen=True):
    """Staff answer a complaint; the resident is told."""

    code: str
    text: str
    actor: str


def _section(content: Content) -> Mapping[str, Any]:
    raw = content.sections.get(SECTION)
    return raw if isinstance(raw, Mapping) else {}


def _categories(content: Content) -> list[tuple[str, str]]:
    return [(str(c["id"]), str(c["judul"])) for c in _section(content).get("kategori") or [] if isinstance(c, Mapping)]


def _category_menu(content: Content, note: str = "") -> Screen:
    body = f"{note}\n\n" if note else ""
    body += "*Saran & pengaduan*\nTentang apa saran atau pengaduan Anda?"
    rows = tuple(Row(f"{PICK}{cid}", f"{n}. {title}"[: limits.ROW_TITLE_MAX])
                 for n, (cid, title) in enumerate(_categories(content), start=1))  # fmt: skip
    reply = ListReply(body, "Pilih", (Section("Saran & pengaduan", rows),), footer="BATAL: berhenti")
    return reply, tuple(r.id for r in rows)


def _text_prompt(note: str = "") -> Screen:
    body = f"{note}\n\n" if note else ""
    body += (
        "Tulis saran atau pengaduan Anda dalam *satu pesan*: apa yang terjadi, kapan, dan di layanan mana.\n"
        "Mohon tidak menulis NIK atau nomor HP; petugas menanggapi di chat ini."
    )
    return ButtonsReply(body, (Button(CANCEL, "Batal"),)), (CANCEL,)


def start(session: Session, ctx: Context) -> Step | None:
    """ "Saran & pengaduan" (a tap anywhere) or the words typed outside other dialogues."""
    if SECTION not in ctx.content.sections:
        return None
    if ctx.choice != START and not (ctx.dialogue is None and ctx.command in WORDS):
        return None
    return show(browse.leave_dialogue(session), _category_menu(ctx.content), state=ComplaintState.CATEGORY)


def choose(session: Session, ctx: Context) -> Step:
    number = option_number(ctx.text)
    choice = session.options[number - 1] if number and 1 <= number <= len(session.options) else ctx.choice
    category = choice.removeprefix(PICK) if choice.startswith(PICK) else ""
    if category not in dict(_categories(ctx.content)):
        return show(session, _category_menu(ctx.content, "Ketuk salah satu pilihan, atau ketik angkanya."))
    return show(session, _text_prompt(), state=ComplaintState.TEXT, scratch={"category": category})


def write(session: Session, ctx: Context) -> Step:
    if ctx.inbound.kind is not InboundKind.TEXT:
        return show(session, _text_prompt("Untuk saat ini hanya pesan teks yang bisa kami terima."))
    text = " ".join(ctx.inbound.text.split())
    if len(text) < ctx.rules.question_min_length:
        note = f"Mohon tulis lebih jelas (paling sedikit {ctx.rules.question_min_length} huruf)."
        return show(session, _text_prompt(note))
    year = code_year(ctx.now, ctx.content.office.calendar.tz)
    category = dict(_categories(ctx.content)).get(session.scratch.get("category", ""), "Lainnya")
    effect = SubmitComplaint(category, mask_digit_runs(text)[:TEXT_MAX], year)
    _, menu_options = render.menu(ctx.content, ctx.registry)  # the confirmation shows the main menu
    done = replace(session.left_dialogue(), state=State.MAIN_MENU, options=menu_options)
    return Step(done, effects=(effect,))


def back(session: Session, ctx: Context) -> Step:
    """KEMBALI: from the text to the categories; from the categories to the menu."""
    if session.state == ComplaintState.TEXT:
        return show(session, _category_menu(ctx.content), state=ComplaintState.CATEGORY, scratch={})
    return browse.main_menu(browse.leave_dialogue(session), ctx)


def _received(code: str, content: Content) -> str:
    beyond = str(_section(content).get("di_luar_kecamatan") or "").strip()
    intro = (
        f"✅ Terima kasih, saran/pengaduan Anda sudah kami terima.\nKode: *{code}*\n"
        f"Petugas akan menanggapinya di chat ini. Cek kapan saja: *STATUS {code}*."
    )
    return f"{intro}\n\n{beyond}" if beyond else intro


def received(effect: SubmitComplaint, complaint: Complaint, ctx: Context) -> tuple[Outbound, ...]:
    reply, _ = render.main_menu(ctx.content, ctx.registry, _received(complaint.code, ctx.content))
    return (reply,)


def staff_answer(session: Session, ctx: Context) -> Step | None:
    """JAWAB ADU-… <tanggapan> from an allow-listed staff number, in any state."""
    if not ctx.from_staff:
        return None
    match = _ANSWER.match(ctx.text)
    if match is None:
        return None
    code, text = find_code(match.group(1), PREFIX) or "", " ".join(match.group(2).split())
    if not text:
        return Step(session, (TextReply(f"Tulis tanggapannya: *JAWAB {code} <tanggapan>*."),))
    return Step(session, effects=(AnswerComplaint(code, text[:TEXT_MAX], staff_actor(ctx.inbound.sender)),))


def answered(effect: AnswerComplaint, complaint: Complaint | None, ctx: Context) -> tuple[Outbound, ...]:
    if complaint is None:
        return (TextReply(f"Pengaduan *{effect.code}* tidak ditemukan (warga mungkin sudah menghapus datanya)."),)
    body = f"💬 *Tanggapan petugas* untuk saran/pengaduan *{complaint.code}*:\n\n{effect.text}"
    reply = ButtonsReply(body[: limits.INTERACTIVE_BODY_MAX], (render.MENU_BUTTON_MAIN,))
    parameters = tuple(limits.flatten_parameter(p, 600) for p in (complaint.code, "ditanggapi", effect.text))
    template = TemplateReply(ctx.status_template, ctx.template_language, parameters)
    push = Push(Sender(complaint.resident_wa_id, complaint.resident_user_id), reply, template)
    return TextReply(f"Tanggapan untuk *{complaint.code}* sudah dikirim ke warga."), push


def status_section(complaints: tuple[Complaint, ...]) -> RequestSection:
    newest = sorted(complaints, key=lambda c: c.created_at, reverse=True)
    return RequestSection("*Saran & pengaduan Anda*", tuple(f"• *{c.code}*: {STATUS_TEXT[c.status]}" for c in newest))


def menu_row(content: Content) -> Row | None:
    return Row(START, "Saran & pengaduan", "Sampaikan saran atau keluhan") if SECTION in content.sections else None


def check_content(content: Content) -> list[str]:
    if SECTION not in content.sections:
        return []
    raw = content.sections[SECTION]
    if not isinstance(raw, Mapping):
        return ["pengaduan.yaml: isinya harus berupa daftar kolom (kunci: nilai)"]
    items = raw.get("kategori")
    if not isinstance(items, list) or not 1 <= len(items) <= limits.LIST_ROWS_MAX:
        return ["pengaduan.yaml: 'kategori' harus berisi 1 sampai 10 pilihan (id dan judul)"]
    return [
        f"pengaduan.yaml kategori ke-{n}: perlu 'id' dan 'judul' (maks. 20 huruf)"
        for n, item in enumerate(items, start=1)
        if not isinstance(item, Mapping) or not item.get("id") or not 0 < len(str(item.get("judul", ""))) <= 20
    ]


def every_screen(content: Content) -> list[tuple[str, Reply]]:
    if SECTION not in content.sections or check_content(content):
        return []
    received_reply, _ = render.main_menu(content, Registry(), _received("ADU-2026-0001", content))
    return [
        ("pengaduan.yaml kategori", _category_menu(content)[0]),
        ("pengaduan.yaml di_luar_kecamatan", received_reply),
    ]


DIALOGUE = Dialogue(
    name=NAME,
    interrupts=(staff_answer,),
    commands=(start,),
    states={ComplaintState.CATEGORY: choose, ComplaintState.TEXT: write},
    outcomes={SubmitComplaint: received, AnswerComplaint: answered},
    menu_row=menu_row,
    menu_row_if_room=True,
    card_button=(CARD_KEY, Button(START, "Saran & pengaduan")),
    enabled=lambda content: SECTION in content.sections,
    cancel_text="Baik, saran/pengaduan tidak jadi dikirim.",
    back=back,
    patient=True,
    action_prefix="adu:",
    takes_text=True,
    cancel_ids=frozenset({CANCEL}),
    staff_help="*JAWAB ADU-… <tanggapan>* (saran & pengaduan)",
    staff_verbs=("JAWAB",),
    status_section=status_section,
    check_content=check_content,
    screens=every_screen,
)
