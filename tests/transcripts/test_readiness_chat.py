"""Transcripts: "Sudah jadi belum?" — residents look up their document; staff mark it ready."""

from __future__ import annotations

import functools
import re
from datetime import date, datetime, timedelta, timezone

import pytest

from puspa.conversation.dialogue import Rules
from puspa.conversation.replies import ButtonsReply
from puspa.domain.content import Content
from puspa.domain.privacy import message_tag, tag_key
from puspa.domain.readiness import DocumentRecord, Readiness, secret_material
from tests.chat import Chat
from tests.conftest import OFFICE_ID
from tests.fakes import FakeReadinessStore

WIB = timezone(timedelta(hours=7))
MORNING = datetime(2026, 11, 25, 9, 0, tzinfo=WIB)
STAFF = "6285700000001"
RULES = Rules(admin_ids=frozenset({STAFF}))
KEYED = functools.partial(message_tag, tag_key("transcripts"))


def imported(documents: FakeReadinessStore, number: str, state: Readiness, **dates: date) -> None:
    record = DocumentRecord(number, "ktp_el", "Cibodas", state, dates.get("ready_on"), dates.get("collected_on"))
    documents.save_document(
        OFFICE_ID, record, KEYED(secret_material(OFFICE_ID, number, "1990-08-17")), "impor", MORNING
    )


@pytest.fixture
def documents() -> FakeReadinessStore:
    store = FakeReadinessStore()
    imported(store, "KTP-0001", Readiness.READY, ready_on=date(2026, 11, 20))
    imported(store, "KTP-0002", Readiness.COLLECTED, ready_on=date(2026, 11, 10), collected_on=date(2026, 11, 12))
    imported(store, "KTP-0003", Readiness.PROCESSING)
    return store


def test_from_the_card_a_ready_document_says_where_and_when(content: Content, documents: FakeReadinessStore) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    card = chat.send("ktp sy udh jadi blm")
    assert "*Info KTP-el Jadi*" in card and "[Cek dokumen]" in card
    asked = card[: card.index("Tanya petugas")] if "Tanya petugas" in card else card
    assert "ketuk *Cek dokumen*" in asked  # the card points to its own lookup before it offers staff
    assert "nomor tanda terima" in chat.tap("Cek dokumen")
    assert "tanggal lahir pemilik dokumen" in chat.send("ktp-0001")
    screen = chat.send("17-08-1990")
    assert "KTP-el nomor *KTP-0001* *sudah jadi* sejak Jumat, 20 November 2026" in screen
    assert "*Tempat:* Kantor Kecamatan Jonggol, loket adminduk" in screen and "*Bawa:*" in screen
    assert chat.session is not None and chat.session.form == ()  # the date of birth is not kept


def test_collected_and_not_ready_and_kabari_saya(content: Content, documents: FakeReadinessStore) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    chat.send("cek ktp")
    chat.send("KTP-0002")
    assert "sudah *diambil* pada Kamis, 12 November 2026" in chat.send("17/08/1990")
    chat.send("cek dokumen")
    chat.send("KTP-0003")
    screen = chat.send("17 8 1990")
    assert "*belum tercatat siap diambil*" in screen and "[Kabari saya]" in screen
    assert "kami kabari sekali di WhatsApp ini" in chat.tap("Kabari saya")  # the lookup proved it: no second date
    staff = Chat(content, now=MORNING, rules=RULES, wa_id=STAFF, documents=documents)
    assert "dicatat *siap diambil*" in staff.send("SIAP KTP-0003")
    assert documents.notices == [{"kind": "document_ready", "number": "KTP-0003", "subscribers": ["6281234567890"]}]
    again = staff.send("SIAP KTP-0003")  # again: nobody is told twice
    assert "sudah tercatat *siap diambil* sejak Rabu, 25 November 2026" in again and "tidak ada warga" in again
    assert len(documents.notices) == 1
    assert "dicatat *sudah diambil*" in staff.send("DIAMBIL KTP-0003")
    late = staff.send("SIAP KTP-0003")
    assert "sudah tercatat *diambil* pada Rabu, 25 November 2026" in late and "tidak diubah" in late
    assert "tidak ada di data dokumen" in staff.send("SIAP KTP-9999")


