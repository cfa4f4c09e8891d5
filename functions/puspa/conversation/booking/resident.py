"""Ambil antrian for residents (pure): the entry points, choosing a service, day and hour, confirming,
moving and cancelling, and the replies to what the store answered."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from msgspec.structs import replace

from puspa.conversation import browse
from puspa.conversation import screens as render
from puspa.conversation.booking.model import (
    CANCEL_ASK,
    CANCEL_OK,
    CARD,
    DAY,
    KEEP,
    MANAGE,
    MOVE,
    NEW,
    SERVICE,
    SLOT,
    START,
    YES,
    BookingState,
    BookVisit,
    CancelVisit,
    ListMine,
    ShowDays,
    ShowSlots,
    queue,
    service_of,
)
from puspa.conversation.booking.screens import (
    confirm_screen,
    day_options,
    service_menu,
    slot_options,
)
from puspa.conversation.dialogue import (
    Context,
    Step,
    option_number,
    show,
)
from puspa.conversation.inbound import InboundKind
from puspa.conversation.replies import (
    Button,
    ButtonsReply,
    TextReply,
)
from puspa.conversation.search import normalize
from puspa.domain.booking import (
    Place,
    QueueRules,
    QueueService,
    Slot,
    bookable_days,
    open_slots,
    reminder_runs_before,
)
from puspa.domain.calendar import DAY_NAMES
from puspa.domain.content import Content
from puspa.domain.session import Session, State

WORDS = frozenset({"antri", "antrian", "antre", "antrean", "ambil antrian", "nomor antrian", "daftar antrian",
                   "booking", "antrian saya", "ambil nomor"})  # fmt: skip


_DAY_WORDS = {"hari ini": 0, "sekarang": 0, "besok": 1, "besoknya": 1, "lusa": 2}


_DAY_NAMES = {name.lower(): n for n, name in enumerate(DAY_NAMES)} | {"jumat": 4, "jum'at": 4}


def _read_day(words: list[str], today: date, days: tuple[date, ...]) -> date | None:
    text = " ".join(words)
    for phrase, ahead in _DAY_WORDS.items():
        if re.search(rf"\b{phrase}\b", text):
            wanted = today + timedelta(days=ahead)
            return wanted if wanted in days else None
    for word in words:
        if word in _DAY_NAMES:
            return next((d for d in days if d.weekday() == _DAY_NAMES[word]), None)
    return None


def _read_service(words: list[str], rules: QueueRules, content: Content) -> QueueService | None:
    """The queue service named in typed words: its card id, a word of its title, or a keyword of its card."""
    for service in rules.services:
        card = content.service(service.card_id)
        names = {service.card_id.replace("_", " "), *normalize(service.title)}
        if card is not None:
            names |= {" ".join(normalize(k)) for k in card.keywords}
        names -= {"kartu", "akta", "surat", "layanan", "dan"}  # too general alone
        if any(n and (n in words or (" " in n and n in " ".join(words))) for n in names):
            return service
    return None


def _start_menu(session: Session, rules: QueueRules) -> Step:
    left = browse.leave_dialogue(session)
    _, options = service_menu(rules)
    return Step(replace(left, state=BookingState.SERVICE, options=options), effects=(ListMine(),))


def _to_days(session: Session, ctx: Context, rules: QueueRules, service: QueueService, move: str = "") -> Step:
    calendar = ctx.content.office.calendar
    days = bookable_days(calendar, ctx.now, rules, service)
    scratch = {"service": service.card_id, **({"move": move} if move else {})}
    state = replace(session, state=BookingState.DAY, options=day_options(service, days), scratch=scratch)
    slots = tuple(tuple(s.key for s in open_slots(service, d, ctx.now, calendar)) for d in days)
    return Step(
        state, effects=(ShowDays(service.card_id, tuple(d.isoformat() for d in days), slots, service.capacity),)
    )


def _to_slots(session: Session, ctx: Context, service: QueueService, day: date) -> Step:
    slots = open_slots(service, day, ctx.now, ctx.content.office.calendar)
    keys = tuple(s.key for s in slots)
    scratch = {**session.scratch, "service": service.card_id, "day": day.isoformat()}
    state = replace(session, state=BookingState.SLOT, options=slot_options(service, day, keys), scratch=scratch)
    return Step(state, effects=(ShowSlots(service.card_id, day.isoformat(), keys, service.capacity),))


def typed_request(ctx: Context, rules: QueueRules) -> tuple[QueueService | None, date | None] | None:
    """What booking words typed outside other dialogues name ("antri ktp besok": the service and the
    day, each None when not named); None when the text is not about booking."""
    if ctx.dialogue is not None or not ctx.text:
        return None
    words = ctx.command.split()
    if not words or not ({words[0], " ".join(words[:2])} & WORDS):
        return None
    service = _read_service(words, rules, ctx.content)
    if service is None:
        return None, None
    days = bookable_days(ctx.content.office.calendar, ctx.now, rules, service)
    return service, _read_day(words, ctx.content.office.calendar.local(ctx.now).date(), days)


def chat_menu(session: Session, ctx: Context) -> Step | None:
    """The chat's list of services, with the resident's own bookings to move or cancel above it."""
    rules = queue(ctx.content)
    return _start_menu(session, rules) if rules is not None else None


def start(session: Session, ctx: Context) -> Step | None:
    """The menu row, a card's button, or the words typed outside other dialogues ("antri ktp besok")."""
    rules = queue(ctx.content)
    if rules is None:
        return None
    if ctx.choice in (START, NEW):
        return _start_menu(session, rules)
    if ctx.choice == CARD:
        found = service_of(ctx, session.service_id)
        return _to_days(browse.leave_dialogue(session), ctx, *found) if found else _start_menu(session, rules)
    typed = typed_request(ctx, rules)
    if typed is None:
        return None
    service, day = typed
    if service is None:
        return _start_menu(session, rules)
    left = browse.leave_dialogue(session)
    if day is None:
        return _to_days(left, ctx, rules, service)
    return _to_slots(replace(left, scratch={"service": service.card_id}), ctx, service, day)


