"""Ambil antrian (pure): a resident books a visit to a counter from WhatsApp, so that they come once.

"Ambil antrian" (a card's button, the menu) or "antri ktp besok" typed -> the service -> the next
working days with free places -> an hour-slot -> confirm (with or without a reminder the working day
before) -> a queue number in that slot ("B-014 · Selasa, 9 Desember 2026 · 08.00–09.00") and what to
bring. The resident can move or cancel it (the confirmation's buttons, "antrian" typed, the reminder's
button); STATUS lists it. Staff: ANTRIAN (today's list), HADIR <kode>, TIDAK HADIR <kode>.

The free places come from the store, so the day and slot screens are an effect's outcome; their
options (what a typed number picks) are decided here, from the calendar and antrian.yaml alone, in
the same order as the rows the outcome shows: a full day is shown as "penuh", never left out.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from enum import StrEnum

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
    TextReply,
)
from puspa.conversation.search import normalize
from puspa.domain.booking import (
    FILE,
    STATUS_TEXT,
    Booked,
    Booking,
    BookingStatus,
    BookResult,
    Marked,
    Place,
    QueueRules,
    QueueService,
    Slot,
    bookable_days,
    find_queue_code,
    open_slots,
    parse_queue,
    short_day,
)
from puspa.domain.calendar import DAY_NAMES, format_day
from puspa.domain.content import Content
from puspa.domain.sender import Sender
from puspa.domain.session import Session, State
from puspa.whatsapp import limits

NAME, SECTION, CARD_KEY = "booking", "antrian", "antrian"
PREFIX = "ant:"
START, CARD, NEW, KEEP = "ant:start", "ant:card", "ant:new", "ant:keep"
SERVICE, DAY, SLOT, YES = "ant:svc:", "ant:day:", "ant:slot:", "ant:ok:"
MANAGE, MOVE, CANCEL_ASK, CANCEL_OK = "ant:manage:", "ant:move:", "ant:cancel:", "ant:cancelok:"
QUIT = "ant:batal"
PAPERS_START = "brk:start:"  # the papers check's entry (its dialogue reads the booking code, date and card)
WORDS = frozenset({"antri", "antrian", "antre", "antrean", "ambil antrian", "nomor antrian", "daftar antrian",
                   "booking", "antrian saya", "ambil nomor"})  # fmt: skip
_STAFF_LIST = re.compile(r"^\s*ANTRIAN(\s+HARI\s+INI)?\s*$", re.IGNORECASE)
_STAFF_MARK = re.compile(r"^\s*(TIDAK\s+HADIR|HADIR)\s+(.+)$", re.IGNORECASE)
_DAY_WORDS = {"hari ini": 0, "sekarang": 0, "besok": 1, "besoknya": 1, "lusa": 2}
_DAY_NAMES = {name.lower(): n for n, name in enumerate(DAY_NAMES)} | {"jumat": 4, "jum'at": 4}


class BookingState(StrEnum):
    SERVICE = "booking_service"  # choosing the service
    DAY = "booking_day"  # choosing the day (scratch: service, and "move" when moving a booking)
    SLOT = "booking_slot"  # choosing the hour (scratch: service, day)
    CONFIRM = "booking_confirm"  # confirming (scratch: service, day, slot)


# --- effects -----------------------------------------------------------------------------------


class ShowDays(Effect, frozen=True):
    """Free places per day for `service`: the day screen. `slots[i]`: the keys of the slots still open
    on `days[i]` (each holding `capacity`)."""

    service: str
    days: tuple[str, ...]  # ISO dates, in the order of the session's options
    slots: tuple[tuple[str, ...], ...]
    capacity: int


class ShowSlots(Effect, frozen=True):
    """Free places per slot of `day`: the slot screen."""

    service: str
    day: str
    slots: tuple[str, ...]  # slot keys, in the order of the session's options
    capacity: int


class ListMine(Effect, frozen=True):
    """The resident's active bookings, shown above the service list."""