def test_a_wrong_secret_and_an_unknown_number_look_the_same(content: Content, documents: FakeReadinessStore) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    chat.send("cek dokumen")
    chat.send("KTP-0001")
    wrong = chat.send("01-01-1980")
    chat.send("cek dokumen")
    chat.send("KTP-7777")
    unknown = chat.send("17-08-1990")
    assert wrong == unknown and "*tidak ditemukan*" in wrong


def test_twenty_guesses_reveal_nothing_and_pause_the_lookup(content: Content, documents: FakeReadinessStore) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    answers = []
    for guess in range(20):
        chat.send("cek dokumen")
        chat.send("KTP-0001")
        answers.append(chat.send(f"{guess + 1:02d}-01-1990"))
    assert all("sudah jadi" not in a and "KTP-el" not in a for a in answers)
    assert all("tidak ditemukan" in a for a in answers[:5])
    assert all("kami hentikan sementara" in a for a in answers[5:])
    chat.send("cek dokumen")
    chat.send("KTP-0001")
    assert "kami hentikan sementara" in chat.send("17-08-1990")  # even the right pair, for the rest of the day
    chat.now += timedelta(days=1)
    chat.send("cek dokumen")
    chat.send("KTP-0001")
    assert "sudah jadi" in chat.send("17-08-1990")


def test_hapus_data_saya_removes_the_subscription(content: Content, documents: FakeReadinessStore) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    chat.send("cek dokumen")
    chat.send("KTP-0003")
    chat.send("17-08-1990")
    chat.tap("Kabari saya")
    chat.send("HAPUS DATA SAYA")
    chat.tap("Ya, hapus")
    assert documents.docs[(OFFICE_ID, "KTP-0003")]["subscribers"] == {}


def test_bad_input_is_asked_again(content: Content, documents: FakeReadinessStore) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    chat.send("cek dokumen")
    assert "Nomor itu belum terbaca" in chat.send("#")
    chat.send("KTP-0001")
    assert "seperti _17-08-1990_" in chat.send("tujuh belas agustus")
    assert "pencarian dokumen dibatalkan" in chat.send("batal")


def test_erasing_after_the_document_was_marked_ready_leaves_no_number(
    content: Content, documents: FakeReadinessStore
) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    chat.send("cek dokumen")
    chat.send("KTP-0003")
    chat.send("17-08-1990")
    chat.tap("Kabari saya")
    Chat(content, now=MORNING, rules=RULES, wa_id=STAFF, documents=documents).send("SIAP KTP-0003")
    assert documents.docs[(OFFICE_ID, "KTP-0003")]["subscribers"] == {}  # moved to the notice
    chat.send("HAPUS DATA SAYA")
    chat.tap("Ya, hapus")
    assert documents.notices[0]["subscribers"] == []


def test_an_older_spreadsheet_does_not_undo_staffs_mark(content: Content, documents: FakeReadinessStore) -> None:
    Chat(content, now=MORNING, rules=RULES, wa_id=STAFF, documents=documents).send("SIAP KTP-0003")
    imported(documents, "KTP-0003", Readiness.PROCESSING)  # the same sheet imported again
    assert documents.docs[(OFFICE_ID, "KTP-0003")]["record"].state is Readiness.READY


@pytest.mark.parametrize("command", ["SIAP KTP-0003", "DIAMBIL KTP-0001", "siap ktp-0003"])
def test_staff_marks_typed_by_a_resident_change_nothing(
    content: Content, documents: FakeReadinessStore, command: str
) -> None:
    before = {key: (doc["record"], list(doc["history"])) for key, doc in documents.docs.items()}
    resident = Chat(content, now=MORNING, rules=RULES, documents=documents)
    screen = resident.send(command)
    assert "dicatat" not in screen and "siap diambil*" not in screen and "sudah diambil*" not in screen
    assert {key: (doc["record"], doc["history"]) for key, doc in documents.docs.items()} == before
    assert documents.docs[(OFFICE_ID, "KTP-0003")]["record"].state is Readiness.PROCESSING
    assert documents.notices == []


