"""The satisfaction survey (Survei Kepuasan Masyarakat, PermenPANRB 14/2017) as a dialogue (pure).

Invited at the natural end of a service ("Sudah jelas" on an answered question), or on demand
(SURVEI, the menu): "Mulai" / "Lain kali". Then each element of the office's survey file (survei.yaml)
is asked with its four answers (a tap, or 1–4 typed), then an optional suggestion; the answers are
sent anonymously as one effect. At most one invitation per resident per `INVITE_EVERY`, none in a
month whose survey the resident already sent (and SURVEI then says so before any question); a
half-finished survey is dropped, never stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from puspa.conversation import browse, forms, survey_form
from puspa.conversation import screens as render
from puspa.conversation.dialogue import AfterService, Context, Dialogue, Screen, Step, option_number, show
from puspa.conversation.effects import Effect
from puspa.conversation.inbound import InboundKind
from puspa.conversation.replies import (
    Button,
    ButtonsReply,
    FlowReply,
    ListReply,
    Outbound,
    Reply,
    Row,
    Section,
    TextReply,
)
from puspa.domain.content import Content
from puspa.domain.ikm import Grade
from puspa.domain.privacy import mask_digit_runs
from puspa.domain.session import Session, State
from puspa.whatsapp import limits


class SurveyState(StrEnum):
    ANSWER = "survey"  # answering element `field_key`
    SUGGESTION = "survey_suggestion"  # the optional suggestion


class SubmitSurvey(Effect, frozen=True):
    """Store one satisfaction survey without its sender: scores per element (1–4), an optional suggestion."""

    service_id: str
    period: str  # "2026-11": one answer per resident and month
    scores: tuple[tuple[str, int], ...]
    suggestion: str


NAME = "survey"  # the dialogue's name: what it keeps across conversations is `Session.kept["survey"]`
START = "srv:start"
LATER = "srv:later"
SKIP = "srv:skip"
CANCEL = "srv:cancel"
INVITE_EVERY = timedelta(days=30)
SUGGESTION_MAX = 500
WORDS = frozenset({"survei", "survey", "isi survei", "survei kepuasan", "skm"})
ALREADY = "Anda sudah mengisi survei bulan ini. Terima kasih! 🙏"


class Element(Struct, frozen=True):
    id: str
    name: str
    question: str
    answers: tuple[str, ...]  # score 1 … 4
    services: tuple[str, ...] = ()  # empty: asked for every service


class Survey(Struct, frozen=True):
    basis: str
    invitation: str
    elements: tuple[Element, ...]
    factor: float
    weight: float | None  # None: 1 / number of elements
    grades: tuple[Grade, ...]

    def elements_for(self, service_id: str) -> tuple[Element, ...]:
        return tuple(e for e in self.elements if not e.services or service_id in e.services)


def _text(raw: Mapping[str, Any], key: str, where: str, problems: list[str]) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        problems.append(f"survei.yaml {where}: kolom '{key}' wajib diisi (teks)")
        return ""
    return value.strip()


def parse_survey(raw: Any, problems: list[str]) -> Survey | None:
    """The office's survey from survei.yaml, collecting problems (Indonesian, for staff)."""
    if not isinstance(raw, Mapping):
        problems.append("survei.yaml: isinya harus berupa daftar kolom (kunci: nilai)")
        return None
    elements = []
    for index, item in enumerate(raw.get("unsur") or [], start=1):
        where = f"unsur ke-{index}"
        if not isinstance(item, Mapping):
            problems.append(f"survei.yaml {where}: harus berupa daftar kolom")
            continue
        answers = item.get("pilihan")
        if not isinstance(answers, list) or len(answers) != 4 or not all(isinstance(a, str) and a for a in answers):
            problems.append(f"survei.yaml {where}: 'pilihan' harus 4 jawaban, dari nilai 1 sampai 4")
            answers = ["-"] * 4
        services = item.get("layanan") or []
        elements.append(Element(
            _text(item, "id", where, problems), _text(item, "nama", where, problems),
            _text(item, "pertanyaan", where, problems), tuple(str(a).strip() for a in answers),
            tuple(str(s) for s in services) if isinstance(services, list) else (),
        ))  # fmt: skip
    if not elements:
        problems.append("survei.yaml: 'unsur' harus berisi paling sedikit satu unsur")
    raw_conversion = raw.get("konversi")
    conversion: Mapping[str, Any] = raw_conversion if isinstance(raw_conversion, Mapping) else {}
    grades = []
    for item in conversion.get("mutu") or []:
        try:
            grades.append(
                Grade(str(item["mutu"]), str(item["kinerja"]), float(item["nik_min"]), float(item["nik_max"]))
            )
        except (KeyError, TypeError, ValueError):
            problems.append("survei.yaml konversi.mutu: tiap baris perlu mutu, kinerja, nik_min, nik_max (angka)")
    weight = conversion.get("bobot")
    return Survey(
        basis=_text(raw, "dasar", "", problems),
        invitation=_text(raw, "undangan", "", problems),
        elements=tuple(elements),
        factor=float(conversion.get("faktor") or 25),
        weight=float(weight) if isinstance(weight, int | float) else None,
        grades=tuple(grades),
    )