class BookVisit(Effect, frozen=True):
    """Take a place (once per inbound message); `move`: the booking whose place this one replaces."""

    service: str
    day: str
    slot: str
    remind: bool
    place: Place
    move: str = ""


class CancelVisit(Effect, frozen=True):
    booking_id: str
    today: str  # ISO: a past booking cannot be cancelled any more


class StaffDayList(Effect, frozen=True):
    """Today's bookings of the office, for staff (ANTRIAN)."""

    day: str


class MarkVisit(Effect, frozen=True):
    """Staff mark today's booking `code` kept (HADIR) or missed (TIDAK HADIR)."""

    code: str
    attended: bool
    actor: str
    day: str
    month: str


# --- content -------------------------------------------------------------------------------------


def queue(content: Content) -> QueueRules | None:
    """The office's queue rules (antrian.yaml), parsed once per content version; None without the file
    or when it does not parse (the publisher refuses such content, so only an old bundle can have that)."""
    if SECTION not in content.sections:
        return None
    cached = content.derived.get(NAME)
    if cached is None:
        titles = {s.id: s.title for s in content.services}
        try:
            cached = parse_queue(content.sections[SECTION], titles)
        except ValueError:
            cached = False
        content.derived[NAME] = cached
    return cached if isinstance(cached, QueueRules) else None


def _service(ctx: Context, card_id: str) -> tuple[QueueRules, QueueService] | None:
    rules = queue(ctx.content)
    service = rules.service(card_id) if rules is not None else None
    return (rules, service) if rules is not None and service is not None else None


# --- screens -------------------------------------------------------------------------------------


def _service_rows(rules: QueueRules) -> tuple[Row, ...]:
    return tuple(Row(f"{SERVICE}{s.card_id}", f"{n}. {s.title}"[: limits.ROW_TITLE_MAX], s.counter[:72])
                 for n, s in enumerate(rules.services, start=1))  # fmt: skip


def _service_menu(rules: QueueRules, note: str = "", mine: tuple[Booking, ...] = ()) -> Screen:
    body = f"{note}\n\n" if note else ""
    body += "*Ambil antrian*\nUntuk layanan apa Anda ingin datang ke kantor?"
    rows = _service_rows(rules)
    sections = [Section("Ambil antrian baru", rows)]
    if mine:
        body += "\n\nAntrian Anda ada di daftar juga: ketuk untuk memindah atau membatalkan."
        room = limits.LIST_ROWS_MAX - len(rows)
        manage = tuple(
            Row(f"{MANAGE}{b.id}:{b.service}", f"{b.code} · {short_day(b.day)}"[: limits.ROW_TITLE_MAX],
                f"{b.service_title} · {b.slot_label}"[:72])
            for b in mine[:room]
        )  # fmt: skip
        if manage:
            sections.insert(0, Section("Antrian Anda", manage))
    reply = ListReply(body, "Pilih", tuple(sections), footer="BATAL: berhenti")
    return reply, tuple(r.id for r in rows)


def _day_options(service: QueueService, days: tuple[date, ...]) -> tuple[str, ...]:
    return tuple(f"{DAY}{service.card_id}:{d.isoformat()}" for d in days)


