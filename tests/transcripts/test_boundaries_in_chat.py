"""Boundary transcripts: each pins one limit the conversation promises, on both sides of it (these are
the places a mutation run found unguarded)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from puspa.conversation.dialogue import Rules
from puspa.domain.content import Content
from puspa.domain.ticket import ANSWER_MAX
from puspa.whatsapp.limits import TEMPLATE_PARAMETER_MAX, flatten_parameter
from tests.chat import Chat
from tests.fakes import FakeRegistrationStore, FakeTicketStore

WIB = timezone(timedelta(hours=7))
MORNING = datetime(2026, 11, 25, 9, 0, tzinfo=WIB)
STAFF = "6285700000001"
RULES = Rules(admin_ids=frozenset({STAFF}))
IDLE_MINUTES = int(Rules().idle / timedelta(minutes=1))  # a conversation idle this long starts fresh


def test_five_typed_digits_are_a_search_and_six_are_a_personal_number(content: Content) -> None:
    chat = Chat(content, now=MORNING)
    chat.send("menu")
    assert "Mohon jangan mengirim data pribadi" not in chat.send("12345")
    chat.send("menu")
    screen = chat.send("123456")
    assert "Mohon jangan mengirim data pribadi" in screen and "123456" not in screen


def test_a_session_idle_exactly_the_limit_goes_on_and_one_second_more_starts_fresh(content: Content) -> None:
    chat = Chat(content, now=MORNING)
    chat.send("menu")
    chat.send("1")  # Kependudukan
    chat.now = MORNING + timedelta(seconds=20) + Rules().idle  # last message + exactly the idle limit
    assert "*Kartu Keluarga (KK)*" in chat.send("1")
    chat.now += Rules().idle + timedelta(seconds=1) - timedelta(seconds=20)
    assert "Selamat datang" in chat.send("1")


def test_kembali_after_ubah_returns_to_the_summary(content: Content) -> None:
    from tests.transcripts.test_registration_chat import fill_form

    chat = Chat(content, now=MORNING, rules=RULES)
    chat.send("daftar resepsi")
    fill_form(chat)
    assert "Bagian mana yang ingin diubah?" in chat.tap("Ubah")
    assert "*Periksa data pendaftaran Anda*" in chat.send("kembali")
    chat.tap("Ubah")
    chat.tap("Perkiraan tamu")
    assert "*Periksa data pendaftaran Anda*" in chat.send("kembali")  # from the field being changed, too


@pytest.mark.parametrize(("reason", "accepted"), [("abcd", False), ("abcde", True)])
def test_a_refusal_needs_a_reason_of_five_letters(content: Content, reason: str, accepted: bool) -> None:
    from tests.transcripts.test_registration_chat import fill_form

    shared = FakeRegistrationStore()
    siti = Chat(content, now=MORNING, rules=RULES, registrations=shared)
    siti.send("daftar resepsi")
    fill_form(siti)
    siti.tap("Kirim")
    staff = Chat(content, now=MORNING, rules=RULES, wa_id=STAFF, registrations=shared)
    screen = staff.send(f"TOLAK RSP-2026-0001 {reason}")
    assert ("kini *ditolak*" in screen) is accepted
    assert ("Tulis alasan penolakan" in screen) is not accepted


@pytest.mark.parametrize(("length", "sent"), [(ANSWER_MAX, True), (ANSWER_MAX + 1, False)])
def test_staff_answers_up_to_the_limit_are_sent(content: Content, length: int, sent: bool) -> None:
    tickets = FakeTicketStore()
    siti = Chat(content, now=MORNING, rules=RULES, tickets=tickets)
    siti.send("tanya petugas")
    siti.send("Apakah surat pindah bisa diurus di desa atau harus ke kecamatan?")
    staff = Chat(content, now=MORNING, rules=RULES, wa_id=STAFF, tickets=tickets)
    screen = staff.send("JAWAB TNY-2026-0001 " + "x" * length)
    assert ("sudah dikirim ke warga" in screen) is sent
    assert (len(staff.pushes) == 1) is sent


def test_template_parameters_are_cut_at_the_limit_with_an_ellipsis() -> None:
    exact = "a" * TEMPLATE_PARAMETER_MAX
    assert flatten_parameter(exact) == exact
    cut = flatten_parameter("a" * (TEMPLATE_PARAMETER_MAX + 1))
    assert len(cut) == TEMPLATE_PARAMETER_MAX and cut.endswith("…")


def test_staff_typing_ya_on_the_erase_confirmation_confirms_it(content: Content) -> None:
    staff = Chat(content, now=MORNING, rules=RULES, wa_id=STAFF)
    staff.send("menu")
    assert "Lanjutkan?" in staff.send("HAPUS DATA SAYA")
    assert "sudah kami hapus" in staff.send("Setuju")  # an answer here, not a half-written staff command


def test_poison_answers_in_the_form_are_asked_again(content: Content) -> None:
    from tests.transcripts.test_registration_chat import fill_form

    chat = Chat(content, now=MORNING, rules=RULES)
    chat.send("daftar resepsi")
    fill_form(chat)
    chat.tap("Ubah")
    chat.tap("Perkiraan tamu")
    assert "Jumlah tamu harus antara 1 dan 100.000" in chat.send("9" * 5000)
    assert "perkiraan jumlah tamu" in chat.screen
    assert "Pilihan" not in chat.send("²")  # not read as option 2 of a menu


def test_a_question_stops_growing_and_the_resident_is_asked_for_a_new_one(content: Content) -> None:
    from puspa.domain.ticket import THREAD_MAX

    tickets = FakeTicketStore()
    siti = Chat(content, now=MORNING, rules=RULES, tickets=tickets)
    siti.send("tanya petugas")
    siti.send("Apakah surat pindah bisa diurus di desa atau harus ke kecamatan?")
    for number in range(THREAD_MAX - 1):
        siti.send("TANYA TNY-2026-0001")
        siti.send(f"Pertanyaan lanjutan nomor {number} tentang surat pindah.")
    siti.send("TANYA TNY-2026-0001")
    assert "sudah terlalu panjang" in siti.send("Satu lagi pertanyaan tentang surat pindah ya.")
    assert len(tickets.items[("106540352242922", "TNY-2026-0001")]["ticket"].thread) == THREAD_MAX


def test_a_profile_name_holding_a_phone_number_reaches_staff_without_it(content: Content) -> None:
    tickets = FakeTicketStore()
    siti = Chat(content, now=MORNING, rules=RULES, tickets=tickets, profile_name="Siti 0812-3456-7890")
    siti.send("tanya petugas")
    siti.send("Apakah surat pindah bisa diurus di desa atau harus ke kecamatan?")
    stored = tickets.items[("106540352242922", "TNY-2026-0001")]["ticket"]
    assert stored.profile_name == "Siti …"


@pytest.mark.parametrize(("minutes", "erased"), [(IDLE_MINUTES - 1, True), (IDLE_MINUTES + 30, False)])
def test_the_erase_confirmation_waits_the_short_idle_limit_not_a_forms(
    content: Content, minutes: int, erased: bool
) -> None:
    from tests.transcripts.test_registration_chat import fill_form

    shared = FakeRegistrationStore()
    siti = Chat(content, now=MORNING, rules=RULES, registrations=shared)
    siti.send("daftar resepsi")
    fill_form(siti)
    siti.tap("Kirim")
    assert "Lanjutkan?" in siti.send("HAPUS DATA SAYA")
    siti.wait(minutes)  # the erase confirmation is no patient dialogue: 30 minutes, not the form's 2 hours
    screen = siti.send("ya")
    assert ("sudah kami hapus" in screen) is erased
    registration = shared.items[("106540352242922", "RSP-2026-0001")]["reg"]
    assert (registration.status.value == "dibatalkan") is erased
    assert (registration.resident_key == "") is erased
    assert (shared.notices == []) is not erased


def test_hapus_data_saya_names_the_requests_first_and_warns_about_an_approved_one(content: Content) -> None:
    """Issue 27 item 12: the resident sees what will be cancelled before confirming."""
    from puspa.domain.registration import Status
    from tests.transcripts.test_registration_chat import fill_form

    staff_number = "6285700000001"
    rules = Rules(admin_ids=frozenset({staff_number}))
    siti = Chat(content, rules=rules)
    siti.send("daftar resepsi")
    fill_form(siti)
    siti.tap("Kirim")
    Chat(content, rules=rules, wa_id=staff_number, registrations=siti.registrations).send("SETUJU RSP-2026-0001")
    assert next(iter(siti.registrations.items.values()))["reg"].status is Status.DISETUJUI
    screen = siti.send("HAPUS DATA SAYA")
    assert "• *RSP-2026-0001* — Resepsi pernikahan, Sabtu, 19 Desember 2026: disetujui" in screen
    assert "Permohonan RSP-2026-0001 sudah *disetujui*" in screen and "[Ya, hapus] [Batal]" in screen


def test_a_redelivered_ya_hapus_is_answered_as_erased_and_an_old_one_is_not(content: Content) -> None:
    siti = Chat(content)
    siti.send("HAPUS DATA SAYA")
    old_button = siti.replies  # the confirmation, as it stays in the chat
    assert "sudah kami hapus" in siti.tap("Ya, hapus")
    assert "sudah kami hapus" in siti.redeliver()  # Meta delivers the confirming message again
    siti.replies = old_button
    assert "sudah tidak tersedia" in siti.tap("Ya, hapus")  # an old button tapped later: nothing is erased
