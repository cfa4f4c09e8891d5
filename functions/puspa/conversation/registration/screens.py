"""The reception-permit registration's screens and words (pure): the privacy notice, a field's
question, the summary, the edit menu, the reply to Kirim, and its line in STATUS."""

from __future__ import annotations

from puspa.conversation import actions
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, RequestSection, Screen
from puspa.conversation.registration.fields import RECEPTION, FieldContext, FieldSpec, Form, edit_field, pick
from puspa.conversation.registration.model import (
    AGREE,
    AT_ONCE,
    CANCEL,
    EDIT,
    FOOTER,
    SELF_CONTACT,
    SEND,
    SubmitRegistration,
)
from puspa.conversation.replies import Button, ButtonsReply, ListReply, Outbound, Reply, Row, Section
from puspa.conversation.screens import paged_rows
from puspa.domain.calendar import format_day
from puspa.domain.content import Content
from puspa.domain.privacy import mask_phone
from puspa.domain.registration import EVENT_TYPES, STATUS_TEXT, Registration, Status
from puspa.domain.results import SubmitResult
from puspa.domain.session import Session

CANCELLED = "Pendaftaran dibatalkan. Data yang sudah Anda isi telah kami hapus."
STALE_FORM = (
    "Formulir itu sudah tidak aktif, jadi isinya tidak kami simpan. Untuk permohonan baru, pilih *Isi "
    "sekaligus* di bawah, lalu kirim lagi formulirnya. Untuk mengubah permohonan yang sudah terkirim, "
    "ketik *BATAL* lalu sampaikan lewat *Tanya petugas*."
)
KEPT = "Jawaban yang sudah tercatat tetap kami simpan. Ketik *BATAL* bila ingin berhenti."
EXPIRED = (
    "Pendaftaran Anda tadi belum selesai dan sudah kami hapus karena lama tidak ada balasan. "
    "Ketik *daftar resepsi* untuk mulai lagi."
)


def consent_text(
    content: Content, keep_days: int, draft_hours: int = 2, note: str = "", on_screen: bool = False
) -> str:
    """The privacy notice, ending with the ways to fill in the form: the chat's two, or (`on_screen`)
    the form on one screen with the chat as the fallback."""
    body = f"{note}\n\n" if note else ""
    body += (
        "*Pendaftaran rekomendasi izin resepsi*\n\n"
        f"Kami perlu {len(RECEPTION.fields)} data: nama dan NIK pemohon, desa dan RT/RW, jenis, tanggal, jam dan "
        "tempat acara, perkiraan tamu, hiburan, serta nomor HP.\n\n"
        f"Data ini hanya dipakai petugas {content.office.name} untuk memproses rekomendasi Anda, "
        f"disimpan sampai {keep_days} hari setelah tanggal acara lalu dihapus otomatis (UU 27/2022 tentang "
        "Pelindungan Data Pribadi). Jawaban yang belum dikirim dihapus bila tidak dilanjutkan "
        f"dalam {draft_hours} jam. "
        "Anda bisa menghapus data kapan saja dengan mengetik *HAPUS DATA SAYA*.\n\n"
    )
    if on_screen:
        return body + (
            "Bila setuju, ketuk *Isi formulir* dan isi semuanya dalam satu layar.\n"
            "Formulir tidak terbuka, atau lebih suka lewat chat? Ketik *ISI DI CHAT*."
        )
    return body + (
        "Bila setuju, pilih cara mengisi:\n"
        "• *Isi sekaligus*: satu formulir untuk disalin, diisi, lalu dikirim kembali\n"
        "• *Satu per satu*: kami tanyakan satu hal per pesan"
    )


def consent(content: Content, keep_days: int, draft_hours: int = 2, note: str = "") -> Screen:
    body = consent_text(content, keep_days, draft_hours, note)
    buttons = (Button(AT_ONCE, "Isi sekaligus"), Button(AGREE, "Satu per satu"), Button(CANCEL, "Batal"))
    return ButtonsReply(body, buttons), tuple(b.id for b in buttons)