def taps(session: Session, ctx: Context) -> Step | None:
    """The taps that act in any state: moving or cancelling a booking (from the confirmation, the
    list of one's bookings, or the reminder's button days later)."""
    choice = ctx.choice
    if queue(ctx.content) is None:
        return None
    if choice.startswith((SERVICE, DAY, SLOT)) and ctx.dialogue is None:  # a later message's button ("Ambil jam itu")
        return choose(browse.leave_dialogue(session), ctx)
    if not choice.startswith((MANAGE, MOVE, CANCEL_ASK, CANCEL_OK, KEEP)):
        return None
    if choice == KEEP:
        return Step(session, (ButtonsReply("Baik, antrian Anda tetap.", (render.MENU_BUTTON_MAIN,)),))
    if choice.startswith(CANCEL_OK):
        today = ctx.content.office.calendar.local(ctx.now).date().isoformat()
        return Step(browse.leave_dialogue(session), effects=(CancelVisit(choice.removeprefix(CANCEL_OK), today),))
    if choice.startswith(CANCEL_ASK):
        booking_id = choice.removeprefix(CANCEL_ASK)
        ask = (Button(f"{CANCEL_OK}{booking_id}", "Ya, batalkan"), Button(KEEP, "Tidak"))
        return Step(session, (ButtonsReply("Batalkan antrian ini? Tempatnya akan dipakai warga lain.", ask),))
    booking_id, _, card_id = choice.removeprefix(MANAGE if choice.startswith(MANAGE) else MOVE).rpartition(":")
    if choice.startswith(MANAGE):
        buttons = (Button(f"{MOVE}{booking_id}:{card_id}", "Pindah jadwal"), Button(f"{CANCEL_ASK}{booking_id}",
                   "Batalkan"), render.MENU_BUTTON_MAIN)  # fmt: skip
        return Step(session, (ButtonsReply("Antrian ini mau dipindah atau dibatalkan?", buttons),))
    found = service_of(ctx, card_id)
    if found is None or not booking_id:
        return Step(session, (ButtonsReply("Layanan antrian itu sudah tidak tersedia.", (render.MENU_BUTTON_MAIN,)),))
    return _to_days(browse.leave_dialogue(session), ctx, *found, move=booking_id)


def _picked(session: Session, ctx: Context) -> str:
    """The tap, or the option a typed number stands for ("" when neither)."""
    number = option_number(ctx.text)
    if number is not None and 1 <= number <= len(session.options):
        return session.options[number - 1]
    return ctx.choice


