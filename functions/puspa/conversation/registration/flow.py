"""The reception-permit registration, the resident's half (pure): consent, eleven fields, summary, submit.

The resident chooses how to answer. *Isi sekaligus*: one message with every field as a line to fill
in (`at_once`, "Isi sekaligus"), sent back in one message; what is missing or wrong is asked for again in one message.
*Satu per satu*: each field in its own message with Kembali/Batal at hand; a bad answer gets the
reason and the same question again. Answers live in the session until the request is sent or
abandoned, then they are cleared.
"""

from __future__ import annotations

from collections.abc import Mapping

from msgspec.structs import replace

from puspa.conversation import browse
from puspa.conversation.dialogue import Context, Handler, Step, option_number, show
from puspa.conversation.inbound import InboundKind
from puspa.conversation.registration import at_once, on_screen
from puspa.conversation.registration import parsers as parse
from puspa.conversation.registration.fields import RECEPTION, FieldContext, FieldSpec, Form
from puspa.conversation.registration.model import (
    AGREE,
    AT_ONCE,
    CARD_KEY,
    EDIT,
    ONE_BY_ONE,
    SELF_CONTACT,
    SEND,
    START,
    RegistrationState,
    SubmitRegistration,
)
from puspa.conversation.registration.screens import (
    KEPT,
    STALE_FORM,
    ask,
    consent,
    edit_menu,
    summary,
)
from puspa.conversation.replies import TextReply
from puspa.conversation.search import search
from puspa.domain.codes import code_year
from puspa.domain.content import Content
from puspa.domain.session import Session, State

_S = RegistrationState
TYPED_BUTTONS: dict[tuple[str, str], str] = {  # old phones and WhatsApp Web: the button's words typed instead of tapped
    (_S.CONSENT, "setuju"): AGREE, (_S.CONSENT, "ya"): AGREE, (_S.CONSENT, "ya setuju"): AGREE,
    (_S.CONSENT, "satu per satu"): AGREE, (_S.CONSENT, "isi sekaligus"): AT_ONCE,
    (_S.CONSENT, "sekaligus"): AT_ONCE, (_S.SHEET, "satu per satu"): ONE_BY_ONE,
    (_S.SUMMARY, "kirim"): SEND, (_S.SUMMARY, "ubah"): EDIT,
}  # fmt: skip


def begin(
    session: Session, content: Content, keep_days: int, draft_hours: int = 2, note: str = "", keep: bool = False
) -> Step:
    """The privacy notice; the answers so far are dropped unless `keep` (KEMBALI from the first question)."""
    screen = consent(content, keep_days, draft_hours, note)
    form = session.form if keep else ()
    return show(session, screen, state=RegistrationState.CONSENT, form=form, field_key="", scratch={})


def _editing(session: Session) -> bool:
    """Answering one field from the summary: back to the summary afterwards."""
    return session.scratch.get("editing") == "1"


def _open_fields(session: Session, form: Form) -> tuple[FieldSpec, ...]:
    answered = session.form_values()
    return tuple(spec for spec in form.fields if spec.key not in answered)


def _next_after(session: Session, ctx: FieldContext, key: str, note: str) -> Step:
    """Continue after `key` was answered: the next field not answered yet, or the summary."""
    form = ctx.form
    if _editing(session):
        return show(session, summary(session, form, note), state=RegistrationState.SUMMARY, field_key="", scratch={})
    answered = form.by_key[key]
    position = form.position(answered)
    spec = next((s for s in form.fields[position + 1 :] if s.key not in session.form_values()), None)
    if spec is None:  # the summary shows the answer itself: only a warning goes above it
        return show(session, summary(session, form, note), state=RegistrationState.SUMMARY, field_key="")
    if answered.echo:  # show how a free-form answer ("sabtu depan") was read
        echo = f"{answered.label} dicatat: *{answered.show(session.form_values()[key])}*."
        if form.position(spec) == position + 1:  # KEMBALI goes back to exactly that field
            echo += " (Salah? Ketik KEMBALI.)"
        note = f"{note}\n{echo}" if note else echo
    return show(session, ask(spec, ctx, note), state=RegistrationState.FORM, field_key=spec.key)


SHEET_TEXT_ONLY = "Untuk pendaftaran, mohon kirim jawaban sebagai teks pada formulir di atas, atau ketik *BATAL*."


