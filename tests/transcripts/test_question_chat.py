"""Transcripts: a resident's question reaches staff; the answer comes back in the same chat."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from puspa.conversation.dialogue import Rules
from puspa.conversation.replies import ButtonsReply, TextReply
from puspa.domain.content import Content
from tests.chat import Chat
from tests.fakes import FakeRegistrationStore, FakeTicketStore

WIB = timezone(timedelta(hours=7))
MORNING = datetime(2026, 11, 25, 9, 0, tzinfo=WIB)
STAFF, STAFF2 = "6285700000001", "6285700000002"
RULES = Rules(admin_ids=frozenset({STAFF, STAFF2}))
QUESTION = "Apakah surat pindah bisa diurus di desa atau harus ke kecamatan?"


@pytest.fixture
def tickets() -> FakeTicketStore:
    return FakeTicketStore()


def people(content: Content, tickets: FakeTicketStore) -> tuple[Chat, Chat, Chat]:
    shared = FakeRegistrationStore()
    make = lambda wa_id: Chat(content, now=MORNING, rules=RULES, wa_id=wa_id, registrations=shared, tickets=tickets)  # noqa: E731
    return make("6281234567890"), make(STAFF), make(STAFF2)


def test_question_from_a_card(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    siti.send("syarat kk")
    siti.tap("Tanya petugas")
    screen = siti.send(QUESTION)
    assert "✅ Pertanyaan Anda sudah kami teruskan ke petugas." in screen
    assert "Kode: *TNY-2026-0001*" in screen
    assert "Petugas akan menjawab pada jam kerja hari ini." in screen
    assert "≡ Lihat menu" in screen  # back to the menu in the same message
    (item,) = tickets.items.values()
    assert item["ticket"].service_id == "kk" and item["ticket"].profile_name == "Siti"
    assert "*Kartu Keluarga (KK)*" in siti.send("kk")  # later messages are ordinary bot turns


def test_question_from_the_menu(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    siti.send("menu")
    assert "Silakan tulis pertanyaan Anda" in siti.tap("Tanya petugas")
    assert "TNY-2026-0001" in siti.send(QUESTION)


def test_question_from_a_failed_search_is_forwarded_as_typed(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    siti.send("halo")
    siti.send("kapan jadwal posyandu di desa sukamaju bulan ini")
    assert "Kode: *TNY-2026-0001*" in siti.tap("Ya, teruskan")
    (item,) = tickets.items.values()
    assert item["ticket"].question == "kapan jadwal posyandu di desa sukamaju bulan ini"


def test_too_short_and_non_text_questions_are_asked_again(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    siti.send("tanya petugas")
    assert "hanya pesan teks yang bisa kami teruskan" in siti.send_media("image")
    assert "Pertanyaannya terlalu singkat" in siti.send("kk?")
    assert tickets.items == {}
    assert "Baik, pertanyaan tidak jadi dikirim." in siti.tap("Batal")


def test_open_questions_are_limited(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    for number in range(3):
        siti.send("tanya petugas")
        siti.send(f"{QUESTION} (nomor {number})")
    siti.send("tanya petugas")
    screen = siti.send(QUESTION)
    assert "Anda masih punya 3 pertanyaan yang belum selesai" in screen
    assert len(tickets.items) == 3


def ask(siti: Chat) -> str:
    siti.send("tanya petugas")
    siti.send(QUESTION)
    return "TNY-2026-0001"


def test_staff_answer_by_jawab_reaches_the_resident(content: Content, tickets: FakeTicketStore) -> None:
    siti, staff, _ = people(content, tickets)
    code = ask(siti)
    screen = staff.send(f"JAWAB {code} Bisa di desa, Bu.\nBawa KK dan KTP-el.")
    assert f"Jawaban untuk *{code}* sudah dikirim ke warga." in screen
    (push,) = staff.pushes
    assert push.recipient.wa_id == "6281234567890"
    assert isinstance(push.reply, ButtonsReply)
    assert (
        "💬 *Jawaban petugas PUSPA* untuk pertanyaan *TNY-2026-0001*:\n\nBisa di desa, Bu.\nBawa KK dan KTP-el."
        in push.reply.body
    )
    assert [b.title for b in push.reply.buttons] == ["Sudah jelas", "Tanya lagi"]
    assert push.template.parameters == ("TNY-2026-0001", "Bisa di desa, Bu. Bawa KK dan KTP-el.")  # flattened
    assert "6285700000001" not in push.reply.body and "petugas …0001" not in push.reply.body


def test_staff_answer_by_replying_to_the_notification(content: Content, tickets: FakeTicketStore) -> None:
    siti, staff, _ = people(content, tickets)
    code = ask(siti)
    tickets.message_refs["wamid.NOTIFICATION1"] = code  # notify_admins records this when it sends
    assert "sudah dikirim ke warga" in staff.send("Bisa di desa, Bu.", reply_to="wamid.NOTIFICATION1")
    assert staff.pushes[-1].recipient.wa_id == "6281234567890"
    assert "tidak terhubung ke pertanyaan warga" in staff.send("Halo", reply_to="wamid.UNKNOWN")


def test_two_staff_answering_the_same_question(content: Content, tickets: FakeTicketStore) -> None:
    siti, staff, staff2 = people(content, tickets)
    code = ask(siti)
    staff.send(f"JAWAB {code} Bisa di desa.")
    screen = staff2.send(f"JAWAB {code} Tambahan: bawa juga surat pengantar RT.")
    assert "sudah dijawab sebelumnya oleh petugas …0001" in screen and "Jawaban Anda ditambahkan" in screen
    thread = tickets.items[("106540352242922", code)]["ticket"].thread
    assert [e.author for e in thread] == ["warga", "petugas …0001", "petugas …0002"]


def test_tanya_lagi_adds_to_the_same_ticket_and_sudah_jelas_closes_it(
    content: Content, tickets: FakeTicketStore
) -> None:
    siti, staff, _ = people(content, tickets)
    code = ask(siti)
    staff.send(f"JAWAB {code} Bisa di desa.")
    siti.replies = (staff.pushes[-1].reply,)
    assert f"pertanyaan lanjutan untuk *{code}*" in siti.tap("Tanya lagi")
    assert f"Pertanyaan lanjutan Anda sudah kami teruskan ke petugas (kode *{code}*)" in siti.send(
        "Kalau pindah antar kabupaten bagaimana?"
    )
    ticket = tickets.items[("106540352242922", code)]["ticket"]
    assert ticket.status.value == "terbuka" and ticket.thread[-1].text == "Kalau pindah antar kabupaten bagaimana?"
    assert tickets.notices[-1]["kind"] == "ticket_followup"
    staff.send(f"JAWAB {code} Ke Disdukcapil.")
    siti.replies = (staff.pushes[-1].reply,)
    assert f"Pertanyaan *{code}* kami tutup" in siti.tap("Sudah jelas")
    assert tickets.items[("106540352242922", code)]["ticket"].status.value == "selesai"


def test_long_answer_is_sent_as_text_and_too_long_is_refused(content: Content, tickets: FakeTicketStore) -> None:
    siti, staff, _ = people(content, tickets)
    code = ask(siti)
    staff.send(f"JAWAB {code} " + "Penjelasan panjang. " * 60)
    assert isinstance(staff.pushes[-1].reply, TextReply)
    assert f"Balas *JELAS {code}*" in staff.pushes[-1].reply.body
    screen = staff.send(f"JAWAB {code} " + "x" * 3600)
    assert "Jawaban terlalu panjang (3600 huruf, maks. 3500)" in screen and "belum dikirim ke warga" in screen
    assert f"Pertanyaan *{code}* kami tutup" in siti.send(f"jelas {code}")


def test_tutup_closes_politely(content: Content, tickets: FakeTicketStore) -> None:
    siti, staff, _ = people(content, tickets)
    code = ask(siti)
    assert f"*{code}* ditutup. Warga sudah kami kabari." in staff.send(f"TUTUP {code}")
    assert "ditutup oleh petugas" in staff.pushes[-1].reply.body  # type: ignore[union-attr]
    assert "sudah ditutup petugas" in staff.send(f"TUTUP {code}")


def test_status_and_hapus_data_saya_with_an_open_question(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    ask(siti)
    screen = siti.send("STATUS")
    assert "*Pertanyaan Anda*" in screen and "*TNY-2026-0001*" in screen and "menunggu jawaban petugas" in screen
    siti.send("HAPUS DATA SAYA")
    siti.tap("Ya, hapus")
    assert tickets.items == {}
    assert "Belum ada permohonan atau pertanyaan" in siti.send("status")


def test_jawab_from_a_number_not_on_the_list_is_a_resident_message(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    code = ask(siti)
    stranger = Chat(content, now=MORNING, rules=RULES, wa_id="6281111111111", tickets=tickets)
    stranger.send("halo")
    screen = stranger.send(f"JAWAB {code} ini jawaban palsu")
    assert "sudah dikirim ke warga" not in screen
    assert stranger.pushes == []
    assert tickets.items[("106540352242922", code)]["ticket"].answers == ()


def test_adding_to_ones_own_answer_gets_no_already_answered_note(content: Content, tickets: FakeTicketStore) -> None:
    siti, staff, _ = people(content, tickets)
    code = ask(siti)
    staff.send(f"JAWAB {code} Bisa di desa.")
    screen = staff.send(f"JAWAB {code} Tambahan: bawa KK.")
    assert "sudah dikirim ke warga" in screen and "sudah dijawab sebelumnya" not in screen


@pytest.mark.parametrize(
    "reply",
    ["Proses KK baru 14 hari kerja, Bu.", "Tutup jam 16.00, Bu.", "Setuju, bisa di desa.", "Selesai di desa, Bu."],
)
def test_a_reply_starting_with_a_command_word_is_an_answer(
    content: Content, tickets: FakeTicketStore, reply: str
) -> None:
    siti, staff, _ = people(content, tickets)
    code = ask(siti)
    tickets.message_refs["wamid.N1"] = code
    assert "sudah dikirim ke warga" in staff.send(reply, reply_to="wamid.N1")
    ticket = tickets.items[("106540352242922", code)]["ticket"]
    assert ticket.status.value == "dijawab" and ticket.answers[-1].text == reply


def test_reply_to_with_jawab_and_a_code_elsewhere_answers_the_replied_question(
    content: Content, tickets: FakeTicketStore
) -> None:
    siti, staff, _ = people(content, tickets)
    code = ask(siti)
    tickets.message_refs["wamid.N1"] = code
    staff.send("JAWAB Sama seperti jawaban TNY-2026-0002: bawa KK.", reply_to="wamid.N1")
    assert tickets.items[("106540352242922", code)]["ticket"].answers[-1].text.startswith("Sama seperti")
    assert "ditutup" in staff.send("TUTUP", reply_to="wamid.N1")


def test_an_over_long_reply_is_refused_back_to_staff(content: Content, tickets: FakeTicketStore) -> None:
    siti, staff, _ = people(content, tickets)
    code = ask(siti)
    tickets.message_refs["wamid.N1"] = code
    assert "Jawaban terlalu panjang (4100 huruf" in staff.send("x" * 4100, reply_to="wamid.N1")
    assert tickets.items[("106540352242922", code)]["ticket"].answers == ()


def test_answered_questions_do_not_block_new_ones(content: Content, tickets: FakeTicketStore) -> None:
    siti, staff, _ = people(content, tickets)
    for number in range(3):
        siti.send("tanya petugas")
        siti.send(f"{QUESTION} ({number})")
        staff.send(f"JAWAB TNY-2026-000{number + 1} Sudah kami jawab.")
    siti.send("tanya petugas")
    assert "Kode: *TNY-2026-0004*" in siti.send(QUESTION)


def test_the_prompt_tells_the_real_time_on_a_first_message(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    screen = siti.send("tanya petugas")
    assert "Petugas akan menjawab pada jam kerja hari ini." in screen and "2000" not in screen


def test_a_question_starting_with_status_is_a_question(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    siti.send("tanya petugas")
    screen = siti.send("Status perkawinan di KTP saya masih belum kawin, bagaimana cara mengubahnya?")
    assert "Kode: *TNY-2026-0001*" in screen


def test_menu_numbers_work_after_the_confirmation(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    ask(siti)
    assert "*Kependudukan*" in siti.send("1")


def test_an_unknown_first_message_is_offered_to_staff(content: Content, tickets: FakeTicketStore) -> None:
    siti, _, _ = people(content, tickets)
    screen = siti.send("kapan jadwal posyandu di desa sukamaju bulan ini")
    assert "Selamat datang di *PUSPA*" in screen and "Mau kami teruskan ke petugas?" in screen
    assert "Kode: *TNY-2026-0001*" in siti.tap("Ya, teruskan")
    assert "Selamat datang" in Chat(content, now=MORNING).send("test")  # a stray word still gets the welcome


def test_reading_a_question_closed_without_answer(content: Content, tickets: FakeTicketStore) -> None:
    siti, staff, _ = people(content, tickets)
    code = ask(siti)
    staff.send(f"TUTUP {code}")
    siti.replies = (staff.pushes[-1].reply,)
    from puspa.conversation.inbound import InboundKind

    screen = siti._turn(kind=InboundKind.CHOICE, choice_id=f"tny:read:{code}")
    assert "ditutup petugas tanpa jawaban tertulis" in screen


def test_what_found_no_card_is_remembered_without_digits_for_the_digest(
    content: Content, tickets: FakeTicketStore
) -> None:
    siti, _, _ = people(content, tickets)
    siti.send("harga beras 12000 sekilo sekarang berapa ya")
    siti.send("tanya petugas")
    siti.send("Apakah surat pindah bisa diurus di desa atau harus ke kecamatan?")
    assert siti.session is not None
    assert [q for q, _ in siti.session.unanswered] == [
        "harga beras # sekilo sekarang berapa ya",
        "apakah surat pindah bisa diurus di desa atau harus ke kecamatan?",
    ]


def test_jawab_with_another_kinds_code_is_left_to_that_kind(content: Content) -> None:
    """JAWAB is every kind's verb: a question's parser leaves "JAWAB ADU-…" (a complaint) alone."""
    from puspa.conversation.question.staff import parse_ticket_command

    assert parse_ticket_command("JAWAB ADU-2026-0001 Sudah kami tindak lanjuti.", "", "petugas …0001") is None
    refused = parse_ticket_command("JAWAB 2026-0001 Sudah.", "", "petugas …0001")
    assert refused is not None and "Kode pertanyaan tidak terbaca" in str(refused)
