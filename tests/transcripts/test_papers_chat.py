"""Cek berkas, as residents and staff chat with it: the privacy notice, files, "Selesai", LENGKAP/KURANG."""

from __future__ import annotations

from datetime import date

import pytest

from puspa.conversation.dialogue import Rules
from puspa.conversation.replies import ButtonsReply, TemplateReply
from puspa.domain.content import Content
from puspa.domain.papers import MAX_BYTES, MAX_FILES, PapersStatus
from puspa.errors import GraphApiError
from tests.chat import Chat
from tests.fakes import JPEG, PDF, FakeMedia, FakePaperFiles, FakePapersStore

STAFF = "6285700000001"
RULES = Rules(admin_ids=frozenset({STAFF}))


@pytest.fixture
def chats(content: Content) -> tuple[Chat, Chat]:
    papers, files, media = FakePapersStore(), FakePaperFiles(), FakeMedia()
    resident = Chat(content, rules=RULES, papers=papers, paper_files=files, media=media)
    staff = Chat(content, rules=RULES, wa_id=STAFF, papers=papers, paper_files=files, media=media)
    return resident, staff


def _open_kk_card(chat: Chat) -> str:
    chat.send("menu")
    chat.tap("Kependudukan")
    return chat.tap("Kartu Keluarga (KK)")


def test_a_resident_sends_papers_from_the_card_and_staff_find_them_complete(chats: tuple[Chat, Chat]) -> None:
    siti, staff = chats
    assert "[Cek berkas dulu]" in _open_kk_card(siti)
    notice = siti.tap("Cek berkas dulu")
    assert "*Yang dikumpulkan:*" in notice and "*Siapa yang melihat:*" in notice and "HAPUS DATA SAYA" in notice
    assert "[Setuju, kirim berkas] [Batal]" in notice
    asked = siti.tap("Setuju, kirim berkas")
    assert "*Persyaratan Kartu Keluarga (KK)*" in asked and "KK lama" in asked  # the card's own list
    assert "Diterima: 1 berkas" in siti.send_file(JPEG)
    assert siti.send_file(PDF, "application/pdf", "document") == ""  # same batch: only WhatsApp's read ticks
    assert len(siti.paper_files.objects) == 2
    done = siti.tap_earlier("brk:done")  # "Selesai, kirim" under "Diterima: 1 berkas"
    assert "2 berkas sudah kami teruskan ke petugas" in done and "Kode: *BRK-2026-0001*" in done
    (notice_fields,) = siti.papers.notices.values()
    assert notice_fields["kind"] == "papers_submitted" and notice_fields["files"] == 2

    assert "dinyatakan lengkap" in staff.send("LENGKAP BRK-2026-0001")
    (push,) = staff.pushes
    assert push.recipient.wa_id == siti.wa_id and "*lengkap*" in push.reply.body  # type: ignore[union-attr]
    assert isinstance(push.template, TemplateReply) and push.template.parameters[:2] == ("BRK-2026-0001", "lengkap")
    assert "*BRK-2026-0001* (Kartu Keluarga (KK), 2 berkas): lengkap" in siti.send("STATUS")


def test_kurang_tells_the_resident_what_is_missing_and_new_files_go_to_staff_again(chats: tuple[Chat, Chat]) -> None:
    siti, staff = chats
    siti.send("cek berkas")
    siti.tap("KTP Elektronik")
    siti.tap("Setuju, kirim berkas")
    siti.send_file(JPEG)
    siti.send("selesai")
    assert "Tulis apa yang kurang" in staff.send("KURANG BRK-2026-0001")
    staff.send("KURANG BRK-2026-0001 Foto KK buram, mohon kirim ulang yang jelas.")
    (push,) = staff.pushes
    assert "Foto KK buram" in push.reply.body  # type: ignore[union-attr]
    assert "ada yang kurang: Foto KK buram" in siti.send("STATUS BRK-2026-0001")

    again = siti.send("cek berkas")  # the same record: the notice is not shown twice
    assert "Pilih layanan" in again
    assert "*Persyaratan KTP Elektronik*" in siti.tap("KTP Elektronik")
    siti.send_file(JPEG)
    assert "sudah kami teruskan" in siti.send("selesai")
    assert sorted(siti.papers.notices) == [f"{siti.office_id}_BRK-2026-0001_1", f"{siti.office_id}_BRK-2026-0001_2"]


def test_selesai_without_new_files_tells_staff_nothing_twice(chats: tuple[Chat, Chat]) -> None:
    siti, _ = chats
    siti.send("kirim berkas")
    siti.tap("Kartu Identitas Anak")
    siti.tap("Setuju, kirim berkas")
    assert "Belum ada berkas yang kami terima" in siti.tap("Selesai, kirim")
    assert "*Persyaratan Kartu Identitas Anak*" in siti.tap("Kirim berkas")  # straight back, no notice again
    siti.send_file(JPEG)
    siti.send("selesai")
    siti.send("cek berkas")
    siti.tap("Kartu Identitas Anak")
    assert "belum ada berkas baru" in siti.send("selesai")
    assert len(siti.papers.notices) == 1