@pytest.mark.parametrize(
    ("mark", "told"), [("SIAP KTP-0003", "*sudah jadi* sejak"), ("DIAMBIL KTP-0003", "sudah *diambil* pada")]
)
def test_kabari_saya_tapped_after_staff_marked_the_document_says_so_and_promises_nothing(
    content: Content, documents: FakeReadinessStore, mark: str, told: str
) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    chat.send("cek dokumen")
    chat.send("KTP-0003")
    assert "[Kabari saya]" in chat.send("17-08-1990")
    Chat(content, now=MORNING, rules=RULES, wa_id=STAFF, documents=documents).send(mark)  # between lookup and tap
    screen = chat.tap("Kabari saya")
    assert told in screen
    assert "kami kabari" not in screen and "Kami akan mengabari" not in screen
    assert documents.docs[(OFFICE_ID, "KTP-0003")]["subscribers"] == {}
    assert documents.notices == []


def test_a_date_of_birth_with_a_two_digit_year_is_asked_again_not_looked_up(
    content: Content, documents: FakeReadinessStore
) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    chat.send("cek dokumen")
    chat.send("KTP-0001")
    screen = chat.send("17-08-90")
    assert "seperti _17-08-1990_" in screen and "tidak ditemukan" not in screen
    assert documents.failures == {}  # not counted as a failed attempt
    assert "*sudah jadi*" in chat.send("17-08-1990")  # the same lookup goes on with the full year


def test_failed_lookups_are_counted_under_a_keyed_tag_never_the_number(
    content: Content, documents: FakeReadinessStore
) -> None:
    residents = ("6281234567890", "6289876543210")
    for wa_id in residents:
        chat = Chat(content, now=MORNING, wa_id=wa_id, documents=documents)
        for _ in range(2):
            chat.send("cek dokumen")
            chat.send("KTP-0001")
            assert "tidak ditemukan" in chat.send("01-01-1980")
    assert sorted(documents.failures.values()) == [2, 2]  # counted per sender
    stored = repr(documents.failures)
    assert not any(wa_id in stored or wa_id[2:] in stored for wa_id in residents)


def test_a_date_of_birth_written_with_a_month_name_is_understood(
    content: Content, documents: FakeReadinessStore
) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    chat.send("cek dokumen")
    chat.send("KTP-0001")
    assert "*sudah jadi*" in chat.send("17 Agustus 1990")
    chat.send("cek ktp")
    chat.send("KTP-0001")
    assert "*sudah jadi*" in chat.send("17 agt 1990")
    chat.send("cek ktp")
    chat.send("KTP-0001")
    screen = chat.send("17 agt 90")  # which century? asked again, never guessed
    assert "tahun lahirnya lengkap (4 angka)" in screen and "tidak ditemukan" not in screen
    assert documents.failures == {}


def _looked_up(chat: Chat, number: str = "KTP-0003") -> str:
    chat.send("cek dokumen")
    chat.send(number)
    return chat.send("17-08-1990")


def _notify_id(chat: Chat) -> str:
    (reply,) = chat.replies
    assert isinstance(reply, ButtonsReply)
    return next(b.id for b in reply.buttons if b.title == "Kabari saya")


def test_kabari_saya_right_after_the_lookup_does_not_ask_the_date_of_birth_again(
    content: Content, documents: FakeReadinessStore
) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    assert "[Kabari saya]" in _looked_up(chat)
    seen = [_notify_id(chat)]
    screen = chat.tap("Kabari saya")
    assert "kami kabari sekali di WhatsApp ini" in screen and "tanggal lahir" not in screen
    assert "6281234567890" in documents.docs[(OFFICE_ID, "KTP-0003")]["subscribers"]
    assert chat.session is not None and chat.session.state == "main_menu" and chat.session.form == ()
    for kept in (repr(chat.session), *seen):  # the proof is opaque: the date of birth is in neither
        assert not any(dob in kept for dob in ("1990-08-17", "17-08-1990", "19900817", "1990"))


