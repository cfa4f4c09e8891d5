"""Ambil antrian as a form on one screen (WhatsApp Flow) whose choices are live (pure).

"Ambil antrian" (the menu, a card, "antrian" typed) answers with one message and a *Pilih jadwal*
button when the booking's Flow is on (`PUSPA_FLOWS` names it). The form has four pages: the service,
the day (the next bookable working days, each with its free places; a full day shown but not
selectable), the hour (the open hours with their free places), and the confirmation with the
reminder's checkbox. Each page is answered by the Flows endpoint the moment the resident moves on
(`app/handlers/booking.py`, FLOW_PROVIDERS): the days and hours come from antrian.yaml and the
calendar exactly as the chat's lists (`bookable_days`, `open_slots`), the free places from the
store's `taken()` (one read per day shown), the words from the chat's screens.

The completed form comes back as one message. It is checked again as the chat checks a tap
(`resident.check_choice`: the service, a bookable day, an hour still open) and books through the
same `BookVisit` as the chat's confirmation, so the store's rules (capacity, one active booking per
service, the missed-visit pause, replays) and the chat's answers (the queue number, or the next free
hour when the place went meanwhile) are the same. A problem comes back in one message with the form
again.

The token names the office, when it was issued and what the resident already named ("antri ktp
besok": the service and the day, preselected): the endpoint reads the office from it and nothing
else from the request. The endpoint's requests are signed by Meta with the app secret and the token
only ever comes from a message PUSPA sent, so the endpoint needs no session read; the token is
single-use where it matters, at the completion (`forms.redeem` against the session).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import UTC, date, datetime
from typing import Any

from msgspec import Struct
from msgspec.structs import replace

from puspa.conversation import browse, forms
from puspa.conversation.booking.model import CARD, NAME, NEW, START, BookingState, queue, service_of
from puspa.conversation.booking.resident import (
    BAD_DAY,
    NO_DAY,
    NO_SERVICE,
    NO_SLOT,
    book,
    chat_menu,
    check_choice,
    check_day,
    typed_request,
)
from puspa.conversation.booking.screens import (
    ALL_FULL,
    ASK_SERVICE,
    REMIND_LABEL,
    confirm_text,
    day_heading,
    hour_heading,
    places,
)
from puspa.conversation.dialogue import Context, Step
from puspa.conversation.forms import EndpointForm, FieldKind, FlowField, FlowPage, Redeemed
from puspa.conversation.inbound import InboundKind
from puspa.conversation.replies import FlowReply, TextReply
from puspa.domain.booking import QueueService, bookable_days, free_places, open_slots, short_day
from puspa.domain.content import Content
from puspa.domain.session import Session

TOKEN_PREFIX = "bkg:flow:"
CTA = "Pilih jadwal"
SERVICE, DAY, HOUR, CONFIRM = "LAYANAN", "HARI", "JAM", "KONFIRMASI"
CHAT_WORDS = frozenset({"isi di chat", "di chat", "lewat chat", "antrian saya"})

_SERVICES = [{"id": "ktp_el", "title": "KTP Elektronik", "description": "Loket 2 (kependudukan)"}]
_DAYS = [{"id": "2026-12-09", "title": "Rab, 9 Des", "description": "4 tempat lagi", "enabled": True}]
_HOURS = [{"id": "0800", "title": "08.00–09.00", "description": "4 tempat lagi", "enabled": True}]
_HEADING = "Antrian KTP Elektronik\nRabu, 9 Desember 2026\nPilih jam kedatangan:"

_SERVICE_PAGE = FlowPage(
    SERVICE,
    "Ambil antrian",
    ASK_SERVICE,
    (FlowField("layanan", FieldKind.RADIO, "Layanan", options="pilihan"),),
    "Lanjut",
    (("pilihan", _SERVICES),),
)
_DAY_PAGE = FlowPage(
    DAY,
    "Hari kedatangan",
    forms.data_ref("judul"),
    (FlowField("hari", FieldKind.RADIO, "Hari", options="pilihan"),),
    "Lanjut",
    (("layanan", "ktp_el"), ("judul", _HEADING), ("pilihan", _DAYS)),
    carry=("layanan",),
)
_HOUR_PAGE = FlowPage(
    HOUR,
    "Jam kedatangan",
    forms.data_ref("judul"),
    (FlowField("jam", FieldKind.RADIO, "Jam", options="pilihan"),),
    "Lanjut",
    (("layanan", "ktp_el"), ("hari", "2026-12-09"), ("judul", _HEADING), ("pilihan", _HOURS)),
    carry=("layanan", "hari"),
)
_CONFIRM_PAGE = FlowPage(
    CONFIRM,
    "Ambil antrian",
    forms.data_ref("judul"),
    (FlowField("ingatkan", FieldKind.OPT_IN, REMIND_LABEL, required=False),),
    "Ambil antrian",
    (("layanan", "ktp_el"), ("hari", "2026-12-09"), ("jam", "0800"), ("judul", _HEADING)),
    carry=("layanan", "hari", "jam"),
)
FORM = EndpointForm("puspa_antrian", "APPOINTMENT_BOOKING", (_SERVICE_PAGE, _DAY_PAGE, _HOUR_PAGE, _CONFIRM_PAGE))

OFFER = (
    "*Ambil antrian*\nPilih layanan, hari dan jam datang dalam satu formulir: tempat yang masih kosong "
    "langsung terlihat. Ketuk *Pilih jadwal*.\n\nFormulir tidak terbuka, atau lebih suka lewat chat? Ketik "
    "*ISI DI CHAT*. Memindah atau membatalkan antrian Anda: ketik *ANTRIAN SAYA*."
)
STALE = (
    "Formulir antrian ini sudah terkirim atau sudah tidak berlaku, jadi isinya tidak kami proses lagi. "
    "Antrian baru: ketik *antrian*. Antrian yang sudah Anda ambil: ketik *STATUS*."
)
EXPIRED = (
    "Formulir antrian ini sudah lebih dari 24 jam, jadi isinya tidak kami proses. Ketik *antrian* untuk yang baru."
)
ENDPOINT_EXPIRED = "Formulir antrian ini sudah lebih dari 24 jam. Ketik antrian di chat untuk formulir baru."
ENDPOINT_OFF = "Antrian lewat WhatsApp sedang tidak tersedia di kantor ini. Silakan tanyakan di chat."
DAY_FULL = "Hari itu sudah penuh. Kembali untuk memilih hari lain."
_OFFICE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


# --- the token -----------------------------------------------------------------------------------


class FormToken(Struct, frozen=True):
    """What a booking form's token says: the office, when it was sent, and the service and day the
    resident already named (preselected; "" when none)."""

    office_id: str
    issued: datetime
    service: str = ""
    day: str = ""


def _mint(ctx: Context, service: str, day: str) -> str:
    issued = int(ctx.now.timestamp())
    prefix = f"{TOKEN_PREFIX}{ctx.inbound.office_id}.{issued:x}.{service}.{day.replace('-', '')}."
    return forms.mint_token(prefix, ctx.inbound)


def read_token(token: str) -> FormToken | None:
    """The token's fields, or None when it is not a booking form's token."""
    parts = token.removeprefix(TOKEN_PREFIX).split(".") if token.startswith(TOKEN_PREFIX) else []
    if len(parts) != 5 or not _OFFICE.match(parts[0]) or not re.fullmatch(r"[0-9a-f]{1,12}", parts[1]):
        return None
    office, issued, service, day, nonce = parts
    if not re.fullmatch(r"[0-9a-f]{24}", nonce) or not re.fullmatch(r"[a-z0-9_]{0,64}", service):
        return None
    try:
        iso = date(int(day[:4]), int(day[4:6]), int(day[6:])).isoformat() if day else ""
    except ValueError:
        return None
    return FormToken(office, datetime.fromtimestamp(int(issued, 16), UTC), service, iso)


# --- the offer and the completion (the webhook) --------------------------------------------------


def offer(session: Session, ctx: Context, service: str = "", day: str = "", body: str = OFFER) -> Step:
    """The form's button in one message; the resident's chosen service and day (if named) preselected."""
    token = _mint(ctx, service, day)
    kept = forms.issue(browse.leave_dialogue(session), NAME, token, ctx.now)
    return Step(replace(kept, state=BookingState.FORM, options=(), scratch={}), (FlowReply(body, FORM, token, CTA),))


def start(session: Session, ctx: Context) -> Step | None:
    """Where the chat offers booking (the menu row, a card's button, "antrian" or "antri ktp besok"
    typed), the form instead, when the booking's Flow is on; "antrian saya" keeps the chat's list."""
    rules = queue(ctx.content)
    if NAME not in ctx.rules.flows or rules is None:
        return None
    if ctx.choice in (START, NEW):
        return offer(session, ctx)
    if ctx.choice == CARD:
        found = service_of(ctx, session.service_id)
        return offer(session, ctx, found[1].card_id if found else "")
    typed = typed_request(ctx, rules)
    if typed is None or ctx.command in CHAT_WORDS:
        return None
    service, day = typed
    return offer(session, ctx, service.card_id if service else "", day.isoformat() if day else "")


def on_offer(session: Session, ctx: Context) -> Step:
    """A message while the form's button is out: ISI DI CHAT (or ANTRIAN SAYA) gives the chat's list;
    anything else is read as browsing (the form stays valid, its button in the chat above)."""
    if ctx.command in CHAT_WORDS:
        step = chat_menu(session, ctx)
        if step is not None:
            return step
    return browse.handle(browse.leave_dialogue(session), replace(ctx, dialogue=None))


def completed(session: Session, ctx: Context) -> Step | None:
    """A booking form completed on one screen, in any state: accepted once, from the resident it was
    sent to, checked as the chat checks a tap, then booked as the chat's confirmation books."""
    inbound = ctx.inbound
    if inbound.kind is not InboundKind.FORM or not inbound.flow_token.startswith(TOKEN_PREFIX):
        return None
    spent, verdict = forms.redeem(session, NAME, inbound.flow_token, ctx.now)
    if verdict is Redeemed.UNKNOWN:
        return Step(session, (TextReply(STALE),))
    if verdict is Redeemed.EXPIRED:
        return Step(spent, (TextReply(EXPIRED),))
    if queue(ctx.content) is None:
        return browse.main_menu(browse.leave_dialogue(spent), ctx)
    answers = dict(inbound.answers)
    service, day = answers.get("layanan", ""), answers.get("hari", "")
    checked = check_choice(ctx.content, ctx.now, service, day, answers.get("jam", ""))
    if isinstance(checked, str):
        problem = NO_DAY if checked == BAD_DAY else checked
        body = f"⚠️ *Antrian belum bisa kami ambil.* {problem} Ketuk *{CTA}* untuk memilih lagi."
        return offer(spent, ctx, service if checked != NO_SERVICE else "", day if checked == NO_SLOT else "", body)
    return book(spent, ctx, *checked, remind=answers.get("ingatkan") == "true")


