"""The registration as a form on one screen (WhatsApp Flow), built from the chat form's own fields
(`fields.FIELDS`: labels, limits, choices, readers), so the two cannot drift (pure).

"daftar resepsi" answers with the privacy notice above an *Isi formulir* button (one message; typing
ISI DI CHAT, or anything else, gives the chat's consent screen instead). The completed form comes back
as one message: every answer is read again by its field's reader, exactly as typed into the chat;
the request is sent when all are right, else one message names what to fix, with a button that opens
the form again prefilled and each problem shown under its field.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from msgspec.structs import replace

from puspa.conversation import forms
from puspa.conversation.dialogue import Context, Step
from puspa.conversation.forms import FieldKind, FlowField, FlowForm, Redeemed
from puspa.conversation.inbound import InboundKind
from puspa.conversation.registration import parsers as parse
from puspa.conversation.registration.fields import FIELDS, RECEPTION, FieldContext, FieldSpec, date_bounds, own_number
from puspa.conversation.registration.model import RegistrationState, SubmitRegistration
from puspa.conversation.registration.screens import consent_text
from puspa.conversation.replies import FlowReply, TextReply
from puspa.domain.codes import code_year
from puspa.domain.registration import ENTERTAINMENT, EVENT_TYPES
from puspa.domain.session import Session, State

NAME = "registration"  # the dialogue's name: its form's token is kept in `Session.kept["registration"]`
TOKEN_PREFIX = "reg:flow:"
CTA = "Isi formulir"
RETRY_CTA = "Perbaiki formulir"
CHAT_WORDS = frozenset({"isi di chat", "di chat", "lewat chat", "chat"})
_EXAMPLE_VILLAGES = [{"id": "Jonggol", "title": "Jonggol"}, {"id": "Sukamaju", "title": "Sukamaju"}]


def _field(spec: FieldSpec) -> FlowField:
    """A chat field as the Flow's input: its label, kind and limit (the chat's hints name their field;
    the Flow shows the label above the box, so a shorter helper goes under it)."""
    if spec.kind is FieldKind.DATE:
        return FlowField(spec.key, spec.kind, spec.label, min_date="min_date", max_date="max_date")
    if spec.kind in (FieldKind.DROPDOWN, FieldKind.RADIO):
        return FlowField(spec.key, spec.kind, spec.label, options=spec.key)
    return FlowField(spec.key, spec.kind, spec.label, helper=_HELPERS.get(spec.key, ""), max_chars=spec.max_chars)


_HELPERS = {
    "nama": "Nama lengkap pemohon sesuai KTP",
    "nik": "16 angka di KTP atau KK pemohon",
    "rt_rw": "Tempat tinggal pemohon, mis. 003/005",
    "jam": "Mulai dan selesai, mis. 08.00-14.00",
    "alamat": "Kampung, RT/RW, desa; gedung bila ada",
    "tamu": "Angka saja, mis. 300",
    "kontak": "Nomor yang bisa dihubungi petugas",
}

FORM = FlowForm(
    name="puspa_izin_resepsi",
    category="SIGN_UP",
    title="Izin resepsi",
    intro="Isi data pemohon dan acara. Semua wajib diisi; petugas kecamatan memeriksanya pada jam kerja.",
    fields=tuple(_field(spec) for spec in FIELDS),
    submit="Kirim pendaftaran",
    data=(
        ("desa", _EXAMPLE_VILLAGES),
        ("jenis_acara", forms.option_list(list(EVENT_TYPES.items()))),
        ("hiburan", forms.option_list(list(ENTERTAINMENT.items()))),
        ("min_date", "2026-12-01"),
        ("max_date", "2027-12-01"),
    ),
)


def _data(fields: FieldContext, init: dict[str, str], problems: dict[str, str]) -> tuple[tuple[str, Any], ...]:
    """The message's data: each choice field's options as the chat lists them, the date picker's bounds."""
    earliest, latest = date_bounds(fields)
    choices = [(spec.key, forms.option_list(spec.choices(fields))) for spec in FIELDS if spec.choices is not None]
    return (
        *choices,
        ("min_date", earliest.isoformat()),
        ("max_date", latest.isoformat()),
        ("init_values", init),
        ("error_messages", problems),
    )


def _own_number(fields: FieldContext) -> dict[str, str]:
    number = own_number(fields)
    return {RECEPTION.own_number_key: number} if number else {}


