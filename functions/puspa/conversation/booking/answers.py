"""Ambil antrian's replies to what the store answered (pure): the day and hour lists with free places,
the booking made (or why not), a cancellation, one's bookings above the service list."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from puspa.conversation import screens as render
from puspa.conversation.booking.model import (
    CANCEL_ASK,
    MOVE,
    NEW,
    SLOT,
    BookVisit,
    CancelVisit,
    ListMine,
    ShowDays,
    ShowSlots,
    queue,
    service_of,
)
from puspa.conversation.booking.screens import (
    booked_buttons,
    booked_text,
    day_screen,
    service_menu,
    slot_screen,
)
from puspa.conversation.dialogue import (
    Context,
)
from puspa.conversation.replies import (
    Button,
    ButtonsReply,
    Outbound,
    TextReply,
)
from puspa.domain.booking import (
    Booked,
    Booking,
    BookResult,
)
from puspa.domain.calendar import format_day

WORDS = frozenset({"antri", "antrian", "antre", "antrean", "ambil antrian", "nomor antrian", "daftar antrian",
                   "booking", "antrian saya", "ambil nomor"})  # fmt: skip


def days_shown(effect: ShowDays, free: Mapping[str, int], ctx: Context) -> tuple[Outbound, ...]:
    found = service_of(ctx, effect.service)
    if found is None:
        return (TextReply("Layanan antrian itu sudah tidak tersedia."),)
    if not effect.days:
        return (ButtonsReply(f"Belum ada hari yang bisa dipesan untuk *{found[1].title}*. Tanyakan ke petugas.",
                             (render.MENU_BUTTON_MAIN,)),)  # fmt: skip
    return (day_screen(found[1], {d: free.get(d, 0) for d in effect.days}),)


def slots_shown(effect: ShowSlots, free: Mapping[str, int], ctx: Context) -> tuple[Outbound, ...]:
    found = service_of(ctx, effect.service)
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
    return (service_menu(rules, mine=active)[0],)


def booked(effect: BookVisit, outcome: Booked, ctx: Context) -> tuple[Outbound, ...]:
    booking = outcome.booking
    if outcome.result is BookResult.BOOKED and booking is not None:
        body = booked_text(booking, ctx.content, bool(effect.move))
        return (ButtonsReply(body, booked_buttons(booking, ctx.registry, ctx.content)),)
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
    found = service_of(ctx, effect.service)
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
