"""Ambil antrian as a form on one screen (WhatsApp Flow), as a resident books with it: one message
with the form's button, the pages answered by the Flows endpoint's provider (the real one, on the
same in-memory store as the chat), the completion checked again as the chat checks a tap and booked
as the chat books. The test office's antrian.yaml: KK at 6 places an hour, KTP-el at 4, five working
days ahead; the chats start on Wednesday 25 November 2026 at 16.00 WIB, after the office closed."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from content_seed.files import load_bundle
from content_seed.publish import validate
from puspa.app.content_cache import ContentCache
from puspa.app.handlers.booking import booking_screen
from puspa.conversation.booking.on_screen import FORM
from puspa.conversation.dialogue import Rules
from puspa.conversation.replies import FlowReply, ListReply
from puspa.domain.content import Content
from puspa.domain.sender import Sender
from puspa.whatsapp.messages import build_message
from tests.chat import Chat
from tests.conftest import OFFICE_ID
from tests.fake_bookings import FakeBookingStore
from tests.fakes import FakeContentSource
from tests.flow_phone import FormOnPhone
from tests.transcripts.test_booking_chat import yes

OFFICE = Path(__file__).parents[1] / "data" / "offices" / "cileungsi-filled"
FLOWS = Rules(flows=frozenset({"booking"}))


@pytest.fixture(scope="module")
def bundle() -> dict[str, Any]:
    return load_bundle(OFFICE)


@pytest.fixture(scope="module")
def office(bundle: dict[str, Any]) -> Content:
    return validate(bundle)


@pytest.fixture
def bookings() -> FakeBookingStore:
    return FakeBookingStore()


def resident(office: Content, bookings: FakeBookingStore, n: int = 0, rules: Rules = FLOWS) -> Chat:
    return Chat(office, rules=rules, wa_id=f"62812345678{n:02d}", bookings=bookings)


def phone(chat: Chat, bundle: dict[str, Any], bookings: FakeBookingStore) -> FormOnPhone:
    """The resident taps the form's button: WhatsApp's client opens it, asking the endpoint."""
    contents = ContentCache(FakeContentSource(OFFICE_ID, bundle), 60)
    provider = functools.partial(booking_screen, contents=contents, bookings=bookings, clock=lambda: chat.now)
    return FormOnPhone(FORM, chat.form.token, provider)


def book(chat: Chat, bundle: dict[str, Any], bookings: FakeBookingStore, service: str, day: str, hour: str,
         remind: bool = False) -> str:  # fmt: skip
    form = phone(chat, bundle, bookings)
    form.choose(service)
    form.choose(day)
    form.choose(hour)
    return chat.fill(form.completion(ingatkan=remind))


def test_antrian_answers_with_the_forms_button_in_one_message(office: Content, bookings: FakeBookingStore) -> None:
    siti = resident(office, bookings)
    screen = siti.send("antrian")
    assert len(siti.replies) == 1 and "[Pilih jadwal]" in screen and "ISI DI CHAT" in screen
    assert siti.form.form is FORM and siti.form.data == ()
    parameters = build_message(Sender(siti.wa_id, ""), siti.form)["interactive"]["action"]["parameters"]
    assert parameters["flow_action"] == "data_exchange" and "flow_action_payload" not in parameters
    assert parameters["flow_token"].startswith(f"bkg:flow:{OFFICE_ID}.")


def test_a_resident_books_through_the_pages_with_two_messages(
    office: Content, bundle: dict[str, Any], bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    siti.send("antrian")
    form = phone(siti, bundle, bookings)
    assert form.screen == "LAYANAN" and form.text == "Untuk layanan apa Anda ingin datang ke kantor?"
    assert form.choices() == {"Kartu Keluarga (KK)": ("kk", "Loket 1 (data uji)", True),
                              "KTP Elektronik": ("ktp_el", "Loket 2 (data uji)", True)}  # fmt: skip
    form.choose("Kartu Keluarga (KK)")
    assert form.screen == "HARI" and form.text.startswith("Antrian Kartu Keluarga (KK) (Loket 1 (data uji))")
    days = form.choices()
    assert list(days) == ["Kam, 26 Nov", "Jum, 27 Nov", "Sen, 30 Nov", "Sel, 1 Des", "Rab, 2 Des"]  # as the chat
    assert days["Kam, 26 Nov"] == ("2026-11-26", "30 tempat lagi", True)
    form.choose("Jum, 27 Nov")
    assert form.screen == "JAM" and "Jumat, 27 November 2026" in form.text
    assert form.choices()["08.00–09.00"] == ("0800", "6 tempat lagi", True)
    form.choose("08.00–09.00")
    assert form.screen == "KONFIRMASI"
    assert (
        form.text
        == "Ambil antrian ini?\nKartu Keluarga (KK) · Jumat, 27 November 2026 · 08.00–09.00\nLoket 1 (data uji)"
    )
    done = siti.fill(form.completion(ingatkan=True))
    assert len(siti.replies) == 1 and "*A-001* · Jumat, 27 November 2026 · 08.00–09.00" in done
    assert "Kami ingatkan pada hari kerja sebelumnya." in done and "*Yang perlu dibawa*" in done
    assert "[Cek berkas dulu] [Pindah jadwal] [Batalkan]" in done
    (booking,) = bookings.bookings.values()
    assert booking.remind and booking.code == "A-001" and booking.resident_wa_id == siti.wa_id
    assert siti.session is not None and siti.session.kept_by("booking")["flow"] == ""


def test_the_pages_show_the_places_the_chat_shows_and_a_full_day_cannot_be_chosen(
    office: Content, bundle: dict[str, Any], bookings: FakeBookingStore
) -> None:
    for n in range(20):  # Thursday's KTP-el places, all taken (4 an hour, 5 hours)
        other = resident(office, bookings, n + 10, rules=Rules())
        other.send("antri ktp besok")
        other.tap(["08.00–09.00", "09.00–10.00", "10.00–11.00", "13.00–14.00", "14.00–15.00"][n % 5])
        yes(other)
    for n in range(3):  # and three of Friday's first hour
        other = resident(office, bookings, n + 40, rules=Rules())
        other.send("antri ktp jumat")
        other.tap("08.00–09.00")
        yes(other)
    siti = resident(office, bookings)
    siti.send("antrian")
    form = phone(siti, bundle, bookings)
    form.choose("KTP Elektronik")
    assert form.choices()["Kam, 26 Nov"] == ("2026-11-26", "penuh", False)
    assert form.choices()["Jum, 27 Nov"] == ("2026-11-27", "17 tempat lagi", True)
    with pytest.raises(AssertionError, match="cannot be selected"):
        form.choose("Kam, 26 Nov")
    form.choose("Jum, 27 Nov")
    assert form.choices()["08.00–09.00"] == ("0800", "1 tempat lagi", True)
    chat_way = resident(office, bookings, 50, rules=Rules())
    chat_way.send("antri ktp jumat")  # the chat's list of the same hours says the same
    (reply,) = chat_way.replies
    assert isinstance(reply, ListReply) and reply.sections[0].rows[0].description == "1 tempat lagi"


def test_what_the_resident_typed_is_preselected(
    office: Content, bundle: dict[str, Any], bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    siti.send("antri ktp besok")
    form = phone(siti, bundle, bookings)
    assert form.preselected() == {"layanan": "ktp_el"}
    form.choose("KTP Elektronik")
    assert form.preselected() == {"hari": "2026-11-26"}  # besok: Thursday
    siti.send("syarat kk")
    siti.tap("Ambil antrian")  # the card's button: its service
    assert phone(siti, bundle, bookings).preselected() == {"layanan": "kk"}


def test_a_place_taken_after_the_hour_page_gets_the_chats_full_answer(
    office: Content, bundle: dict[str, Any], bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    siti.send("antrian")
    form = phone(siti, bundle, bookings)
    form.choose("KTP Elektronik")
    form.choose("Kam, 26 Nov")
    form.choose("08.00–09.00")  # 4 places free when she chose
    for n in range(4):  # meanwhile four others take them in the chat
        other = resident(office, bookings, n + 1, rules=Rules())
        other.send("antri ktp besok")
        other.tap("08.00–09.00")
        assert "✅" in yes(other)
    late = siti.fill(form.completion())
    assert "baru saja habis" in late and "Kamis, 26 November 2026* · 09.00–10.00" in late
    assert "[Ambil jam itu] [Pilih lagi]" in late and len(bookings.bookings) == 4
    assert "Ambil antrian ini?" in siti.tap("Ambil jam itu")  # the chat takes it from there
    assert "*B-005* · Kamis, 26 November 2026 · 09.00–10.00" in yes(siti)


@pytest.mark.parametrize(
    ("answers", "problem"),
    [
        ({"layanan": "paspor", "hari": "2026-11-26", "jam": "0800"}, "Layanan itu tidak ada."),
        ({"layanan": "ktp_el", "hari": "2026-11-28", "jam": "0800"}, "Hari itu sudah tidak bisa dipesan."),  # Sat
        ({"layanan": "ktp_el", "hari": "2026-12-09", "jam": "0800"}, "Hari itu sudah tidak bisa dipesan."),  # too far
        ({"layanan": "ktp_el", "hari": "2026-11-25", "jam": "0800"}, "Hari itu sudah tidak bisa dipesan."),  # today
        ({"layanan": "ktp_el", "hari": "2026-11-26", "jam": "0700"}, "Jam itu sudah tidak bisa dipesan."),
        ({"layanan": "ktp_el", "hari": "kamis", "jam": "0800"}, "Hari itu sudah tidak bisa dipesan."),
    ],
)
def test_a_forged_answer_comes_back_in_one_message_with_the_form_again(
    office: Content, bookings: FakeBookingStore, answers: dict[str, str], problem: str
) -> None:
    siti = resident(office, bookings)
    siti.send("antrian")
    reply = siti.fill({**answers, "ingatkan": "false"})
    assert len(siti.replies) == 1 and isinstance(siti.replies[0], FlowReply)
    assert f"⚠️ *Antrian belum bisa kami ambil.* {problem}" in reply and "[Pilih jadwal]" in reply
    assert bookings.bookings == {}
    again = siti.form.token
    assert siti.session is not None and siti.session.kept_by("booking")["flow"] == again  # the new form counts
    assert "✅" in siti.fill({"layanan": "ktp_el", "hari": "2026-11-26", "jam": "0800", "ingatkan": "false"})


def test_a_used_replayed_or_forwarded_token_changes_nothing(
    office: Content, bundle: dict[str, Any], bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    siti.send("antrian")
    token = siti.form.token
    form = phone(siti, bundle, bookings)
    form.choose("KTP Elektronik")
    form.choose("Kam, 26 Nov")
    form.choose("08.00–09.00")
    answers = form.completion()
    other = resident(office, bookings, 7)  # the form forwarded: someone else sends it back
    other.send("halo")
    assert "sudah terkirim atau sudah tidak berlaku" in other.fill(answers, token=token)
    assert bookings.bookings == {}
    assert "*B-001*" in siti.fill(answers, token=token)
    (booking,) = bookings.bookings.values()
    assert not booking.remind and "Kami ingatkan" not in siti.screen  # the box left unticked
    siti.redeliver()  # the same message again (the webhook's claim stops it first; here the spent token does)
    assert len(bookings.bookings) == 1
    before = siti.session
    assert "sudah terkirim atau sudah tidak berlaku" in siti.fill({**answers, "jam": "0900"}, token=token)
    assert len(bookings.bookings) == 1  # a new completion with the used token
    assert siti.session is not None and before is not None
    assert siti.session.kept == before.kept and siti.session.state == before.state


def test_a_form_older_than_a_day_is_refused_by_the_chat_and_the_endpoint(
    office: Content, bundle: dict[str, Any], bookings: FakeBookingStore
) -> None:
    from puspa.app.flow_endpoint import FlowRequest
    from puspa.errors import FlowTokenError

    siti = resident(office, bookings)
    siti.send("antrian")
    form = phone(siti, bundle, bookings)
    siti.wait(25 * 60)
    with pytest.raises(FlowTokenError, match="lebih dari 24 jam"):
        form.provider(FlowRequest("INIT", form.token))
    reply = siti.fill({"layanan": "ktp_el", "hari": "2026-11-27", "jam": "0800", "ingatkan": "false"})
    assert "lebih dari 24 jam" in reply and bookings.bookings == {}


def test_one_active_booking_per_service_holds_through_the_form(
    office: Content, bundle: dict[str, Any], bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)
    siti.send("antrian")
    book(siti, bundle, bookings, "KTP Elektronik", "Kam, 26 Nov", "08.00–09.00")
    siti.send("antrian")
    limit = book(siti, bundle, bookings, "KTP Elektronik", "Jum, 27 Nov", "10.00–11.00")
    assert "sudah punya 1 antrian aktif untuk layanan ini: *B-001*" in limit and len(bookings.bookings) == 1


def test_isi_di_chat_and_antrian_saya_give_the_chats_list(office: Content, bookings: FakeBookingStore) -> None:
    siti = resident(office, bookings)
    siti.send("antrian")
    token = siti.form.token
    assert "Untuk layanan apa" in siti.send("isi di chat") and "1. Kartu Keluarga" in siti.screen
    assert "Pilih hari kedatangan" in siti.send("1")  # and the chat goes on as without the form
    siti.send("menu")
    assert "Untuk layanan apa" in siti.send("antrian saya")
    assert "✅" in siti.fill({"layanan": "kk", "hari": "2026-11-27", "jam": "0900", "ingatkan": "true"}, token=token)


def test_other_words_while_the_button_is_out_are_read_as_browsing(office: Content, bookings: FakeBookingStore) -> None:
    siti = resident(office, bookings)
    siti.send("antrian")
    card = siti.send("syarat kk")
    assert "Kartu Keluarga" in card and "[Ambil antrian]" in card
    assert siti.session is not None and siti.session.kept_by("booking")["flow"]


def test_without_the_flow_the_chat_books_as_before(office: Content, bookings: FakeBookingStore) -> None:
    siti = resident(office, bookings, rules=Rules())
    assert "Untuk layanan apa" in siti.send("antrian") and "[Pilih jadwal]" not in siti.screen


def test_the_pages_texts_come_from_the_chats_own_words(office: Content, bundle: dict[str, Any]) -> None:
    from puspa.conversation.booking import screens

    bookings = FakeBookingStore()
    siti = resident(office, bookings)
    siti.send("antrian")
    form = phone(siti, bundle, bookings)
    assert form.text == screens.ASK_SERVICE
    form.choose("KTP Elektronik")
    assert form.text.endswith(screens.ASK_DAY)
    form.choose("Sen, 30 Nov")
    assert form.text.endswith(screens.ASK_HOUR)
    checkbox = FORM.pages[-1].fields[0]
    assert checkbox.label == screens.REMIND_LABEL and checkbox.required is False


def test_a_reminder_ticked_for_tomorrow_is_not_promised_when_its_run_has_passed(
    office: Content, bundle: dict[str, Any], bookings: FakeBookingStore
) -> None:
    siti = resident(office, bookings)  # Wednesday 16.00: Thursday's reminders went at 08.00
    siti.send("antrian")
    done = book(siti, bundle, bookings, "KTP Elektronik", "Kam, 26 Nov", "08.00–09.00", remind=True)
    (booking,) = bookings.bookings.values()
    assert "✅" in done and not booking.remind and "Kami ingatkan" not in done
