"""Transcripts: the registration and the survey as forms on one screen (WhatsApp Flows). The form is
client input: every answer is read again as the chat reads it; a token is used once, by the
resident it was sent to."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from puspa.conversation.dialogue import Rules
from puspa.conversation.registration.on_screen import FORM as REGISTRATION_FORM
from puspa.conversation.replies import ButtonsReply, FlowReply
from puspa.conversation.survey_form import FORM as SURVEY_FORM
from puspa.domain.content import Content
from puspa.domain.sender import Sender
from puspa.whatsapp.messages import build_message
from tests.chat import Chat
from tests.fakes import FakeRegistrationStore, FakeSurveyStore

WIB = timezone(timedelta(hours=7))
WEDNESDAY_MORNING = datetime(2026, 11, 25, 9, 0, tzinfo=WIB)
FLOWS = Rules(flows=frozenset({"registration", "survey"}))
ANSWERS = {
    "nama": "Siti Rahmawati",
    "nik": "3201064512900001",
    "desa": "Cibodas",
    "rt_rw": "3/5",
    "jenis_acara": "pernikahan",
    "tanggal": "2026-12-19",  # as the date picker sends it
    "jam": "08.00-14.00",
    "alamat": "Kp. Cibodas RT 03/05, Desa Cibodas",
    "tamu": "300",
    "hiburan": "organ_tunggal",
    "kontak": "081234567890",
}


@pytest.fixture
def registrations() -> FakeRegistrationStore:
    return FakeRegistrationStore()


@pytest.fixture
def chat(content: Content, registrations: FakeRegistrationStore) -> Chat:
    return Chat(content, now=WEDNESDAY_MORNING, rules=FLOWS, registrations=registrations)


def data(reply: FlowReply) -> dict[str, object]:
    return dict(reply.data)


def test_daftar_resepsi_answers_with_the_privacy_notice_above_the_form(chat: Chat, content: Content) -> None:
    screen = chat.send("daftar resepsi")
    assert "UU 27/2022" in screen and "[Isi formulir]" in screen and "ISI DI CHAT" in screen
    form = chat.form
    assert form.form is REGISTRATION_FORM
    sent = data(form)
    assert [o["id"] for o in sent["desa"]] == list(content.office.villages)  # type: ignore[index,union-attr]
    earliest = date.fromisoformat(str(sent["min_date"]))  # the chat's earliest date: the day before is refused
    chat_way = Chat(content, now=WEDNESDAY_MORNING)
    chat_way.send("daftar resepsi")
    chat_way.tap("Satu per satu")
    for answer in ("Siti Rahmawati", "3201064512900001", "Cibodas", "3/5", "1"):
        chat_way.send(answer)
    assert "terlalu dekat" in chat_way.send(f"{earliest - timedelta(days=1):%d-%m-%Y}")
    assert "Jam acara" in chat_way.send(f"{earliest:%d-%m-%Y}") or "jam mulai" in chat_way.screen
    assert sent["init_values"] == {"kontak": "081234567890"}  # the sender's own number, as in the chat form
    payload = build_message(Sender("6281234567890", ""), form)  # within Meta's limits
    assert payload["interactive"]["type"] == "flow"


def test_a_completed_form_registers_with_one_reply(chat: Chat, registrations: FakeRegistrationStore) -> None:
    chat.send("daftar resepsi")
    reply = chat.fill(ANSWERS)
    assert "Pendaftaran diterima" in reply and "RSP-2026-0001" in reply
    (stored,) = [item["reg"] for item in registrations.items.values()]
    assert stored.draft.nik == "3201064512900001" and stored.draft.event_date.isoformat() == "2026-12-19"
    assert stored.draft.village == "Cibodas" and stored.draft.rt_rw == "003/005"
    assert chat.session is not None and chat.session.kept_by("registration")["flow"] == ""


def test_wrong_answers_come_back_in_one_message_with_the_form_prefilled(
    chat: Chat, registrations: FakeRegistrationStore
) -> None:
    chat.send("daftar resepsi")
    wrong = {**ANSWERS, "nik": "32010645129000", "tanggal": "2026-11-27", "desa": "Atlantis"}
    reply = chat.fill(wrong)
    assert len(chat.replies) == 1 and "[Perbaiki formulir]" in reply
    assert "NIK: NIK harus 16 angka" in reply and "Tanggal acara:" in reply and "Desa:" in reply
    assert not registrations.items
    again = data(chat.form)
    assert set(again["error_messages"]) == {"nik", "tanggal", "desa"}  # type: ignore[arg-type]
    init = again["init_values"]
    assert init["nama"] == "Siti Rahmawati" and init["nik"] == "32010645129000"  # type: ignore[index]
    assert "desa" not in init and "tanggal" not in init  # type: ignore[operator]  # a picker refuses a value off its list
    done = chat.fill({**wrong, "nik": ANSWERS["nik"], "tanggal": "2026-12-19", "desa": "Cibodas"})
    assert "Pendaftaran diterima" in done and len(registrations.items) == 1


def test_the_form_is_read_by_the_chat_readers_so_a_forged_answer_is_refused(
    chat: Chat, registrations: FakeRegistrationStore
) -> None:
    chat.send("daftar resepsi")
    reply = chat.fill({**ANSWERS, "hiburan": "kembang_api", "tamu": "1000000", "nama": ""})
    assert "Hiburan:" in reply and "Perkiraan tamu: Jumlah tamu harus antara 1 dan 100.000." in reply
    assert "Nama: Wajib diisi." in reply and not registrations.items


def test_a_used_token_changes_nothing_and_says_so(chat: Chat, registrations: FakeRegistrationStore) -> None:
    chat.send("daftar resepsi")
    token = chat.form.token
    chat.fill(ANSWERS)
    before = chat.session
    reply = chat.fill({**ANSWERS, "tanggal": "2026-12-26"}, token=token)  # the same form sent again
    assert "sudah terkirim atau sudah tidak berlaku" in reply
    assert len(registrations.items) == 1 and chat.session is not None and before is not None
    assert chat.session.kept == before.kept and chat.session.state == before.state


def test_a_redelivered_completion_registers_once(chat: Chat, registrations: FakeRegistrationStore) -> None:
    chat.send("daftar resepsi")
    chat.fill(ANSWERS)
    chat.redeliver()  # the same message again (the webhook's claim stops it first; here the token does)
    assert len(registrations.items) == 1


def test_a_forwarded_form_cannot_register_for_someone_else(
    content: Content, chat: Chat, registrations: FakeRegistrationStore
) -> None:
    chat.send("daftar resepsi")
    token = chat.form.token
    other = Chat(content, now=WEDNESDAY_MORNING, rules=FLOWS, wa_id="6281399999999", registrations=registrations)
    other.send("halo")
    reply = other.fill(ANSWERS, token=token)
    assert "sudah terkirim atau sudah tidak berlaku" in reply and not registrations.items
    assert "Pendaftaran diterima" in chat.fill(ANSWERS)  # the resident it was sent to still can


def test_an_older_form_is_replaced_by_a_newer_one(chat: Chat, registrations: FakeRegistrationStore) -> None:
    chat.send("daftar resepsi")
    older = chat.form.token
    chat.send("menu")
    chat.send("daftar resepsi")
    assert "sudah terkirim atau sudah tidak berlaku" in chat.fill(ANSWERS, token=older)
    assert not registrations.items


def test_a_form_completed_after_menus_still_registers(chat: Chat, registrations: FakeRegistrationStore) -> None:
    chat.send("daftar resepsi")
    token = chat.form.token
    chat.send("menu")
    chat.send("ktp")
    assert "Pendaftaran diterima" in chat.fill(ANSWERS, token=token)


def test_a_form_older_than_a_day_is_refused(chat: Chat, registrations: FakeRegistrationStore) -> None:
    chat.send("daftar resepsi")
    token = chat.form.token
    chat.wait(25 * 60)
    assert "lebih dari 24 jam" in chat.fill(ANSWERS, token=token) and not registrations.items


def test_isi_di_chat_gives_the_chat_form(chat: Chat) -> None:
    chat.send("daftar resepsi")
    screen = chat.send("isi di chat")
    assert isinstance(chat.replies[0], ButtonsReply) and "[Isi sekaligus] [Satu per satu] [Batal]" in screen


def test_without_the_flow_published_the_chat_form_is_offered(content: Content) -> None:
    chat = Chat(content, now=WEDNESDAY_MORNING, rules=Rules())
    assert "[Isi sekaligus] [Satu per satu] [Batal]" in chat.send("daftar resepsi")


# --- the survey --------------------------------------------------------------------------------


@pytest.fixture
def surveyed(content: Content) -> tuple[Chat, FakeSurveyStore]:
    surveys = FakeSurveyStore()
    return Chat(content, now=WEDNESDAY_MORNING, rules=FLOWS, surveys=surveys), surveys


def test_the_survey_on_one_screen_is_stored_with_two_messages(surveyed: tuple[Chat, FakeSurveyStore]) -> None:
    chat, surveys = surveyed
    screen = chat.send("survei")
    assert "[Isi survei]" in screen and chat.form.form is SURVEY_FORM
    sent = data(chat.form)
    assert sent["q1_label"] == "Persyaratan" and sent["q9_shown"] is True
    assert "*" not in str(sent["q1_text"])  # no WhatsApp formatting inside a Flow
    answers = {f"q{n}": str(1 + n % 4) for n in range(1, 10)} | {"saran": "Antrian 0812345678 lama"}
    assert "Terima kasih" in chat.fill(answers)
    (stored,) = surveys.answers.values()
    assert stored["scores"]["u1"] == 2 and stored["scores"]["u9"] == 2
    assert "0812345678" not in stored["suggestion"]  # digits masked as in the chat
    assert "sudah terkirim" in chat.fill(answers, token=chat.session.kept_by("survey").get("flow") or "srv:flow:x")  # type: ignore[union-attr]
    assert "sudah mengisi survei bulan ini" in chat.send("survei")  # one answer a month, as in the chat


def test_an_incomplete_survey_form_is_offered_again(surveyed: tuple[Chat, FakeSurveyStore]) -> None:
    chat, surveys = surveyed
    chat.send("survei")
    reply = chat.fill({"q1": "4", "q2": "9"})
    assert "belum lengkap" in reply and not surveys.answers
    assert data(chat.form)["init_values"] == {"q1": "4"}


def test_a_score_off_the_scale_is_refused_as_the_chat_refuses_it(surveyed: tuple[Chat, FakeSurveyStore]) -> None:
    chat, surveys = surveyed
    chat.send("survei")
    answers = {f"q{n}": "3" for n in range(1, 10)} | {"q5": "7"}  # a forged client: the form offers 1-4
    assert "belum lengkap" in chat.fill(answers) and not surveys.answers


def test_isi_di_chat_asks_the_survey_one_question_at_a_time(surveyed: tuple[Chat, FakeSurveyStore]) -> None:
    chat, _ = surveyed
    chat.send("survei")
    assert "pertanyaan 1 dari 9" in chat.send("isi di chat")


def test_a_form_no_dialogue_sent_gets_the_menu_and_changes_nothing(chat: Chat) -> None:
    chat.send("halo")
    before = chat.session
    reply = chat.fill({"nama": "Siti"}, token="xyz:flow:123")
    assert "Menu" in reply or "menu" in reply
    assert chat.session is not None and before is not None and chat.session.kept == before.kept
