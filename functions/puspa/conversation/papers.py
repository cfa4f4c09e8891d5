"""Cek berkas (pure): a resident sends photos or PDFs of the papers a card lists, so that staff check
them before the visit; staff answer LENGKAP or KURANG.

Entry: "Cek berkas dulu" on a card (`tombol: [berkas]`), "cek berkas" / "kirim berkas" typed, or the
button a counter booking puts on its confirmation (`brk:start:<booking>:<visit date>:<card>`). Then
the privacy notice (once per papers record: the resident's agreement is kept in the session), the
card's list of requirements, and the files, each carried out by the shell (downloaded from WhatsApp
into a private bucket). "Selesai, kirim" gives the record a code (BRK-2026-0001) and tells staff once.

Replies per file: the first file of a batch is acknowledged ("Diterima: 1 berkas…" with the buttons);
the rest of a batch sent together only get WhatsApp's read ticks, since every outbound message is
billed; a file that is refused (type, size, count) is always answered, and "Selesai" says how many
arrived.
"""

from __future__ import annotations

import re
from datetime import datetime
from enum import StrEnum

from msgspec.structs import replace

from puspa.conversation import browse
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Dialogue, RequestSection, Screen, Step, option_number, show
from puspa.conversation.dialogue import staff_actor as staff_name
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
from puspa.domain.content import Content, Service
from puspa.domain.papers import (
    MAX_BYTES,
    MAX_FILES,
    PREFIX,
    STATUS_TEXT,
    FileProblem,
    FileReceipt,
    Papers,
    PapersStatus,
    Submitted,
    visit_day,
)
from puspa.domain.sender import Sender
from puspa.domain.session import Session, State
from puspa.whatsapp import limits

NAME, CARD_KEY = "papers", "berkas"
START, AGREE, CANCEL, DONE, RESUME, PICK = "brk:start", "brk:agree", "brk:cancel", "brk:done", "brk:resume", "brk:svc:"
WORDS = frozenset({"cek berkas", "kirim berkas", "periksa berkas", "cek berkas dulu", "kirim dokumen", "upload berkas",
                   "unggah berkas", "cek persyaratan"})  # fmt: skip
DONE_WORDS = frozenset({"selesai", "sudah", "kirim", "selesai kirim", "kirim ke petugas", "sudah semua", "udah"})
AGREE_WORDS = frozenset({"setuju", "ya", "iya", "ok", "oke", "lanjut"})
FILE_TYPES = ("image", "document")
KEPT = 10  # records whose privacy notice the resident agreed to, remembered in the session
ANSWER_MAX = 600
_BOOKING = re.compile(r"^brk:start:([A-Za-z0-9-]{1,24}):(\d{4}-\d{2}-\d{2}):([a-z0-9_]{1,40})$")
_STAFF = re.compile(rf"^\s*(LENGKAP|KURANG)\s+({code_regex(PREFIX)})\b\s*(.*)$", re.IGNORECASE | re.DOTALL)
DONE_BUTTON, CANCEL_BUTTON = Button(DONE, "Selesai, kirim"), Button(CANCEL, "Batal")


class PapersState(StrEnum):
    CARD = "papers_card"  # which card the papers are for (started without one)
    CONSENT = "papers_consent"  # the privacy notice, before the first file
    RECEIVE = "papers_receive"  # files are welcome; "Selesai, kirim" sends them to staff


class ReceivePaper(Effect, frozen=True):
    """Fetch one file the resident sent from WhatsApp, check it and keep it under the record of
    (resident, card, booking); at most once per message, whatever Meta redelivers."""

    service_id: str
    service_title: str
    booking_code: str
    visit_date: str  # YYYY-MM-DD, or "" (no booking: files expire a few days after upload)
    media_id: str
    mime_type: str
    consented_at: datetime


class SubmitPapers(Effect, frozen=True):
    """Send the record to staff: a code the first time (numbered in `year`), one staff notice."""

    service_id: str
    service_title: str
    booking_code: str
    year: int


class AnswerPapers(Effect, frozen=True):
    """Staff: LENGKAP <kode>, or KURANG <kode> <what is missing>; the resident is told."""

    code: str
    complete: bool
    text: str
    actor: str
    month: str = ""  # the office's month ("2026-12"): the first check of a record counts in its figures


def _berkas_cards(content: Content) -> tuple[Service, ...]:
    return tuple(s for s in content.services if CARD_KEY in s.buttons)


