"""Transcripts: a resident registers a reception permit; staff move it through its statuses."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from puspa.conversation.dialogue import Rules
from puspa.domain.content import Content
from tests.chat import Chat
from tests.fakes import FakeRegistrationStore

WIB = timezone(timedelta(hours=7))
WEDNESDAY_MORNING = datetime(2026, 11, 25, 9, 0, tzinfo=WIB)  # a working day, office open
STAFF = "6285700000001"
RULES = Rules(admin_ids=frozenset({STAFF}))


@pytest.fixture
def chat(content: Content) -> Chat:
    return Chat(content, now=WEDNESDAY_MORNING, rules=RULES)


def fill_form(chat: Chat, event_date: str = "19 Desember 2026") -> str:
    chat.tap("Satu per satu")
    assert "Pertanyaan 1 dari 11" in chat.screen and "nama lengkap pemohon" in chat.screen
    assert "NIK pemohon" in chat.send("Siti Rahmawati")
    assert "desa tempat tinggal" in chat.send("3201064512900001")
    assert "RT/RW" in chat.send("cibodas")
    assert "jenis acara" in chat.send("3/5")
    assert "tanggal acara" in chat.tap("Resepsi pernikahan")
    assert "jam mulai dan selesai" in chat.send(event_date)
    assert "alamat tempat acara" in chat.send("08.00-14.00")
    assert "perkiraan jumlah tamu" in chat.send("Kp. Cibodas RT 03/05, Desa Cibodas")
    assert "hiburan" in chat.send("300 orang")
    assert "Pakai nomor ini" in chat.tap("Organ tunggal")
    return chat.tap("Pakai nomor ini")


def test_register_from_free_text_happy_path(chat: Chat) -> None:
    screen = chat.send("mau daftar izin hajatan")
    assert "Pendaftaran rekomendasi izin resepsi" in screen
    assert "UU 27/2022" in screen and "90 hari setelah tanggal acara" in screen and "HAPUS DATA SAYA" in screen
    summary = fill_form(chat)
    assert "*Periksa data pendaftaran Anda*" in summary
    assert "Nama: SITI RAHMAWATI" in summary
    assert "NIK: 320106******0001" in summary
    assert "Desa: Cibodas" in summary and "RT/RW: 003/005" in summary
    assert "Tanggal acara: Sabtu, 19 Desember 2026" in summary
    assert "Jam acara: 08.00–14.00 WIB" in summary
    assert "Perkiraan tamu: 300 orang" in summary
    assert "Nomor HP: 62812*****890" in summary
    assert "[Kirim] [Ubah] [Batal]" in summary
    done = chat.tap("Kirim")
    assert "✅ *Pendaftaran diterima*" in done
    assert "Kode: *RSP-2026-0001*" in done
    assert "jam kerja hari ini" in done
    assert "STATUS RSP-2026-0001" in done
    assert chat.session is not None and chat.session.form == ()


def test_register_from_the_card_button(chat: Chat) -> None:
    chat.send("izin resepsi")
    assert "[Daftar sekarang] [Menu utama] [Tanya petugas]" in chat.screen
    assert "Pendaftaran rekomendasi izin resepsi" in chat.tap("Daftar sekarang")


def start_form(chat: Chat) -> None:
    chat.send("daftar resepsi")
    chat.tap("Satu per satu")


@pytest.mark.parametrize(
    ("answers", "bad", "complaint"),
    [
        ([], "Siti 123", "Nama hanya boleh berisi huruf"),
        (["Siti Rahmawati"], "32010645129000", "NIK harus 16 angka (Anda menulis 14 angka)"),
        (["Siti Rahmawati"], "3201069912900001", "Format NIK tidak sah"),
        (["Siti Rahmawati", "3201064512900001"], "Jakarta", "Desa itu tidak ada di daftar"),
        (["Siti Rahmawati", "3201064512900001", "cibodas"], "rt lima", "Tulis RT dan RW dengan angka"),
        (["Siti Rahmawati", "3201064512900001", "cibodas", "3/5"], "pesta ultah", "Pilih jenis acara dari daftar"),
        (
            ["Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "syukuran"],
            "kapan-kapan",
            "Tanggal belum bisa kami baca",
        ),
        (["Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "syukuran"], "1-11-2026", "sudah lewat"),
        (["Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "syukuran"], "besok", "paling lambat 14 hari kerja"),
        (["Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "syukuran"], "31-02-2027", "tidak ada di kalender"),
        (
            ["Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "syukuran", "19-12-2026"],
            "14.00-08.00",
            "Jam selesai harus setelah jam mulai",
        ),
        (
            ["Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "syukuran", "19-12-2026", "8-14"],
            "rumah",
            "Tulis alamat tempat acara dengan jelas",
        ),
        (
            [
                "Siti Rahmawati",
                "3201064512900001",
                "cibodas",
                "3/5",
                "syukuran",
                "19-12-2026",
                "8-14",
                "Kp. Cibodas RT 03/05",
            ],
            "banyak",
            "Tulis perkiraan jumlah tamu dengan angka",
        ),
        (
            [
                "Siti Rahmawati",
                "3201064512900001",
                "cibodas",
                "3/5",
                "syukuran",
                "19-12-2026",
                "8-14",
                "Kp. Cibodas RT 03/05",
                "300",
                "tidak ada",
            ],
            "12345",
            "Nomor HP belum benar",
        ),
    ],
)
def test_each_bad_answer_is_explained_and_asked_again(chat: Chat, answers: list[str], bad: str, complaint: str) -> None:
    start_form(chat)
    for answer in answers:
        chat.send(answer)
    question = chat.screen.split("Pertanyaan ", 1)[1].split("\n", 1)[0]
    screen = chat.send(bad)
    assert complaint in screen
    assert f"Pertanyaan {question}" in screen  # the same question again, in the same message
    assert len(chat.replies) == 1


def to_the_date_question(chat: Chat) -> str:
    start_form(chat)
    for answer in ("Siti Rahmawati", "3201064512900001", "cibodas", "3/5"):
        chat.send(answer)
    return chat.tap("Resepsi pernikahan")


def test_an_event_14_working_days_away_leaves_no_time_for_the_kecamatan(chat: Chat) -> None:
    question = to_the_date_question(chat)
    assert "Paling cepat *Sabtu, 19 Desember 2026*." in question  # 14 working days for the police, + the kecamatan's
    screen = chat.send("16-12-2026")  # exactly 14 working days away: the police's limit, nothing for the kecamatan
    assert "Rabu, 16 Desember 2026 terlalu dekat" in screen
    assert "diterima polisi paling lambat 14 hari kerja sebelum acara" in screen
    assert "rekomendasi kecamatan harus dibuat lebih dulu" in screen
    assert "Tanggal paling cepat yang bisa didaftarkan: *Sabtu, 19 Desember 2026*" in screen
    assert "tulis tanggal yang lebih lambat" in screen and "tanyakan langsung ke Polsek" in screen
    assert "datang langsung" not in screen  # no invitation to come in anyway
    assert "jam mulai dan selesai" in chat.send("19-12-2026")


def test_from_10_december_the_form_counts_2027_with_a_margin_and_says_so(content: Content) -> None:
    chat = Chat(content, now=datetime(2026, 12, 10, 10, 0, tzinfo=WIB), rules=RULES)
    question = to_the_date_question(chat)
    assert "Paling cepat *Sabtu, 9 Januari 2027*." in question  # not 2 January: 1 January is no working day
    assert "Daftar hari libur 2027 belum kami muat, jadi tanggal ini sudah kami beri cadangan" in question
    refused = chat.send("8-1-2027")
    assert "terlalu dekat" in refused and "Daftar hari libur 2027 belum kami muat" in refused
    assert "jam mulai dan selesai" in chat.send("9-1-2027")
    sheet = Chat(content, now=datetime(2026, 12, 10, 10, 0, tzinfo=WIB), rules=RULES)
    sheet.send("daftar resepsi")
    form = sheet.tap("Isi sekaligus")
    assert "paling cepat Sabtu, 9 Januari 2027 (sudah dengan cadangan: libur 2027 belum kami muat)" in form


def test_nik_from_outside_the_kabupaten_is_accepted_with_a_note(chat: Chat) -> None:
    start_form(chat)
    chat.send("Siti Rahmawati")
    screen = chat.send("3275014512900001")
    assert "NIK ini bukan NIK Kabupaten Bogor (kode 32.01)" in screen and "desa tempat tinggal" in screen


def test_kembali_goes_back_one_question_and_batal_clears_everything(chat: Chat) -> None:
    start_form(chat)
    chat.send("Siti Rahmawati")
    assert "nama lengkap pemohon" in chat.send("kembali")
    assert "Pendaftaran rekomendasi izin resepsi" in chat.send("kembali")  # before question 1: the notice
    chat.tap("Satu per satu")
    chat.send("Siti Rahmawati")
    screen = chat.send("BATAL")
    assert "Pendaftaran dibatalkan. Data yang sudah Anda isi telah kami hapus." in screen
    assert chat.session is not None and chat.session.form == ()


def test_ubah_changes_one_answer_and_returns_to_the_summary(chat: Chat) -> None:
    chat.send("daftar resepsi")
    fill_form(chat)
    assert "Bagian mana yang ingin diubah?" in chat.tap("Ubah")
    assert "perkiraan jumlah tamu" in chat.tap("Perkiraan tamu")
    summary = chat.send("450")
    assert "Perkiraan tamu: 450 orang" in summary and "[Kirim] [Ubah] [Batal]" in summary


def test_menu_in_the_middle_of_the_form_drops_the_answers(chat: Chat) -> None:
    start_form(chat)
    chat.send("Siti Rahmawati")
    assert "*Menu utama*" in chat.send("menu")
    assert chat.session is not None and chat.session.form == ()


def test_double_tap_on_kirim_creates_one_registration(chat: Chat) -> None:
    chat.send("daftar resepsi")
    fill_form(chat)
    chat.tap("Kirim")
    screen = chat._turn(kind=__import__("puspa.conversation.inbound", fromlist=["InboundKind"]).InboundKind.CHOICE,
                        choice_id="reg:send")  # fmt: skip
    assert "RSP-2026-0002" not in screen
    assert len(chat.registrations.items) == 1


def test_second_request_for_the_same_date_is_refused(chat: Chat) -> None:
    chat.send("daftar resepsi")
    fill_form(chat)
    chat.tap("Kirim")
    chat.send("daftar resepsi")
    fill_form(chat)
    screen = chat.tap("Kirim")
    assert "Anda sudah punya permohonan untuk tanggal Sabtu, 19 Desember 2026: *RSP-2026-0001*" in screen
    assert len(chat.registrations.items) == 1


def test_after_hours_request_is_told_when_staff_process_it(content: Content) -> None:
    friday_evening = datetime(2026, 11, 27, 19, 30, tzinfo=WIB)
    chat = Chat(content, now=friday_evening, rules=RULES)
    chat.send("daftar resepsi")
    # From Friday 27 November, 19 December is only 14 working days away: no day left for the kecamatan.
    done = fill_form(chat, "26 Desember 2026") and chat.tap("Kirim")
    assert "di luar jam kerja" in done
    assert "*Senin, 30 November 2026* pukul 07.30 WIB" in done


def test_status_shows_only_the_senders_own_requests(content: Content) -> None:
    shared = FakeRegistrationStore()
    siti = Chat(content, now=WEDNESDAY_MORNING, rules=RULES, registrations=shared)
    siti.send("daftar resepsi")
    fill_form(siti)
    siti.tap("Kirim")
    assert "• *RSP-2026-0001* — Resepsi pernikahan, Sabtu, 19 Desember 2026: diterima" in siti.send("cek status")
    assert "*RSP-2026-0001*" in siti.send("STATUS RSP-2026-0001")
    other = Chat(content, now=WEDNESDAY_MORNING, rules=RULES, wa_id="6289999999999", registrations=shared)
    assert "Kode *RSP-2026-0001* tidak ditemukan untuk nomor ini" in other.send("status rsp-2026-0001")
    assert "Belum ada permohonan atau pertanyaan dari nomor ini" in other.send("STATUS")


def test_staff_move_a_request_and_the_resident_is_told(content: Content) -> None:
    shared = FakeRegistrationStore()
    siti = Chat(content, now=WEDNESDAY_MORNING, rules=RULES, registrations=shared)
    siti.send("daftar resepsi")
    fill_form(siti)
    siti.tap("Kirim")
    staff = Chat(content, now=WEDNESDAY_MORNING, rules=RULES, wa_id=STAFF, registrations=shared)
    assert "*RSP-2026-0001* kini *diproses*. Warga sudah kami kabari." in staff.send("PROSES RSP-2026-0001")
    (push,) = staff.pushes
    assert push.recipient.wa_id == "6281234567890"
    assert "statusnya sekarang *sedang diproses petugas*" in push.reply.body  # type: ignore[union-attr]
    assert push.template.parameters == ("RSP-2026-0001", "sedang diproses petugas", "-")
    assert "Tulis alasan penolakan" in staff.send("TOLAK RSP-2026-0001")
    staff.send("TOLAK RSP-2026-0001 tanggal bentrok\n*acara* desa")
    assert staff.pushes[-1].template.parameters[2] == "tanggal bentrok acara desa"  # flattened, no formatting
    assert "tidak bisa diubah menjadi *selesai*" in staff.send("SELESAI RSP-2026-0001")
    assert "tidak ditemukan" in staff.send("SETUJU RSP-2026-0099")
    history = shared.items[("106540352242922", "RSP-2026-0001")]["reg"].history
    assert [c.status.value for c in history] == ["diterima", "diproses", "ditolak"]
    assert history[-1].by == "petugas …0001" and history[-1].reason == "tanggal bentrok *acara* desa"


def test_staff_commands_from_other_numbers_get_the_resident_experience(content: Content) -> None:
    shared = FakeRegistrationStore()
    stranger = Chat(content, now=WEDNESDAY_MORNING, rules=RULES, wa_id="6281111111111", registrations=shared)
    screen = stranger.send("SETUJU RSP-2026-0001")
    assert "Selamat datang" in screen or "Maaf, kami belum menemukan" in screen
    assert stranger.pushes == [] and shared.items == {}


def test_hapus_data_saya_cancels_and_erases(content: Content) -> None:
    shared = FakeRegistrationStore()
    siti = Chat(content, now=WEDNESDAY_MORNING, rules=RULES, registrations=shared)
    siti.send("daftar resepsi")
    fill_form(siti)
    siti.tap("Kirim")
    assert "Semua data Anda di PUSPA akan dihapus" in siti.send("HAPUS DATA SAYA")
    screen = siti.tap("Ya, hapus")
    assert "Data Anda di PUSPA sudah kami hapus" in screen
    assert "Permohonan yang dibatalkan: RSP-2026-0001. Petugas sudah diberi tahu." in screen
    registration = shared.items[("106540352242922", "RSP-2026-0001")]["reg"]
    assert (
        registration.status.value == "dibatalkan" and registration.draft.nik == "" and registration.resident_key == ""
    )
    assert shared.notices == [{"kind": "registration_cancelled", "code": "RSP-2026-0001"}]
    assert siti.session is None
    assert "Belum ada permohonan atau pertanyaan" in siti.send("status")


def test_hapus_data_saya_can_be_called_off(chat: Chat) -> None:
    chat.send("HAPUS DATA SAYA")
    assert "Baik, data Anda tidak dihapus." in chat.tap("Batal")


def test_status_in_the_middle_of_the_form_keeps_the_answers(chat: Chat) -> None:
    start_form(chat)
    chat.send("Siti Rahmawati")
    assert "Belum ada permohonan" in chat.send("cek status")
    assert "desa tempat tinggal" in chat.send("3201064512900001")  # the form goes on where it was
    assert chat.session is not None and dict(chat.session.form)["nama"] == "SITI RAHMAWATI"


def test_kirim_with_an_incomplete_form_asks_for_what_is_missing(chat: Chat) -> None:
    from msgspec.structs import replace as update

    from puspa.conversation.inbound import InboundKind
    from puspa.conversation.registration import RegistrationState

    chat.send("daftar resepsi")
    fill_form(chat)
    assert chat.session is not None
    chat.session = update(
        chat.session, state=RegistrationState.SUMMARY, form=chat.session.form[1:]
    )  # a damaged session
    screen = chat._turn(kind=InboundKind.CHOICE, choice_id="reg:send")
    assert "Masih ada yang belum diisi." in screen and "nama lengkap pemohon" in screen
    assert chat.registrations.items == {}


def test_a_form_left_for_hours_is_dropped_with_a_clear_word(chat: Chat) -> None:
    start_form(chat)
    chat.send("Siti Rahmawati")
    chat.wait(45)
    assert "desa tempat tinggal" in chat.send("3201064512900001")  # 45 minutes to find the KTP is fine
    chat.wait(3 * 60)
    screen = chat.send("cibodas")
    assert "Pendaftaran Anda tadi belum selesai dan sudah kami hapus" in screen
    assert chat.session is not None and chat.session.form == ()


def test_privacy_notice_states_the_configured_retention(content: Content) -> None:
    chat = Chat(content, now=WEDNESDAY_MORNING, rules=Rules(registration_keep_days=45, form_idle=timedelta(hours=3)))
    screen = chat.send("daftar resepsi")
    assert "disimpan sampai 45 hari setelah tanggal acara" in screen and "dalam 3 jam" in screen


def test_one_guest_is_an_answer_not_a_button(chat: Chat) -> None:
    start_form(chat)
    for answer in ["Siti Rahmawati", "3201064512900001", "cibodas", "3/5", "syukuran", "19-12-2026", "8-14",
                   "Kp. Cibodas RT 03/05"]:  # fmt: skip
        chat.send(answer)
    assert "Pilih *hiburan*" in chat.send("1")


def test_staff_can_register_like_any_resident(content: Content) -> None:
    staff = Chat(content, now=WEDNESDAY_MORNING, rules=RULES, wa_id=STAFF)
    staff.send("daftar resepsi")
    assert "nama lengkap pemohon" in staff.send("Setuju")


def test_hapus_data_saya_confirmed_by_typing_its_number(content: Content) -> None:
    siti = Chat(content, now=WEDNESDAY_MORNING, rules=RULES)
    siti.send("HAPUS DATA SAYA")
    assert "Data Anda di PUSPA sudah kami hapus" in siti.send("1")
    siti.send("HAPUS DATA SAYA")
    assert "Baik, data Anda tidak dihapus." in siti.send("2")


def test_everyday_words_for_the_listed_options_are_accepted(chat: Chat) -> None:
    start_form(chat)
    for answer in ("Siti Rahmawati", "3201064512900001", "cibodas", "3/5"):
        chat.send(answer)
    assert "tanggal acara" in chat.send("nikahan")
    for answer in ("19-12-2026", "08.00-14.00", "Kp. Cibodas RT 03/05, Desa Cibodas"):
        chat.send(answer)
    assert "hiburan" in chat.send("kira2 300an")
    assert "Nomor HP" in chat.send("organ")
    summary = chat.tap("Pakai nomor ini")
    assert "Jenis acara: Resepsi pernikahan" in summary and "Perkiraan tamu: 300 orang" in summary
    assert "Hiburan: Organ tunggal" in summary


@pytest.mark.parametrize(
    ("path", "final"),
    [
        (["TOLAK RSP-2026-0001 tanggal bentrok acara desa"], "ditolak"),
        (["PROSES RSP-2026-0001", "TOLAK RSP-2026-0001 tanggal bentrok acara desa"], "ditolak"),
        (["SETUJU RSP-2026-0001", "SELESAI RSP-2026-0001"], "selesai"),
        (["HAPUS DATA SAYA"], "dibatalkan"),  # the resident's erasure cancels it
    ],
    ids=["tolak", "proses-tolak", "setuju-selesai", "hapus-data-saya"],
)
def test_staff_commands_on_a_registration_in_a_final_status_are_refused(
    content: Content, path: list[str], final: str
) -> None:
    shared = FakeRegistrationStore()
    siti = Chat(content, now=WEDNESDAY_MORNING, rules=RULES, registrations=shared)
    siti.send("daftar resepsi")
    fill_form(siti)
    siti.tap("Kirim")
    staff = Chat(content, now=WEDNESDAY_MORNING, rules=RULES, wa_id=STAFF, registrations=shared)
    for command in path:
        if command == "HAPUS DATA SAYA":
            siti.send(command)
            siti.tap("Ya, hapus")
        else:
            assert "Warga sudah kami kabari" in staff.send(command)
    registration = shared.items[("106540352242922", "RSP-2026-0001")]["reg"]
    assert registration.status.value == final
    told = len(staff.pushes)
    for command in ("PROSES", "SETUJU", "TOLAK", "SELESAI"):
        screen = staff.send(f"{command} RSP-2026-0001 alasan yang cukup panjang")
        assert "kini" not in screen and "Warga sudah kami kabari" not in screen
        assert f"berstatus *{final}*" in screen
    assert shared.items[("106540352242922", "RSP-2026-0001")]["reg"] == registration  # nothing changed
    assert len(staff.pushes) == told  # and the resident was told nothing
