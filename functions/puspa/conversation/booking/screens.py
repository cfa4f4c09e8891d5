"""Ambil antrian's screens and texts (pure): the service, day and hour lists with free places, the
confirmation, what to bring, the staff's day list, and its lines in STATUS."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta

from puspa.conversation import screens as render
from puspa.conversation.booking.model import (
    CANCEL_ASK,
    DAY,
    MANAGE,
    MOVE,
    NEW,
    PAPERS_START,
    QUIT,
    SERVICE,
    SLOT,
    START,
    YES,
    queue,
)
from puspa.conversation.dialogue import (
    Registry,
    RequestSection,
    Screen,
)
from puspa.conversation.replies import (
    Button,
    ButtonsReply,
    ListReply,
    Reply,
    Row,
    Section,
)
from puspa.domain.booking import (
    FILE,
    STATUS_TEXT,
    Booking,
    BookingStatus,
    QueueRules,
    QueueService,
    short_day,
)
from puspa.domain.calendar import format_day
from puspa.domain.content import Content
from puspa.whatsapp import limits

# The dialogue's own words, shared by the chat's lists and the form on one screen (on_screen.py).
ASK_SERVICE = "Untuk layanan apa Anda ingin datang ke kantor?"
ASK_DAY = "Pilih hari kedatangan:"
ASK_HOUR = "Pilih jam kedatangan:"
ASK_REMIND = "Mau kami ingatkan lewat WhatsApp pada hari kerja sebelumnya?"
REMIND_LABEL = "Ingatkan saya lewat WhatsApp pada hari kerja sebelumnya"  # the form's checkbox
ALL_FULL = "Semua hari yang bisa dipesan sudah penuh. Coba lagi besok, atau datang langsung ke kantor."
NO_HOURS = "Tidak ada jam yang masih bisa dipesan hari itu."


def _service_rows(rules: QueueRules) -> tuple[Row, ...]:
    return tuple(Row(f"{SERVICE}{s.card_id}", f"{n}. {s.title}"[: limits.ROW_TITLE_MAX], s.counter[:72])
                 for n, s in enumerate(rules.services, start=1))  # fmt: skip


def service_menu(rules: QueueRules, note: str = "", mine: tuple[Booking, ...] = ()) -> Screen:
    body = f"{note}\n\n" if note else ""
    body += f"*Ambil antrian*\n{ASK_SERVICE}"
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


def day_options(service: QueueService, days: tuple[date, ...]) -> tuple[str, ...]:
    return tuple(f"{DAY}{service.card_id}:{d.isoformat()}" for d in days)


def slot_options(service: QueueService, day: date, slots: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(f"{SLOT}{service.card_id}:{day.isoformat()}:{key}" for key in slots)


def places(free: int) -> str:
    return "penuh" if free <= 0 else f"{free} tempat lagi"


def day_heading(service: QueueService) -> str:
    return f"*Antrian {service.title}* ({service.counter})\n{ASK_DAY}"


def hour_heading(service: QueueService, day: date) -> str:
    return f"*Antrian {service.title}*\n{format_day(day)}\n{ASK_HOUR}"


def confirm_text(service: QueueService, day: date, slot_label: str, moving: bool) -> str:
    verb = "Pindahkan antrian Anda ke jadwal ini?" if moving else "Ambil antrian ini?"
    return f"*{verb}*\n{service.title} · {format_day(day)} · {slot_label}\n{service.counter}"


def day_screen(service: QueueService, free: Mapping[str, int], note: str = "") -> Reply:
    """The days in `free`'s order (the order of the session's options), each with its free places."""
    rows = tuple(
        Row(f"{DAY}{service.card_id}:{day}", f"{n}. {short_day(date.fromisoformat(day))}", places(count))
        for n, (day, count) in enumerate(free.items(), start=1)
    )
    body = f"{note}\n\n" if note else ""
    body += day_heading(service)
    if rows and all(count <= 0 for count in free.values()):
        body += f"\n\n{ALL_FULL}"
    return ListReply(body[: limits.INTERACTIVE_BODY_MAX], "Pilih hari", (Section("Hari", rows),),
                     footer="KEMBALI: layanan lain")  # fmt: skip


def slot_screen(service: QueueService, day: date, free: Mapping[str, int], note: str = "") -> Reply:
    rows = []
    for n, (key, count) in enumerate(free.items(), start=1):
        slot = service.slot(key)
        label = slot.label if slot is not None else key
        rows.append(Row(f"{SLOT}{service.card_id}:{day.isoformat()}:{key}", f"{n}. {label}", places(count)))
    body = f"{note}\n\n" if note else ""
    body += hour_heading(service, day)
    if not rows:
        body += f"\n\n{NO_HOURS}"
        return ButtonsReply(body, (Button(f"{NEW}", "Pilih hari lain"), render.MENU_BUTTON_MAIN))
    return ListReply(body[: limits.INTERACTIVE_BODY_MAX], "Pilih jam", (Section("Jam", tuple(rows)),),
                     footer="KEMBALI: hari lain")  # fmt: skip


def confirm_screen(service: QueueService, day: date, slot_label: str, moving: bool, remind: bool) -> Screen:
    """The confirmation; a reminder is offered only when the morning run that sends it is still to come."""
    body = confirm_text(service, day, slot_label, moving)
    if not remind:
        buttons: tuple[Button, ...] = (Button(f"{YES}0", "Ya, ambil"), Button(QUIT, "Batal"))
        return ButtonsReply(body, buttons), (buttons[0].id,)
    body += f"\n\n{ASK_REMIND}"
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


def booked_buttons(booking: Booking, registry: Registry, content: Content) -> tuple[Button, ...]:
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


def every_screen(content: Content) -> list[tuple[str, Reply]]:
    rules = queue(content)
    if rules is None:
        return []
    screens: list[tuple[str, Reply]] = [(f"{FILE} layanan", service_menu(rules)[0])]
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