def _card_list(content: Content, note: str = "") -> Screen:
    body = f"{note}\n\n" if note else ""
    body += "*Cek berkas*\nBerkas untuk layanan apa yang ingin Anda kirim?"
    cards = _berkas_cards(content)[: limits.LIST_ROWS_MAX]
    rows = tuple(
        Row(f"{PICK}{s.id}", f"{n}. {s.title}"[: limits.ROW_TITLE_MAX], s.description[: limits.ROW_DESCRIPTION_MAX])
        for n, s in enumerate(cards, 1)
    )
    return ListReply(body, "Pilih layanan", (Section("Layanan", rows),), footer="BATAL: berhenti"), tuple(
        r.id for r in rows
    )


def _notice(service: Service, booking: str, content: Content) -> Screen:
    visit = f" untuk antrean *{booking}*" if booking else ""
    body = (
        f"*Cek berkas: {service.title}*{visit}\n\n"
        "Sebelum mengirim, mohon baca:\n"
        f"• *Yang dikumpulkan:* foto atau PDF dokumen yang tercantum di persyaratan {service.title}.\n"
        "• *Untuk apa:* agar petugas memeriksa kelengkapannya sebelum Anda datang.\n"
        f"• *Siapa yang melihat:* hanya petugas {content.office.name}, lewat tautan yang berlaku beberapa menit; "
        "berkas tidak dikirim ke HP petugas.\n"
        "• *Kapan dihapus:* otomatis beberapa hari sesudah jadwal kedatangan (tanpa antrean: beberapa hari sesudah "
        "dikirim), atau segera bila Anda mengetik *HAPUS DATA SAYA*.\n\n"
        "Setuju?"
    )
    buttons = (Button(AGREE, "Setuju, kirim berkas"), CANCEL_BUTTON)
    return ButtonsReply(body[: limits.INTERACTIVE_BODY_MAX], buttons), tuple(b.id for b in buttons)


def _requirements(service: Service) -> str:
    lines = []
    for group in service.requirements:
        if group.case:
            lines.append(f"_{group.case}:_")
        lines.extend(f"• {item}" for item in group.items)
    return "\n".join(lines)


def _ask_files(service: Service, note: str = "") -> Screen:
    head = f"{note}\n\n" if note else ""
    tail = (
        f"\n\nKirim *foto* (JPG/PNG) atau *PDF* dokumen yang sesuai keperluan Anda, satu per satu atau "
        f"sekaligus (paling banyak {MAX_FILES} berkas, masing-masing sampai {MAX_BYTES // (1024 * 1024)} MB). "
        "Jangan kirim dokumen lain. Bila sudah, ketuk *Selesai, kirim*."
    )
    budget = limits.INTERACTIVE_BODY_MAX - len(head) - len(tail) - len(service.title) - 30
    listed = _requirements(service)
    if len(listed) > budget:
        listed = listed[: budget - 1].rsplit("\n", 1)[0] + "\n…(lihat kartu layanannya)"
    body = f"{head}*Persyaratan {service.title}*\n{listed}{tail}"
    buttons = (DONE_BUTTON, CANCEL_BUTTON)
    return ButtonsReply(body, buttons), tuple(b.id for b in buttons)


def _record_key(service_id: str, booking: str) -> str:
    return f"{service_id}|{booking}"


def _consented(session: Session, service_id: str, booking: str) -> bool:
    return _record_key(service_id, booking) in (session.kept_by(NAME).get("consented") or [])


def _begin(session: Session, ctx: Context, service: Service, booking: str = "", visit: str = "") -> Step:
    scratch = {"service": service.id, "booking": booking, "visit": visit}
    started = browse.leave_dialogue(session)
    if _consented(session, service.id, booking):
        scratch["consented_at"] = str(session.kept_by(NAME).get("consented_at") or ctx.now.isoformat())
        return show(started, _ask_files(service), state=PapersState.RECEIVE, scratch=scratch)
    return show(started, _notice(service, booking, ctx.content), state=PapersState.CONSENT, scratch=scratch)


def _card_of(content: Content, service_id: str) -> Service | None:
    service = content.service(service_id)
    return service if service is not None and CARD_KEY in service.buttons else None