def _from_at_once(session: Session, ctx: Context, choice: str) -> Step:
    """A message while the one-message form is out: the filled-in form (whole or in part), or a switch."""
    fields = fields_context(ctx)
    open_now = _open_fields(session, fields.form)
    if choice in (ONE_BY_ONE, AGREE):  # typed, or "Satu per satu" tapped on the notice above the form
        if not open_now:
            return show(session, summary(session, fields.form), state=RegistrationState.SUMMARY, field_key="")
        return show(session, ask(open_now[0], fields), state=RegistrationState.FORM, field_key=open_now[0].key)
    if choice == AT_ONCE:  # "Isi sekaligus" tapped again: the lines still open
        return show(session, (at_once.lines_message(open_now, fields), ()))
    if ctx.inbound.kind is InboundKind.UNREADABLE:
        return show(session, (TextReply(SHEET_TEXT_ONLY), ()))
    if ctx.inbound.kind is not InboundKind.TEXT or choice:
        return show(session, (at_once.not_a_form_message(open_now, fields), ()))
    return _apply_lines(session, ctx, at_once.read(ctx.inbound.text, open_now, fields))


def _apply_lines(session: Session, ctx: Context, reading: at_once.Reading) -> Step:
    """Store what a form message gave, then: the summary when nothing is open, the last open field as a
    question (a list to tap for desa, acara, hiburan), or the lines still open in one message."""
    fields = fields_context(ctx)
    form = fields.form
    open_before = _open_fields(session, form)
    if not reading.found:
        return show(
            session, (at_once.not_a_form_message(open_before, fields), ()), state=RegistrationState.SHEET, field_key=""
        )
    filled = session
    for key, value in reading.values.items():
        filled = replace(filled, form=filled.with_answer(key, value))
    kept = [spec.label for spec in form.fields if spec.key in reading.problems and spec not in open_before]
    notes = list(reading.warnings)
    if kept:  # one line, however many: the summary's body must stay within WhatsApp's 1,024 characters
        notes.append(
            f"⚠️ Jawaban baru untuk {', '.join(kept)} belum bisa kami terima; jawaban sebelumnya tetap kami pakai."
        )
    still_open = _open_fields(filled, form)
    if not still_open:
        return show(
            filled, summary(filled, form, "\n".join(notes)), state=RegistrationState.SUMMARY, field_key="", scratch={}
        )
    done = len(form.fields) - len(still_open)
    if len(still_open) == 1:
        spec = still_open[0]
        problem = [f"⚠️ {reading.problems[spec.key]}"] if spec.key in reading.problems else []
        note = "\n".join([f"Terima kasih, {done} dari {len(form.fields)} data sudah tercatat.", *notes, *problem])
        return show(filled, ask(spec, fields, note, heading="Tinggal satu lagi:"), state=RegistrationState.FORM,
                    field_key=spec.key, scratch={})  # fmt: skip
    reply = at_once.follow_up_message(replace(reading, warnings=tuple(notes)), still_open, fields, done)
    return show(filled, (reply, ()), state=RegistrationState.SHEET, field_key="", scratch={})


def _answer(session: Session, ctx: FieldContext, spec: FieldSpec, text: str, labelled: Mapping[str, str]) -> Step:
    """A typed answer to `spec`; `labelled` is what `at_once.labelled_lines` read from it."""
    if set(labelled) == {spec.key} and at_once.opens_with_label(text, ctx.form):  # "Nama: Siti" answers "Nama"
        text = labelled[spec.key]
    try:
        value, note = spec.read(text, ctx)
    except parse.FieldError as problem:
        return show(session, ask(spec, ctx, f"⚠️ {problem}"))
    return _next_after(replace(session, form=session.with_answer(spec.key, value)), ctx, spec.key, note)


def fields_context(ctx: Context, form: Form = RECEPTION) -> FieldContext:
    """What the form's fields read besides the answer: the office's content, today, the sender, and the form."""
    today = ctx.content.office.calendar.local(ctx.now).date()
    sender = ctx.inbound.sender.wa_id
    return FieldContext(ctx.content, today, sender, ctx.rules.registration_keep_days, ctx.rules.draft_hours, form)