def _slot_options(service: QueueService, day: date, slots: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{SLOT}{service.card_id}:{day.isoformat()}:{key}" for key in slots)


def _places(free: int) -> str:
    return "penuh" if free <= 0 else f"{free} tempat lagi"


def day_screen(service: QueueService, free: Mapping[str, int], note: str = "") -> Reply:
    """The days in `free`'s order (the order of the session's options), each with its free places."""
    rows = tuple(
        Row(f"{DAY}{service.card_id}:{day}", f"{n}. {short_day(date.fromisoformat(day))}", _places(count))
        for n, (day, count) in enumerate(free.items(), start=1)
    )
    body = f"{note}\n\n" if note else ""
    body += f"*Antrian {service.title}* ({service.counter})\nPilih hari kedatangan:"
    if rows and all(count <= 0 for count in free.values()):
        body += "\n\nSemua hari yang bisa dipesan sudah penuh. Coba lagi besok, atau datang langsung ke kantor."
    return ListReply(body[: limits.INTERACTIVE_BODY_MAX], "Pilih hari", (Section("Hari", rows),),
                     footer="KEMBALI: layanan lain")  # fmt: skip


def slot_screen(service: QueueService, day: date, free: Mapping[str, int], note: str = "") -> Reply:
    rows = []
    for n, (key, count) in enumerate(free.items(), start=1):
        slot = service.slot(key)
        label = slot.label if slot is not None else key
        rows.append(Row(f"{SLOT}{service.card_id}:{day.isoformat()}:{key}", f"{n}. {label}", _places(count)))
    body = f"{note}\n\n" if note else ""
    body += f"*Antrian {service.title}*\n{format_day(day)}\nPilih jam kedatangan:"
    if not rows:
        body += "\n\nTidak ada jam yang masih bisa dipesan hari itu."
        return ButtonsReply(body, (Button(f"{NEW}", "Pilih hari lain"), render.MENU_BUTTON_MAIN))
    return ListReply(body[: limits.INTERACTIVE_BODY_MAX], "Pilih jam", (Section("Jam", tuple(rows)),),
                     footer="KEMBALI: hari lain")  # fmt: skip


def _confirm_screen(service: QueueService, day: date, slot_label: str, moving: bool) -> Screen:
    verb = "Pindahkan antrian Anda ke jadwal ini?" if moving else "Ambil antrian ini?"
    body = (
        f"*{verb}*\n{service.title} · {format_day(day)} · {slot_label}\n{service.counter}\n\n"
        "Mau kami ingatkan lewat WhatsApp pada hari kerja sebelumnya?"
    )
    buttons = (Button(f"{YES}1", "Ya, ingatkan saya"), Button(f"{YES}0", "Ya, tanpa pengingat"), Button(QUIT, "Batal"))
    return ButtonsReply(body, buttons), tuple(b.id for b in buttons[:2])


def _bring(content: Content, card_id: str, budget: int) -> str:
    """What to bring, from the card (cut to fit): a wrong list sends a resident home, so the card is the source."""
    card = content.service(card_id)
    if card is None or not card.requirements:
        return ""
    lines = ["*Yang perlu dibawa* (dari kartu layanan):"]
    for group in card.requirements:
        if group.case:
            lines.append(f"_{group.case}:_")
        lines.extend(f"• {item}" for item in group.items)
    text = "\n".join(lines)
    if len(text) <= budget:
        return text
    return text[: max(0, budget - 60)].rsplit("\n", 1)[0] + f"\n… selengkapnya di kartu *{card.title}*."


def _booked_buttons(booking: Booking, registry: Registry, content: Content) -> tuple[Button, ...]:
    buttons = [Button(f"{MOVE}{booking.id}:{booking.service}", "Pindah jadwal"),
               Button(f"{CANCEL_ASK}{booking.id}", "Batalkan")]  # fmt: skip
    papers = registry.card_buttons.get("berkas")
    if papers is not None and registry.card_enabled.get("berkas", lambda _: True)(content):
        papers_id = f"{PAPERS_START}{booking.code}:{booking.day.isoformat()}:{booking.service}"
        buttons.insert(0, Button(papers_id, "Cek berkas dulu"))
    return tuple(buttons)


def booked_text(booking: Booking, content: Content, moved: bool) -> str:
    rules = queue(content)
    head = "✅ Jadwal antrian Anda sudah dipindah." if moved else "✅ Antrian Anda sudah tercatat."
    lines = [head, f"*{booking.code}* · {booking.when}", f"{booking.service_title} · {booking.counter}"]
    if booking.remind:
        lines.append("Kami ingatkan pada hari kerja sebelumnya.")
    lines.append(
        "Tunjukkan nomor ini kepada petugas. Bila tidak bisa datang, batalkan agar tempatnya dipakai warga lain."
    )
    if rules is not None and rules.note:
        lines.append(rules.note)
    text = "\n".join(lines)
    bring = _bring(content, booking.service, limits.INTERACTIVE_BODY_MAX - len(text) - 2)
    return f"{text}\n\n{bring}" if bring else text


# --- entry points --------------------------------------------------------------------------------


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
    _, options = _service_menu(rules)
    return Step(replace(left, state=BookingState.SERVICE, options=options), effects=(ListMine(),))


def _to_days(session: Session, ctx: Context, rules: QueueRules, service: QueueService, move: str = "") -> Step:
    calendar = ctx.content.office.calendar
    days = bookable_days(calendar, ctx.now, rules, service)
    scratch = {"service": service.card_id, **({"move": move} if move else {})}
    state = replace(session, state=BookingState.DAY, options=_day_options(service, days), scratch=scratch)
    slots = tuple(tuple(s.key for s in open_slots(service, d, ctx.now, calendar)) for d in days)
    return Step(
        state, effects=(ShowDays(service.card_id, tuple(d.isoformat() for d in days), slots, service.capacity),)
    )


def _to_slots(session: Session, ctx: Context, service: QueueService, day: date) -> Step:
    slots = open_slots(service, day, ctx.now, ctx.content.office.calendar)
    keys = tuple(s.key for s in slots)
    scratch = {**session.scratch, "service": service.card_id, "day": day.isoformat()}
    state = replace(session, state=BookingState.SLOT, options=_slot_options(service, day, keys), scratch=scratch)
    return Step(state, effects=(ShowSlots(service.card_id, day.isoformat(), keys, service.capacity),))


def start(session: Session, ctx: Context) -> Step | None:
    """The menu row, a card's button, or the words typed outside other dialogues ("antri ktp besok")."""
    rules = queue(ctx.content)
    if rules is None:
        return None
    if ctx.choice in (START, NEW):
        return _start_menu(session, rules)
    if ctx.choice == CARD:
        found = _service(ctx, session.service_id)
        return _to_days(browse.leave_dialogue(session), ctx, *found) if found else _start_menu(session, rules)
    if ctx.dialogue is not None or not ctx.text:
        return None
    words = ctx.command.split()
    if not words or not ({words[0], " ".join(words[:2])} & WORDS):
        return None
    service = _read_service(words, rules, ctx.content)
    if service is None:
        return _start_menu(session, rules)
    left = browse.leave_dialogue(session)
    days = bookable_days(ctx.content.office.calendar, ctx.now, rules, service)
    day = _read_day(words, ctx.content.office.calendar.local(ctx.now).date(), days)
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
    found = _service(ctx, card_id)
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
    found = _service(ctx, session.scratch.get("service", ""))
    if session.state == BookingState.SERVICE or found is None:
        return show(session, _service_menu(rules, note), state=BookingState.SERVICE)
    _, service = found
    if session.state == BookingState.SLOT:
        day = date.fromisoformat(session.scratch.get("day", ""))
        step = _to_slots(session, ctx, service, day)
    else:
        step = _to_days(session, ctx, rules, service, session.scratch.get("move", ""))
    return Step(step.session, (TextReply(note),), step.effects)


def choose(session: Session, ctx: Context) -> Step:
    """A service, day or slot tapped (or its number typed) in any of the choosing states."""
    rules = queue(ctx.content)
    if rules is None:
        return browse.main_menu(browse.leave_dialogue(session), ctx)
    picked = _picked(session, ctx)
    move = session.scratch.get("move", "")
    calendar = ctx.content.office.calendar
    if picked.startswith(SERVICE):
        found = _service(ctx, picked.removeprefix(SERVICE))
        return _to_days(session, ctx, *found, move=move) if found else _again(session, ctx, "Layanan itu tidak ada.")
    if picked.startswith(DAY):
        card_id, _, iso = picked.removeprefix(DAY).partition(":")
        found = _service(ctx, card_id)
        if found is None:
            return _again(session, ctx, "Layanan itu tidak ada.")
        rules, service = found
        try:
            day = date.fromisoformat(iso)
        except ValueError:
            return _again(session, ctx, "Ketuk salah satu hari di daftar.")
        if day not in bookable_days(calendar, ctx.now, rules, service):
            return _again(session, ctx, "Hari itu sudah tidak bisa dipesan. Pilih hari lain:")
        return _to_slots(replace(session, scratch={"service": card_id, **({"move": move} if move else {})}),
                         ctx, service, day)  # fmt: skip
    if picked.startswith(SLOT):
        card_id, iso, key, moving = [*picked.removeprefix(SLOT).split(":"), "", "", ""][:4]
        move = moving or move
        found = _service(ctx, card_id)
        slot = found[1].slot(key) if found else None
        try:
            day = date.fromisoformat(iso)
        except ValueError:
            return _again(session, ctx, "Ketuk salah satu jam di daftar.")
        if found is None or slot is None or slot not in open_slots(found[1], day, ctx.now, calendar):
            return _again(session, ctx, "Jam itu sudah tidak bisa dipesan. Pilih jam lain:")
        reply, options = _confirm_screen(found[1], day, slot.label, bool(move))
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
        found = _service(ctx, scratch.get("service", ""))
        if found is None or not scratch.get("slot"):
            return _again(session, ctx, "Pilihan itu sudah tidak berlaku.")
        slot = found[1].slot(scratch["slot"])
        label = slot.label if slot else scratch["slot"]
        reply, options = _confirm_screen(found[1], date.fromisoformat(scratch["day"]), label, bool(scratch.get("move")))
        return Step(replace(session, options=options), (TextReply("Ketuk salah satu tombol di bawah."), reply))
    found = _service(ctx, scratch["service"])
    slot = found[1].slot(scratch["slot"]) if found else None
    if found is None or slot is None:
        return _again(session, ctx, "Pilihan itu sudah tidak berlaku.")
    place = _place(ctx, *found, date.fromisoformat(scratch["day"]), slot)
    effect = BookVisit(scratch["service"], scratch["day"], scratch["slot"], picked == f"{YES}1", place,
                       scratch.get("move", ""))  # fmt: skip
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
    found = _service(ctx, session.scratch.get("service", ""))
    if rules is None or session.state == BookingState.SERVICE or found is None:
        return browse.main_menu(browse.leave_dialogue(session), ctx)
    if session.state in (BookingState.SLOT, BookingState.CONFIRM):
        return _to_days(session, ctx, rules, found[1], session.scratch.get("move", ""))
    return show(session, _service_menu(rules), state=BookingState.SERVICE, scratch={})


# --- staff ---------------------------------------------------------------------------------------


def staff_commands(session: Session, ctx: Context) -> Step | None:
    """ANTRIAN (today's list), HADIR <kode>, TIDAK HADIR <kode>, from the office's staff, in any state."""
    if not ctx.from_staff or queue(ctx.content) is None:
        return None
    local = ctx.content.office.calendar.local(ctx.now)
    if _STAFF_LIST.match(ctx.text):
        return Step(session, effects=(StaffDayList(local.date().isoformat()),))
    match = _STAFF_MARK.match(ctx.text)
    if match is None:
        return None
    code = find_queue_code(match.group(2))
    attended = not match.group(1).upper().startswith("TIDAK")
    if code is None:
        word = "HADIR" if attended else "TIDAK HADIR"
        return Step(session, (TextReply(f"Tulis nomor antrean hari ini, mis. *{word} B-014*."),))
    mark = MarkVisit(code, attended, staff_actor(ctx.inbound.sender), local.date().isoformat(), f"{local:%Y-%m}")
    return Step(session, effects=(mark,))


# --- outcomes (what the store answered) ----------------------------------------------------------


def days_shown(effect: ShowDays, free: Mapping[str, int], ctx: Context) -> tuple[Outbound, ...]:
    found = _service(ctx, effect.service)
    if found is None:
        return (TextReply("Layanan antrian itu sudah tidak tersedia."),)
    if not effect.days:
        return (ButtonsReply(f"Belum ada hari yang bisa dipesan untuk *{found[1].title}*. Tanyakan ke petugas.",
                             (render.MENU_BUTTON_MAIN,)),)  # fmt: skip
    return (day_screen(found[1], {d: free.get(d, 0) for d in effect.days}),)


def slots_shown(effect: ShowSlots, free: Mapping[str, int], ctx: Context) -> tuple[Outbound, ...]:
    found = _service(ctx, effect.service)
    if found is None:
        return (TextReply("Layanan antrian itu sudah tidak tersedia."),)
    day = date.fromisoformat(effect.day)
    note = "" if any(free.get(k, 0) > 0 for k in effect.slots) or not effect.slots else (
        "Hari itu sudah penuh. KEMBALI untuk memilih hari lain.")  # fmt: skip
    return (slot_screen(found[1], day, {k: free.get(k, 0) for k in effect.slots}, note),)


def mine_shown(effect: ListMine, mine: tuple[Booking, ...], ctx: Context) -> tuple[Outbound, ...]:
    rules = queue(ctx.content)
    if rules is None:
        return ()
    today = ctx.content.office.calendar.local(ctx.now).date()
    active = tuple(b for b in mine if b.active_on(today))
    return (_service_menu(rules, mine=active)[0],)


def booked(effect: BookVisit, outcome: Booked, ctx: Context) -> tuple[Outbound, ...]:
    booking = outcome.booking
    if outcome.result is BookResult.BOOKED and booking is not None:
        body = booked_text(booking, ctx.content, bool(effect.move))
        return (ButtonsReply(body, _booked_buttons(booking, ctx.registry, ctx.content)),)
    if outcome.result is BookResult.LIMIT and booking is not None:
        rules = queue(ctx.content)
        limit = rules.per_resident if rules else 1
        body = (f"Anda sudah punya {limit} antrian aktif untuk layanan ini: *{booking.code}* · {booking.when}.\n"
                "Pindahkan jadwalnya bila perlu, atau batalkan dulu sebelum mengambil yang baru.")  # fmt: skip
        buttons = (Button(f"{MOVE}{booking.id}:{booking.service}", "Pindah jadwal"),
                   Button(f"{CANCEL_ASK}{booking.id}", "Batalkan"), render.MENU_BUTTON_MAIN)  # fmt: skip
        return (ButtonsReply(body, buttons),)
    if outcome.result is BookResult.PAUSED:
        body = (
            f"Mohon maaf, bulan ini Anda sudah {outcome.missed} kali tidak datang pada antrian yang diambil.\n"
            "Sesuai aturan kantor, antrian lewat WhatsApp untuk Anda dibuka lagi bulan depan, agar tempatnya "
            "tidak kosong bagi warga lain. Anda tetap bisa datang dan mengantre langsung di kantor."
        )
        return (ButtonsReply(body, (render.MENU_BUTTON_MAIN,)),)
    if outcome.result is BookResult.GONE:
        return (ButtonsReply("Antrian itu sudah tidak aktif (dibatalkan atau sudah lewat).",
                             (Button(NEW, "Ambil antrian"), render.MENU_BUTTON_MAIN)),)  # fmt: skip
    found = _service(ctx, effect.service)
    if outcome.alternative is None or found is None:
        body = "Maaf, tempat di jam itu baru saja habis, dan hari-hari yang bisa dipesan sudah penuh."
        return (ButtonsReply(body, (render.MENU_BUTTON_MAIN,)),)
    iso, key = outcome.alternative
    slot = found[1].slot(key)
    when = f"{format_day(date.fromisoformat(iso))}* · {slot.label if slot else key}"
    body = f"Maaf, tempat di jam itu baru saja habis.\nYang terdekat masih ada: *{when}."
    again = f"{SLOT}{effect.service}:{iso}:{key}" + (f":{effect.move}" if effect.move else "")
    return (ButtonsReply(body, (Button(again, "Ambil jam itu"), Button(NEW, "Pilih lagi"))),)


def cancelled(effect: CancelVisit, booking: Booking | None, ctx: Context) -> tuple[Outbound, ...]:
    if booking is None:
        return (ButtonsReply("Antrian itu tidak ditemukan atau sudah tidak aktif.", (render.MENU_BUTTON_MAIN,)),)
    body = (f"Antrian *{booking.code}* ({booking.service_title}, {booking.when}) sudah dibatalkan. "
            "Terima kasih sudah memberi tahu.")  # fmt: skip
    return (ButtonsReply(body, (Button(NEW, "Ambil antrian"), render.MENU_BUTTON_MAIN)),)


def day_listed(effect: StaffDayList, bookings: tuple[Booking, ...], ctx: Context) -> tuple[Outbound, ...]:
    today = ctx.content.office.calendar.local(ctx.now).date()
    return (TextReply(staff_day_text(bookings, today)),)


def staff_day_text(bookings: tuple[Booking, ...], day: date) -> str:
    """Today's list for staff: number, hour, service, state (no resident's number: the resident shows the code)."""
    live = sorted((b for b in bookings if b.status is not BookingStatus.BATAL), key=lambda b: (b.slot, b.code))
    if not live:
        return f"Belum ada antrian untuk {format_day(day)}."
    head = f"*Antrian {format_day(day)}* ({len(live)})"
    foot = "\nTandai: *HADIR <nomor>* atau *TIDAK HADIR <nomor>*."
    lines = [f"{b.code} · {b.slot_label} · {b.service_title} · {STATUS_TEXT[b.status]}" for b in live]
    budget = limits.TEXT_BODY_MAX - len(head) - len(foot) - 80
    shown: list[str] = []
    for line in lines:
        if sum(len(x) + 1 for x in shown) + len(line) > budget:
            shown.append(f"… dan {len(lines) - len(shown)} lainnya (daftar lengkap ada di e-mail pagi).")
            break
        shown.append(line)
    return "\n".join([head, *shown, foot])


def marked(effect: MarkVisit, outcome: Marked, ctx: Context) -> tuple[Outbound, ...]:
    booking = outcome.booking
    if booking is None:
        return (TextReply(f"Antrian *{effect.code}* hari ini tidak ditemukan. Ketik *ANTRIAN* untuk daftarnya."),)
    if booking.status is BookingStatus.BATAL:
        return (TextReply(f"Antrian *{booking.code}* sudah dibatalkan warga."),)
    word = "hadir" if effect.attended else "tidak hadir"
    again = "" if outcome.changed else " (sudah tercatat sebelumnya)"
    told = TextReply(
        f"Antrian *{booking.code}* ({booking.service_title}, {booking.slot_label}) ditandai {word}{again}."
    )
    offer = _survey_offer(booking, ctx) if effect.attended and outcome.changed else None
    return (told, offer) if offer is not None else (told,)


def _survey_offer(booking: Booking, ctx: Context) -> Push | None:
    """After a visit marked HADIR: the satisfaction survey, about a service actually received, offered
    to the resident only while they are in the conversation (no template: outside their 24-hour
    window nothing is sent, nothing is billed)."""
    body = f"Terima kasih sudah datang untuk layanan *{booking.service_title}* hari ini. 🙏"
    for owner in ctx.registry.after_service:
        screen = ctx.registry.after_service_screen(owner, ctx.content, body)
        if screen is not None:
            return Push(Sender(booking.resident_wa_id, booking.resident_user_id), screen[0], None)
    return None


def status_section(bookings: tuple[Booking, ...]) -> RequestSection:
    newest = sorted(bookings, key=lambda b: (b.day, b.slot), reverse=True)
    return RequestSection("*Antrian Anda*",
                          tuple(f"• *{b.code}* {b.service_title}, {short_day(b.day)} {b.slot_label}: "
                                f"{STATUS_TEXT[b.status]}" for b in newest))  # fmt: skip


def erase_note(bookings: tuple[Booking, ...]) -> str:
    active = [b for b in bookings if b.status is BookingStatus.AKTIF]
    return f"Antrian yang masih aktif ({', '.join(b.code for b in active)}) ikut dibatalkan." if active else ""


def menu_row(content: Content) -> Row | None:
    return Row(START, "Ambil antrian", "Pesan jam datang ke loket") if queue(content) is not None else None


def check_content(content: Content) -> list[str]:
    if SECTION not in content.sections:
        return []
    try:
        rules = parse_queue(content.sections[SECTION], {s.id: s.title for s in content.services})
    except ValueError as exc:
        return [f"{FILE}: {exc}"]
    queued = {s.card_id for s in rules.services}
    return [f"layanan/{s.id}.yaml: tombol 'antrian' perlu layanan ini di {FILE}"
            for s in content.services if CARD_KEY in s.buttons and s.id not in queued]  # fmt: skip


def every_screen(content: Content) -> list[tuple[str, Reply]]:
    rules = queue(content)
    if rules is None:
        return []
    screens: list[tuple[str, Reply]] = [(f"{FILE} layanan", _service_menu(rules)[0])]
    for service in rules.services:
        day = date(2026, 12, 9)
        free = {(day + timedelta(days=n)).isoformat(): 99 for n in range(rules.days_ahead)}
        screens.append((f"{FILE} {service.card_id} hari", day_screen(service, free)))
        screens.append((f"{FILE} {service.card_id} jam", slot_screen(service, day, {s.key: 99 for s in service.slots})))
        example = Booking("x" * 60, "", service.card_id, service.title, day, service.slots[-1].key,
                          service.slots[-1].label, service.code(999), "", "", "", BookingStatus.AKTIF, True,
                          datetime(2026, 12, 1), service.counter)  # fmt: skip
        screens.append((f"{FILE} {service.card_id} konfirmasi", ButtonsReply(booked_text(example, content, False),
                        (Button("x", "x"),))))  # fmt: skip
    return screens


DIALOGUE = Dialogue(
    name=NAME,
    interrupts=(staff_commands,),
    commands=(taps, start),
    states={
        BookingState.SERVICE: choose,
        BookingState.DAY: choose,
        BookingState.SLOT: choose,
        BookingState.CONFIRM: confirm,
    },
    outcomes={
        ShowDays: days_shown,
        ShowSlots: slots_shown,
        ListMine: mine_shown,
        BookVisit: booked,
        CancelVisit: cancelled,
        StaffDayList: day_listed,
        MarkVisit: marked,
    },
    menu_row=menu_row,
    menu_row_if_room=True,
    card_button=(CARD_KEY, Button(CARD, "Ambil antrian")),
    enabled=lambda content: queue(content) is not None,
    cancel_text="Baik, antrian tidak jadi diambil.",
    back=back,
    action_prefix=PREFIX,
    cancel_ids=frozenset({QUIT}),
    staff_help="*ANTRIAN* (daftar antrian hari ini), *HADIR <nomor>*, *TIDAK HADIR <nomor>*",
    staff_verbs=("ANTRIAN", "HADIR", "TIDAK"),
    status_section=status_section,
    erase_note=erase_note,
    check_content=check_content,
    screens=every_screen,
)
