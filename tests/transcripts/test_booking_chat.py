"""Ambil antrian, as residents and staff chat with it (the test office's antrian.yaml: KK at 6 places
an hour, KTP-el at 4; five working days ahead). The chats start on Wednesday 25 November 2026 at
16.00 WIB, after the office closed: the first day that can be booked is Thursday."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from content_seed.files import load_bundle
from content_seed.publish import validate
from puspa.conversation.dialogue import Rules
from puspa.conversation.replies import ListReply
from puspa.domain.booking import BookingStatus
from puspa.domain.content import Content
from tests.chat import Chat, show
from tests.fake_bookings import FakeBookingStore

OFFICE = Path(__file__).parents[1] / "data" / "offices" / "cileungsi-filled"
STAFF = "6280000000001"  # petugas.yaml of the test office
RULES = Rules()


@pytest.fixture(scope="module")
def office() -> Content:
    return validate(load_bundle(OFFICE))


@pytest.fixture
def bookings() -> FakeBookingStore:
    return FakeBookingStore()


def resident(office: Content, bookings: FakeBookingStore, n: int = 0) -> Chat:
    return Chat(office, rules=RULES, wa_id=f"62812345678{n:02d}", bookings=bookings)


def rows(chat: Chat) -> dict[str, str]:
    """The list rows on screen: title -> description (the free places)."""
    (reply,) = chat.replies
    assert isinstance(reply, ListReply), chat.screen
    return {row.title: row.description for section in reply.sections for row in section.rows}


def yes(chat: Chat) -> str:
    """Confirm without a reminder: "Ya, tanpa pengingat" where a reminder is offered, else "Ya, ambil"."""
    return chat.tap("Ya, tanpa pengingat" if "[Ya, tanpa pengingat]" in chat.screen else "Ya, ambil")


def book_ktp_thursday_eight(chat: Chat) -> str:
    chat.send("antri ktp besok")
    chat.tap("08.00–09.00")
    return yes(chat)


def test_from_the_card_a_resident_books_a_slot_and_is_told_what_to_bring(
    office: Content, bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    siti.send("syarat kk")
    card = siti.screen
    assert "[Ambil antrian]" in card
    days = siti.tap("Ambil antrian")
    assert "*Antrian Kartu Keluarga (KK)* (Loket 1 (data uji))" in days
    assert "1. Kam, 26 Nov" in days and "5. Rab, 2 Des" in days  # five working days, the weekend skipped
    assert rows(siti)["1. Kam, 26 Nov"] == "30 tempat lagi"  # 5 hours of 6 places
    slots = siti.tap("Kam, 26 Nov")
    assert "Kamis, 26 November 2026" in slots and rows(siti)["1. 08.00–09.00"] == "6 tempat lagi"
    thursday = siti.tap("08.00–09.00")  # Thursday's reminder would have gone at 08.00 today: none is offered
    assert "*Ambil antrian ini?*" in thursday and "[Ya, ambil] [Batal]" in thursday and "ingatkan" not in thursday
    siti.send("KEMBALI")
    siti.tap("Jum, 27 Nov")
    confirm = siti.tap("08.00–09.00")
    assert "[Ya, ingatkan saya] [Ya, tanpa pengingat] [Batal]" in confirm
    done = siti.tap("Ya, ingatkan saya")
    assert "*A-001* · Jumat, 27 November 2026 · 08.00–09.00" in done
    assert "Kami ingatkan pada hari kerja sebelumnya." in done
    assert "*Yang perlu dibawa*" in done and "Datanglah 10 menit sebelum jam Anda" in done
    assert "[Cek berkas dulu] [Pindah jadwal] [Batalkan]" in done
    (booking,) = bookings.bookings.values()
    assert booking.remind and booking.status is BookingStatus.AKTIF and booking.code == "A-001"
    notice = siti.tap("Cek berkas dulu")  # the papers check, tied to this visit
    assert "[Setuju, kirim berkas]" in notice and "untuk antrean *A-001*" in notice


def test_typed_words_and_numbers_reach_the_same_place(office: Content, bookings: FakeBookingStore) -> None:
    siti = resident(office, bookings)
    slots = siti.send("antri ktp besok")  # straight to Thursday's hours
    assert "*Antrian KTP" in slots and "Kamis, 26 November 2026" in slots
    assert set(rows(siti).values()) == {"4 tempat lagi"}
    assert "Ambil antrian ini?" in siti.send("2")  # the second hour, typed
    assert "*B-005* · Kamis, 26 November 2026 · 09.00–10.00" in siti.send("1")  # "Ya, ambil"

    budi = resident(office, bookings, 1)
    menu = budi.send("antrian")
    assert "Untuk layanan apa" in menu and "1. Kartu Keluarga" in menu
    assert "Pilih hari kedatangan" in budi.send("1")
    assert "Pilih jam kedatangan" in budi.send("3")  # Monday
    assert "Ketuk salah satu pilihan" in budi.send("pagi saja")  # not a choice: asked again


def test_the_last_places_go_to_the_first_and_the_next_is_offered_the_next_free_hour(
    office: Content, bookings: FakeBookingStore
) -> None:
    chats = [resident(office, bookings, n) for n in range(5)]
    for chat in chats:  # all five see a free place and reach the confirmation
        chat.send("antri ktp besok")
        chat.tap("08.00–09.00")
    codes = [yes(chat) for chat in chats]
    assert len([c for c in codes if "· Kamis, 26 November 2026 · 08.00–09.00" in c and "✅" in c]) == 4
    late = codes[4]
    assert "baru saja habis" in late and "Kamis, 26 November 2026* · 09.00–10.00" in late
    assert "Ambil antrian ini?" in chats[4].tap("Ambil jam itu")
    assert "*B-005* · Kamis, 26 November 2026 · 09.00–10.00" in yes(chats[4])
    chats[0].send("antri ktp besok")
    assert rows(chats[0])["1. 08.00–09.00"] == "penuh" and rows(chats[0])["2. 09.00–10.00"] == "3 tempat lagi"


def test_one_active_booking_per_service(office: Content, bookings: FakeBookingStore) -> None:
    siti = resident(office, bookings)
    book_ktp_thursday_eight(siti)
    siti.send("antri ktp lusa")
    siti.tap("10.00–11.00")
    limit = yes(siti)
    assert "sudah punya 1 antrian aktif untuk layanan ini: *B-001*" in limit and "[Pindah jadwal]" in limit
    assert len(bookings.bookings) == 1


def test_moving_frees_the_old_place_and_cancelling_frees_it_at_once(
    office: Content, bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    book_ktp_thursday_eight(siti)
    siti.tap("Pindah jadwal")
    siti.tap("Jum, 27 Nov")
    assert "Pindahkan antrian Anda ke jadwal ini?" in siti.tap("13.00–14.00")
    moved = yes(siti)
    assert "sudah dipindah" in moved and "Jumat, 27 November 2026 · 13.00–14.00" in moved
    (booking,) = bookings.bookings.values()
    assert booking.moved == 1 and booking.code == "B-013"
    assert bookings.taken(booking.office_id, "ktp_el", ["2026-11-26"]) == {"2026-11-26": {}}

    assert "Batalkan antrian ini?" in siti.tap("Batalkan")
    assert "sudah dibatalkan" in siti.tap("Ya, batalkan")
    assert bookings.taken(booking.office_id, "ktp_el", ["2026-11-27"]) == {"2026-11-27": {}}
    assert "sudah dibatalkan" in siti.redeliver()  # a replay: still cancelled, nothing else changes
    budi = resident(office, bookings, 1)
    budi.send("antri ktp jumat")
    budi.tap("13.00–14.00")
    assert "*B-013*" in yes(budi)  # the freed place, taken again at once


def test_the_reminders_cancel_button_works_days_later(office: Content, bookings: FakeBookingStore) -> None:
    siti = resident(office, bookings)
    book_ktp_thursday_eight(siti)
    (booking,) = bookings.bookings.values()
    siti.wait(60 * 24)
    assert "Batalkan antrian ini?" in siti.tap_earlier(f"ant:cancel:{booking.id}")
    assert "sudah dibatalkan" in siti.tap("Ya, batalkan")
    other = resident(office, bookings, 3)
    assert "tidak ditemukan" in other.tap_earlier(f"ant:cancelok:{booking.id}")  # not theirs


def test_staff_list_the_day_and_mark_visits_and_missed_visits_pause_booking(
    office: Content, bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    staff = Chat(office, rules=RULES, wa_id=STAFF, bookings=bookings)
    book_ktp_thursday_eight(siti)
    staff.now = siti.now = staff.now + timedelta(hours=17)  # Thursday 09.00 WIB
    day = staff.send("ANTRIAN")
    assert "*Antrian Kamis, 26 November 2026* (1)" in day and "B-001 · 08.00–09.00" in day and "terjadwal" in day
    assert "ditandai tidak hadir" in staff.send("TIDAK HADIR B-001")
    assert staff.pushes == []  # a missed visit: nothing sent to the resident
    assert "sudah tercatat sebelumnya" in staff.send("tidak hadir b1")
    assert "tidak ditemukan" in staff.send("HADIR B-002")

    siti.send("antri ktp besok")
    siti.tap("08.00–09.00")
    yes(siti)  # B-001 on Friday
    staff.now = siti.now = staff.now + timedelta(days=1)
    assert "ditandai tidak hadir" in staff.send("TIDAK HADIR B-001")
    siti.send("antri kk senin")
    siti.tap("08.00–09.00")
    paused = yes(siti)
    assert "sudah 2 kali tidak datang" in paused and "bulan depan" in paused and "langsung di kantor" in paused
    assert "siti" not in staff.send("ANTRIAN").lower()


def test_a_resident_cannot_mark_and_status_and_erasure_see_the_booking(
    office: Content, bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    book_ktp_thursday_eight(siti)
    assert "ditandai" not in siti.send("HADIR B-001")
    assert "*B-001* KTP" in siti.send("STATUS") and "terjadwal" in siti.screen
    siti.send("HAPUS DATA SAYA")
    siti.tap("Ya, hapus")
    assert bookings.bookings == {} and bookings.places == {}


def test_batal_keeps_nothing_and_kembali_goes_back_a_step(office: Content, bookings: FakeBookingStore) -> None:
    siti = resident(office, bookings)
    siti.send("antri ktp besok")
    assert "Pilih hari kedatangan" in siti.send("KEMBALI")
    siti.tap("Jum, 27 Nov")
    siti.tap("08.00–09.00")
    assert "tidak jadi diambil" in siti.send("BATAL")
    assert bookings.bookings == {}


def test_jonggol_has_no_queue_until_it_publishes_antrian(content: Content) -> None:
    chat = Chat(content)
    assert "Ambil antrian" not in chat.send("antrian") or "Untuk layanan apa" not in chat.screen


def test_a_visit_marked_hadir_offers_the_survey_inside_the_window_only(
    office: Content, bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    staff = Chat(office, rules=RULES, wa_id=STAFF, bookings=bookings)
    book_ktp_thursday_eight(siti)
    staff.now = staff.now + timedelta(hours=17)
    assert "ditandai hadir" in staff.send("HADIR B-001")
    (offer,) = staff.pushes
    assert offer.recipient.wa_id == siti.wa_id and offer.template is None  # no template: not sent outside the window
    text = show(offer.reply)
    assert "Terima kasih sudah datang untuk layanan *KTP" in text and "[Mulai survei]" in text
    assert "sudah tercatat sebelumnya" in staff.send("HADIR B-001") and len(staff.pushes) == 1  # offered once
    siti.now = staff.now
    assert "Survei kepuasan — pertanyaan 1 dari 9" in siti.tap_earlier(offer.reply.buttons[0].id)  # type: ignore[union-attr]


def test_a_move_whose_hour_went_meanwhile_takes_the_next_hour_offered(
    office: Content, bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    book_ktp_thursday_eight(siti)
    (mine,) = bookings.bookings.values()
    assert ":" in mine.id  # a booking id holds the message's tag: the tap id parsing must not cut it
    siti.tap("Pindah jadwal")
    siti.tap("Jum, 27 Nov")
    siti.tap("13.00–14.00")
    for n in range(1, 5):  # meanwhile the four places of that hour are taken
        other = resident(office, bookings, n)
        other.send("antri ktp jumat")
        other.tap("13.00–14.00")
        yes(other)
    full = yes(siti)
    assert "baru saja habis" in full and "Jumat, 27 November 2026* · 14.00–15.00" in full
    siti.tap("Ambil jam itu")
    moved = yes(siti)
    assert "sudah dipindah" in moved and "Jumat, 27 November 2026 · 14.00–15.00" in moved
    assert bookings.bookings[mine.id].moved == 1 and len([b for b in bookings.bookings.values()
                                                          if b.resident_key == mine.resident_key]) == 1  # fmt: skip


def test_a_move_cannot_change_the_service(office: Content, bookings: FakeBookingStore) -> None:
    siti = resident(office, bookings)
    book_ktp_thursday_eight(siti)
    siti.tap("Pindah jadwal")
    siti.tap_earlier("ant:svc:kk")  # a service row of an earlier list, tapped while moving: a new KK booking
    siti.tap("Jum, 27 Nov")
    assert "*Ambil antrian ini?*" in siti.tap("08.00–09.00")
    yes(siti)
    services = sorted(b.service for b in bookings.bookings.values() if b.status is BookingStatus.AKTIF)
    assert services == ["kk", "ktp_el"]  # the KTP-el booking stays; the KK one is new (its own limit)
