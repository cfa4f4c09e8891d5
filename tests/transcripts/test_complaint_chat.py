"""Saran & pengaduan, as residents and staff chat with it."""

from __future__ import annotations

import pytest

from puspa.conversation.dialogue import Rules
from puspa.conversation.replies import ButtonsReply
from puspa.domain.content import Content
from tests.chat import Chat
from tests.fakes import FakeComplaintStore

STAFF = "6285700000001"
RULES = Rules(admin_ids=frozenset({STAFF}))


@pytest.fixture
def chats(content: Content) -> tuple[Chat, Chat]:
    complaints = FakeComplaintStore()
    resident = Chat(content, rules=RULES, complaints=complaints)
    staff = Chat(content, rules=RULES, wa_id=STAFF, complaints=complaints)
    return resident, staff


def test_a_complaint_gets_a_code_staff_are_told_and_the_answer_reaches_the_resident(chats: tuple[Chat, Chat]) -> None:
    siti, staff = chats
    assert "Tentang apa saran atau pengaduan Anda?" in siti.send("pengaduan")
    assert "Tulis saran atau pengaduan Anda dalam *satu pesan*" in siti.tap("Waktu / antrean")
    screen = siti.send("Antrean KTP hari Senin lama sekali, saya menunggu 3 jam. NIK saya 3201064512900001")
    assert "Kode: *ADU-2026-0001*" in screen
    assert "SP4N-LAPOR!" in screen and "www.lapor.go.id" in screen
    (complaint,) = siti.complaints.items.values()
    assert complaint.category == "Waktu / antrean" and "3201064512900001" not in complaint.text  # NIK masked
    assert siti.complaints.notices[(complaint.office_id, "ADU-2026-0001")]["kind"] == "complaint_new"

    assert "sudah dikirim ke warga" in staff.send("JAWAB ADU-2026-0001 Mohon maaf, Senin kami buka dua loket.")
    (push,) = staff.pushes
    assert push.recipient.wa_id == siti.wa_id and "Senin kami buka dua loket" in push.reply.body  # type: ignore[union-attr]
    assert "*ADU-2026-0001*: sudah ditanggapi" in siti.send("STATUS")


def test_the_office_card_offers_it_and_a_typed_number_picks_a_category(content: Content) -> None:
    chat = Chat(content)
    chat.send("menu")
    chat.tap("Kantor & Kontak")
    card = chat.tap("Kantor Kecamatan") if "Kantor Kecamatan" in chat.screen else chat.screen
    assert "[Saran & pengaduan]" in card
    chat.tap("Saran & pengaduan")
    assert "satu pesan" in chat.send("5")  # the fifth category, typed


def test_too_short_a_text_is_asked_again_and_batal_keeps_nothing(chats: tuple[Chat, Chat]) -> None:
    siti, _ = chats
    siti.send("saran")
    siti.tap("Saran / usulan")
    assert "paling sedikit 15 huruf" in siti.send("kurang bagus")
    assert "tidak jadi dikirim" in siti.send("BATAL")
    assert siti.complaints.items == {}


def test_kembali_from_the_text_returns_to_the_categories(chats: tuple[Chat, Chat]) -> None:
    siti, _ = chats
    siti.send("keluhan")
    siti.tap("Sikap petugas")
    assert "Tentang apa saran atau pengaduan Anda?" in siti.send("KEMBALI")


def test_hapus_data_saya_deletes_the_complaint_and_its_notice(chats: tuple[Chat, Chat]) -> None:
    siti, staff = chats
    siti.send("pengaduan")
    siti.tap("Biaya / pungutan")
    siti.send("Saya diminta membayar untuk surat pengantar di loket.")
    siti.send("HAPUS DATA SAYA")
    siti.tap("Ya, hapus")
    assert siti.complaints.items == {} and siti.complaints.notices == {}
    assert "tidak ditemukan" in staff.send("JAWAB ADU-2026-0001 Kami periksa.")


def test_a_resident_cannot_answer_a_complaint(chats: tuple[Chat, Chat]) -> None:
    siti, _ = chats
    siti.send("pengaduan")
    siti.tap("Lainnya")
    siti.send("Parkiran kantor kecamatan sempit sekali.")
    siti.send("JAWAB ADU-2026-0001 sudah beres")
    (complaint,) = siti.complaints.items.values()
    assert complaint.answer == "" and siti.pushes == []
    assert isinstance(siti.replies[0], ButtonsReply)