def survey_of(content: Content) -> Survey | None:
    """The office's survey (parsed once per content version), or None when it has none."""
    if "survei" not in content.sections:
        return None
    cached = content.derived.get("survey")
    if not isinstance(cached, Survey):
        cached = parse_survey(content.sections["survei"], [])
        if cached is None:
            return None
        content.derived["survey"] = cached
    return cached


def answer_id(element: Element, score: int) -> str:
    return f"srv:a:{element.id}:{score}"


# --- screens -----------------------------------------------------------------------------------


def invitation(survey: Survey, body: str = "") -> Screen:
    """The invitation, after `body` (the message it ends, e.g. "Pertanyaan ditutup")."""
    text = f"{body}\n\n{survey.invitation}" if body else survey.invitation
    buttons = (Button(START, "Mulai survei"), Button(LATER, "Lain kali"))
    return ButtonsReply(text, buttons), tuple(b.id for b in buttons)


def _ask(survey: Survey, elements: tuple[Element, ...], position: int, note: str = "") -> Screen:
    element = elements[position]
    body = f"{note}\n\n" if note else ""
    body += f"Survei kepuasan — pertanyaan {position + 1} dari {len(elements)}\n{element.question}"
    rows = tuple(
        Row(answer_id(element, n), f"{n}. {a}"[: limits.ROW_TITLE_MAX]) for n, a in enumerate(element.answers, 1)
    )
    reply: Reply = ListReply(body, "Pilih jawaban", (Section(element.name[: limits.SECTION_TITLE_MAX], rows),),
                             footer="KEMBALI: sebelumnya · BATAL: berhenti")  # fmt: skip
    return reply, tuple(r.id for r in rows)


def _suggestion_prompt() -> Screen:
    body = (
        "Terakhir (boleh dilewati): tulis *saran atau masukan* Anda untuk pelayanan kami dalam satu pesan.\n"
        "Mohon tidak menulis nama, NIK atau nomor HP."
    )
    buttons = (Button(SKIP, "Lewati"), Button(CANCEL, "Batal"))
    return ButtonsReply(body, buttons), tuple(b.id for b in buttons)


# --- handlers ----------------------------------------------------------------------------------


def _invited_at(session: Session) -> datetime | None:
    invited = session.kept_by(NAME).get("invited_at")
    return invited if isinstance(invited, datetime) else None


def _sent_in(session: Session) -> str:
    """The month ("2026-11") this resident last sent a survey: one per month."""
    return str(session.kept_by(NAME).get("period") or "")


def invited_recently(session: Session, ctx: Context) -> bool:
    """Invited (or started a survey) within INVITE_EVERY, or already sent this month's survey."""
    invited = _invited_at(session)
    recent = invited is not None and ctx.now - invited < INVITE_EVERY
    return recent or _sent_in(session) == _period(ctx)


