"""Staff who type a command wrong, or ask for help, get a staff answer (issue 27 item 10)."""

from __future__ import annotations

from typing import Any

import pytest

from puspa.conversation.dialogue import Rules
from puspa.domain.content import Content
from tests.chat import Chat

STAFF = "6285700000001"
RULES = Rules(admin_ids=frozenset({STAFF}))


@pytest.fixture
def staff(content: Content) -> Chat:
    return Chat(content, rules=RULES, wa_id=STAFF)


def test_bantuan_lists_every_dialogues_staff_commands(staff: Chat) -> None:
    screen = staff.send("bantuan")
    for command in ("PROSES <kode>", "TOLAK <kode> <alasan>", "JAWAB <kode> <jawaban>", "SIAP <nomor>", "JAWAB ADU-"):
        assert command in screen
    assert "Lihat menu" not in screen  # not the residents' menu


def test_a_misspelt_command_gets_the_closest_one_to_copy(staff: Chat) -> None:
    screen = staff.send("PROSSES RSP-2026-0001")
    assert "Maksud Anda *PROSES RSP-2026-0001*?" in screen and "*Perintah petugas*" in screen


def test_siap_without_a_number_says_it_is_incomplete(staff: Chat) -> None:
    assert "Perintah *SIAP* belum lengkap." in staff.send("SIAP")


def test_a_staff_members_ordinary_reply_is_not_taken_for_a_command(staff: Chat) -> None:
    assert "Perintah petugas" not in staff.send("Siap, terima kasih banyak")


def test_a_resident_asking_for_bantuan_gets_no_staff_help(content: Content) -> None:
    assert "Perintah petugas" not in Chat(content, rules=RULES).send("bantuan")


def test_a_document_number_typed_without_its_dash_is_understood(content: Content) -> None:
    from datetime import UTC, datetime

    from puspa.domain.readiness import DocumentRecord, Readiness
    from tests.conftest import OFFICE_ID
    from tests.fakes import FakeReadinessStore

    documents = FakeReadinessStore()
    waiting = DocumentRecord("KTP-0003", "ktp_el", "", Readiness.PROCESSING)
    documents.save_document(OFFICE_ID, waiting, "", "impor", datetime(2026, 11, 25, tzinfo=UTC))
    staff = Chat(content, rules=RULES, wa_id=STAFF, documents=documents)
    assert "dicatat *siap diambil*" in staff.send("SIAP KTP0003")


def test_bantuan_lists_only_the_commands_of_what_the_office_offers(bundle: dict[str, Any]) -> None:
    from puspa.domain.content import parse_content

    without = {**bundle, "bagian": {k: v for k, v in bundle["bagian"].items() if k not in ("dokumen", "pengaduan")}}
    screen = Chat(parse_content(without, "v"), rules=RULES, wa_id=STAFF).send("bantuan")
    assert "PROSES <kode>" in screen and "SIAP <nomor>" not in screen and "ADU-" not in screen