def start(session: Session, ctx: Context) -> Step | None:
    """ "Cek berkas dulu" (a card's button or a booking's, anywhere), or the words typed outside other dialogues."""
    if not _berkas_cards(ctx.content):
        return None
    booked = _BOOKING.match(ctx.choice)
    if booked is not None:
        code, raw_day, card = booked.groups()
        day = visit_day(raw_day, ctx.content.office.calendar.local(ctx.now).date())
        service = _card_of(ctx.content, card)
        if service is None:  # a card this office does not check papers for: as from the menu
            return show(browse.leave_dialogue(session), _card_list(ctx.content), state=PapersState.CARD)
        return _begin(session, ctx, service, code.upper(), day.isoformat() if day else "")
    typed = ctx.dialogue is None and ctx.command in WORDS
    if ctx.choice not in (START, RESUME) and not typed and not ctx.choice.startswith("brk:start:"):
        return None
    service = _card_of(ctx.content, session.service_id) if session.state == State.SERVICE else None
    if ctx.choice == RESUME and (resumed := _card_of(ctx.content, session.scratch.get("service", ""))) is not None:
        return _begin(session, ctx, resumed, session.scratch.get("booking", ""), session.scratch.get("visit", ""))
    if service is None:
        return show(browse.leave_dialogue(session), _card_list(ctx.content), state=PapersState.CARD)
    return _begin(session, ctx, service)


def choose(session: Session, ctx: Context) -> Step:
    number = option_number(ctx.text)
    choice = session.options[number - 1] if number and 1 <= number <= len(session.options) else ctx.choice
    service = _card_of(ctx.content, choice.removeprefix(PICK)) if choice.startswith(PICK) else None
    if service is None:
        return show(session, _card_list(ctx.content, "Ketuk salah satu pilihan, atau ketik angkanya."))
    return _begin(session, ctx, service)


def _file_sent(ctx: Context) -> bool:
    return ctx.inbound.kind is InboundKind.UNREADABLE and ctx.inbound.original_type in FILE_TYPES


def consent(session: Session, ctx: Context) -> Step:
    service = _card_of(ctx.content, session.scratch.get("service", ""))
    if service is None:
        return show(browse.leave_dialogue(session), _card_list(ctx.content), state=PapersState.CARD)
    booking = session.scratch.get("booking", "")
    if ctx.choice != AGREE and ctx.command not in AGREE_WORDS:
        note = "Mohon ketuk *Setuju, kirim berkas* dulu; berkas baru kami terima sesudahnya." if _file_sent(ctx) else ""
        reply, options = _notice(service, booking, ctx.content)
        if note:
            reply = replace(reply, body=f"{note}\n\n{reply.body}"[: limits.INTERACTIVE_BODY_MAX])
        return show(session, (reply, options))
    agreed = [*(session.kept_by(NAME).get("consented") or []), _record_key(service.id, booking)][-KEPT:]
    scratch = {**session.scratch, "consented_at": ctx.now.isoformat()}
    kept = session.keeping(NAME, consented=agreed, consented_at=ctx.now.isoformat())
    return show(kept, _ask_files(service), state=PapersState.RECEIVE, scratch=scratch)


def _consent_time(session: Session, ctx: Context) -> datetime:
    try:
        return datetime.fromisoformat(session.scratch.get("consented_at", ""))
    except ValueError:
        return ctx.now


def receive(session: Session, ctx: Context) -> Step:
    """A file (an effect of its own), "Selesai" (the record goes to staff), or anything else: typed text
    leaves the dialogue and is read as browsing would (a question, a menu number)."""
    scratch = session.scratch
    service = _card_of(ctx.content, scratch.get("service", ""))
    if service is None:
        return show(browse.leave_dialogue(session), _card_list(ctx.content), state=PapersState.CARD)
    if ctx.inbound.media_id and _file_sent(ctx):
        booking, visit, inbound = scratch.get("booking", ""), scratch.get("visit", ""), ctx.inbound
        consented = _consent_time(session, ctx)
        effect = ReceivePaper(service.id, service.title, booking, visit, inbound.media_id, inbound.mime_type, consented)
        return Step(session, effects=(effect,))
    if ctx.choice == DONE or ctx.command in DONE_WORDS:
        year = code_year(ctx.now, ctx.content.office.calendar.tz)
        _, menu_options = render.menu(ctx.content, ctx.registry)  # the answer shows the main menu's buttons
        done = replace(session.left_dialogue(), state=State.MAIN_MENU, options=menu_options)
        kept = {k: scratch.get(k, "") for k in ("service", "booking", "visit")}
        done = replace(done, scratch=kept)  # for "Kirim berkas" when nothing had arrived
        return Step(done, effects=(SubmitPapers(service.id, service.title, kept["booking"], year),))
    if ctx.inbound.kind is InboundKind.TEXT:
        return browse.handle(browse.leave_dialogue(session), replace(ctx, dialogue=None))
    return show(session, _ask_files(service, "Yang bisa kami terima hanya *foto* (JPG/PNG) atau *PDF*."))