def claim_invitation(session: Session, ctx: Context) -> Session | None:
    """At the end of a service (a question closed): invite, unless the office has no survey or the
    resident was invited recently; the session records the invitation."""
    if survey_of(ctx.content) is None or invited_recently(session, ctx):
        return None
    return session.keeping(NAME, invited_at=ctx.now)


def invitation_after(content: Content, body: str) -> Screen | None:
    survey = survey_of(content)
    return invitation(survey, body) if survey is not None else None


def _elements(session: Session, survey: Survey) -> tuple[Element, ...]:
    return survey.elements_for(session.service_id)


def _period(ctx: Context) -> str:
    """The survey's period: the office's month ("2026-11"), one answer per resident in each."""
    return f"{ctx.content.office.calendar.local(ctx.now):%Y-%m}"


def _begin(session: Session, ctx: Context, survey: Survey, in_chat: bool = False) -> Step:
    if _sent_in(session) == _period(ctx):  # said before the questions, not after them
        return browse.main_menu(browse.leave_dialogue(session), ctx, intro=ALREADY)
    start = browse.leave_dialogue(session).keeping(NAME, invited_at=ctx.now)
    elements = _elements(session, survey) or _elements(replace(session, service_id=""), survey)
    if not elements:  # the office's survey asks nothing for this service (the publisher warns about this)
        return browse.main_menu(start, ctx, intro="Maaf, survei belum tersedia untuk layanan ini.")
    if NAME in ctx.rules.flows and not in_chat and len(elements) <= survey_form.SLOTS:
        return _offer_form(start, ctx, elements, ON_SCREEN)
    return show(start, _ask(survey, elements, 0), state=SurveyState.ANSWER, field_key=elements[0].id)


ON_SCREEN = (
    "*Survei kepuasan* — {n} pertanyaan dalam satu layar, sekitar 1 menit, tanpa nama dan nomor HP.\n"
    "Ketuk *Isi survei*. Formulir tidak terbuka, atau lebih suka lewat chat? Ketik *ISI DI CHAT*."
)
FORM_INCOMPLETE = "⚠️ Jawaban survei belum lengkap: mohon pilih satu jawaban untuk tiap pertanyaan, lalu kirim lagi."
FORM_STALE = "Survei ini sudah terkirim atau sudah tidak berlaku, jadi tidak kami catat lagi. Terima kasih! 🙏"
CHAT_WORDS = frozenset({"isi di chat", "di chat", "lewat chat"})


def _offer_form(session: Session, ctx: Context, elements: tuple[Element, ...], text: str,
                answers: dict[str, str] | None = None) -> Step:  # fmt: skip
    """The survey on one screen: its button, the elements asked (kept, to read the answers against)."""
    token = forms.mint_token(survey_form.TOKEN_PREFIX, ctx.inbound)
    data = survey_form.form_data([(e.name, e.question, e.answers) for e in elements])
    if answers:
        data = (*data[:-2], ("init_values", answers), ("error_messages", {}))
    reply = FlowReply(text.format(n=len(elements)), survey_form.FORM, token, survey_form.CTA, data)
    kept = forms.issue(session, NAME, token, ctx.now).keeping(
        NAME, flow_elements=",".join(e.id for e in elements), flow_service=session.service_id or "umum"
    )
    return Step(replace(kept, state=State.MAIN_MENU, options=()), (reply,))