def ask(spec: FieldSpec, ctx: FieldContext, note: str = "", page: int = 1, heading: str = "") -> Screen:
    """The question for `spec`, after an optional note (an error or a warning)."""
    body = f"{note}\n\n" if note else ""
    position = f"Pertanyaan {ctx.form.position(spec) + 1} dari {len(ctx.form.fields)}"
    body += f"{heading or position}\n{spec.question(ctx)}"
    if spec.choices is not None:
        entries = [Row(pick(spec.key, value), title) for value, title in spec.choices(ctx)]
        rows, options = paged_rows(entries, page, lambda next_page: f"reg:page:{spec.key}:{next_page}")
        reply: Reply = ListReply(body, "Pilih", (Section(spec.label, rows),), footer=FOOTER)
        return reply, options
    buttons = [Button(actions.BACK, "Kembali"), Button(CANCEL, "Batal")]
    if spec.key == ctx.form.own_number_key and ctx.sender_wa_id:
        buttons.insert(0, Button(SELF_CONTACT, "Pakai nomor ini"))
    return ButtonsReply(body, tuple(buttons), footer=FOOTER), tuple(b.id for b in buttons)


def summary(session: Session, form: Form, note: str = "") -> Screen:
    values = session.form_values()
    lines = [f"{spec.label}: {spec.show(values[spec.key])}" for spec in form.fields if spec.key in values]
    body = f"{note}\n\n" if note else ""
    body += "*Periksa data pendaftaran Anda*\n\n" + "\n".join(lines) + "\n\nKetuk *Kirim* bila sudah benar."
    buttons = (Button(SEND, "Kirim"), Button(EDIT, "Ubah"), Button(CANCEL, "Batal"))
    return ButtonsReply(body, buttons), tuple(b.id for b in buttons)


def edit_menu(form: Form, page: int = 1) -> Screen:
    entries = [Row(edit_field(spec.key), spec.label) for spec in form.fields]
    rows, options = paged_rows(entries, page, lambda next_page: f"reg:editpage:{next_page}")
    return ListReply("Bagian mana yang ingin diubah?", "Pilih bagian", (Section("Ubah data", rows),)), options


def submitted(effect: SubmitRegistration, result: SubmitResult, ctx: Context) -> tuple[Outbound, ...]:
    """The reply to Kirim, once the store has answered."""
    draft, now = effect.draft, ctx.now
    buttons = (Button(actions.STATUS, "Cek status"), render.MENU_BUTTON_MAIN)
    if not result.created:
        body = (
            f"Anda sudah punya permohonan untuk tanggal {format_day(draft.event_date)}: *{result.code}* "
            f"(status: {result.status.value}).\nPermohonan yang sama tidak kami catat dua kali. "
            "Bila ada perubahan, sampaikan ke petugas di kantor kecamatan."
        )
        return (ButtonsReply(body, buttons),)
    calendar = ctx.content.office.calendar
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


def erase_note(registrations: tuple[Registration, ...]) -> str:
    """HAPUS DATA SAYA cancels an approved request too: say so before the resident confirms."""
    approved = [r.code for r in registrations if r.status is Status.DISETUJUI]
    if not approved:
        return ""
    return (
        f"Permohonan {', '.join(approved)} sudah *disetujui*. Bila Anda lanjutkan, permohonan itu dibatalkan "
        "dan petugas diberi tahu."
    )


def status_section(registrations: tuple[Registration, ...]) -> RequestSection:
    newest = sorted(registrations, key=lambda r: r.created_at, reverse=True)
    return RequestSection("*Permohonan Anda*", tuple(
        f"• *{r.code}* — {EVENT_TYPES.get(r.draft.event_type, 'Acara')}, {format_day(r.draft.event_date)}: "
        f"{STATUS_TEXT[r.status]}" for r in newest
    ))  # fmt: skip