def test_kabari_saya_tapped_an_hour_after_the_lookup_asks_the_date_of_birth_again(
    content: Content, documents: FakeReadinessStore
) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    _looked_up(chat)
    chat.wait(61)
    assert "tanggal lahir pemilik dokumen" in chat.tap("Kabari saya")
    assert "kami kabari sekali di WhatsApp ini" in chat.send("17 Agustus 1990")


def test_kabari_saya_from_a_button_sent_before_the_proof_existed_asks_the_date_of_birth(
    content: Content, documents: FakeReadinessStore
) -> None:
    chat = Chat(content, now=MORNING, documents=documents)
    assert "tanggal lahir pemilik dokumen" in chat.tap_earlier("doc:notify:KTP-0003")
    assert "kami kabari sekali di WhatsApp ini" in chat.send("17-08-1990")


@pytest.mark.parametrize("forged", ["another sender", "a changed time", "a changed number"])
def test_kabari_saya_with_a_proof_that_is_not_the_senders_own_subscribes_nobody(
    content: Content, documents: FakeReadinessStore, forged: str
) -> None:
    owner = Chat(content, now=MORNING, documents=documents)
    _looked_up(owner)
    tap = _notify_id(owner)
    prefix, number, proof = tap.rsplit(":", 2)
    issued, mac = proof.split(".")
    imported(documents, "KTP-0004", Readiness.PROCESSING)
    someone = Chat(content, now=MORNING, wa_id="6289876543210", documents=documents)
    tapper, tapped = {
        "another sender": (someone, tap),
        "a changed time": (owner, f"{prefix}:{number}:{int(issued) + 1}.{mac}"),
        "a changed number": (owner, f"{prefix}:KTP-0004:{proof}"),
    }[forged]
    screen = tapper.tap_earlier(tapped)
    assert "kami kabari" not in screen and "*belum tercatat" not in screen
    assert all(doc["subscribers"] == {} for doc in documents.docs.values())


def test_staffs_siap_says_how_many_residents_are_told(content: Content, documents: FakeReadinessStore) -> None:
    for wa_id in ("6281234567890", "6289876543210"):
        chat = Chat(content, now=MORNING, wa_id=wa_id, documents=documents)
        _looked_up(chat)
        chat.tap("Kabari saya")
    staff = Chat(content, now=MORNING, rules=RULES, wa_id=STAFF, documents=documents)
    assert staff.send("SIAP KTP-0003") == (
        "Dokumen *KTP-0003* dicatat *siap diambil*. *2 warga* yang minta dikabari sedang kami beri tahu."
    )
    imported(documents, "KTP-0005", Readiness.PROCESSING)
    assert staff.send("SIAP KTP-0005") == (
        "Dokumen *KTP-0005* dicatat *siap diambil*. Belum ada warga yang minta dikabari untuk dokumen ini."
    )


def test_every_card_asks_residents_to_tap_only_buttons_it_shows(content: Content) -> None:
    for service in content.services:
        chat = Chat(content, now=MORNING)
        chat.send("halo")
        card = chat.tap_earlier(f"svc:{service.id}")
        buttons = set(re.findall(r"\[([^\]]+)\]", card.splitlines()[-1]))
        if "Selengkapnya" in buttons:  # a split card: its second half too
            card += chat.tap("Selengkapnya")
            buttons |= set(re.findall(r"\[([^\]]+)\]", card.splitlines()[-1]))
        asked = set(re.findall(r"[Kk]etuk \*([^*]+)\*", card))
        assert asked <= buttons, f"{service.id}: asks for {asked - buttons}, shows {buttons}"