def back(session: Session, ctx: Context) -> Step:
    """KEMBALI inside the registration: one question back; from the first, the privacy notice;
    from the edit menu or a field being changed, the summary."""
    fields = fields_context(ctx)
    form = fields.form
    if session.state == RegistrationState.EDIT_CHOICE or (
        session.state == RegistrationState.FORM and _editing(session)
    ):
        return show(session, summary(session, form), state=RegistrationState.SUMMARY, field_key="", scratch={})
    if session.state == RegistrationState.SUMMARY:
        last = form.fields[-1]
        return show(session, ask(last, fields), state=RegistrationState.FORM, field_key=last.key)
    if session.state == RegistrationState.SHEET and session.form:  # the answers stay: show the lines still open
        return show(session, (at_once.lines_message(_open_fields(session, form), fields, KEPT), ()))
    spec = form.by_key.get(session.field_key)
    if session.state == RegistrationState.FORM and spec is not None and form.position(spec) > 0:
        previous = form.fields[form.position(spec) - 1]
        return show(session, ask(previous, fields), state=RegistrationState.FORM, field_key=previous.key)
    keep_days, draft_hours = ctx.rules.registration_keep_days, ctx.rules.draft_hours
    if session.form:  # answers given already (in the form, or after going back): they stay
        return begin(session, ctx.content, keep_days, draft_hours, KEPT, keep=True)
    return begin(session, ctx.content, keep_days, draft_hours)


def _submit(session: Session, ctx: Context) -> Step:
    fields = fields_context(ctx)
    missing = next((spec for spec in fields.form.fields if spec.key not in session.form_values()), None)
    if missing is not None:  # never build a request from an incomplete form
        note = "Masih ada yang belum diisi."
        return show(session, ask(missing, fields, note), state=RegistrationState.FORM, field_key=missing.key)
    year = code_year(ctx.now, ctx.content.office.calendar.tz)
    effect = SubmitRegistration(fields.form.draft(session.form_values()), year)
    done = replace(session.left_dialogue(), state=State.MAIN_MENU, options=())
    return Step(done, effects=(effect,))


def _page(choice: str) -> int:
    """The page number at the end of a paging id; 1 for anything odd (ids come from the outside)."""
    tail = choice.rsplit(":", 1)[-1]
    return int(tail) if tail.isdigit() and len(tail) <= 3 else 1


def _tapped(session: Session, ctx: Context) -> str:
    """The id of the button or row meant: tapped, typed as its number, or typed as its words."""
    choice = ctx.choice
    spec_now = fields_context(ctx).form.by_key.get(session.field_key)
    typed_answer = session.state == RegistrationState.FORM and spec_now is not None and spec_now.numeric
    number = option_number(ctx.text)
    if number is not None and session.options and not typed_answer and 1 <= number <= len(session.options):
        choice = session.options[number - 1]
    return choice or TYPED_BUTTONS.get((session.state, ctx.command), "")


def _in_form(session: Session, ctx: Context, choice: str) -> Step | None:
    """A message while a field is asked: a list page, a picked row, "Pakai nomor ini", or typed text."""
    fields = fields_context(ctx)
    spec = fields.form.by_key.get(session.field_key)
    if spec is None:
        return None
    if choice.startswith(f"reg:page:{spec.key}:"):
        return show(session, ask(spec, fields, page=_page(choice)))
    if choice.startswith(f"reg:pick:{spec.key}:"):
        value = choice.removeprefix(f"reg:pick:{spec.key}:")
        return _next_after(replace(session, form=session.with_answer(spec.key, value)), fields, spec.key, "")
    if choice == SELF_CONTACT and spec.key == fields.form.own_number_key and fields.sender_wa_id:
        answered = replace(session, form=session.with_answer(spec.key, fields.sender_wa_id))
        return _next_after(answered, fields, spec.key, "")
    if ctx.inbound.kind is InboundKind.TEXT and not choice:
        text, form = ctx.inbound.text, fields.form
        labelled, _ = at_once.labelled_lines(text, form)
        if at_once.is_form_lines(text, labelled, form) and set(labelled) - {spec.key}:  # form lines: read all
            return _apply_lines(session, ctx, at_once.read(text, _open_fields(session, form), fields))
        return _answer(session, fields, spec, ctx.inbound.text, labelled)
    if ctx.inbound.kind is InboundKind.UNREADABLE:
        return show(session, ask(spec, fields, "Untuk pendaftaran, mohon jawab dengan teks ya."))
    return show(session, ask(spec, fields, "Silakan jawab pertanyaan ini, atau ketik BATAL untuk berhenti."))


def on_consent(session: Session, ctx: Context) -> Step:
    """The privacy notice: *Isi sekaligus* (the one-message form) or *Satu per satu*; else the notice again."""
    fields, choice = fields_context(ctx), _tapped(session, ctx)
    if choice == AGREE:
        first = fields.form.fields[0]
        return show(session, ask(first, fields), state=RegistrationState.FORM, field_key=first.key)
    if choice == AT_ONCE:  # the whole form, or only what is still open
        lines = at_once.lines_message(_open_fields(session, fields.form), fields)
        return show(session, (lines, ()), state=RegistrationState.SHEET, field_key="")
    return show(session, consent(ctx.content, ctx.rules.registration_keep_days, ctx.rules.draft_hours))