def back(session: Session, ctx: Context) -> Step:
    """KEMBALI: from the files to the card (papers already sent stay, and the agreement with them)."""
    service = _card_of(ctx.content, session.scratch.get("service", ""))
    if service is not None:
        return browse.open_action(browse.leave_dialogue(session), replace(ctx, dialogue=None), f"svc:{service.id}")
    return browse.main_menu(browse.leave_dialogue(session), ctx)


_PROBLEMS = {
    FileProblem.TYPE: "Maaf, berkas ini tidak bisa kami terima: kirim *foto* (JPG/PNG) atau *PDF*.",
    FileProblem.SIZE: (
        f"Maaf, berkas ini lebih dari {MAX_BYTES // (1024 * 1024)} MB. Kirim sebagai foto biasa (bukan sebagai "
        "dokumen), atau perkecil PDF-nya, lalu kirim lagi."
    ),
    FileProblem.COUNT: (
        f"Sudah {MAX_FILES} berkas, batas untuk satu layanan; berkas ini tidak kami simpan. "
        "Ketuk *Selesai, kirim* untuk mengirim yang sudah ada ke petugas."
    ),
    FileProblem.GONE: "Maaf, berkas ini tidak bisa kami ambil dari WhatsApp. Mohon kirim sekali lagi.",
    FileProblem.UNAVAILABLE: (
        "Maaf, pengiriman berkas sedang tidak bisa kami layani. Bawa saja dokumen aslinya saat datang ke kantor."
    ),
    FileProblem.CLOSED: (
        "Berkas Anda untuk layanan ini sudah dinyatakan *lengkap* oleh petugas; tidak perlu mengirim lagi. "
        "Sampai jumpa di kantor kecamatan."
    ),
}


def received(effect: ReceivePaper, receipt: FileReceipt, ctx: Context) -> tuple[Outbound, ...]:
    if receipt.problem in (FileProblem.CLOSED, FileProblem.UNAVAILABLE):
        return (ButtonsReply(_PROBLEMS[receipt.problem], (render.MENU_BUTTON_MAIN,)),)
    if receipt.problem is not None:
        return (ButtonsReply(_PROBLEMS[receipt.problem], (DONE_BUTTON, CANCEL_BUTTON)),)
    if not receipt.acknowledge:
        return ()
    body = f"✅ Diterima: {receipt.count} berkas. Kirim lagi bila masih ada, atau ketuk *Selesai, kirim*."
    return (ButtonsReply(body, (DONE_BUTTON, CANCEL_BUTTON)),)


def submitted(effect: SubmitPapers, result: Submitted, ctx: Context) -> tuple[Outbound, ...]:
    papers = result.papers
    if papers is None:
        body = "Belum ada berkas yang kami terima. Ketuk *Kirim berkas*, lalu kirim foto atau PDF-nya."
        return (ButtonsReply(body, (Button(RESUME, "Kirim berkas"), render.MENU_BUTTON_MAIN)),)
    if not result.sent:
        body = (
            f"Berkas *{papers.code}* ({papers.count} berkas) sudah ada di petugas; belum ada berkas baru sejak itu. "
            f"Cek kapan saja: *STATUS {papers.code}*."
        )
    else:
        body = (
            f"📨 {papers.count} berkas sudah kami teruskan ke petugas.\nKode: *{papers.code}*\n"
            f"Petugas akan memeriksanya dan memberi tahu di chat ini: *lengkap*, atau apa yang kurang. "
            f"Cek kapan saja: *STATUS {papers.code}*."
        )
    reply, _ = render.main_menu(ctx.content, ctx.registry, body)
    return (reply,)