# --- the pages (the Flows endpoint) --------------------------------------------------------------

Page = tuple[str, dict[str, Any]]


class Reading(Struct, frozen=True):
    """A page that needs the places taken on `days` of `service` (the store's `taken()`) to be shown."""

    page: str  # DAY or HOUR
    service: str
    days: tuple[str, ...]
    note: str = ""
    preselect: str = ""


def _plain(text: str) -> str:
    """A chat text inside a Flow, which shows no WhatsApp formatting."""
    return text.replace("*", "").replace("_", "")


def _with_note(data: dict[str, Any], note: str) -> dict[str, Any]:
    """`note` as the client's error line above the page (Meta's `error_message`)."""
    return {**data, "error_message": note} if note else data


def _services_page(content: Content, token: FormToken, note: str = "") -> Page:
    rules = queue(content)
    services = rules.services if rules is not None else ()
    choices = [{"id": s.card_id, "title": s.title, "description": s.counter} for s in services]
    init = {"layanan": token.service} if any(s.card_id == token.service for s in services) else {}
    return SERVICE, _with_note({"pilihan": choices, "init_values": init, "error_messages": {}}, note)


def next_page(
    action: str, screen: str, data: Mapping[str, Any], token: FormToken, content: Content, now: datetime
) -> Page | Reading:
    """The page the endpoint answers with, or the store reading it needs first. The answers so far
    (`data`: the page's inputs and what it carries) are client input: each is checked again, as the
    chat checks a tap (`check_day`, `check_choice`)."""
    if action != "data_exchange":  # INIT (the form opens) or BACK: the first page
        return _services_page(content, token)
    card_id, iso, key = (str(data.get(k, "")) for k in ("layanan", "hari", "jam"))
    rules = queue(content)
    service = rules.service(card_id) if rules is not None else None
    if rules is None or service is None:
        return _services_page(content, token, NO_SERVICE)
    days = tuple(d.isoformat() for d in bookable_days(content.office.calendar, now, rules, service))
    if screen == SERVICE:
        if not days:
            return _services_page(content, token, f"Belum ada hari yang bisa dipesan untuk {service.title}.")
        return Reading(DAY, card_id, days, preselect=token.day if token.service == card_id else "")
    if isinstance(check_day(content, now, card_id, iso), str):
        return Reading(DAY, card_id, days, note=f"{NO_DAY} Pilih hari lain.")
    if screen == DAY:
        return Reading(HOUR, card_id, (iso,))
    checked = check_choice(content, now, card_id, iso, key)
    if screen != HOUR or isinstance(checked, str):
        return Reading(HOUR, card_id, (iso,), note=f"{NO_SLOT} Pilih jam lain.")
    _, _, day, slot = checked
    heading = _plain(confirm_text(service, day, slot.label, moving=False))
    return CONFIRM, {"layanan": card_id, "hari": iso, "jam": key, "judul": heading, "init_values": {},
                     "error_messages": {}}  # fmt: skip


