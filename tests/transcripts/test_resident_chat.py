"""Transcripts: what a resident types and what PUSPA answers, in order."""

from __future__ import annotations

from puspa.domain.content import Content
from tests.chat import Chat


def test_first_message_test_gets_welcome_with_menu(content: Content) -> None:
    chat = Chat(content)
    screen = chat.send("test")
    assert "Selamat datang di *PUSPA*" in screen
    assert "≡ Lihat menu" in screen
    assert "1. Kependudukan" in screen
    assert "10. Tanya petugas" in screen
    assert len(chat.replies) == 1


def test_sundanese_greeting_gets_welcome(content: Content) -> None:
    assert "Selamat datang" in Chat(content).send("Punten, sampurasun")


def test_sticker_as_first_message_gets_welcome_then_friendly_note(content: Content) -> None:
    chat = Chat(content)
    assert "Selamat datang" in chat.send_media("sticker")
    screen = chat.send_media("audio")
    assert "belum bisa membaca pesan suara" in screen
    assert "[Menu utama]" in screen
    assert len(chat.replies) == 1


def test_menu_to_category_to_card_and_back(content: Content) -> None:
    chat = Chat(content)
    chat.send("halo")
    screen = chat.tap("Kependudukan")
    assert "*Kependudukan*" in screen
    assert "1. Kartu Keluarga (KK)" in screen
    screen = chat.tap("Kartu Keluarga (KK)")
    assert "*Kartu Keluarga (KK)*" in screen
    assert "*Persyaratan*" in screen
    assert "*Biaya:* Gratis" in screen
    assert "Info diperiksa 29 November 2026" in screen
    assert "[Cek berkas dulu] [Menu utama] [Tanya petugas]" in screen  # its `tombol` takes Kembali's place
    assert "*Kependudukan*" in chat.send("kembali")
    screen = chat.tap("Legalisir KK & KTP")
    assert "[Kembali] [Menu utama] [Tanya petugas]" in screen
    assert "*Kependudukan*" in chat.tap("Kembali")
    assert "*Menu utama*" in chat.send("kembali")


def test_typed_numbers_work_like_taps(content: Content) -> None:
    chat = Chat(content)
    chat.send("INFO")
    assert "*Kependudukan*" in chat.send("1")
    assert "*KTP Elektronik*" in chat.send("2")
    assert "*Kependudukan*" in chat.send("0")
    assert "*Legalisir KK & KTP*" in chat.send("6")
    assert "*Kependudukan*" in chat.send("1")  # on a card without `tombol`, 1 = Kembali
    assert "Pilihan *42* tidak ada" in chat.send("42")


def test_single_service_category_opens_the_card(content: Content) -> None:
    chat = Chat(content)
    chat.send("menu")
    screen = chat.tap("Nikah di KUA")
    assert "Nikah di KUA" in screen
    assert "600.000" in screen
    assert "*Menu utama*" in chat.send("kembali")


def test_free_text_finds_the_card(content: Content) -> None:
    chat = Chat(content)
    assert "*Kartu Keluarga (KK)*" in chat.send("syarat bikin kk")
    assert "*Akta Kelahiran*" in chat.send("akte lahir anak")


def test_ambiguous_text_asks_which_one(content: Content) -> None:
    chat = Chat(content)
    chat.send("halo")
    screen = chat.send("ktp")
    assert "Maksud Anda salah satu ini?" in screen
    assert "  1. KTP Elektronik" in screen  # three guesses and "Tanya petugas": a short list
    assert "  4. Tanya petugas" in screen
    assert "*KTP Elektronik*" in chat.send("1")


def test_unknown_question_is_offered_to_staff(content: Content) -> None:
    chat = Chat(content)
    chat.send("halo")
    screen = chat.send("jadwal posyandu bulan ini")
    assert "Maaf, pertanyaan Anda belum ada di menu. Mau kami teruskan ke petugas?" in screen
    assert "[Ya, teruskan] [Lihat menu]" in screen
    assert "*Menu utama*" in chat.tap("Lihat menu")


def test_batal_cancels_a_choice(content: Content) -> None:
    chat = Chat(content)
    chat.send("ktp")
    assert "Baik, dibatalkan." in chat.send("BATAL")
    assert chat.session is not None and chat.session.state.value == "main_menu"


def test_idle_session_starts_fresh_with_welcome(content: Content) -> None:
    chat = Chat(content)
    chat.send("menu")
    chat.send("1")
    chat.wait(31)
    assert "Selamat datang" in chat.send("2")  # the old menu's numbers no longer apply


def test_reaction_edit_and_system_get_no_answer(content: Content) -> None:
    chat = Chat(content)
    chat.send("halo")
    for kind in ("reaction", "edit", "revoke", "system"):
        assert chat.send_ignored(kind) == ""


def test_tanya_petugas_asks_for_the_question(content: Content) -> None:
    chat = Chat(content)
    chat.send("kk")
    screen = chat.tap("Tanya petugas")
    assert "Silakan tulis pertanyaan Anda untuk petugas dalam satu pesan teks." in screen
    assert "Mohon tidak menulis NIK" in screen and "[Batal]" in screen