def offer(session: Session, ctx: Context, fields: FieldContext, note: str = "") -> Step:
    """The privacy notice above the form's button (the registration's first message when Flows are on)."""
    token = forms.mint_token(TOKEN_PREFIX, ctx.inbound)
    body = consent_text(ctx.content, ctx.rules.registration_keep_days, ctx.rules.draft_hours, note, on_screen=True)
    reply = FlowReply(body, FORM, token, CTA, _data(fields, _own_number(fields), {}))
    kept = forms.issue(session, NAME, token, ctx.now)
    return Step(replace(kept, state=RegistrationState.CONSENT, options=(), form=(), field_key="", scratch={}), (reply,))


def _as_typed(spec: FieldSpec, answer: str) -> str:
    """An answer as the chat form reads it: the date picker's 2026-12-19 is written 19-12-2026."""
    if spec.kind is FieldKind.DATE:
        try:
            return f"{date.fromisoformat(answer.strip()):%d-%m-%Y}"
        except ValueError:
            return answer
    return answer


def _plain(problem: str) -> str:
    """A problem as a line under a field (no WhatsApp formatting in a Flow), first sentence only."""
    first = problem.replace("*", "").replace("_", "").split(". ")[0].rstrip(".")
    return first[:120] + "."


def read_answers(answers: dict[str, str], fields: FieldContext) -> tuple[dict[str, str], dict[str, str]]:
    """Every field read by the chat form's own reader: (values, problems)."""
    values: dict[str, str] = {}
    problems: dict[str, str] = {}
    for spec in RECEPTION.fields:
        answer = answers.get(spec.key, "").strip()
        if not answer:
            problems[spec.key] = "Wajib diisi."
            continue
        try:
            values[spec.key], _ = spec.read(_as_typed(spec, answer), fields)
        except parse.FieldError as problem:
            problems[spec.key] = _plain(str(problem))
    return values, problems


STALE = (
    "Formulir ini sudah terkirim atau sudah tidak berlaku, jadi isinya tidak kami proses lagi. "
    "Permohonan baru: ketik *daftar resepsi*. Permohonan yang sudah terkirim: ketik *STATUS*."
)
EXPIRED = (
    "Formulir ini sudah lebih dari 24 jam, jadi isinya tidak kami proses. Ketik *daftar resepsi* untuk formulir baru."
)


def completed(session: Session, ctx: Context, fields: FieldContext) -> Step | None:
    """A completed registration form, in any state: accepted once, from the sender it was sent to."""
    inbound = ctx.inbound
    if inbound.kind is not InboundKind.FORM or not inbound.flow_token.startswith(TOKEN_PREFIX):
        return None
    spent, verdict = forms.redeem(session, NAME, inbound.flow_token, ctx.now)
    if verdict is Redeemed.UNKNOWN:
        return Step(session, (TextReply(STALE),))
    if verdict is Redeemed.EXPIRED:
        return Step(spent, (TextReply(EXPIRED),))
    answers = {key: value for key, value in inbound.answers if RECEPTION.by_key.get(key) is not None}
    values, problems = read_answers(answers, fields)
    if problems:
        return _fix(spent, ctx, fields, answers, problems)
    year = code_year(ctx.now, ctx.content.office.calendar.tz)
    effect = SubmitRegistration(RECEPTION.draft(values), year)
    done = replace(spent.left_dialogue(), state=State.MAIN_MENU, options=())
    return Step(done, effects=(effect,))


def _fix(
    session: Session, ctx: Context, fields: FieldContext, answers: dict[str, str], problems: dict[str, str]
) -> Step:
    """One message naming what to fix, with the form again: prefilled, each problem under its field."""
    token = forms.mint_token(TOKEN_PREFIX, ctx.inbound)
    lines = [f"• {RECEPTION.by_key[key].label}: {problem}" for key, problem in problems.items()]
    body = "⚠️ *Pendaftaran belum bisa kami terima.* Mohon perbaiki:\n" + "\n".join(lines)
    body += "\n\nKetuk *Perbaiki formulir*: jawaban Anda yang lain sudah terisi."
    if len(body) > 1024:
        body = "⚠️ *Pendaftaran belum bisa kami terima.* Beberapa jawaban perlu diperbaiki; ketuk *Perbaiki formulir*."
    shown = {key: value for key, value in answers.items() if key not in problems or key in _KEEP_WRONG}
    reply = FlowReply(body, FORM, token, RETRY_CTA, _data(fields, shown, problems))
    kept = forms.issue(session, NAME, token, ctx.now)
    return Step(replace(kept, state=RegistrationState.CONSENT, options=(), form=(), field_key="", scratch={}), (reply,))


# Wrong text answers stay in their box to be corrected; a wrong choice or date is cleared (the picker
# would refuse a value outside its list or bounds).
_KEEP_WRONG = frozenset(s.key for s in FIELDS if s.kind in forms.TEXT_KINDS)


def wants_chat(ctx: Context) -> bool:
    return ctx.command in CHAT_WORDS
