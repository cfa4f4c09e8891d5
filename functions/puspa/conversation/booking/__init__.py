"""Ambil antrian (pure): a resident books a visit to a counter from WhatsApp, so that they come once.

"Ambil antrian" (a card's button, the menu) or "antri ktp besok" typed -> the service -> the next
working days with free places -> an hour-slot -> confirm (with or without a reminder the working day
before) -> a queue number in that slot ("B-014 · Selasa, 9 Desember 2026 · 08.00–09.00") and what to
bring. The resident can move or cancel it (the confirmation's buttons, "antrian" typed, the reminder's
button); STATUS lists it. Staff: ANTRIAN (today's list), HADIR <kode>, TIDAK HADIR <kode>.

The free places come from the store, so the day and slot screens are an effect's outcome; their
options (what a typed number picks) are decided here, from the calendar and antrian.yaml alone, in
the same order as the rows the outcome shows: a full day is shown as "penuh", never left out.

    model.py     tap ids, states, effects, the office's queue rules (antrian.yaml)
    resident.py  entry points, choosing, confirming, moving, cancelling
    on_screen.py the same booking as a form on one screen (WhatsApp Flow) with live choices
    answers.py   the replies to what the store answered (free places, the booking made or why not)
    staff.py     ANTRIAN, HADIR, TIDAK HADIR; the survey offered after a kept visit
    screens.py   the lists, the confirmation, what to bring, STATUS lines
"""

from __future__ import annotations

from puspa.conversation.booking import on_screen
from puspa.conversation.booking.answers import booked, cancelled, days_shown, mine_shown, slots_shown
from puspa.conversation.booking.model import (
    CARD,
    CARD_KEY,
    NAME,
    PREFIX,
    QUIT,
    SECTION,
    BookingState,
    BookVisit,
    CancelVisit,
    ListMine,
    MarkVisit,
    ShowDays,
    ShowSlots,
    StaffDayList,
    queue,
)
from puspa.conversation.booking.resident import back, choose, confirm, start, taps
from puspa.conversation.booking.screens import erase_note, every_screen, menu_row, status_section
from puspa.conversation.booking.staff import day_listed, marked, staff_commands
from puspa.conversation.dialogue import Dialogue
from puspa.conversation.replies import Button
from puspa.domain.booking import FILE, parse_queue
from puspa.domain.content import Content


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


DIALOGUE = Dialogue(
    name=NAME,
    interrupts=(staff_commands, on_screen.completed),
    commands=(taps, on_screen.start, start),
    states={
        BookingState.SERVICE: choose,
        BookingState.DAY: choose,
        BookingState.SLOT: choose,
        BookingState.CONFIRM: confirm,
        BookingState.FORM: on_screen.on_offer,
    },
    keeps=("flow", "flow_at"),
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
    flows=(on_screen.FORM,),
)
