"""Transcripts: the satisfaction survey (SKM) — taken, declined, abandoned, limited to one a month."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any

from puspa.conversation.dialogue import Rules
from puspa.domain.content import Content
from puspa.domain.privacy import message_tag, tag_key
from tests.chat import Chat
from tests.fakes import FakeSurveyStore, FakeTicketStore

WIB = timezone(timedelta(hours=7))
MORNING = datetime(2026, 11, 25, 9, 0, tzinfo=WIB)
STAFF = "6285700000001"
RULES = Rules(admin_ids=frozenset({STAFF}))
QUESTION = "Apakah surat pindah bisa diurus di desa atau harus ke kecamatan?"


def take(chat: Chat, answers: list[str]) -> str:
    assert "pertanyaan 1 dari 9" in chat.screen
    for answer in answers:
        chat.send(answer) if answer.isdigit() else chat.tap(answer)
    return chat.screen


def answered(siti: Chat, staff: Chat, code: str, question: str = QUESTION) -> None:
    """Siti asks staff a question and staff answer it (ticket `code`)."""
    siti.send("tanya petugas")
    siti.send(question)
    staff.send(f"JAWAB {code} Bisa, Bu.")


def test_a_resident_takes_the_survey_in_a_few_taps(content: Content) -> None:
    surveys = FakeSurveyStore()
    chat = Chat(content, now=MORNING, surveys=surveys)
    assert "Nilai layanan kami: ketik *SURVEI*" in chat.send("menu")
    screen = chat.send("survei")
    assert "Survei kepuasan — pertanyaan 1 dari 9" in screen and "*persyaratan*" in screen
    assert "  4. Sangat sesuai" in screen
    screen = take(chat, ["Sangat sesuai", "3", "3", "Gratis", "4", "3", "4", "2", "Baik"])
    assert "saran atau masukan" in screen
    done = chat.send("Antrean pagi panjang, mohon tambah loket. Hubungi saya 0812-3456-7890")
    assert "Penilaian Anda sudah kami catat tanpa nama dan nomor" in done
    ((answer),) = surveys.answers.values()
    assert answer["scores"] == {"u1": 4, "u2": 3, "u3": 3, "u4": 4, "u5": 4, "u6": 3, "u7": 4, "u8": 2, "u9": 3}
    assert answer["suggestion"] == "Antrean pagi panjang, mohon tambah loket. Hubungi saya …"
    assert "6281234567890" not in str(surveys.answers)  # anonymous: no number, even in the key
    again = chat.send("survei")  # one answer per month, said before the questions
    assert "Anda sudah mengisi survei bulan ini" in again and "pertanyaan 1" not in again
    assert len(surveys.answers) == 1


def test_a_second_survey_in_a_month_is_declined_before_its_questions_and_welcome_next_month(
    content: Content,
) -> None:
    surveys = FakeSurveyStore()
    chat = Chat(content, now=MORNING, surveys=surveys)
    chat.send("survei")
    take(chat, ["3"] * 9)
    chat.tap("Lewati")
    chat.wait(24 * 60)  # a new conversation the next day keeps the month of the last survey
    assert "Anda sudah mengisi survei bulan ini" in chat.send("survei")
    chat.wait(6 * 24 * 60)  # 2 December
    assert "pertanyaan 1 dari 9" in chat.send("survei")
    take(chat, ["4"] * 9)
    assert "Penilaian Anda sudah kami catat" in chat.tap("Lewati")
    assert sorted(a["period"] for a in surveys.answers.values()) == ["2026-11", "2026-12"]


def test_the_store_still_refuses_a_second_survey_when_the_session_forgot_the_first(content: Content) -> None:
    surveys = FakeSurveyStore()
    first = Chat(content, now=MORNING, surveys=surveys)
    first.send("survei")
    take(first, ["3"] * 9)
    first.tap("Lewati")
    again = Chat(content, now=MORNING + timedelta(hours=1), surveys=surveys)  # e.g. after HAPUS DATA SAYA
    again.send("survei")
    take(again, ["1"] * 9)
    assert "Anda sudah mengisi survei bulan ini" in again.tap("Lewati")
    assert len(surveys.answers) == 1


def test_typed_answers_out_of_range_are_asked_again_and_kembali_goes_back(content: Content) -> None:
    chat = Chat(content, now=MORNING)
    chat.send("survei")
    assert "Ketuk salah satu jawaban, atau ketik angka 1–4" in chat.send("5")
    assert "pertanyaan 2 dari 9" in chat.send("3")
    assert "pertanyaan 1 dari 9" in chat.send("kembali")
    assert "*Menu utama*" in chat.send("kembali")  # before the first question: nothing kept
    assert chat.session is not None and chat.session.form == ()


def test_batal_and_an_idle_timeout_drop_a_half_finished_survey(content: Content) -> None:
    surveys = FakeSurveyStore()
    chat = Chat(content, now=MORNING, surveys=surveys)
    chat.send("survei")
    chat.send("3")
    assert "survei tidak jadi diisi" in chat.send("batal")
    chat.send("survei")
    chat.send("4")
    chat.wait(3 * 60)
    assert "Selamat datang" in chat.send("2")
    assert surveys.answers == {} and chat.session is not None and chat.session.form == ()


def test_sudah_jelas_invites_once_a_month_and_lain_kali_declines(content: Content) -> None:
    tickets = FakeTicketStore()
    siti = Chat(content, now=MORNING, rules=RULES, tickets=tickets)
    staff = Chat(content, now=MORNING, rules=RULES, wa_id=STAFF, tickets=tickets)
    for number in (1, 2):
        answered(siti, staff, f"TNY-2026-000{number}")
    screen = siti.send("JELAS TNY-2026-0001")
    assert "Pertanyaan *TNY-2026-0001* kami tutup" in screen and "[Mulai survei] [Lain kali]" in screen
    assert "Baik, terima kasih" in siti.tap("Lain kali")
    second = siti.send("JELAS TNY-2026-0002")
    assert "kami tutup" in second and "Mulai survei" not in second  # not invited again within 30 days


def test_the_end_of_a_registration_points_to_the_survey(content: Content) -> None:
    from tests.fakes import FakeRegistrationStore
    from tests.transcripts.test_registration_chat import fill_form

    shared = FakeRegistrationStore()
    siti = Chat(content, now=MORNING, rules=RULES, registrations=shared)
    siti.send("daftar resepsi")
    fill_form(siti)
    siti.tap("Kirim")
    staff = Chat(content, now=MORNING, rules=RULES, wa_id=STAFF, registrations=shared)
    staff.send("SETUJU RSP-2026-0001")
    staff.send("SELESAI RSP-2026-0001")
    assert "ketik *SURVEI*" in staff.pushes[-1].reply.body  # type: ignore[union-attr]


def test_no_invitation_in_a_month_whose_survey_was_sent_more_than_30_days_earlier(content: Content) -> None:
    tickets, surveys = FakeTicketStore(), FakeSurveyStore()
    december_1 = datetime(2026, 12, 1, 8, 0, tzinfo=WIB)
    siti = Chat(content, now=december_1, rules=RULES, tickets=tickets, surveys=surveys)
    siti.send("survei")
    take(siti, ["4"] * 9)
    assert "Penilaian Anda sudah kami catat" in siti.tap("Lewati")
    siti.wait(30 * 24 * 60)  # 31 December: 30 days after the survey began, still December
    staff = Chat(content, now=siti.now, rules=RULES, wa_id=STAFF, tickets=tickets)
    answered(siti, staff, "TNY-2026-0001")
    closed = siti.send("JELAS TNY-2026-0001")
    assert "kami tutup" in closed and "Mulai survei" not in closed
    siti.wait(24 * 60)  # January: a new month's survey is welcome again
    staff.now = siti.now
    answered(siti, staff, "TNY-2027-0001", "Apakah akta kelahiran anak bisa diurus tanpa surat nikah orang tua?")
    assert "[Mulai survei] [Lain kali]" in siti.send("JELAS TNY-2027-0001")


def test_sudah_jelas_tapped_inside_a_registration_form_invites_nothing_and_keeps_the_answers(
    content: Content,
) -> None:
    tickets = FakeTicketStore()
    siti = Chat(content, now=MORNING, rules=RULES, tickets=tickets)
    staff = Chat(content, now=MORNING, rules=RULES, wa_id=STAFF, tickets=tickets)
    answered(siti, staff, "TNY-2026-0001")
    (old_button,) = (b for b in staff.pushes[-1].reply.buttons if b.title == "Sudah jelas")  # type: ignore[union-attr]
    siti.send("daftar resepsi")
    siti.send("Setuju")
    assert "NIK pemohon" in siti.send("Siti Rahmawati")
    screen = siti.tap_earlier(old_button.id)  # the answer's button, tapped mid-form
    assert "Pertanyaan *TNY-2026-0001* kami tutup" in screen
    assert "Mulai survei" not in screen
    assert "desa tempat tinggal" in siti.send("3201064512900001")  # the form goes on where it was
    for answer in ("cibodas", "3/5", "nikahan", "19-12-2026", "08.00-14.00", "Kp. Cibodas RT 03/05, Desa Cibodas"):
        siti.send(answer)
    siti.send("300 orang")
    siti.tap("Organ tunggal")
    summary = siti.tap("Pakai nomor ini")
    assert "Nama: SITI RAHMAWATI" in summary and "NIK: 320106******0001" in summary
    siti.tap("Kirim")
    answered(siti, staff, "TNY-2026-0002", "Apakah akta kelahiran anak bisa diurus tanpa surat nikah orang tua?")
    assert "[Mulai survei] [Lain kali]" in siti.send("JELAS TNY-2026-0002")  # offered at the next natural end


def test_a_survey_after_hapus_data_saya_in_the_same_month_is_refused_and_others_still_answer(
    content: Content,
) -> None:
    surveys = FakeSurveyStore()
    siti = Chat(content, now=MORNING, surveys=surveys)
    siti.send("survei")
    take(siti, ["3"] * 9)
    assert "Penilaian Anda sudah kami catat" in siti.tap("Lewati")
    siti.send("HAPUS DATA SAYA")
    assert "sudah kami hapus" in siti.tap("Ya, hapus")
    assert "pertanyaan 1 dari 9" in siti.send("survei")  # the session forgot the month; the store did not
    take(siti, ["1"] * 9)
    assert "Anda sudah mengisi survei bulan ini" in siti.tap("Lewati")
    assert [a["scores"]["u1"] for a in surveys.answers.values()] == [3]  # the first answer stands
    budi = Chat(content, now=siti.now, wa_id="6289876543210", surveys=surveys)
    budi.send("survei")
    take(budi, ["4"] * 9)
    assert "Penilaian Anda sudah kami catat" in budi.tap("Lewati")  # one answer per resident, not per office
    assert sorted(a["scores"]["u1"] for a in surveys.answers.values()) == [3, 4]


def test_an_answer_cannot_be_traced_with_the_hash_secret_and_not_at_all_once_its_month_is_sealed(
    content: Content,
) -> None:
    surveys = FakeSurveyStore()
    siti = Chat(content, now=MORNING, surveys=surveys)
    siti.send("survei")
    take(siti, ["3"] * 9)
    siti.tap("Lewati")
    ((office, period, respondent),) = surveys.answers
    # Whoever holds PUSPA_HASH_SECRET cannot test Siti's number against the answer's id…
    with_secret = message_tag(tag_key("transcripts"), f"survey:{office}:{period}:{siti.wa_id}")
    assert respondent not in {with_secret, with_secret.removeprefix("m:")}
    assert surveys.seal_period(office, period) == 1  # …and once the month's report is sent, no one can:
    assert (office, period) not in surveys.keys  # the month's key is gone
    ((_, _, sealed),) = surveys.answers
    assert sealed != respondent and "submitted_at" not in str(surveys.answers)  # a random id, no time


def test_lain_kali_tapped_inside_a_registration_keeps_none_of_its_answers(content: Content) -> None:
    chat = Chat(content)
    chat.send("daftar resepsi")
    chat.tap("Satu per satu")
    chat.send("Siti Rahmawati")
    chat.tap_earlier("srv:later")  # an old invitation's "Lain kali"
    assert chat.session is not None and chat.session.form == ()


def test_no_survey_hint_at_the_end_of_a_registration_where_the_office_has_no_survey(bundle: dict[str, Any]) -> None:
    from puspa.conversation.dialogue import Rules
    from puspa.domain.content import parse_content
    from tests.transcripts.test_registration_chat import fill_form

    without = {**bundle, "bagian": {k: v for k, v in bundle["bagian"].items() if k != "survei"}}
    content = parse_content(without, "v")
    rules = Rules(admin_ids=frozenset({"6285700000001"}))
    siti = Chat(content, rules=rules)
    siti.send("daftar resepsi")
    fill_form(siti)
    siti.tap("Kirim")
    staff = Chat(content, rules=rules, wa_id="6285700000001", registrations=siti.registrations)
    staff.send("TOLAK RSP-2026-0001 tanggal bentrok dengan acara desa")
    (push,) = staff.pushes
    assert "SURVEI" not in str(push.reply) and "statusnya sekarang" in str(push.reply)