def _again(session: Session, ctx: Context, note: str) -> Step:
    """A message that is not a choice: say so and show the state's question again (the screen with
    free places needs the store, so it is asked for again)."""
    rules = queue(ctx.content)
    if rules is None:
        return browse.main_menu(browse.leave_dialogue(session), ctx)
    found = service_of(ctx, session.scratch.get("service", ""))
    if session.state == BookingState.SERVICE or found is None:
        return show(session, service_menu(rules, note), state=BookingState.SERVICE)
    _, service = found
    if session.state == BookingState.SLOT:
        day = date.fromisoformat(session.scratch.get("day", ""))
        step = _to_slots(session, ctx, service, day)
    else:
        step = _to_days(session, ctx, rules, service, session.scratch.get("move", ""))
    return Step(step.session, (TextReply(note),), step.effects)


NO_SERVICE = "Layanan itu tidak ada."
NO_DAY = "Hari itu sudah tidak bisa dipesan."
NO_SLOT = "Jam itu sudah tidak bisa dipesan."
BAD_DAY = "Tanggalnya tidak terbaca."
_AGAIN = {NO_SERVICE: NO_SERVICE, NO_DAY: f"{NO_DAY} Pilih hari lain:", NO_SLOT: f"{NO_SLOT} Pilih jam lain:"}


def check_day(content: Content, now: datetime, card_id: str, iso: str) -> tuple[QueueRules, QueueService, date] | str:
    """The service and day chosen (a tap, or a form on one screen), checked as the day list offers them:
    a service of antrian.yaml and one of its bookable days. Else the problem (NO_SERVICE, BAD_DAY, NO_DAY)."""
    rules = queue(content)
    service = rules.service(card_id) if rules is not None else None
    if rules is None or service is None:
        return NO_SERVICE
    try:
        day = date.fromisoformat(iso)
    except ValueError:
        return BAD_DAY
    if day not in bookable_days(content.office.calendar, now, rules, service):
        return NO_DAY
    return rules, service, day


def check_choice(
    content: Content, now: datetime, card_id: str, iso: str, key: str
) -> tuple[QueueRules, QueueService, date, Slot] | str:
    """The service, day and hour chosen, checked as the lists offer them (`check_day`, then an hour
    still open that day). Else the problem (NO_SERVICE, BAD_DAY, NO_DAY, NO_SLOT)."""
    checked = check_day(content, now, card_id, iso)
    if isinstance(checked, str):
        return checked
    rules, service, day = checked
    slot = service.slot(key)
    if slot is None or slot not in open_slots(service, day, now, content.office.calendar):
        return NO_SLOT
    return rules, service, day, slot


def choose(session: Session, ctx: Context) -> Step:
    """A service, day or slot tapped (or its number typed) in any of the choosing states."""
    rules = queue(ctx.content)
    if rules is None:
        return browse.main_menu(browse.leave_dialogue(session), ctx)
    picked = _picked(session, ctx)
    move = session.scratch.get("move", "")
    if picked.startswith(SERVICE):
        found = service_of(ctx, picked.removeprefix(SERVICE))
        if found is None:
            return _again(session, ctx, "Layanan itu tidak ada.")
        same = found[1].card_id == session.scratch.get("service")  # a move keeps its service; another is a new booking
        return _to_days(session, ctx, *found, move=move if same else "")
    if picked.startswith(DAY):
        card_id, _, iso = picked.removeprefix(DAY).partition(":")
        day_checked = check_day(ctx.content, ctx.now, card_id, iso)
        if day_checked == BAD_DAY:
            return _again(session, ctx, "Ketuk salah satu hari di daftar.")
        if isinstance(day_checked, str):
            return _again(session, ctx, _AGAIN[day_checked])
        _, service, day = day_checked
        return _to_slots(replace(session, scratch={"service": card_id, **({"move": move} if move else {})}),
                         ctx, service, day)  # fmt: skip
    if picked.startswith(SLOT):
        # the booking id being moved (last) may itself hold colons: split off the three parts before it
        card_id, iso, key, moving = [*picked.removeprefix(SLOT).split(":", 3), "", "", ""][:4]
        move = moving or move
        checked = check_choice(ctx.content, ctx.now, card_id, iso, key)
        if checked == BAD_DAY:
            return _again(session, ctx, "Ketuk salah satu jam di daftar.")
        if isinstance(checked, str):
            return _again(session, ctx, _AGAIN[checked])
        _, service, day, slot = checked
        remind = reminder_runs_before(ctx.content.office.calendar, ctx.now, day)
        reply, options = confirm_screen(service, day, slot.label, bool(move), remind)
        scratch = {"service": card_id, "day": iso, "slot": key, **({"move": move} if move else {})}
        return Step(replace(session, state=BookingState.CONFIRM, options=options, scratch=scratch), (reply,))
    if ctx.inbound.kind is InboundKind.CHOICE:
        return _again(session, ctx, "Pilihan itu sudah tidak berlaku.")
    return _again(session, ctx, "Ketuk salah satu pilihan, atau ketik angkanya.")