def test_tap_on_an_unknown_id_gets_the_menu(content: Content) -> None:
    chat = Chat(content)
    chat.send("halo")
    chat.replies = (chat.replies[0],)
    from puspa.conversation.inbound import InboundKind

    screen = chat._turn(kind=InboundKind.CHOICE, choice_id="svc:tidak_ada")
    assert "pilihan itu sudah tidak tersedia" in screen


def test_makam_is_a_service_not_a_misspelt_greeting(content: Content) -> None:
    chat = Chat(content)
    chat.send("halo")
    screen = chat.send("makam")
    assert "Selamat datang" not in screen
    assert "Pembangunan Makam" in screen


def test_a_long_number_is_not_a_menu_choice_and_is_not_echoed(content: Content) -> None:
    chat = Chat(content)
    chat.send("menu")
    screen = chat.send("3201064512900001")
    assert "3201064512900001" not in screen
    assert "Mohon jangan mengirim data pribadi" in screen


def test_kembali_from_tanya_petugas_returns_to_the_card(content: Content) -> None:
    chat = Chat(content)
    chat.send("ktp hilang")
    chat.tap("Tanya petugas")
    assert "*KTP Elektronik*" in chat.send("kembali")


def test_typed_labels_work_like_taps(content: Content) -> None:
    chat = Chat(content)
    chat.send("halo")
    assert "Silakan tulis pertanyaan Anda untuk petugas" in chat.send("tanya petugas")
    chat.send("batal")
    assert "*Kependudukan*" in chat.send("Kependudukan")
    assert "*Menu utama*" in chat.send("lihat menu")


def test_thanks_get_a_short_answer(content: Content) -> None:
    chat = Chat(content)
    chat.send("kk")
    for text in ("terima kasih", "makasih min", "ok makasih", "👍"):
        assert chat.send(text).startswith("Sama-sama"), text
    assert chat.send("ok").startswith("Baik.")  # an acknowledgement is not thanked
    assert chat.send("siap min").startswith("Baik.")


def test_a_photo_keeps_the_numbers_of_the_menu_on_screen(content: Content) -> None:
    chat = Chat(content)
    chat.send("menu")
    assert "belum bisa membaca gambar" in chat.send_media("image")
    assert "*Izin Usaha & Reklame*" in chat.send("2")


def test_number_out_of_range_names_the_allowed_numbers(content: Content) -> None:
    from puspa.conversation import screens as render

    chat = Chat(content)
    chat.send("kk")
    assert "Pilihan *7* tidak ada. Ketik angka 1–3" in chat.send("7")
    single, _ = render.number_out_of_range(7, ("menu",))
    assert "Ketik angka *1* sesuai menu terakhir" in single.body  # type: ignore[union-attr]


def test_long_card_keeps_its_buttons_and_shows_the_rest_on_selengkapnya(content: Content) -> None:
    chat = Chat(content)
    chat.send("menu")
    screen = chat.tap("Nikah di KUA")
    assert "*Biaya:*" in screen  # requirements and the key facts come first
    assert "[Selengkapnya] [Menu utama] [Tanya petugas]" in screen
    rest = chat.tap("Selengkapnya")
    assert "(lanjutan)" in rest
    assert "*Dasar hukum:*" in rest
    assert "[Kembali] [Menu utama] [Tanya petugas]" in rest
    assert "*Menu utama*" in chat.tap("Kembali")  # its category has one service: back to the menu


def test_greetings_and_thanks_are_answered_in_kind(content: Content) -> None:
    chat = Chat(content)
    assert chat.send("Assalamualaikum").startswith("*PUSPA Kecamatan Jonggol*\nWaalaikumsalam")
    assert "Mangga. 🙏" in Chat(content).send("punten")
    assert "Rampes. 🙏" in Chat(content).send("sampurasun")
    assert chat.send("hatur nuhun").startswith("Sami-sami")


def test_out_of_scope_questions_are_offered_to_staff_not_answered_with_a_card(content: Content) -> None:
    for question in ("harga beras hari ini berapa ya", "pinjol legal apa aja", "jam buka kantor camat"):
        screen = Chat(content).send(question)
        if question.startswith("jam buka"):
            assert "*Kantor Kecamatan" in screen  # the office's own card, with today's status
        else:
            assert "belum ada di menu" in screen and "[Ya, teruskan]" in screen, question


def test_the_office_card_says_whether_the_office_is_open_now(content: Content) -> None:
    from datetime import UTC, datetime

    open_now = Chat(content, now=datetime(2026, 11, 25, 3, 0, tzinfo=UTC)).send("alamat kantor kecamatan jonggol dmn")
    assert "Saat ini *buka* sampai pukul 16.00 WIB" in open_now
    closed = Chat(content, now=datetime(2026, 11, 28, 3, 0, tzinfo=UTC)).send("alamat kantor kecamatan jonggol dmn")
    assert "Saat ini *tutup*; buka lagi Senin, 30 November 2026 pukul 07.30 WIB" in closed
