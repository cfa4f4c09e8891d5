"""'Sudah jadi belum?' (pure): residents look up whether their document is ready; staff mark it.

Resident: "Cek dokumen" on the KTP-el-jadi card, "cek dokumen" / "cek ktp" / "ambil kk" typed, or
the button → the receipt number → the owner's date of birth → ready since … (where, when, what to
bring, from the office's dokumen.yaml), collected on …, or not ready yet with "Kabari saya". A wrong
pair answers exactly like an unknown number; a few failed attempts a day pause the lookup. "Kabari saya"
carries the lookup's proof (made and checked by the shell, bound to the sender and the document, never
the date of birth): tapped within NOTIFY_PROOF_LIFETIME it subscribes at once, later the date is asked.
Staff (allow-listed): SIAP <nomor> · DIAMBIL <nomor>.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from msgspec.structs import replace

from puspa.conversation import browse
from puspa.conversation import screens as render
from puspa.conversation.dialogue import Context, Dialogue, Rules, Screen, Step, show, staff_actor
from puspa.conversation.effects import Effect
from puspa.conversation.inbound import Inbound, InboundKind
from puspa.conversation.replies import Button, ButtonsReply, Outbound, Push, Reply, TemplateReply, TextReply
from puspa.domain.calendar import format_day
from puspa.domain.content import Content
from puspa.domain.dates import read_date
from puspa.domain.readiness import (
    KINDS,
    NOTIFY_PROOF_LIFETIME,
    DocumentRecord,
    Lookup,
    LookupOutcome,
    Marked,
    Readiness,
    normalise_number,
    normalise_secret,
    proof_issued,
)
from puspa.domain.sender import Sender
from puspa.domain.session import Session, State
from puspa.whatsapp.limits import flatten_parameter


class ReadinessState(StrEnum):
    NUMBER = "doc_number"  # waiting for the receipt number
    SECRET = "doc_secret"  # waiting for the owner's date of birth


class FindDocument(Effect, frozen=True):
    """A resident looks up their document by receipt number and secret (the owner's date of birth)."""

    number: str
    secret: str
    day: str  # the office's local date: failed attempts are counted per day


class SubscribeDocument(Effect, frozen=True):
    """The resident asks to be told when the document is ready: proved either by the lookup they just
    made (`proof`, checked by the shell) or by the secret asked again (`secret`)."""

    number: str
    secret: str = ""
    day: str = ""  # the office's local date, as for a lookup
    proof: str = ""  # the opaque proof of the lookup, from the "Kabari saya" button


class MarkDocument(Effect, frozen=True):
    """Staff: SIAP <nomor> (ready) or DIAMBIL <nomor> (collected), recorded with who and when."""

    number: str
    ready: bool  # False: collected
    actor: str
    day: str


CARD_KEY = "cek_dokumen"  # a card with `tombol: [cek_dokumen]` shows "Cek dokumen"
START = "doc:start"
CANCEL = "doc:cancel"
NOTIFY = "doc:notify"
WORDS = re.compile(r"^(cek|ambil|status)\s+(dokumen|ktp|ktp el|e ktp|kk|kia|akta|akte)\b|^dokumen\s+(jadi|siap)")
_STAFF = re.compile(r"^\s*(SIAP|DIAMBIL)\s+(\S+)\s*$", re.IGNORECASE)
_CHECK_INBOUND = Inbound("check", "check", Sender("620000000000", ""), InboundKind.TEXT, "x")


def _section(content: Content) -> Mapping[str, Any]:
    raw = content.sections.get("dokumen")
    return raw if isinstance(raw, Mapping) else {}


def _ask(content: Content, key: str, default: str, prompt: str, note: str = "") -> Screen:
    """One question of the lookup (what is asked comes from the office's dokumen.yaml), with Batal."""
    what = _section(content).get(key) or default
    body = f"{note}\n\n" if note else ""
    body += prompt.format(what=what)
    buttons = (Button(CANCEL, "Batal"),)
    return ButtonsReply(body, buttons), (CANCEL,)


def _ask_number(content: Content, note: str = "") -> Screen:
    return _ask(content, "nomor", "nomor tanda terima", "*Cek dokumen jadi*\nTulis {what}.", note)


def _ask_secret(content: Content, note: str = "") -> Screen:
    prompt = "Untuk memastikan dokumen ini milik Anda, tulis {what}.\nData ini hanya untuk mencocokkan, tidak disimpan."
    return _ask(content, "rahasia", "tanggal lahir pemilik dokumen", prompt, note)


def start(session: Session, ctx: Context) -> Step | None:
    """ "Cek dokumen" (a tap anywhere, or typed outside other dialogues)."""
    if "dokumen" not in ctx.content.sections:
        return None
    if ctx.choice != START and not (ctx.dialogue is None and WORDS.match(ctx.command)):
        return None
    return show(browse.leave_dialogue(session), _ask_number(ctx.content), state=ReadinessState.NUMBER)


def number(session: Session, ctx: Context) -> Step:
    typed = normalise_number(ctx.text) if ctx.text else None
    if typed is None:
        return show(session, _ask_number(ctx.content, "Nomor itu belum terbaca. Tulis persis seperti di bukti."))
    return show(replace(session, form=(("nomor", typed),)), _ask_secret(ctx.content), state=ReadinessState.SECRET)


def secret(session: Session, ctx: Context) -> Step:
    """The owner's date of birth: the lookup, or the subscription when "Kabari saya" asked for it."""
    typed = normalise_secret(ctx.text) if ctx.text else None
    if typed is None:
        written = read_date(ctx.text)
        note = (
            "Tulis tahun lahirnya lengkap (4 angka), seperti _17-08-1990_."
            if written is not None
            else "Tulis tanggalnya seperti _17-08-1990_ atau _17 Agustus 1990_."
        )
        return show(session, _ask_secret(ctx.content, note))
    values = session.form_values()
    number_ = values.get("nomor", "")
    day = ctx.content.office.calendar.local(ctx.now).date().isoformat()
    kept = replace(browse.leave_dialogue(session), state=State.MAIN_MENU, options=())
    # The secret stays in the effect only: the shell hashes it; the session forgets it now.
    wanted = SubscribeDocument if values.get("kabari") == "ya" else FindDocument
    return Step(kept, effects=(wanted(number_, typed, day),))


def notify_tap(session: Session, ctx: Context) -> Step | None:
    """ "Kabari saya" under a not-yet-ready answer: within an hour of the lookup, the proof it carries
    subscribes the sender; later (or on an older button) the date of birth is asked again."""
    if not ctx.choice.startswith(f"{NOTIFY}:"):
        return None
    number_, _, proof = ctx.choice.removeprefix(f"{NOTIFY}:").partition(":")
    issued = proof_issued(proof)
    if issued is not None and ctx.now - issued <= NOTIFY_PROOF_LIFETIME:
        day = ctx.content.office.calendar.local(ctx.now).date().isoformat()
        kept = replace(browse.leave_dialogue(session), state=State.MAIN_MENU, options=())
        return Step(kept, effects=(SubscribeDocument(number_, day=day, proof=proof),))
    asked = replace(browse.leave_dialogue(session), form=(("nomor", number_), ("kabari", "ya")))
    return show(asked, _ask_secret(ctx.content, "Satu langkah lagi agar kami bisa mengabari Anda."),
                state=ReadinessState.SECRET)  # fmt: skip


def staff_mark(session: Session, ctx: Context) -> Step | None:
    """SIAP <nomor> / DIAMBIL <nomor> from an allow-listed staff number."""
    if not ctx.from_staff:
        return None
    match = _STAFF.match(ctx.text)
    if match is None:
        return None
    number_ = normalise_number(match.group(2))
    if number_ is None:
        return Step(session, (TextReply("Nomor dokumen tidak terbaca. Tulis *SIAP <nomor>* atau *DIAMBIL <nomor>*."),))
    day = ctx.content.office.calendar.local(ctx.now).date().isoformat()
    effect = MarkDocument(number_, match.group(1).upper() == "SIAP", staff_actor(ctx.inbound.sender), day)
    return Step(session, effects=(effect,))


def _collection(content: Content, kind: str) -> str:
    where = (_section(content).get("ambil") or {}).get(kind) or {}
    if not isinstance(where, Mapping):
        return ""
    lines = [f"*Tempat:* {where['tempat']}" if where.get("tempat") else "", f"*Jam:* {where['jam']}" if where.get("jam")
             else "", f"*Bawa:* {where['bawa']}" if where.get("bawa") else ""]  # fmt: skip
    return "\n".join(line for line in lines if line)


def found(effect: FindDocument, lookup: Lookup, ctx: Context) -> tuple[Outbound, ...]:
    menu = (render.MENU_BUTTON_MAIN,)
    if lookup.outcome is LookupOutcome.PAUSED:
        body = (
            "Maaf, pencarian dokumen untuk nomor WhatsApp ini kami hentikan sementara karena terlalu banyak "
            "percobaan yang tidak cocok hari ini. Silakan coba lagi besok, atau tanyakan ke petugas."
        )
        return (ButtonsReply(body, menu),)
    record = lookup.record
    if lookup.outcome is LookupOutcome.NOT_FOUND or record is None:
        body = "Dokumen dengan nomor dan tanggal lahir itu *tidak ditemukan*. Periksa lagi nomornya di bukti pengajuan."
        return (ButtonsReply(body, (Button(START, "Cek lagi"), *menu)),)
    name = KINDS.get(record.kind, "Dokumen")
    if record.state is Readiness.COLLECTED:
        when = format_day(record.collected_on) if record.collected_on else "-"
        return (ButtonsReply(f"{name} nomor *{record.number}* sudah *diambil* pada {when}.", menu),)
    if record.state is Readiness.READY:
        since = format_day(record.ready_on) if record.ready_on else "-"
        body = (
            f"✅ {name} nomor *{record.number}* *sudah jadi* sejak {since}.\n\n{_collection(ctx.content, record.kind)}"
        )
        return (ButtonsReply(body.strip(), menu),)
    body = f"{name} nomor *{record.number}* *belum tercatat siap diambil*."
    if lookup.subscribed:
        return (ButtonsReply(body + "\nKami akan mengabari Anda di WhatsApp ini begitu siap. 🙏", menu),)
    body += "\nMau kami kabari di WhatsApp ini begitu siap?"
    tap = f"{NOTIFY}:{record.number}:{lookup.proof}" if lookup.proof else f"{NOTIFY}:{record.number}"
    return (ButtonsReply(body, (Button(tap, "Kabari saya"), *menu)),)


def subscribed(effect: SubscribeDocument, lookup: Lookup, ctx: Context) -> tuple[Outbound, ...]:
    if lookup.outcome is not LookupOutcome.FOUND or lookup.record is None:
        return found(FindDocument(effect.number, effect.secret, ""), lookup, ctx)
    if lookup.record.state is not Readiness.PROCESSING:
        return found(FindDocument(effect.number, effect.secret, ""), lookup, ctx)
    body = (
        f"Baik. Begitu dokumen *{lookup.record.number}* siap, kami kabari sekali di WhatsApp ini. 🙏\n"
        "Nomor Anda hanya dipakai untuk kabar ini dan dihapus bersama datanya."
    )
    return (ButtonsReply(body, (render.MENU_BUTTON_MAIN,)),)


def marked(effect: MarkDocument, marked_: Marked | None, ctx: Context) -> tuple[Outbound, ...]:
    """Staff's answer: what the record now says and how many residents who asked to be told are told."""
    if marked_ is None:
        return (TextReply(f"Nomor *{effect.number}* tidak ada di data dokumen. Impor dulu dari spreadsheet."),)
    record, number_ = marked_.record, f"*{effect.number}*"
    if record.state is Readiness.COLLECTED and (marked_.already or effect.ready):
        when = format_day(record.collected_on) if record.collected_on else "-"
        return (TextReply(f"Dokumen {number_} sudah tercatat *diambil* pada {when}; tidak diubah."),)
    if not effect.ready:
        return (TextReply(f"Dokumen {number_} dicatat *sudah diambil*."),)
    if marked_.already:
        since = format_day(record.ready_on) if record.ready_on else "-"
        text = f"Dokumen {number_} sudah tercatat *siap diambil* sejak {since}; tidak ada warga yang dikabari lagi."
        return (TextReply(text),)
    told = (
        f"*{marked_.told} warga* yang minta dikabari sedang kami beri tahu."
        if marked_.told
        else "Belum ada warga yang minta dikabari untuk dokumen ini."
    )
    return (TextReply(f"Dokumen {number_} dicatat *siap diambil*. {told}"),)


def ready_notice(kind: str, number: str, template: str, language: str) -> tuple[Reply, TemplateReply]:
    """What a resident who tapped "Kabari saya" is sent once the document is ready: the message inside
    their 24-hour window, and the approved template outside it."""
    name = KINDS.get(kind, "Dokumen")
    text = (
        f"✅ Kabar gembira: {name} nomor *{number}* sudah jadi dan bisa diambil.\n"
        "Ketik *cek dokumen* untuk tempat, jam dan yang perlu dibawa."
    )
    return TextReply(text), TemplateReply(template, language, (flatten_parameter(name), flatten_parameter(number)))


def check_content(content: Content) -> list[str]:
    """dokumen.yaml: texts where texts are expected, a place for each kind (checked when staff publish)."""
    if "dokumen" not in content.sections:
        return []
    raw = content.sections["dokumen"]
    if not isinstance(raw, Mapping):
        return ["dokumen.yaml: isinya harus berupa daftar kolom (kunci: nilai)"]
    problems = [f"dokumen.yaml: '{key}' harus berupa teks" for key in ("nomor", "rahasia")
                if key in raw and not isinstance(raw[key], str)]  # fmt: skip
    places = raw.get("ambil")
    if not isinstance(places, Mapping):
        return [*problems, "dokumen.yaml: 'ambil' harus berisi tempat, jam dan bawa per jenis dokumen"]
    for kind, where in places.items():
        if kind not in KINDS:
            problems.append(f"dokumen.yaml: jenis '{kind}' tidak dikenal ({', '.join(KINDS)})")
        elif not isinstance(where, Mapping) or not all(
            isinstance(where.get(k, ""), str) for k in ("tempat", "jam", "bawa")
        ):
            problems.append(f"dokumen.yaml ambil.{kind}: 'tempat', 'jam' dan 'bawa' harus berupa teks")
    return problems


def every_screen(content: Content) -> list[tuple[str, Reply]]:
    """The longest answers this dialogue builds from dokumen.yaml, for the publisher's limit check."""
    if "dokumen" not in content.sections or check_content(content):
        return []
    ready = DocumentRecord("KTP-0000000000000000000", "", "", Readiness.READY, date(2026, 12, 30))
    screens: list[tuple[str, Reply]] = []
    for kind in KINDS:
        lookup = Lookup(LookupOutcome.FOUND, replace(ready, kind=kind))
        ctx = Context(_CHECK_INBOUND, content, datetime(2026, 1, 5, tzinfo=UTC), Rules())
        screens += [(f"dokumen.yaml ambil.{kind}", r) for r in found(FindDocument("x", "x", ""), lookup, ctx)
                    if not isinstance(r, Push)]  # fmt: skip
    return screens


DIALOGUE = Dialogue(
    name="readiness",
    interrupts=(staff_mark, notify_tap),
    commands=(start,),
    states={ReadinessState.NUMBER: number, ReadinessState.SECRET: secret},
    card_button=(CARD_KEY, Button(START, "Cek dokumen")),
    enabled=lambda content: "dokumen" in content.sections,
    outcomes={FindDocument: found, SubscribeDocument: subscribed, MarkDocument: marked},
    cancel_text="Baik, pencarian dokumen dibatalkan.",
    patient=True,
    action_prefix="doc:",
    takes_text=True,
    cancel_ids=frozenset({CANCEL}),
    staff_help="*SIAP <nomor>* · *DIAMBIL <nomor>* (dokumen siap / sudah diambil)",
    staff_verbs=("SIAP", "DIAMBIL"),
    check_content=check_content,
    screens=every_screen,
)
