"""Transcripts: the words residents type (issue 27, items 8 and 9). A service word is answered with its
card whatever else the sentence mentions; chit-chat gets a friendly word, not a card and not staff."""

from __future__ import annotations

import pytest

from puspa.domain.content import Content
from tests.chat import Chat


@pytest.mark.parametrize(
    ("question", "card"),
    [
        ("ktp ilang pas naek motor", "*KTP Elektronik*"),
        ("kk sy rusak kena banjir, mau cetak ulang gmn", "*Kartu Keluarga (KK)*"),
        ("abis cerai mau bikin kk baru gmn", "*Kartu Keluarga (KK)*"),
        ("tagihan pbb gede, ada keringanan?", "*Pajak PBB*"),
    ],
)
def test_a_service_word_gets_its_card_whatever_else_the_question_mentions(
    question: str, card: str, content: Content
) -> None:
    chat = Chat(content)
    chat.send("halo")
    screen = chat.send(question)
    assert card in screen, screen
    assert "[Tanya petugas]" in screen  # the card keeps its way to staff
    assert "belum ada di menu" not in screen


def test_other_agencies_topics_are_still_offered_to_staff(content: Content) -> None:
    chat = Chat(content)
    chat.send("halo")
    for question in ("perpanjang sim di mana", "bayar pajak motor dmn", "ngurus akta cerai di mana"):
        screen = chat.send(question)
        assert "belum ada di menu" in screen and "[Ya, teruskan]" in screen, question


def test_small_talk_gets_a_friendly_short_answer_not_the_grave_cards(content: Content) -> None:
    chat = Chat(content)
    chat.send("halo")
    screen = chat.send("min udh makan belom?")
    assert screen == (
        "Hehe, terima kasih sudah mengajak ngobrol. 😊 Saya asisten otomatis Kecamatan Jonggol, jadi hanya bisa "
        "membantu urusan layanan kecamatan.\nKetik *MENU* untuk melihat layanan, atau tulis pertanyaan Anda."
    )
    assert "Makam" not in screen and "Penguburan" not in screen
    assert "*KTP Elektronik*" in chat.send("oh iya, ktp hilang gimana")  # and the conversation goes on


def test_small_talk_keeps_the_menu_on_screen(content: Content) -> None:
    chat = Chat(content)
    chat.send("menu")
    assert "ngobrol" in chat.send("wkwkwk")
    assert "*Kartu Keluarga (KK)*" in chat.send("1") + chat.send("1")  # Kependudukan, then its first card


def test_small_talk_as_a_first_message_gets_the_welcome_too(content: Content) -> None:
    screen = Chat(content).send("kamu robot ya min?")
    assert screen.startswith("*PUSPA Kecamatan Jonggol*\nHehe, terima kasih sudah mengajak ngobrol. 😊\nSelamat datang")
    assert "≡ Lihat menu" in screen


def test_a_real_question_with_a_small_talk_word_is_still_offered_to_staff(content: Content) -> None:
    chat = Chat(content)
    chat.send("halo")
    screen = chat.send("min, bantuan buat warga yang rumahnya kena hujan deras kemarin ada ga ya? atapnya bocor semua")
    assert "belum ada di menu" in screen and "[Ya, teruskan]" in screen