def staff_answer(session: Session, ctx: Context) -> Step | None:
    """LENGKAP <kode> / KURANG <kode> <apa yang kurang> from an allow-listed staff number, in any state."""
    if not ctx.from_staff:
        return None
    match = _STAFF.match(ctx.text)
    if match is None:
        return None
    verb, code, text = match.group(1).upper(), find_code(match.group(2), PREFIX) or "", " ".join(match.group(3).split())
    if verb == "KURANG" and not text:
        return Step(session, (TextReply(f"Tulis apa yang kurang: *KURANG {code} <apa yang kurang>*."),))
    month = f"{ctx.content.office.calendar.local(ctx.now):%Y-%m}"
    effect = AnswerPapers(code, verb == "LENGKAP", text[:ANSWER_MAX], staff_name(ctx.inbound.sender), month)
    return Step(session, effects=(effect,))


def answered(effect: AnswerPapers, papers: Papers | None, ctx: Context) -> tuple[Outbound, ...]:
    if papers is None:
        return (TextReply(f"Berkas *{effect.code}* tidak ditemukan (warga mungkin sudah menghapus datanya)."),)
    title = papers.service_title or papers.service_id
    if effect.complete:
        body = (
            f"✅ Berkas *{papers.code}* ({title}) sudah diperiksa petugas: *lengkap*.\n"
            "Bawa dokumen aslinya saat datang ke kantor kecamatan."
        )
        status = "lengkap"
    else:
        body = (
            f"📋 Berkas *{papers.code}* ({title}) sudah diperiksa petugas. *Yang masih kurang:*\n{effect.text}\n\n"
            "Kirim kekurangannya dengan mengetik *cek berkas*, atau bawa saat datang."
        )
        status = "ada yang kurang"
    reply = ButtonsReply(body[: limits.INTERACTIVE_BODY_MAX], (render.MENU_BUTTON_MAIN,))
    detail = effect.text if not effect.complete else "bawa dokumen aslinya saat datang"
    parameters = tuple(limits.flatten_parameter(p, 600) for p in (papers.code, status, detail))
    template = TemplateReply(ctx.status_template, ctx.template_language, parameters)
    push = Push(Sender(papers.resident_wa_id, papers.resident_user_id), reply, template)
    said = "lengkap" if effect.complete else "kurang"
    return TextReply(f"Berkas *{papers.code}* dinyatakan {said}; warga sudah diberi tahu."), push


def status_section(records: tuple[Papers, ...]) -> RequestSection:
    """The resident's papers for STATUS, newest first."""
    newest = sorted(records, key=lambda p: p.created_at, reverse=True)
    lines = []
    for p in newest:
        name = f"*{p.code}*" if p.code else "Belum dikirim"
        state = STATUS_TEXT[p.status]
        if p.status is PapersStatus.KURANG and p.answer:
            state += f": {p.answer[:120]}"
        lines.append(f"• {name} ({p.service_title or p.service_id}, {p.count} berkas): {state}")
    return RequestSection("*Cek berkas Anda*", tuple(lines))


def every_screen(content: Content) -> list[tuple[str, Reply]]:
    cards = _berkas_cards(content)
    if not cards:
        return []
    screens: list[tuple[str, Reply]] = [("cek berkas: pilih layanan", _card_list(content)[0])]
    for service in cards:
        screens.append((f"layanan/{service.id}.yaml: cek berkas", _ask_files(service)[0]))
        screens.append((f"layanan/{service.id}.yaml: pemberitahuan cek berkas", _notice(service, "B-014", content)[0]))
    return screens


DIALOGUE = Dialogue(
    name=NAME,
    interrupts=(staff_answer,),
    commands=(start,),
    states={PapersState.CARD: choose, PapersState.CONSENT: consent, PapersState.RECEIVE: receive},
    keeps=("consented", "consented_at"),
    outcomes={ReceivePaper: received, SubmitPapers: submitted, AnswerPapers: answered},
    card_button=(CARD_KEY, Button(START, "Cek berkas dulu")),
    enabled=lambda content: bool(_berkas_cards(content)),
    cancel_text=(
        "Baik, berkas tidak dikirim ke petugas. Berkas yang sudah terkirim terhapus otomatis dalam beberapa hari, "
        "atau segera dengan *HAPUS DATA SAYA*."
    ),
    back=back,
    patient=True,
    action_prefix="brk:",
    cancel_ids=frozenset({CANCEL}),
    staff_help="*LENGKAP BRK-…* · *KURANG BRK-… <apa yang kurang>* (cek berkas)",
    staff_verbs=("LENGKAP", "KURANG"),
    status_section=status_section,
    screens=every_screen,
)