def form_completed(session: Session, ctx: Context) -> Step | None:
    """The survey completed on one screen, in any state: accepted once, from the resident it was sent to."""
    inbound = ctx.inbound
    if inbound.kind is not InboundKind.FORM or not inbound.flow_token.startswith(survey_form.TOKEN_PREFIX):
        return None
    kept = session.kept_by(NAME)
    spent, verdict = forms.redeem(session, NAME, inbound.flow_token, ctx.now)
    survey = survey_of(ctx.content)
    by_id = {e.id: e for e in survey.elements} if survey is not None else {}
    asked = tuple(by_id[i] for i in str(kept.get("flow_elements") or "").split(",") if i in by_id)
    if verdict is not forms.Redeemed.OK or not asked:
        return Step(spent, (TextReply(FORM_STALE),))
    answers = dict(inbound.answers)
    picked = survey_form.scores(answers, len(asked))
    if picked is None:
        valid = {k: v for k, v in answers.items() if k.startswith("q") and v in ("1", "2", "3", "4")}
        return _offer_form(spent, ctx, asked, f"{FORM_INCOMPLETE}\n\n{ON_SCREEN}", valid)
    suggestion = mask_digit_runs(" ".join(answers.get("saran", "").split()))[:SUGGESTION_MAX]
    period = _period(ctx)
    service = str(kept.get("flow_service") or "umum")
    effect = SubmitSurvey(
        service, period, tuple((e.id, score) for e, score in zip(asked, picked, strict=True)), suggestion
    )
    done = replace(browse.leave_dialogue(spent), state=State.MAIN_MENU, options=()).keeping(NAME, period=period)
    return Step(done, effects=(effect,))


def start(session: Session, ctx: Context) -> Step | None:
    """ "Mulai survei", the menu entry or SURVEI typed (outside other dialogues); "Lain kali"."""
    survey = survey_of(ctx.content)
    if survey is None:
        return None
    if ctx.choice == LATER:
        return browse.main_menu(browse.leave_dialogue(session), ctx, intro="Baik, terima kasih. 🙏")
    in_chat = ctx.dialogue is None and ctx.command in CHAT_WORDS and bool(session.kept_by(NAME).get("flow"))
    wants = ctx.choice == START or (ctx.dialogue is None and ctx.command in WORDS) or in_chat
    if not wants:
        return None
    return _begin(session, ctx, survey, in_chat=in_chat)


def answer(session: Session, ctx: Context) -> Step:
    """A message while an element is asked: a tapped answer, or its number typed."""
    survey = survey_of(ctx.content)
    if survey is None:  # the office removed its survey meanwhile
        return browse.main_menu(browse.leave_dialogue(session), ctx)
    elements = _elements(session, survey)
    if not elements:
        return browse.main_menu(browse.leave_dialogue(session), ctx)
    position = next((i for i, e in enumerate(elements) if e.id == session.field_key), 0)
    element = elements[position]
    typed = option_number(ctx.text)
    score = typed if typed is not None and 1 <= typed <= 4 else 0
    if ctx.choice.startswith(f"srv:a:{element.id}:"):
        score = option_number(ctx.choice.rsplit(":", 1)[-1]) or 0
    if not 1 <= score <= 4:
        note = "Ketuk salah satu jawaban, atau ketik angka 1–4."
        return show(session, _ask(survey, elements, position, note))
    answered = replace(session, form=session.with_answer(element.id, str(score)))
    if position + 1 < len(elements):
        following = elements[position + 1]
        return show(answered, _ask(survey, elements, position + 1), field_key=following.id)
    return show(answered, _suggestion_prompt(), state=SurveyState.SUGGESTION, field_key="")


def suggest(session: Session, ctx: Context) -> Step:
    """The optional suggestion, or "Lewati": the survey is sent."""
    survey = survey_of(ctx.content)
    if survey is None:
        return browse.main_menu(browse.leave_dialogue(session), ctx)
    if ctx.choice != SKIP and ctx.inbound.kind is not InboundKind.TEXT:
        return show(session, _suggestion_prompt())
    suggestion = "" if ctx.choice == SKIP else mask_digit_runs(" ".join(ctx.text.split()))[:SUGGESTION_MAX]
    scores = tuple((key, int(value)) for key, value in session.form if value.isdigit())
    period = _period(ctx)
    effect = SubmitSurvey(session.service_id or "umum", period, scores, suggestion)
    done = replace(browse.leave_dialogue(session), state=State.MAIN_MENU, options=()).keeping(NAME, period=period)
    return Step(done, effects=(effect,))


