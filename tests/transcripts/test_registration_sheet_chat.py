"""Transcripts: a resident registers with the one-message form ("Isi sekaligus"): the whole form in
one message, sent back filled in, then only what is missing or wrong is asked for again."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from puspa.conversation.dialogue import Rules
from puspa.conversation.registration import at_once
from puspa.conversation.registration.fields import FIELDS, RECEPTION, FieldContext, Form
from puspa.conversation.registration.model import AGREE, AT_ONCE
from puspa.conversation.replies import ButtonsReply, TextReply
from puspa.domain.content import Content
from puspa.domain.privacy import PERSONAL_NUMBER
from puspa.domain.sender import Sender
from puspa.whatsapp.messages import build_message
from tests.chat import Chat

WIB = timezone(timedelta(hours=7))
WEDNESDAY_MORNING = datetime(2026, 11, 25, 9, 0, tzinfo=WIB)
FILLED = {
    "Nama": "Siti Rahmawati",
    "NIK": "3201064512900001",
    "Desa": "Cibodas",
    "RT/RW": "3/5",
    "Jenis acara": "pernikahan",
    "Tanggal acara": "19-12-2026",
    "Jam acara": "08.00-14.00",
    "Tempat acara": "Kp. Cibodas RT 03/05, Desa Cibodas",
    "Perkiraan tamu": "300",
    "Hiburan": "organ tunggal",
}


@pytest.fixture
def chat(content: Content) -> Chat:
    return Chat(content, now=WEDNESDAY_MORNING, rules=Rules(admin_ids=frozenset({"6285700000001"})))


def copy_and_fill(form: str, answers: dict[str, str]) -> str:
    """What a resident does: long-press, copy, write after each colon, send."""
    lines = []
    for line in form.splitlines():
        label = line.split(":", 1)[0]
        lines.append(f"{label}: {answers[label]}" if ":" in line and label in answers else line)
    return "\n".join(lines)


def open_form(chat: Chat) -> str:
    chat.send("daftar resepsi")
    return chat.tap("Isi sekaligus")


def test_the_whole_registration_takes_four_messages_to_the_resident(chat: Chat) -> None:
    consent = chat.send("mau daftar izin hajatan")
    assert "UU 27/2022" in consent and "[Isi sekaligus] [Satu per satu] [Batal]" in consent
    form = chat.tap("Isi sekaligus")
    assert isinstance(chat.replies[0], TextReply)  # plain text: a message with buttons cannot be copied
    assert "Nama: \nNIK: \nDesa: \nRT/RW: " in form
    assert "Nomor HP: 081234567890" in form  # the sender's own number, already filled in
    assert "paling cepat Sabtu, 19 Desember 2026; tulis mis. 19-12-2026" in form  # 14 + 3 working days
    summary = chat.send(copy_and_fill(form, FILLED))
    assert "*Periksa data pendaftaran Anda*" in summary
    assert "Nama: SITI RAHMAWATI" in summary and "NIK: 320106******0001" in summary
    assert "Tanggal acara: Sabtu, 19 Desember 2026" in summary and "Hiburan: Organ tunggal" in summary
    assert "Nomor HP: 62812*****890" in summary
    assert "[Kirim] [Ubah] [Batal]" in summary
    done = chat.tap("Kirim")
    assert "Kode: *RSP-2026-0001*" in done
    assert chat.session is not None and chat.session.form == ()
    (registration,) = chat.registrations.items.values()
    assert registration["reg"].draft.guests == 300 and registration["reg"].draft.contact == "6281234567890"


def test_what_is_wrong_or_missing_is_asked_for_in_one_message(chat: Chat) -> None:
    form = open_form(chat)
    partly = {**FILLED, "NIK": "32010645129000"}
    del partly["Hiburan"], partly["Perkiraan tamu"]
    screen = chat.send(copy_and_fill(form, partly))
    assert len(chat.replies) == 1
    assert "Terima kasih, 8 dari 11 data sudah tercatat." in screen
    assert "• NIK — NIK harus 16 angka (Anda menulis 14 angka)." in screen
    assert "Belum diisi — Perkiraan tamu, Hiburan" in screen
    assert "NIK: \nPerkiraan tamu: \nHiburan: " in screen and "Nama: " not in screen
    summary = chat.send("NIK: 3201064512900001\nPerkiraan tamu: 300\nHiburan: tidak ada")
    assert "NIK: 320106******0001" in summary and "Hiburan: Tidak ada" in summary
    assert "[Kirim] [Ubah] [Batal]" in summary


def test_the_last_open_field_is_asked_as_a_question_with_its_list(chat: Chat) -> None:
    form = open_form(chat)
    screen = chat.send(copy_and_fill(form, {**FILLED, "Desa": "Jakarta"}))
    assert "Terima kasih, 10 dari 11 data sudah tercatat." in screen
    assert "⚠️ Desa itu tidak ada di daftar" in screen and "Cibodas" in screen and "≡ Pilih" in screen
    summary = chat.tap("Cibodas")
    assert "Desa: Cibodas" in summary and "[Kirim] [Ubah] [Batal]" in summary


def test_labels_are_read_as_residents_write_them(chat: Chat) -> None:
    open_form(chat)
    typed = (
        "1. nama lengkap : Siti Rahmawati\n2. NIK:\n3201064512900001\n3. desa: cibodas\n4. rt rw: 003/005\n"
        "5. acara: nikahan\n6. Tgl: 19 des 2026\n7. waktu: 8-14\n8. Alamat acara: Kp. Cibodas RT 03/05, Desa Cibodas\n"
        "9. jumlah tamu: kira2 300an\n10. hiburan: dangdut\n11. No HP: 0812-3456-7890\nterima kasih"
    )
    summary = chat.send(typed)
    assert "*Periksa data pendaftaran Anda*" in summary
    assert "Jenis acara: Resepsi pernikahan" in summary and "Jam acara: 08.00–14.00 WIB" in summary
    assert "Perkiraan tamu: 300 orang" in summary and "Hiburan: Organ tunggal" in summary


def test_answers_without_labels_are_taken_in_order_only_when_every_field_has_a_line(chat: Chat) -> None:
    open_form(chat)
    in_order = [*FILLED.values(), "0812-3456-7890"]
    assert "*Periksa data pendaftaran Anda*" in chat.send("\n".join(in_order))
    chat.send("batal")
    open_form(chat)
    screen = chat.send("\n".join(in_order[:5]))
    assert "Kami belum menemukan isian formulir" in screen
    assert chat.session is not None and chat.session.form == ()


def test_a_bad_correction_keeps_the_accepted_answer_and_says_so(chat: Chat) -> None:
    form = open_form(chat)
    partly = dict(FILLED)
    del partly["Hiburan"], partly["Perkiraan tamu"]
    chat.send(copy_and_fill(form, partly))
    summary = chat.send("Nama: S1t1\nPerkiraan tamu: 300\nHiburan: musik")
    assert "⚠️ Jawaban baru untuk Nama belum bisa kami terima; jawaban sebelumnya tetap kami pakai." in summary
    assert "Nama: SITI RAHMAWATI" in summary


def test_not_a_form_satu_per_satu_kembali_and_batal(chat: Chat) -> None:
    form = open_form(chat)
    assert "Kami belum menemukan isian formulir" in chat.send("halo pak")
    assert chat.send_media("image") == (
        "Untuk pendaftaran, mohon kirim jawaban sebagai teks pada formulir di atas, atau ketik *BATAL*."
    )
    chat.send(copy_and_fill(form, {"Nama": "Siti Rahmawati", "NIK": "3201064512900001"}))
    question = chat.send("satu per satu")
    assert "Pertanyaan 3 dari 11" in question and "desa tempat tinggal" in question  # the first open field
    assert "RT/RW" in chat.tap("Cibodas")
    chat.send("batal")
    open_form(chat)
    assert "Pendaftaran rekomendasi izin resepsi" in chat.send("kembali")  # from the form: the notice
    open_form(chat)
    chat.send(copy_and_fill(form, {"Nama": "Siti Rahmawati"}))
    assert "Pendaftaran dibatalkan. Data yang sudah Anda isi telah kami hapus." in chat.send("BATAL")
    assert chat.session is not None and chat.session.form == ()


def test_the_form_as_sent_reads_as_empty_and_fits_whatsapp(content: Content) -> None:
    today = WEDNESDAY_MORNING.date()
    for sender in ("6281234567890", "4915112345678", ""):  # an Indonesian number, a foreign one, none (BSUID)
        ctx = FieldContext(content, today, sender)
        form = at_once.form_message(ctx)
        build_message(Sender("6281234567890", ""), form)  # raises when a WhatsApp limit is broken
        prefilled = {"kontak"} if sender.startswith("628") else set()
        assert set(at_once.read(form.body, FIELDS, ctx).values) == prefilled
        assert set(at_once.labelled_lines(form.body, RECEPTION)[0]) == prefilled  # hints are never read as answers
    reading = at_once.read("NIK: 123", FIELDS, FieldContext(content, today, ""))
    follow_up = at_once.follow_up_message(reading, FIELDS, FieldContext(content, today, ""), 0)
    assert (
        set(at_once.labelled_lines(follow_up.body, RECEPTION)[0]) == set()
    )  # nor are the problems listed in the reply


def test_a_filled_form_outside_the_dialogue_is_neither_kept_nor_forwarded(chat: Chat) -> None:
    form = open_form(chat)
    filled = copy_and_fill(form, FILLED)
    chat.wait(minutes=3 * 60)  # the form idled out; no answer was held, so nothing said so
    screen = chat.send(filled)
    assert "Formulir itu sudah tidak aktif, jadi isinya tidak kami simpan." in screen
    assert "[Isi sekaligus] [Satu per satu] [Batal]" in screen
    build_message(Sender("6281234567890", ""), chat.replies[0])  # the notice with its note fits WhatsApp
    assert chat.session is not None and chat.session.form == () and chat.session.pending_question == ""
    assert all("3201" not in question for question, _ in chat.session.unanswered)
    chat.send("menu")
    assert "Formulir itu sudah tidak aktif" in chat.send(filled)  # also after Kirim or from a forwarded copy
    assert "*Periksa data pendaftaran Anda*" in (chat.tap("Isi sekaligus") and chat.send(filled))


def test_taps_on_earlier_buttons_and_kembali_keep_the_answers(chat: Chat) -> None:
    form = open_form(chat)
    chat.send(copy_and_fill(form, {"Nama": "Siti Rahmawati", "NIK": "3201064512900001"}))
    again = chat.tap_earlier(AT_ONCE)
    assert "Desa: \n" in again and "Nama: " not in again  # only what is still open
    back = chat.send("kembali")
    assert "Jawaban yang sudah tercatat tetap kami simpan." in back and "Desa: " in back
    assert chat.session is not None and dict(chat.session.form)["nama"] == "SITI RAHMAWATI"
    question = chat.tap_earlier(AGREE)  # "Satu per satu" on the notice above the form
    assert "Pertanyaan 3 dari 11" in question and "desa tempat tinggal" in question


def test_the_last_question_summary_and_questions_take_form_lines_too(chat: Chat) -> None:
    form = open_form(chat)
    last = chat.send(copy_and_fill(form, {k: v for k, v in FILLED.items() if k != "Hiburan"}))
    assert "Tinggal satu lagi:" in last and "Pertanyaan" not in last
    summary = chat.send("Hiburan: tidak ada")  # the line as in the form, not only the bare answer
    assert "Hiburan: Tidak ada" in summary and "[Kirim] [Ubah] [Batal]" in summary
    changed = chat.send("Tanggal acara: 20-12-2026\nPerkiraan tamu: 450")  # corrections under the summary
    assert "Tanggal acara: Minggu, 20 Desember 2026" in changed and "Perkiraan tamu: 450 orang" in changed
    chat.send("batal")
    chat.send("daftar resepsi")
    chat.tap("Satu per satu")
    assert "NIK pemohon" in chat.send("Nama: Siti Rahmawati")
    assert "desa tempat tinggal" in chat.send("NIK: 3201064512900001")
    pasted = chat.send("Desa: Cibodas\nRT/RW: 3/5\nJenis acara: khitanan")  # several lines into one question
    assert "Belum diisi — Tanggal acara" in pasted


@pytest.mark.parametrize(
    ("label", "typed", "expected"),
    [
        ("Tempat acara", "Tempat acara: Kp. Cibodas RT 03/05\nDesa Cibodas, dekat masjid",
         "Tempat acara: Kp. Cibodas RT 03/05, Desa Cibodas, dekat masjid"),
        ("Jam acara", "Jam acara:\n08:00-14:00", "Jam acara: 08.00–14.00 WIB"),
        ("RT/RW", "RT: 3\nRW: 5", "RT/RW: 003/005"),
        ("Nama", "*Nama:* Siti Rahmawati", "Nama: SITI RAHMAWATI"),
    ],
)  # fmt: skip
def test_lines_as_residents_really_type_them(chat: Chat, label: str, typed: str, expected: str) -> None:
    open_form(chat)
    others = "\n".join(f"{k}: {v}" for k, v in FILLED.items() if k != label)
    summary = chat.send(f"{others}\nNomor HP: 0812-3456-7890\n{typed}")
    assert expected in summary and "*Periksa data pendaftaran Anda*" in summary


def test_doubtful_lines_are_not_guessed(chat: Chat) -> None:
    form = open_form(chat)
    twice = chat.send(copy_and_fill(form, FILLED) + "\nNama: Budi Santoso")
    assert "⚠️ Ditulis dua kali dengan isi berbeda. Tulis sekali saja." in twice and "nama lengkap pemohon" in twice
    assert chat.session is not None and "nama" not in dict(chat.session.form)
    address_below = chat.send("Tempat acara:\nPerkiraan tamu 300\nNama: Siti Rahmawati")
    assert "Tempat acara: Perkiraan" not in address_below
    chat.send("batal")
    open_form(chat)
    in_order = list(FILLED.values())
    assert "[Pakai nomor ini]" in chat.send("\n".join(in_order))  # ten lines: the number is asked last
    assert "*Periksa data pendaftaran Anda*" in chat.tap("Pakai nomor ini")
    chat.send("batal")
    open_form(chat)
    wrong = [*in_order[:8], "banyak sekali", in_order[9]]
    assert "Kami belum menemukan isian formulir" in chat.send("\n".join(wrong))  # all or nothing
    assert chat.session is not None and chat.session.form == ()


def test_many_rejected_corrections_keep_the_summary_within_whatsapps_limit(chat: Chat) -> None:
    form = open_form(chat)
    chat.send(copy_and_fill(form, {**FILLED, "NIK": "3275014512900001"}))  # a NIK from elsewhere: a note
    chat.send(copy_and_fill(form, {label: "?" for label in FILLED}))  # every line wrong, under the summary
    (reply,) = chat.replies
    assert isinstance(reply, ButtonsReply) and "belum bisa kami terima" in reply.body
    assert "Nama: SITI RAHMAWATI" in reply.body and len(reply.body) <= 1024
    build_message(Sender("6281234567890", ""), reply)  # raises when a WhatsApp limit is broken


def test_a_number_inside_a_question_is_not_kept_for_forwarding(chat: Chat) -> None:
    screen = chat.send("tolong cek nomor 3201 0645 1290 0001 ini terdaftar atas nama siapa")
    assert "[Tanya petugas]" in screen and "[Ya, teruskan]" not in screen
    assert chat.session is not None and chat.session.pending_question == ""


def test_an_address_with_desa_and_rt_in_it_stays_the_venue(chat: Chat) -> None:
    chat.send("daftar resepsi")
    chat.tap("Satu per satu")
    for answer in ("Siti Rahmawati", "3201064512900001", "cibodas", "3/5"):
        chat.send(answer)
    chat.tap("Resepsi pernikahan")
    chat.send("19-12-2026")
    chat.send("08.00-14.00")
    next_question = chat.send("Rumah Bapak Ahmad, Kp. Babakan RT 02/04\nDesa: Sukamaju")
    assert "Pertanyaan 9 dari 11" in next_question  # still one question at a time
    assert chat.session is not None and dict(chat.session.form)["desa"] == "Cibodas"
    assert "Desa: Sukamaju" in dict(chat.session.form)["alamat"]
    chat.send("batal")
    form = open_form(chat)
    summary = chat.send(
        copy_and_fill(form, {k: v for k, v in FILLED.items() if k != "Tempat acara"}).replace(
            "Tempat acara: ", "Tempat acara: Kp. Babakan\nRT: 02/04\nDesa: Sukamaju"
        )
    )
    assert "Tempat acara: Kp. Babakan, RT: 02/04, Desa: Sukamaju" in summary
    assert "Desa: Cibodas" in summary and "RT/RW: 003/005" in summary
    changed = chat.send("Tempat acara: Gedung Serbaguna\nRT: 07/01\nDesa: Singasari")
    assert "Tempat acara: Gedung Serbaguna, RT: 07/01, Desa: Singasari" in changed and "Desa: Cibodas" in changed
    number_below = chat.send("Tempat acara: Gedung Serbaguna\n0812 3456 7890")
    assert "3456" not in number_below  # a number under the address is not taken into it


def test_kembali_from_the_first_question_keeps_the_answers(chat: Chat) -> None:
    form = open_form(chat)
    chat.send(copy_and_fill(form, {**FILLED, "Nama": "S1t1"}))
    assert "Tinggal satu lagi:" in chat.screen and "nama lengkap pemohon" in chat.screen
    notice = chat.send("kembali")
    assert "Jawaban yang sudah tercatat tetap kami simpan." in notice and "[Isi sekaligus]" in notice
    assert chat.session is not None and len(chat.session.form) == 10
    lines = chat.tap("Isi sekaligus")
    assert "Nama: \n" in lines and "NIK: " not in lines


def test_the_last_answer_keeps_its_warning_in_the_summary(chat: Chat) -> None:
    form = open_form(chat)
    chat.send(copy_and_fill(form, {**FILLED, "NIK": "123"}))
    summary = chat.send("3275014512900001")  # a NIK from outside the kabupaten: accepted with a note
    assert "NIK ini bukan NIK Kabupaten Bogor" in summary and "*Periksa data pendaftaran Anda*" in summary


def test_a_few_labelled_lines_outside_the_dialogue_are_not_taken_for_the_form(chat: Chat) -> None:
    for text in (
        "Tanggal acara: 20-12-2026\nJam acara: 09.00-15.00",
        "Nama: Budi\nDesa: Sukamaju\nKeperluan: syarat KTP",
    ):
        assert "Formulir itu sudah tidak aktif" not in chat.send(text)


@pytest.mark.parametrize(
    ("text", "personal"),
    [("NIK saya 3201 0645 1290 0001", True), ("hubungi 0812-3456-7890", True), ("sejak 12-11-2026", False),
     ("diminta Rp 150.000", False), ("nomor 123456", False)],
)  # fmt: skip
def test_numbers_that_are_never_kept_for_forwarding(text: str, personal: bool) -> None:
    assert bool(PERSONAL_NUMBER.search(text)) is personal


def test_a_second_form_is_data_the_engine_reads_and_asks(content: Content) -> None:
    """The engine takes its fields from the form it is given: a two-field form is asked and read as such."""
    from puspa.conversation.registration.screens import ask, summary
    from puspa.domain.session import Session

    name, contact = FIELDS[0], FIELDS[-1]
    small = Form("📝 *Formulir uji*", (name, contact), contact.key, frozenset({name.key}), lambda answers: answers)
    ctx = FieldContext(content, WEDNESDAY_MORNING.date(), "6281234567890", form=small)
    blank = at_once.form_message(ctx).body
    assert blank.startswith("📝 *Formulir uji*") and f"{name.label}:" in blank and "NIK" not in blank
    reading = at_once.read(f"{name.label}: Siti Aminah\n{contact.label}: 0812 3456 7890", small.fields, ctx)
    assert reading.values == {name.key: "SITI AMINAH", contact.key: "6281234567890"}
    assert "Pertanyaan 2 dari 2" in str(ask(contact, ctx)[0]) and "Pakai nomor ini" in str(ask(contact, ctx)[0])
    answered = Session(form=tuple(reading.values.items()))
    assert "NIK" not in str(summary(answered, small)[0])