def on_at_once_form(session: Session, ctx: Context) -> Step:
    """While the one-message form is out: its lines filled in, or a switch to one question at a time."""
    return _from_at_once(session, ctx, _tapped(session, ctx))


def on_field(session: Session, ctx: Context) -> Step:
    """While one field is asked: its answer (typed, picked, or form lines)."""
    summary_screen = summary(session, fields_context(ctx).form)
    return _in_form(session, ctx, _tapped(session, ctx)) or show(
        session, summary_screen, state=RegistrationState.SUMMARY
    )


def _edit(session: Session, ctx: Context, choice: str) -> Step | None:
    """ "reg:edit:<field>" from the summary or the edit menu: that field, then back to the summary."""
    by_key = fields_context(ctx).form.by_key
    spec = by_key.get(choice.removeprefix("reg:edit:")) if choice.startswith("reg:edit:") else None
    if spec is None:
        return None
    return show(session, ask(spec, fields_context(ctx)), state=RegistrationState.FORM, field_key=spec.key,
                scratch={"editing": "1"})  # fmt: skip


def on_summary(session: Session, ctx: Context) -> Step:
    """Kirim / Ubah / Batal under the summary; form lines typed under it change those answers."""
    choice, fields = _tapped(session, ctx), fields_context(ctx)
    if choice == SEND:
        return _submit(session, ctx)
    if not choice and ctx.inbound.kind is InboundKind.TEXT:
        labelled, _ = at_once.labelled_lines(ctx.inbound.text, fields.form)
        if at_once.is_form_lines(ctx.inbound.text, labelled, fields.form):  # "Tanggal acara: 20-12-2026" edits
            return _apply_lines(session, ctx, at_once.read(ctx.inbound.text, (), fields))
    if choice == EDIT:
        return show(session, edit_menu(fields.form), state=RegistrationState.EDIT_CHOICE)
    return _edit(session, ctx, choice) or show(session, summary(session, fields.form), state=RegistrationState.SUMMARY)


def on_edit_choice(session: Session, ctx: Context) -> Step:
    """Which field to change (a list that pages)."""
    choice, form = _tapped(session, ctx), fields_context(ctx).form
    if choice.startswith("reg:editpage:"):
        return show(session, edit_menu(form, _page(choice)))
    return _edit(session, ctx, choice) or show(session, edit_menu(form))


STATE_HANDLERS: dict[str, Handler] = {
    RegistrationState.CONSENT: on_consent,
    RegistrationState.SHEET: on_at_once_form,
    RegistrationState.FORM: on_field,
    RegistrationState.SUMMARY: on_summary,
    RegistrationState.EDIT_CHOICE: on_edit_choice,
}


REGISTER_WORDS = frozenset({"daftar", "mendaftar", "daftarkan", "ajukan", "mengajukan", "pengajuan", "pendaftaran"})


def _opening(session: Session, ctx: Context) -> Step:
    """The registration's first message: the form on one screen when its Flow is on, else the chat's consent."""
    if on_screen.NAME in ctx.rules.flows:
        return on_screen.offer(session, ctx, fields_context(ctx))
    return begin(session, ctx.content, ctx.rules.registration_keep_days, ctx.rules.draft_hours)


def form_completed(session: Session, ctx: Context) -> Step | None:
    """A registration form completed on one screen (WhatsApp Flow), in any state."""
    return on_screen.completed(session, ctx, fields_context(ctx))


def start(session: Session, ctx: Context) -> Step | None:
    """ "Daftar sekarang" on a card (in any state), or "daftar resepsi" typed while browsing."""
    keep_days, draft_hours = ctx.rules.registration_keep_days, ctx.rules.draft_hours
    if ctx.choice == START:
        return _opening(browse.leave_dialogue(session), ctx)
    if (
        ctx.dialogue is None
        and ctx.inbound.kind is InboundKind.TEXT
        and at_once.looks_like_the_form(at_once.labelled_lines(ctx.inbound.text, RECEPTION)[0], RECEPTION)
    ):
        return begin(session, ctx.content, keep_days, draft_hours, STALE_FORM)  # kept nowhere, forwarded to no one
    words = ctx.command.split()
    if ctx.dialogue is not None or not any(w in REGISTER_WORDS for w in words):
        return None
    subject = search(" ".join(w for w in words if w not in REGISTER_WORDS), ctx.content)
    if subject.clear and CARD_KEY in subject.services[0].buttons:
        return _opening(session, ctx)
    return None