def back(session: Session, ctx: Context) -> Step:
    """KEMBALI: the previous question; before the first, the menu (nothing is kept)."""
    survey = survey_of(ctx.content)
    if survey is None:
        return browse.main_menu(browse.leave_dialogue(session), ctx)
    elements = _elements(session, survey)
    if session.state == SurveyState.SUGGESTION:
        last = len(elements) - 1
        return show(session, _ask(survey, elements, last), state=SurveyState.ANSWER, field_key=elements[-1].id)
    position = next((i for i, e in enumerate(elements) if e.id == session.field_key), 0)
    if position == 0:
        return browse.main_menu(browse.leave_dialogue(session), ctx)
    return show(session, _ask(survey, elements, position - 1), field_key=elements[position - 1].id)


def recorded(effect: SubmitSurvey, created: bool, ctx: Context) -> tuple[Outbound, ...]:
    intro = (
        "✅ Terima kasih! Penilaian Anda sudah kami catat tanpa nama dan nomor, untuk memperbaiki layanan."
        if created
        else ALREADY
    )
    reply, _ = render.main_menu(ctx.content, ctx.registry, intro)
    return (reply,)


def check_content(content: Content) -> list[str]:
    if "survei" not in content.sections:
        return []
    problems: list[str] = []
    survey = parse_survey(content.sections["survei"], problems)
    if survey is not None:
        for element in survey.elements:
            problems += [
                f"survei.yaml unsur '{element.id}': pilihan '{a}' terlalu panjang (maks. 21 huruf)"
                for a in element.answers if len(a) > limits.ROW_TITLE_MAX - 3
            ]  # fmt: skip
        if not survey.grades:
            problems.append("survei.yaml: 'konversi.mutu' wajib diisi (tabel mutu A–D)")
        if not survey.elements_for(""):
            problems.append(
                "survei.yaml: paling sedikit satu unsur harus berlaku untuk semua layanan (tanpa 'layanan')"
            )
    return problems


def every_screen(content: Content) -> list[tuple[str, Reply]]:
    survey = survey_of(content)
    if survey is None:
        return []
    screens = [("survei.yaml undangan", invitation(survey, "Terima kasih.")[0])]
    for service_id in ("", *(s.id for s in content.services)):
        elements = survey.elements_for(service_id)
        screens += [(f"survei.yaml unsur '{e.id}'", _ask(survey, elements, i)[0]) for i, e in enumerate(elements)]
    return screens


def menu_row(content: Content) -> Row | None:
    return (
        Row(START, "Survei kepuasan", "Nilai layanan kami (1 menit, tanpa nama)")
        if "survei" in content.sections
        else None
    )


def closing_hint(content: Content) -> str:
    """Said at the end of a service another dialogue ends (a registration done or refused)."""
    if "survei" not in content.sections:
        return ""
    return "Bantu kami memperbaiki layanan: ketik *SURVEI* (1 menit, tanpa nama)."


def menu_hint(content: Content) -> str:
    return "Nilai layanan kami: ketik *SURVEI*." if "survei" in content.sections else ""


DIALOGUE = Dialogue(
    name=NAME,
    interrupts=(form_completed,),
    commands=(start,),
    states={SurveyState.ANSWER: answer, SurveyState.SUGGESTION: suggest},
    keeps=("invited_at", "period", "flow", "flow_at", "flow_elements", "flow_service"),
    menu_row=menu_row,
    menu_row_if_room=True,
    menu_hint=menu_hint,
    after_service=AfterService(claim_invitation, invitation_after, closing_hint),
    enabled=lambda content: "survei" in content.sections,
    outcomes={SubmitSurvey: recorded},
    cancel_text="Baik, survei tidak jadi diisi. Tidak ada jawaban yang disimpan.",
    back=back,
    patient=True,
    action_prefix="srv:",
    takes_text=True,
    cancel_ids=frozenset({CANCEL}),
    check_content=check_content,
    screens=every_screen,
    flows=(survey_form.FORM,),
)
