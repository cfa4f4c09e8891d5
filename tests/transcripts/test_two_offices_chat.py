"""Two kecamatan on one deployment (issue 24): each office's staff, codes, requests and erasure are its
own. Jonggol and a second office (test data) share the cards; their petugas.yaml differ."""

from __future__ import annotations

import copy
from typing import Any

import pytest

from puspa.domain.content import Content, parse_content
from tests.chat import Chat
from tests.conftest import OFFICE_ID
from tests.fakes import FakeRegistrationStore
from tests.transcripts.test_registration_chat import fill_form

OTHER = "106540352249999"  # test data: a second kecamatan's phone_number_id
STAFF_A, STAFF_B, SITI = "6285700000001", "6285700000002", "6281234567890"


def _office(bundle: dict[str, Any], name: str, staff: str) -> Content:
    changed = copy.deepcopy(bundle)
    changed["kantor"]["nama"] = name
    changed["petugas"] = {"petugas": [{"nama": "Petugas uji", "nomor": staff, "peran": "petugas"}]}
    return parse_content(changed, f"v-{name}")


@pytest.fixture
def offices(bundle: dict[str, Any]) -> tuple[Content, Content]:
    return _office(bundle, "Kecamatan Jonggol", STAFF_A), _office(bundle, "Kecamatan Uji", STAFF_B)


def _registered(content: Content, office_id: str, registrations: FakeRegistrationStore) -> Chat:
    siti = Chat(content, wa_id=SITI, registrations=registrations, office_id=office_id)
    siti.send("daftar resepsi")
    fill_form(siti)
    assert "Kode: *RSP-2026-0001*" in siti.tap("Kirim")
    return siti


def test_codes_are_per_office_and_status_shows_each_offices_own(offices: tuple[Content, Content]) -> None:
    jonggol, other = offices
    registrations = FakeRegistrationStore()
    at_jonggol = _registered(jonggol, OFFICE_ID, registrations)
    at_other = _registered(other, OTHER, registrations)  # the same resident, the same code, another office
    assert sorted(registrations.items) == [(OFFICE_ID, "RSP-2026-0001"), (OTHER, "RSP-2026-0001")]
    assert "*RSP-2026-0001*" in at_jonggol.send("STATUS") and "*RSP-2026-0001*" in at_other.send("STATUS")


def test_staff_of_one_office_are_residents_at_another_even_knowing_a_code(offices: tuple[Content, Content]) -> None:
    jonggol, other = offices
    registrations = FakeRegistrationStore()
    _registered(jonggol, OFFICE_ID, registrations)
    other_staff = Chat(other, wa_id=STAFF_B, registrations=registrations, office_id=OTHER)
    assert "tidak ditemukan" in other_staff.send("PROSES RSP-2026-0001")  # its own office has no such request
    at_jonggol = Chat(jonggol, wa_id=STAFF_B, registrations=registrations, office_id=OFFICE_ID)
    screen = at_jonggol.send("PROSES RSP-2026-0001")
    assert "kini *diproses*" not in screen and "Perintah petugas" not in screen  # a resident there
    assert registrations.items[(OFFICE_ID, "RSP-2026-0001")]["reg"].status.value == "diterima"
    jonggol_staff = Chat(jonggol, wa_id=STAFF_A, registrations=registrations, office_id=OFFICE_ID)
    assert "kini *diproses*" in jonggol_staff.send("PROSES RSP-2026-0001")


def test_a_staff_member_removed_from_petugas_yaml_can_no_longer_act(bundle: dict[str, Any]) -> None:
    """Changing staff is a publish: the next content version decides."""
    registrations = FakeRegistrationStore()
    with_staff = _office(bundle, "Kecamatan Jonggol", STAFF_A)
    _registered(with_staff, OFFICE_ID, registrations)
    without = _office(bundle, "Kecamatan Jonggol", "6285799999999")
    assert "kini *diproses*" not in Chat(without, wa_id=STAFF_A, registrations=registrations).send(
        "PROSES RSP-2026-0001"
    )


def test_hapus_data_saya_erases_only_at_the_office_written_to(offices: tuple[Content, Content]) -> None:
    jonggol, other = offices
    registrations = FakeRegistrationStore()
    siti = _registered(jonggol, OFFICE_ID, registrations)
    _registered(other, OTHER, registrations)
    assert "Nomor PUSPA kecamatan lain menyimpan data sendiri" in siti.send("HAPUS DATA SAYA")
    assert "sudah kami hapus" in siti.tap("Ya, hapus")
    assert registrations.items[(OFFICE_ID, "RSP-2026-0001")]["reg"].status.value == "dibatalkan"
    assert registrations.items[(OTHER, "RSP-2026-0001")]["reg"].status.value == "diterima"


def test_once_an_office_publishes_its_staff_the_deployments_list_no_longer_counts(bundle: dict[str, Any]) -> None:
    from puspa.conversation.dialogue import Rules

    registrations = FakeRegistrationStore()
    published = _office(bundle, "Kecamatan Jonggol", STAFF_A)
    _registered(published, OFFICE_ID, registrations)
    old_settings = Rules(admin_ids=frozenset({"6285799999999"}))  # PUSPA_ADMIN_WA_IDS of before
    former = Chat(published, rules=old_settings, wa_id="6285799999999", registrations=registrations)
    assert "kini *diproses*" not in former.send("PROSES RSP-2026-0001")
    unpublished = parse_content(bundle, "v")  # no petugas.yaml yet: the settings still apply
    assert "kini *diproses*" in Chat(
        unpublished, rules=old_settings, wa_id="6285799999999", registrations=registrations
    ).send("PROSES RSP-2026-0001")