def test_each_limit_has_its_own_answer(chats: tuple[Chat, Chat]) -> None:
    siti, _ = chats
    _open_kk_card(siti)
    siti.tap("Cek berkas dulu")
    siti.tap("Setuju, kirim berkas")
    assert "foto* (JPG/PNG) atau *PDF*" in siti.send_file(b"PK\x03\x04 a Word file", "application/pdf", "document")
    assert "lebih dari 5 MB" in siti.send_file(JPEG + b"0" * MAX_BYTES, "image/jpeg", "document")
    siti.media.failures.append(GraphApiError("(#100) gone", code=100, http_status=400, transient=False))
    assert "Mohon kirim sekali lagi" in siti.send_file(JPEG)
    assert siti.paper_files.objects == {}  # nothing of the refused ones is kept
    for _ in range(MAX_FILES):
        siti.send_file(JPEG)
    assert f"Sudah {MAX_FILES} berkas" in siti.send_file(JPEG)
    assert len(siti.paper_files.objects) == MAX_FILES


def test_a_file_sent_before_agreeing_is_not_kept(chats: tuple[Chat, Chat]) -> None:
    siti, _ = chats
    _open_kk_card(siti)
    siti.tap("Cek berkas dulu")
    assert "Mohon ketuk *Setuju, kirim berkas* dulu" in siti.send_file(JPEG)
    assert siti.paper_files.objects == {} and siti.media.downloads == 0


def test_a_redelivered_photo_is_kept_once(chats: tuple[Chat, Chat]) -> None:
    siti, _ = chats
    _open_kk_card(siti)
    siti.tap("Cek berkas dulu")
    siti.tap("Setuju, kirim berkas")
    siti.send_file(JPEG)
    siti.redeliver()
    siti.wait(5)
    assert "Diterima: 2 berkas" in siti.send_file(JPEG)  # a later photo: a new batch, answered


def test_a_bookings_button_carries_its_code_and_visit_date(chats: tuple[Chat, Chat], content: Content) -> None:
    siti, _ = chats
    siti.send("halo")
    notice = siti.tap_earlier("brk:start:B-014:2026-12-01:kk")
    assert "untuk antrean *B-014*" in notice
    siti.tap("Setuju, kirim berkas")
    siti.send_file(JPEG)
    ((_, _, kept_until),) = siti.paper_files.objects.values()
    assert kept_until.date() == date(2026, 12, 1)  # the bucket's lifecycle counts from the visit day
    (record,) = siti.papers.items.values()
    assert record.booking_code == "B-014" and record.visit_date == date(2026, 12, 1)


@pytest.mark.parametrize(
    "tap",
    [
        "brk:start:B-014:2026-12-01:pbb",
        "brk:start:B-014:2026-13-45:kk",
        "brk:start:B-014:2099-01-01:kk",
        "brk:start:<script>:x:kk",
        "brk:start:",
    ],
)
def test_a_bookings_button_that_names_no_card_or_a_bad_date_is_read_defensively(
    chats: tuple[Chat, Chat], tap: str
) -> None:
    siti, _ = chats
    siti.send("halo")
    screen = siti.tap_earlier(tap)
    if tap.endswith(":kk") and "B-014" in tap:  # a real card, a date not believed: files expire after upload
        siti.tap("Setuju, kirim berkas")
        siti.send_file(JPEG)
        (record,) = siti.papers.items.values()
        assert record.visit_date is None
    else:
        assert "Berkas untuk layanan apa" in screen


def test_hapus_data_saya_deletes_the_files_records_and_notices(chats: tuple[Chat, Chat]) -> None:
    siti, staff = chats
    _open_kk_card(siti)
    siti.tap("Cek berkas dulu")
    siti.tap("Setuju, kirim berkas")
    siti.send_file(JPEG)
    siti.send("selesai")
    assert "BRK-2026-0001" in siti.send("HAPUS DATA SAYA")  # named before the resident confirms
    siti.tap("Ya, hapus")
    assert siti.paper_files.objects == {} and siti.papers.items == {} and siti.papers.notices == {}
    assert "tidak ditemukan" in staff.send("LENGKAP BRK-2026-0001")


def test_a_resident_cannot_mark_papers_complete(chats: tuple[Chat, Chat]) -> None:
    siti, _ = chats
    _open_kk_card(siti)
    siti.tap("Cek berkas dulu")
    siti.tap("Setuju, kirim berkas")
    siti.send_file(JPEG)
    siti.send("selesai")
    siti.send("LENGKAP BRK-2026-0001")
    (record,) = siti.papers.items.values()
    assert record.status is PapersStatus.DIKIRIM and siti.pushes == []
    assert isinstance(siti.replies[0], ButtonsReply)


def test_text_typed_while_sending_files_is_read_as_a_question(chats: tuple[Chat, Chat]) -> None:
    siti, _ = chats
    _open_kk_card(siti)
    siti.tap("Cek berkas dulu")
    siti.tap("Setuju, kirim berkas")
    assert "Maksud Anda salah satu ini?" in siti.send("syarat ktp")  # the search, as outside the dialogue
    assert "tidak dikirim ke petugas" in _cancelled(siti)


def _cancelled(chat: Chat) -> str:
    chat.send("cek berkas")
    chat.tap("Kartu Keluarga (KK)")
    return chat.send("BATAL")