def _service(content: Content, card_id: str) -> QueueService | None:
    rules = queue(content)
    return rules.service(card_id) if rules is not None else None


def page_with_places(reading: Reading, taken: Mapping[str, Mapping[str, int]], content: Content, now: datetime) -> Page:
    """The day or hour page, each choice with its free places (a full one shown, not selectable)."""
    service = _service(content, reading.service)
    assert service is not None  # next_page checked it
    calendar = content.office.calendar
    if reading.page == DAY:
        free = {
            iso: sum(free_places(service.capacity, (s.key for s in open_slots(service, date.fromisoformat(iso),
                     now, calendar)), taken.get(iso, {})).values())
            for iso in reading.days
        }  # fmt: skip
        choices = [{"id": iso, "title": short_day(date.fromisoformat(iso)), "description": places(count),
                    "enabled": count > 0} for iso, count in free.items()]  # fmt: skip
        heading = _plain(day_heading(service))
        if all(count <= 0 for count in free.values()):
            heading += f"\n\n{ALL_FULL}"
        init = {"hari": reading.preselect} if free.get(reading.preselect, 0) > 0 else {}
        data = {"layanan": service.card_id, "judul": heading, "pilihan": choices, "init_values": init,
                "error_messages": {}}  # fmt: skip
        return DAY, _with_note(data, reading.note)
    (iso,) = reading.days
    day = date.fromisoformat(iso)
    slots = open_slots(service, day, now, calendar)
    by_slot = free_places(service.capacity, (s.key for s in slots), taken.get(iso, {}))
    choices = [{"id": s.key, "title": s.label, "description": places(by_slot[s.key]), "enabled": by_slot[s.key] > 0}
               for s in slots]  # fmt: skip
    heading = _plain(hour_heading(service, day))
    note = reading.note or (DAY_FULL if not any(by_slot.values()) else "")
    data = {"layanan": service.card_id, "hari": iso, "judul": heading, "pilihan": choices, "init_values": {},
            "error_messages": {}}  # fmt: skip
    return HOUR, _with_note(data, note)


def valid_for(token: FormToken, now: datetime) -> bool:
    """A form left open longer than a day is refused, as its completion would be."""
    return now - token.issued <= forms.FLOW_VALID