def confirm(session: Session, ctx: Context) -> Step:
    picked = _picked(session, ctx)
    scratch = session.scratch
    if not picked.startswith(YES) or not scratch.get("slot"):
        if picked.startswith((SERVICE, DAY, SLOT)):
            return choose(session, ctx)
        found = service_of(ctx, scratch.get("service", ""))
        if found is None or not scratch.get("slot"):
            return _again(session, ctx, "Pilihan itu sudah tidak berlaku.")
        slot = found[1].slot(scratch["slot"])
        label = slot.label if slot else scratch["slot"]
        day = date.fromisoformat(scratch["day"])
        remind = reminder_runs_before(ctx.content.office.calendar, ctx.now, day)
        reply, options = confirm_screen(found[1], day, label, bool(scratch.get("move")), remind)
        return Step(replace(session, options=options), (TextReply("Ketuk salah satu tombol di bawah."), reply))
    found = service_of(ctx, scratch["service"])
    slot = found[1].slot(scratch["slot"]) if found else None
    if found is None or slot is None:
        return _again(session, ctx, "Pilihan itu sudah tidak berlaku.")
    return book(session, ctx, *found, date.fromisoformat(scratch["day"]), slot, picked == f"{YES}1",
                scratch.get("move", ""))  # fmt: skip


def book(
    session: Session, ctx: Context, rules: QueueRules, service: QueueService, day: date, slot: Slot, remind: bool,
    move: str = "",
) -> Step:  # fmt: skip
    """Take the place (the store decides: booked, full, over the limit…), back at the main menu. A
    reminder asked for is kept only while its morning run is still to come (the confirmation says so)."""
    place = _place(ctx, rules, service, day, slot)
    remind = remind and reminder_runs_before(ctx.content.office.calendar, ctx.now, day)
    effect = BookVisit(service.card_id, day.isoformat(), slot.key, remind, place, move)
    _, menu_options = render.menu(ctx.content, ctx.registry)
    done = replace(session.left_dialogue(), state=State.MAIN_MENU, options=menu_options)
    return Step(done, effects=(effect,))


def _place(ctx: Context, rules: QueueRules, service: QueueService, day: date, slot: Slot) -> Place:
    calendar = ctx.content.office.calendar
    today = calendar.local(ctx.now).date()
    numbers = service.numbers_of(slot)
    later = tuple(
        (d.isoformat(), s.key, service.capacity)
        for d in bookable_days(calendar, ctx.now, rules, service)
        if d >= day
        for s in open_slots(service, d, ctx.now, calendar)
        if d > day or s.start > slot.start
    )
    return Place(service.title, service.counter, service.letter, slot.label, numbers.start, numbers.stop - 1,
                 rules.per_resident, rules.missed_limit, today.isoformat(), f"{today:%Y-%m}", later)  # fmt: skip


def back(session: Session, ctx: Context) -> Step:
    """KEMBALI: from the hours to the days, from the days to the services, from there to the menu."""
    rules = queue(ctx.content)
    found = service_of(ctx, session.scratch.get("service", ""))
    if rules is None or session.state == BookingState.SERVICE or found is None:
        return browse.main_menu(browse.leave_dialogue(session), ctx)
    if session.state in (BookingState.SLOT, BookingState.CONFIRM):
        return _to_days(session, ctx, rules, found[1], session.scratch.get("move", ""))
    return show(session, service_menu(rules), state=BookingState.SERVICE, scratch={})
