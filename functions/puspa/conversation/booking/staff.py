"""Ambil antrian for staff (pure): ANTRIAN (today's list), HADIR <nomor>, TIDAK HADIR <nomor>; after a
visit marked HADIR the survey is offered to the resident."""

from __future__ import annotations

import re

from puspa.conversation.booking.model import MarkVisit, StaffDayList, queue
from puspa.conversation.booking.screens import staff_day_text
from puspa.conversation.dialogue import (
    Context,
    Step,
    staff_actor,
)
from puspa.conversation.replies import (
    Outbound,
    Push,
    TextReply,
)
from puspa.domain.booking import (
    Booking,
    BookingStatus,
    Marked,
    find_queue_code,
)
from puspa.domain.sender import Sender
from puspa.domain.session import Session

_STAFF_LIST = re.compile(r"^\s*ANTRIAN(\s+HARI\s+INI)?\s*$", re.IGNORECASE)


_STAFF_MARK = re.compile(r"^\s*(TIDAK\s+HADIR|HADIR)\s+(.+)$", re.IGNORECASE)


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


def day_listed(effect: StaffDayList, bookings: tuple[Booking, ...], ctx: Context) -> tuple[Outbound, ...]:
    today = ctx.content.office.calendar.local(ctx.now).date()
    return (TextReply(staff_day_text(bookings, today)),)


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
