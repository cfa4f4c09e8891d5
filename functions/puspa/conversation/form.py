"""The reception-permit registration dialogue (pure): consent, eleven fields, summary, submit.

Each field is asked in one message with Kembali/Batal at hand; a bad answer gets the reason and
the same question again in one message. Answers live in the session until the request is sent or
abandoned, then they are cleared.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from puspa.content import Content
from puspa.conversation import actions, render
from puspa.conversation import fields as parse
from puspa.conversation.form_fields import BY_KEY, FIELDS, Context, FieldSpec, edit_field, pick
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.render import paged_rows
from puspa.conversation.replies import (
    Button,
    ButtonsReply,
    ListReply,
    Outbound,
    Reply,
    Row,
    Section,
    SubmitRegistration,
    SubmitResult,
)
from puspa.conversation.search import normalize
from puspa.conversation.session import Session, State
from puspa.office_calendar import format_day
from puspa.registration import Draft, mask_phone

START = render.REGISTER
AGREE = "reg:agree"
SEND = "reg:send"
EDIT = "reg:edit"
CANCEL = "reg:cancel"
SELF_CONTACT = "reg:self"


FOOTER = "KEMBALI: pertanyaan sebelumnya · BATAL: berhenti"
TYPED_BUTTONS = {  # old phones and WhatsApp Web: the button's words typed instead of tapped
    (State.CONSENT, "setuju"): AGREE, (State.CONSENT, "ya"): AGREE, (State.CONSENT, "ya setuju"): AGREE,
    (State.SUMMARY, "kirim"): SEND, (State.SUMMARY, "ubah"): EDIT,
}  # fmt: skip


def consent(content: Content, keep_days: int, draft_hours: int = 2) -> tuple[Reply, tuple[str, ...]]:
    body = (
        "*Pendaftaran rekomendasi izin resepsi*\n\n"
        "Kami akan menanyakan 11 hal: nama dan NIK pemohon, desa dan RT/RW, jenis, tanggal, jam dan tempat "
        "acara, perkiraan tamu, hiburan, serta nomor HP.\n\n"
        f"Data ini hanya dipakai petugas {content.office.name} untuk memproses rekomendasi Anda, "
        f"disimpan sampai {keep_days} hari setelah tanggal acara lalu dihapus otomatis (UU 27/2022 tentang "
        "Pelindungan Data Pribadi). Jawaban yang belum dikirim dihapus bila tidak dilanjutkan "
        f"dalam {draft_hours} jam. "
        "Anda bisa menghapus data kapan saja dengan mengetik *HAPUS DATA SAYA*.\n\n"
        "Setuju untuk melanjutkan?"
    )
    buttons = (Button(AGREE, "Setuju"), Button(CANCEL, "Batal"))
    return ButtonsReply(body, buttons), tuple(b.id for b in buttons)


def ask(spec: FieldSpec, ctx: Context, note: str = "", page: int = 1) -> tuple[Reply, tuple[str, ...]]:
    """The question for `spec`, after an optional note (an error or a warning)."""
    number = FIELDS.index(spec) + 1
    body = f"{note}\n\n" if note else ""
    body += f"Pertanyaan {number} dari {len(FIELDS)}\n{spec.question(ctx)}"
    if spec.choices is not None:
        entries = [Row(pick(spec.key, value), title) for value, title in spec.choices(ctx)]
        rows, options = paged_rows(entries, page, lambda next_page: f"reg:page:{spec.key}:{next_page}")
        reply: Reply = ListReply(body, "Pilih", (Section(spec.label, rows),), footer=FOOTER)
        return reply, options
    buttons = [Button(actions.BACK, "Kembali"), Button(CANCEL, "Batal")]
    if spec.key == "kontak" and ctx.sender_wa_id:
        buttons.insert(0, Button(SELF_CONTACT, "Pakai nomor ini"))
    return ButtonsReply(body, tuple(buttons), footer=FOOTER), tuple(b.id for b in buttons)


def summary(session: Session, ctx: Context) -> tuple[Reply, tuple[str, ...]]:
    values = session.form_values()
    lines = [f"{spec.label}: {spec.show(values[spec.key])}" for spec in FIELDS if spec.key in values]
    body = "*Periksa data pendaftaran Anda*\n\n" + "\n".join(lines) + "\n\nKetuk *Kirim* bila sudah benar."
    buttons = (Button(SEND, "Kirim"), Button(EDIT, "Ubah"), Button(CANCEL, "Batal"))
    return ButtonsReply(body, buttons), tuple(b.id for b in buttons)


def edit_menu(page: int = 1) -> tuple[Reply, tuple[str, ...]]:
    entries = [Row(edit_field(spec.key), spec.label) for spec in FIELDS]
    rows, options = paged_rows(entries, page, lambda next_page: f"reg:editpage:{next_page}")
    return ListReply("Bagian mana yang ingin diubah?", "Pilih bagian", (Section("Ubah data", rows),)), options


Step = tuple[Session, tuple[Outbound, ...], tuple[SubmitRegistration, ...]]


def _show(session: Session, screen: tuple[Reply, tuple[str, ...]], **changes: object) -> Step:
    reply, options = screen
    return replace(session, options=options, **changes), (reply,), ()  # type: ignore[arg-type]


def begin(session: Session, content: Content, keep_days: int, draft_hours: int = 2) -> Step:
    screen = consent(content, keep_days, draft_hours)
    return _show(session, screen, state=State.CONSENT, form=(), field_key="", editing=False)


def _next_after(session: Session, ctx: Context, key: str, note: str) -> Step:
    """Continue after `key` was answered: the next unanswered field, or the summary."""
    if session.editing:
        return _show(session, summary(session, ctx), state=State.SUMMARY, field_key="", editing=False)
    position = next(i for i, spec in enumerate(FIELDS) if spec.key == key)
    if position + 1 < len(FIELDS):
        spec = FIELDS[position + 1]
        return _show(session, ask(spec, ctx, note), state=State.FORM, field_key=spec.key)
    return _show(session, summary(session, ctx), state=State.SUMMARY, field_key="")


def _answer(session: Session, ctx: Context, spec: FieldSpec, text: str) -> Step:
    try:
        value, note = spec.read(text, ctx)
    except parse.FieldError as problem:
        return _show(session, ask(spec, ctx, f"⚠️ {problem}"))
    return _next_after(replace(session, form=session.with_answer(spec.key, value)), ctx, spec.key, note)


def back(session: Session, ctx: Context) -> Step:
    """KEMBALI inside the registration: one question back; from the first, the privacy notice."""
    if session.state is State.EDIT_CHOICE or (session.state is State.FORM and session.editing):
        return _show(session, summary(session, ctx), state=State.SUMMARY, field_key="", editing=False)
    if session.state is State.SUMMARY:
        return _show(session, ask(FIELDS[-1], ctx), state=State.FORM, field_key=FIELDS[-1].key)
    spec = BY_KEY.get(session.field_key)
    if session.state is State.FORM and spec is not None and FIELDS.index(spec) > 0:
        previous = FIELDS[FIELDS.index(spec) - 1]
        return _show(session, ask(previous, ctx), state=State.FORM, field_key=previous.key)
    return begin(session, ctx.content, ctx.keep_days, ctx.draft_hours)


def cancelled_text() -> str:
    return "Pendaftaran dibatalkan. Data yang sudah Anda isi telah kami hapus."


def expired_text() -> str:
    return (
        "Pendaftaran Anda tadi belum selesai dan sudah kami hapus karena lama tidak ada balasan. "
        "Ketik *daftar resepsi* untuk mulai lagi."
    )


def submitted(result: SubmitResult, draft: Draft, content: Content, now: datetime) -> tuple[Outbound, ...]:
    """The reply to Kirim, once the store has answered."""
    buttons = (Button(actions.STATUS, "Cek status"), Button(actions.MENU, "Menu utama"))
    if not result.created:
        body = (
            f"Anda sudah punya permohonan untuk tanggal {format_day(draft.event_date)}: *{result.code}* "
            f"(status: {result.status.value}).\nPermohonan yang sama tidak kami catat dua kali. "
            "Bila ada perubahan, sampaikan ke petugas di kantor kecamatan."
        )
        return (ButtonsReply(body, buttons),)
    calendar = content.office.calendar
    opening = calendar.next_opening(now)
    if calendar.is_open(now):
        when = "Petugas akan memeriksanya pada jam kerja hari ini."
    else:
        when = (
            f"Permohonan ini masuk di luar jam kerja. Petugas akan memprosesnya mulai "
            f"*{format_day(opening.date())}* pukul {opening:%H.%M} {calendar.zone}."
        )
    body = (
        f"✅ *Pendaftaran diterima*\nKode: *{result.code}*\n\n"
        f"{when}\nPetugas akan menghubungi {mask_phone(draft.contact)} bila perlu, dan setiap perubahan "
        f"status kami kabarkan di WhatsApp ini.\n\nCek kapan saja dengan mengetik *STATUS {result.code}*."
    )
    return (ButtonsReply(body, buttons),)


def handle_form(session: Session, inbound: Inbound, ctx: Context, now: datetime) -> Step:
    """A message while the resident is in CONSENT, FORM, SUMMARY or EDIT_CHOICE."""
    choice = inbound.choice_id if inbound.kind is InboundKind.CHOICE else ""
    spec_now = BY_KEY.get(session.field_key)
    typed_answer = session.state is State.FORM and spec_now is not None and spec_now.numeric
    if inbound.kind is InboundKind.TEXT and inbound.text.strip().isdigit() and session.options and not typed_answer:
        number = int(inbound.text.strip())
        if 1 <= number <= len(session.options):
            choice = session.options[number - 1]
    state = session.state
    typed = " ".join(normalize(inbound.text)) if inbound.kind is InboundKind.TEXT else ""
    choice = choice or TYPED_BUTTONS.get((state, typed), "")
    if choice == AGREE and state is State.CONSENT:
        return _show(session, ask(FIELDS[0], ctx), state=State.FORM, field_key=FIELDS[0].key)
    if choice == SEND and state is State.SUMMARY:
        missing = next((spec for spec in FIELDS if spec.key not in session.form_values()), None)
        if missing is not None:  # never build a request from an incomplete form
            return _show(
                session, ask(missing, ctx, "Masih ada yang belum diisi."), state=State.FORM, field_key=missing.key
            )
        draft = Draft.from_form(session.form_values())
        content = ctx.content
        effect = SubmitRegistration(draft, lambda result: submitted(result, draft, content, now))
        done = replace(session, state=State.MAIN_MENU, form=(), field_key="", editing=False, options=())
        return done, (), (effect,)
    if choice == EDIT and state is State.SUMMARY:
        return _show(session, edit_menu(), state=State.EDIT_CHOICE)
    if choice.startswith("reg:editpage:") and state is State.EDIT_CHOICE:
        return _show(session, edit_menu(int(choice.rsplit(":", 1)[1])))
    if choice.startswith("reg:edit:") and state in (State.EDIT_CHOICE, State.SUMMARY):
        spec = BY_KEY.get(choice.removeprefix("reg:edit:"))
        if spec is not None:
            return _show(session, ask(spec, ctx), state=State.FORM, field_key=spec.key, editing=True)
    spec = BY_KEY.get(session.field_key)
    if state is State.FORM and spec is not None:
        if choice.startswith(f"reg:page:{spec.key}:"):
            return _show(session, ask(spec, ctx, page=int(choice.rsplit(":", 1)[1])))
        if choice.startswith(f"reg:pick:{spec.key}:"):
            value = choice.removeprefix(f"reg:pick:{spec.key}:")
            return _next_after(replace(session, form=session.with_answer(spec.key, value)), ctx, spec.key, "")
        if choice == SELF_CONTACT and spec.key == "kontak" and ctx.sender_wa_id:
            return _next_after(
                replace(session, form=session.with_answer("kontak", ctx.sender_wa_id)), ctx, "kontak", ""
            )
        if inbound.kind is InboundKind.TEXT and not choice:
            return _answer(session, ctx, spec, inbound.text)
        if inbound.kind is InboundKind.UNREADABLE:
            return _show(session, ask(spec, ctx, "Untuk pendaftaran, mohon jawab dengan teks ya."))
    # Anything else on a screen of this dialogue: show the same screen again.
    if state is State.CONSENT:
        return _show(session, consent(ctx.content, ctx.keep_days, ctx.draft_hours))
    if state is State.EDIT_CHOICE:
        return _show(session, edit_menu())
    if state is State.FORM and spec is not None:
        return _show(session, ask(spec, ctx, "Silakan jawab pertanyaan ini, atau ketik BATAL untuk berhenti."))
    return _show(session, summary(session, ctx), state=State.SUMMARY)
